using CrampSignals.Cohorts;
using Microsoft.Data.Analysis;
using Parquet.Schema;
using Parquet;

namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// Writes each run's 1 Hz signal track into <c>tracks.parquet</c>, one row group per run in run-id order whatever the number
/// of workers: each track goes to its own part file while the run is still in memory (so the table can be far larger than
/// memory), and <see cref="Complete"/> copies the parts into the table in order, one at a time. Safe to call from several
/// workers.
/// </summary>
internal sealed class TrackTableWriter : IDisposable
{
    private static readonly DataField Runner = new DataField<string>("runner", nullable: true);
    private static readonly DataField File = new DataField<string>("file", nullable: true);
    private static readonly DataField Second = new DataField<int?>("t_s");
    private static readonly DataField Time = new DateTimeDataField("time_utc", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true);
    private static readonly string[] RealNames = ["speed_mps", "grade_adjusted_speed_mps", "grade", "distance_m", "altitude_m", "cadence_spm", "heart_rate_bpm", "temperature_c"];
    private static readonly DataField[] Reals = [.. RealNames.Select(n => (DataField)new DataField<double?>(n))];
    private static readonly DataField Moving = new DataField<bool?>("moving");
    private static readonly DataField Running = new DataField<bool?>("running");
    private static readonly ParquetSchema Schema = new([Runner, File, Second, Time, .. Reals, Moving, Running]);

    private readonly string _path;
    private readonly string _parts;
    private readonly List<(string File, string Runner, string Part)> _written = [];
    private readonly Lock _gate = new();
    private int _count;

    public TrackTableWriter(string path)
    {
        _path = path;
        _parts = path + ".parts";
        if (Directory.Exists(_parts)) Directory.Delete(_parts, recursive: true);
        Directory.CreateDirectory(_parts);
    }

    private sealed record Track(string?[] Runner, string?[] File, int?[] Seconds, DateTime?[] Times, double?[][] Reals, bool?[] Moving, bool?[] Running);

    public void Write(CohortRunRecord run, DataFrame track)
    {
        var n = (int)track.Rows.Count;
        if (n == 0) return;
        var columns = new Track(
            Enumerable.Repeat<string?>(run.Runner, n).ToArray(),
            Enumerable.Repeat<string?>(run.File, n).ToArray(),
            [.. (PrimitiveDataFrameColumn<int>)track.Columns["t_s"]],
            [.. (PrimitiveDataFrameColumn<DateTime>)track.Columns["time_utc"]],
            [.. RealNames.Select(name => ((DoubleDataFrameColumn)track.Columns[name]).ToArray())],
            [.. (BooleanDataFrameColumn)track.Columns["moving"]],
            [.. (BooleanDataFrameColumn)track.Columns["running"]]);
        var part = Path.Combine(_parts, $"{Interlocked.Increment(ref _count):x8}.parquet");
        WriteFileAsync(part, [columns]).GetAwaiter().GetResult();
        lock (_gate) _written.Add((run.File, run.Runner, part));
    }

    /// <summary>Writes the table: the parts' row groups by run id (file, then runner), so <c>-j 1</c> and <c>-j 8</c> give the same bytes.</summary>
    public void Complete()
    {
        var ordered = _written.OrderBy(w => w.File, StringComparer.Ordinal).ThenBy(w => w.Runner, StringComparer.Ordinal).Select(w => w.Part);
        WriteFileAsync(_path, ordered.Select(ReadPart)).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        if (Directory.Exists(_parts)) Directory.Delete(_parts, recursive: true);
    }

    private static async Task WriteFileAsync(string path, IEnumerable<Track> tracks)
    {
        await using var stream = System.IO.File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream);
        foreach (var t in tracks)
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(Runner, t.Runner);
            await group.WriteAsync(File, t.File);
            await group.WriteAsync<int>(Second, t.Seconds);
            await group.WriteAsync<DateTime>(Time, t.Times);
            for (var c = 0; c < Reals.Length; c++) await group.WriteAsync<double>(Reals[c], t.Reals[c]);
            await group.WriteAsync<bool>(Moving, t.Moving);
            await group.WriteAsync<bool>(Running, t.Running);
        }
    }

    private static Track ReadPart(string part) => ReadPartAsync(part).GetAwaiter().GetResult();

    private static async Task<Track> ReadPartAsync(string part)
    {
        await using var stream = System.IO.File.OpenRead(part);
        await using var reader = await ParquetReader.CreateAsync(stream);
        using var group = reader.OpenRowGroupReader(0);
        var n = (int)group.RowCount;
        var runner = new string?[n];
        var file = new string?[n];
        var seconds = new int?[n];
        var times = new DateTime?[n];
        var reals = Reals.Select(_ => new double?[n]).ToArray();
        var moving = new bool?[n];
        var running = new bool?[n];
        // The part's own fields, in the order of Schema: a reader wants the fields of the file it reads.
        var f = reader.Schema.DataFields;
        await group.ReadAsync(f[0], runner.AsMemory());
        await group.ReadAsync(f[1], file.AsMemory());
        await group.ReadAsync(f[2], seconds.AsMemory());
        await group.ReadAsync(f[3], times.AsMemory());
        for (var c = 0; c < Reals.Length; c++) await group.ReadAsync(f[4 + c], reals[c].AsMemory());
        await group.ReadAsync(f[4 + Reals.Length], moving.AsMemory());
        await group.ReadAsync(f[5 + Reals.Length], running.AsMemory());
        return new Track(runner, file, seconds, times, reals, moving, running);
    }
}
