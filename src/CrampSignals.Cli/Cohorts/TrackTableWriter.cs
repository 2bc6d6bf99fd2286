using CrampSignals.Cohorts;
using Microsoft.Data.Analysis;
using Parquet.Schema;
using Parquet;

namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// Streams each run's 1 Hz signal track into <c>tracks.parquet</c>, one row group per run, while the run is still in memory:
/// the table can be far larger than memory. Safe to call from several workers (they take turns).
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

    private readonly Stream _stream;
    private readonly ParquetWriter _writer;
    private readonly Lock _gate = new();

    public TrackTableWriter(string path)
    {
        _stream = System.IO.File.Create(path);
        _writer = ParquetWriter.CreateAsync(new ParquetSchema([Runner, File, Second, Time, .. Reals, Moving, Running]), _stream).GetAwaiter().GetResult();
    }

    public void Write(CohortRunRecord run, DataFrame track)
    {
        var n = (int)track.Rows.Count;
        if (n == 0) return;
        var seconds = ((PrimitiveDataFrameColumn<int>)track.Columns["t_s"]).Select(v => v).ToArray();
        var times = ((PrimitiveDataFrameColumn<DateTime>)track.Columns["time_utc"]).Select(v => v).ToArray();
        var values = RealNames.Select(name => ((DoubleDataFrameColumn)track.Columns[name]).Select(v => v).ToArray()).ToArray();
        var moving = ((BooleanDataFrameColumn)track.Columns["moving"]).Select(v => v).ToArray();
        var running = ((BooleanDataFrameColumn)track.Columns["running"]).Select(v => v).ToArray();
        lock (_gate)
        {
            using var group = _writer.CreateRowGroup();
            group.WriteAsync(Runner, Enumerable.Repeat(run.Runner, n).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync(File, Enumerable.Repeat(run.File, n).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync<int>(Second, seconds).GetAwaiter().GetResult();
            group.WriteAsync<DateTime>(Time, times).GetAwaiter().GetResult();
            for (var c = 0; c < Reals.Length; c++) group.WriteAsync<double>(Reals[c], values[c]).GetAwaiter().GetResult();
            group.WriteAsync<bool>(Moving, moving).GetAwaiter().GetResult();
            group.WriteAsync<bool>(Running, running).GetAwaiter().GetResult();
        }
    }

    public void Dispose()
    {
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _stream.Dispose();
    }
}
