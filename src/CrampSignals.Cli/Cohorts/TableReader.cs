using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// Reads the columns the reduce step needs from a Parquet table written by this tool or any other (DuckDB, pandas, polars),
/// damaged or not: every failure is one <see cref="InvalidDataException"/> naming the file, and the column when known.
/// Sizes are checked against the file before anything is allocated, so a damaged count cannot ask for gigabytes.
/// </summary>
internal static class TableReader
{
    /// <summary>The most rows a table may declare per byte of file; Parquet's run-length encoding packs nulls tightly, our columns do not.</summary>
    public const int MaxRowsPerByte = 64;

    /// <summary>The most rows read from one table (67 million): over it the table is taken as damaged.</summary>
    public const long MaxRows = 1L << 26;

    /// <summary>The columns named in <paramref name="wanted"/> of the table at <paramref name="path"/>; others are not read.</summary>
    /// <exception cref="InvalidDataException">The file is not a Parquet table, is damaged, or claims more than its size allows.</exception>
    public static async Task<TableData> ReadAsync(string path, IReadOnlyCollection<string> wanted)
    {
        string? column = null;
        try
        {
            var length = new FileInfo(path).Length;
            await using var stream = File.OpenRead(path);
            if (ParquetFooterCheck.Problem(stream) is string problem) throw Bad(path, null, problem);
            await using var reader = await ParquetReader.CreateAsync(stream);
            var groups = reader.Metadata?.RowGroups ?? [];
            long total = 0;
            for (var g = 0; g < groups.Count; g++)
            {
                var rows = groups[g].NumRows;
                if (rows < 0 || rows > MaxRowsPerByte * length || total + rows > MaxRows)
                    throw Bad(path, null, string.Create(CultureInfo.InvariantCulture, $"row group {g + 1} claims {rows:N0} rows in a file of {length:N0} bytes; the file is damaged"));
                total += rows;
                foreach (var chunk in groups[g].Columns ?? [])
                {
                    var meta = chunk.MetaData;
                    if (meta is null) continue;
                    var name = string.Join('.', meta.PathInSchema ?? []);
                    if (meta.TotalCompressedSize < 0 || meta.TotalCompressedSize > length || meta.DataPageOffset < 0 || meta.DataPageOffset >= length
                        || meta.NumValues < 0 || meta.NumValues > MaxRowsPerByte * length)
                        throw Bad(path, name, "its column chunk lies outside the file; the file is damaged");
                    // Only the columns read: the pages of others are never touched.
                    if (!wanted.Contains(name)) continue;
                    var start = meta.DictionaryPageOffset is long d && d > 0 && d < meta.DataPageOffset ? d : meta.DataPageOffset;
                    if (ParquetFooterCheck.PageProblem(stream, start, meta.TotalCompressedSize, MaxRowsPerByte * length) is string pages)
                        throw Bad(path, name, pages + "; the file is damaged");
                }
            }
            // Only top-level plain columns are ours; nested and repeated fields of other tools are left alone.
            var fields = reader.Schema.Fields.OfType<DataField>()
                .Where(f => wanted.Contains(f.Name) && !f.IsArray)
                .DistinctBy(f => f.Name)
                .ToList();
            var columns = fields.ToDictionary(f => f.Name, f => ColumnData.For(f, (int)total), StringComparer.Ordinal);
            var offset = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var n = checked((int)group.RowCount);
                if (offset + n > total) throw Bad(path, null, "its row groups hold more rows than its footer says; the file is damaged");
                foreach (var field in fields)
                {
                    column = field.Name;
                    await columns[field.Name].ReadAsync(group, field, offset, n);
                }
                column = null;
                offset += n;
            }
            return new TableData(path, offset, columns);
        }
        catch (Exception e) when (e is not OperationCanceledException && !IsOurs(e))
        {
            // Parquet.Net reports damage with many exception types (Thrift, index, cast, null reference, overflow): all of them mean the same.
            throw Bad(path, column, $"not a readable Parquet table ({e.GetType().Name}: {OneLine(e.Message)})", e);
        }
    }

    /// <summary>The error for a table that cannot be read: the message names the file (and the column when known).</summary>
    internal static InvalidDataException Bad(string path, string? column, string reason, Exception? inner = null)
    {
        var e = new InvalidDataException(column is null ? $"{path}: {reason}" : $"{path}: column {column}: {reason}", inner);
        e.Data[Marker] = true;
        return e;
    }

    private const string Marker = "CrampSignals.Table";

    private static bool IsOurs(Exception e) => e is InvalidDataException && e.Data.Contains(Marker);

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 200 ? line : line[..200] + "…";
    }
}

/// <summary>What a column holds once read, whatever Parquet type it had: the reduce step's accessors widen from these.</summary>
internal enum ColumnKind { Text, Integer, Real, Flag, Time, Other }

/// <summary>One column of a table, read whole into one array of its kind (no boxing).</summary>
internal sealed class ColumnData
{
    private ColumnData(string name, string type, ColumnKind kind, Array values)
    {
        Name = name;
        Type = type;
        Kind = kind;
        Values = values;
    }

