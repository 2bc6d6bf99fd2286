using Parquet;
using Parquet.Schema;

namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// Writes one Parquet table of <see cref="TableColumn{TRow}"/>s row by row, <see cref="GroupRows"/> rows per row group (one
/// empty group when there are none), so only one group's rows are held at a time: a cohort's tables take the same memory
/// at 10,000 runs as at 1,000. The table is written under a temporary name and takes its own only at <see cref="Complete"/>:
/// an analysis that stops half-way leaves the tables of the last whole one, not half a table.
/// </summary>
internal sealed class ParquetTableWriter<TRow> : IDisposable
{
    /// <summary>Rows per row group: a table of a few thousand runs is one group, and a big one is written group by group.</summary>
    public const int GroupRows = 8192;

    private readonly string _path;
    private readonly string _partial;
    private readonly IReadOnlyList<TableColumn<TRow>> _columns;
    private readonly Stream _stream;
    private readonly ParquetWriter _writer;
    private readonly List<TRow> _rows = new(GroupRows);
    private bool _anyGroup;
    private bool _done;

    public ParquetTableWriter(string path, IReadOnlyList<TableColumn<TRow>> columns)
    {
        _path = path;
        _partial = path + ".partial";
        _columns = columns;
        _stream = File.Create(_partial);
        try { _writer = ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => (Field)c.Field)), _stream).GetAwaiter().GetResult(); }
        catch
        {
            _stream.Dispose();
            File.Delete(_partial);
            throw;
        }
    }

    public void Add(TRow row)
    {
        _rows.Add(row);
        if (_rows.Count == GroupRows) WriteGroup();
    }

    /// <summary>Writes the rows still held and puts the table in place.</summary>
    public void Complete()
    {
        if (_rows.Count > 0 || !_anyGroup) WriteGroup();
        // The footer and the buffered bytes go out here: a full disk shows now if not before.
        try
        {
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _stream.Dispose();
        }
        catch (IOException e)
        {
            throw Unwritable(e);
        }
        File.Move(_partial, _path, overwrite: true);
        _done = true;
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        // An abandoned table is deleted: failing to close it (the disk that was full is still full) must not hide why it
        // was abandoned.
        try { _writer.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
        catch (IOException) { }
        try { _stream.Dispose(); }
        catch (IOException) { }
        File.Delete(_partial);
    }

    private void WriteGroup()
    {
        try
        {
            using (var group = _writer.CreateRowGroup())
                foreach (var c in _columns) c.WriteAsync(group, _rows).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            throw Unwritable(e);
        }
        _anyGroup = true;
        _rows.Clear();
    }

    private IOException Unwritable(IOException e) => new($"{_path}: the table could not be written ({e.Message})", e);
}
