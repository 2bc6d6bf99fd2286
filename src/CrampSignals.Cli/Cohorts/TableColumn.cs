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
