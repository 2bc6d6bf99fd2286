using Parquet;
using Parquet.Schema;

namespace CrampSignals.Cli.Cohorts;

/// <summary>One column of a Parquet table: its field and how to take its values from the rows.</summary>
internal sealed class TableColumn<TRow>
{
    private readonly Func<ParquetRowGroupWriter, DataField, IReadOnlyList<TRow>, Task> _write;

    private TableColumn(DataField field, Func<ParquetRowGroupWriter, DataField, IReadOnlyList<TRow>, Task> write)
    {
        Field = field;
        _write = write;
    }

    public DataField Field { get; }

    public Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows) => _write(group, Field, rows);

    public static TableColumn<TRow> Text(string name, Func<TRow, string?> get) =>
        new(new DataField<string>(name, nullable: true), (g, f, rows) => g.WriteAsync(f, rows.Select(get).ToArray()!));

    /// <summary>A number; NaN and infinities are written as null (no value), which every reader understands.</summary>
    public static TableColumn<TRow> Real(string name, Func<TRow, double?> get) =>
        new(new DataField<double?>(name), (g, f, rows) => g.WriteAsync<double>(f, rows.Select(r => get(r) is double v && double.IsFinite(v) ? v : (double?)null).ToArray()));

    public static TableColumn<TRow> Integer(string name, Func<TRow, int?> get) =>
        new(new DataField<int?>(name), (g, f, rows) => g.WriteAsync<int>(f, rows.Select(get).ToArray()));

    public static TableColumn<TRow> Long(string name, Func<TRow, long?> get) =>
        new(new DataField<long?>(name), (g, f, rows) => g.WriteAsync<long>(f, rows.Select(get).ToArray()));

    public static TableColumn<TRow> Flag(string name, Func<TRow, bool?> get) =>
        new(new DataField<bool?>(name), (g, f, rows) => g.WriteAsync<bool>(f, rows.Select(get).ToArray()));

    /// <summary>A UTC instant, as a Parquet timestamp in microseconds adjusted to UTC.</summary>
    public static TableColumn<TRow> Instant(string name, Func<TRow, DateTime?> get) =>
        new(new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true),
            (g, f, rows) => g.WriteAsync<DateTime>(f, rows.Select(get).ToArray()));
}

/// <summary>Writes and reads whole Parquet tables made of <see cref="TableColumn{TRow}"/>s.</summary>
internal static class ParquetTable
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> as one row group.</summary>
    public static async Task WriteAsync<TRow>(string path, IReadOnlyList<TableColumn<TRow>> columns, IReadOnlyList<TRow> rows)
    {
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => (Field)c.Field)), stream);
        using var group = writer.CreateRowGroup();
        foreach (var c in columns) await c.WriteAsync(group, rows);
    }

    /// <summary>Every column of the table at <paramref name="path"/>, by name, over all its row groups.</summary>
    public static async Task<TableData> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var columns = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        var rowCount = 0;
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            var n = checked((int)group.RowCount);
            foreach (var field in reader.Schema.DataFields)
            {
                if (!columns.TryGetValue(field.Name, out var list)) columns[field.Name] = list = new List<object?>(n);
                list.AddRange(await ReadColumnAsync(group, field, n));
            }
            rowCount += n;
        }
        return new TableData(path, rowCount, columns);
    }

    private static async Task<IEnumerable<object?>> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int n)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>)) return await Read<string>(group, field, n);
        if (type == typeof(double)) return await ReadValues<double>(group, field, n);
        if (type == typeof(int)) return await ReadValues<int>(group, field, n);
        if (type == typeof(long)) return await ReadValues<long>(group, field, n);
        if (type == typeof(bool)) return await ReadValues<bool>(group, field, n);
        if (type == typeof(DateTime)) return await ReadValues<DateTime>(group, field, n);
        throw new InvalidDataException($"column {field.Name}: type {type.Name} is not one the cohort tables use");
    }

    private static async Task<IEnumerable<object?>> Read<T>(ParquetRowGroupReader group, DataField field, int n) where T : class
    {
        var values = new string?[n];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    private static async Task<IEnumerable<object?>> ReadValues<T>(ParquetRowGroupReader group, DataField field, int n) where T : struct
    {
        var values = new T?[n];
        await group.ReadAsync(field, values.AsMemory());
        return values.Select(v => (object?)v);
    }
}

/// <summary>A Parquet table read whole: its columns by name, values boxed (null for no value).</summary>
internal sealed class TableData(string path, int rows, Dictionary<string, List<object?>> columns)
{
    public int Rows { get; } = rows;

    public T? Get<T>(string column, int row) where T : struct => (T?)Column(column)[row];

    public string? Text(string column, int row) => (string?)Column(column)[row];

    public double Real(string column, int row) => Get<double>(column, row) ?? double.NaN;

    private List<object?> Column(string name) =>
        columns.TryGetValue(name, out var c) ? c : throw new InvalidDataException($"{path}: no column \"{name}\"; is it a cohort table?");
}