    public string Name { get; }

    /// <summary>The column's Parquet type as .NET names it, for messages.</summary>
    public string Type { get; }

    public ColumnKind Kind { get; }

    /// <summary><c>string?[]</c>, <c>long?[]</c>, <c>double?[]</c>, <c>bool?[]</c> or <c>DateTime?[]</c> (UTC), by <see cref="Kind"/>.</summary>
    public Array Values { get; }

    public static ColumnData For(DataField field, int rows)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        var kind = KindOf(type);
        Array values = kind switch
        {
            ColumnKind.Text => new string?[rows],
            ColumnKind.Integer => new long?[rows],
            ColumnKind.Real => new double?[rows],
            ColumnKind.Flag => new bool?[rows],
            ColumnKind.Time => new DateTime?[rows],
            _ => Array.Empty<object>(),
        };
        return new ColumnData(field.Name, type.Name, kind, values);
    }

    private static ColumnKind KindOf(Type t) =>
        // Parquet.Net names UTF-8 columns ReadOnlyMemory<char> and reads them into strings all the same.
        t == typeof(string) || t == typeof(ReadOnlyMemory<char>) ? ColumnKind.Text
        : t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(sbyte) || t == typeof(byte) || t == typeof(ushort) || t == typeof(uint) || t == typeof(ulong) ? ColumnKind.Integer
        : t == typeof(double) || t == typeof(float) || t == typeof(decimal) ? ColumnKind.Real
        : t == typeof(bool) ? ColumnKind.Flag
        : t == typeof(DateTime) || t == typeof(DateTimeOffset) ? ColumnKind.Time
        : ColumnKind.Other;

    public async Task ReadAsync(ParquetRowGroupReader group, DataField field, int offset, int n)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        switch (Kind)
        {
            case ColumnKind.Text:
                var text = new string?[n];
                await group.ReadAsync(field, text.AsMemory());
                // Columns repeat a value row after row (every trace row names its runner, file and channel): one string is
                // kept per run of equal values, not one per row, which is most of what a big cohort's tables take to read.
                var all = (string?[])Values;
                var previous = offset > 0 ? all[offset - 1] : null;
                for (var i = 0; i < n; i++)
                {
                    var v = text[i];
                    if (v is not null && string.Equals(v, previous, StringComparison.Ordinal)) v = previous;
                    all[offset + i] = previous = v;
                }
                break;
            case ColumnKind.Integer:
                var integers = (long?[])Values;
                if (type == typeof(int)) Copy(await Read<int>(group, field, n), integers, offset, v => v);
                else if (type == typeof(long)) Copy(await Read<long>(group, field, n), integers, offset, v => v);
                else if (type == typeof(short)) Copy(await Read<short>(group, field, n), integers, offset, v => v);
                else if (type == typeof(sbyte)) Copy(await Read<sbyte>(group, field, n), integers, offset, v => v);
                else if (type == typeof(byte)) Copy(await Read<byte>(group, field, n), integers, offset, v => v);
                else if (type == typeof(ushort)) Copy(await Read<ushort>(group, field, n), integers, offset, v => v);
                else if (type == typeof(uint)) Copy(await Read<uint>(group, field, n), integers, offset, v => v);
                // Past long's range is past every range the columns allow: kept at the end, where the range check rejects it.
                else Copy(await Read<ulong>(group, field, n), integers, offset, v => v > long.MaxValue ? long.MaxValue : (long)v);
                break;
            case ColumnKind.Real:
                var reals = (double?[])Values;
                if (type == typeof(double)) Copy(await Read<double>(group, field, n), reals, offset, v => v);
                else if (type == typeof(float)) Copy(await Read<float>(group, field, n), reals, offset, v => v);
                else Copy(await Read<decimal>(group, field, n), reals, offset, v => (double)v);
                break;
            case ColumnKind.Flag:
                Copy(await Read<bool>(group, field, n), (bool?[])Values, offset, v => v);
                break;
            case ColumnKind.Time:
                var times = (DateTime?[])Values;
                if (type == typeof(DateTime)) Copy(await Read<DateTime>(group, field, n), times, offset, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
                else Copy(await Read<DateTimeOffset>(group, field, n), times, offset, v => v.UtcDateTime);
                break;
        }
    }

    private static async Task<T?[]> Read<T>(ParquetRowGroupReader group, DataField field, int n) where T : struct
    {
        var values = new T?[n];
        if (field.IsNullable)
        {
            await group.ReadAsync(field, values.AsMemory());
            return values;
        }
        var plain = new T[n];
        await group.ReadAsync(field, plain.AsMemory());
        for (var i = 0; i < n; i++) values[i] = plain[i];
        return values;
    }

    private static void Copy<TIn, TOut>(TIn?[] from, TOut?[] to, int offset, Func<TIn, TOut> convert) where TIn : struct where TOut : struct
    {
        for (var i = 0; i < from.Length; i++) to[offset + i] = from[i] is TIn v ? convert(v) : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Type})");
}
