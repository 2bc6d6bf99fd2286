using System.Collections.Immutable;
using CrampSignals.Analysis;
using CrampSignals.Signals;

namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// The cohort's Parquet tables (see docs/cohort-tables.md): <c>runs</c>, <c>findings</c>, <c>cramps</c> and
/// <c>cramp_traces</c>, written by the map step and read back by the reduce step, which computes the same statistics from
/// them as from live rows.
/// </summary>
internal static class CohortTables
{
    public const string Runs = "runs.parquet";
    public const string Findings = "findings.parquet";
    public const string Cramps = "cramps.parquet";
    public const string CrampTraces = "cramp_traces.parquet";
    public const string Tracks = "tracks.parquet";

    private static readonly FindingKind[] Kinds = Enum.GetValues<FindingKind>();

    /// <summary>A finding kind's column name: its id with underscores (<c>pace_surge</c>).</summary>
    public static string Column(FindingKind kind) => kind.ToId().Replace('-', '_');

    public static IReadOnlyList<TableColumn<RunTableRow>> RunColumns { get; } =
    [
        TableColumn<RunTableRow>.Text("runner", r => r.Runner),
        TableColumn<RunTableRow>.Text("folder", r => r.Folder),
        TableColumn<RunTableRow>.Text("file", r => r.File),
        TableColumn<RunTableRow>.Text("format", r => r.Format),
        TableColumn<RunTableRow>.Instant("start_utc", r => r.StartUtc),
        TableColumn<RunTableRow>.Real("local_offset_minutes", r => r.LocalOffsetMinutes),
        TableColumn<RunTableRow>.Real("duration_s", r => r.DurationSeconds),
        TableColumn<RunTableRow>.Real("moving_s", r => r.MovingSeconds),
        TableColumn<RunTableRow>.Real("distance_m", r => r.DistanceMeters),
        TableColumn<RunTableRow>.Real("temperature_mean_c", r => r.MeanTemperatureCelsius),
        TableColumn<RunTableRow>.Real("temperature_max_c", r => r.MaxTemperatureCelsius),
        TableColumn<RunTableRow>.Real("air_temperature_mean_c", r => r.MeanAirTemperatureCelsius),
        TableColumn<RunTableRow>.Long("device_serial", r => r.DeviceSerial),
        TableColumn<RunTableRow>.Integer("cramps", r => r.Cramps),
        .. Kinds.Select(k => TableColumn<RunTableRow>.Integer(Column(k), r => r.FindingCounts[(int)k])),
    ];

    public static IReadOnlyList<TableColumn<FindingTableRow>> FindingColumns { get; } =
    [
        TableColumn<FindingTableRow>.Text("runner", r => r.Runner),
        TableColumn<FindingTableRow>.Text("file", r => r.File),
        TableColumn<FindingTableRow>.Integer("finding", r => r.Index),
        TableColumn<FindingTableRow>.Text("kind", r => r.Kind.ToId()),
        TableColumn<FindingTableRow>.Instant("start_utc", r => r.StartUtc),
        TableColumn<FindingTableRow>.Instant("end_utc", r => r.EndUtc),
        TableColumn<FindingTableRow>.Real("start_s", r => r.StartSeconds),
        TableColumn<FindingTableRow>.Real("end_s", r => r.EndSeconds),
        TableColumn<FindingTableRow>.Text("severity", r => r.Severity.ToString().ToLowerInvariant()),
        TableColumn<FindingTableRow>.Text("evidence", r => r.Evidence),
        TableColumn<FindingTableRow>.Text("summary", r => r.Summary),
    ];

    public static IReadOnlyList<TableColumn<CrampTableRow>> CrampColumns { get; } =
    [
        TableColumn<CrampTableRow>.Text("runner", r => r.Runner),
        TableColumn<CrampTableRow>.Text("file", r => r.File),
        TableColumn<CrampTableRow>.Integer("cramp", r => r.Index),
        TableColumn<CrampTableRow>.Instant("time_utc", r => r.TimeUtc),
        TableColumn<CrampTableRow>.Real("elapsed_s", r => r.ElapsedSeconds),
        TableColumn<CrampTableRow>.Flag("during_run", r => r.DuringRun),
        TableColumn<CrampTableRow>.Text("muscle", r => r.Muscle),
        TableColumn<CrampTableRow>.Text("side", r => r.Side),
        TableColumn<CrampTableRow>.Integer("severity", r => r.Severity),
        TableColumn<CrampTableRow>.Real("window_speed_ratio", r => r.WindowSpeedRatio),
        TableColumn<CrampTableRow>.Real("window_cadence_ratio", r => r.WindowCadenceRatio),
        TableColumn<CrampTableRow>.Real("window_heart_rate_ratio", r => r.WindowHeartRateRatio),
        TableColumn<CrampTableRow>.Real("window_temperature_ratio", r => r.WindowTemperatureRatio),
        TableColumn<CrampTableRow>.Text("preceding", Preceding),
        .. Kinds.Select(k => TableColumn<CrampTableRow>.Real("lead_" + Column(k) + "_s", r => r.LeadSeconds[(int)k])),
    ];

    /// <summary>One row per cramp, channel and offset: the channel's ratio to the run's median before the cramp.</summary>
    public static IReadOnlyList<TableColumn<TraceRow>> TraceColumns { get; } =
    [
        TableColumn<TraceRow>.Text("runner", r => r.Runner),
        TableColumn<TraceRow>.Text("file", r => r.File),
        TableColumn<TraceRow>.Integer("cramp", r => r.Cramp),
        TableColumn<TraceRow>.Text("channel", r => r.Channel),
        TableColumn<TraceRow>.Integer("offset_s", r => r.OffsetSeconds),
        TableColumn<TraceRow>.Real("ratio", r => r.Ratio),
    ];

    /// <summary>The channel names of the traces, in the order of <see cref="CohortCrampRow"/>'s ratio arrays.</summary>
    public static IReadOnlyList<string> Channels { get; } = ["speed", "cadence", "heart-rate", "temperature"];

    internal readonly record struct TraceRow(string Runner, string File, int Cramp, string Channel, int OffsetSeconds, double Ratio);

    /// <summary>Writes the four tables of <paramref name="runs"/> into <paramref name="folder"/>.</summary>
    public static async Task WriteAsync(string folder, IReadOnlyList<CohortRunRecord> runs)
    {
        Directory.CreateDirectory(folder);
        await ParquetTable.WriteAsync(Path.Combine(folder, Runs), RunColumns, [.. runs.Select(r => r.Run)]);
        await ParquetTable.WriteAsync(Path.Combine(folder, Findings), FindingColumns, [.. runs.SelectMany(r => r.Findings)]);
        await ParquetTable.WriteAsync(Path.Combine(folder, Cramps), CrampColumns, [.. runs.SelectMany(r => r.Cramps)]);
        await ParquetTable.WriteAsync(Path.Combine(folder, CrampTraces), TraceColumns, [.. runs.SelectMany(r => r.Cramps).SelectMany(TracesOf)]);
    }

    /// <summary>The run records held by the tables in <paramref name="folder"/>, ordered by file.</summary>
    public static async Task<IReadOnlyList<CohortRunRecord>> ReadAsync(string folder)
    {
        var runs = await ParquetTable.ReadAsync(Path.Combine(folder, Runs));
        var findings = await ParquetTable.ReadAsync(Path.Combine(folder, Findings));
        var cramps = await ParquetTable.ReadAsync(Path.Combine(folder, Cramps));
        var traces = await ParquetTable.ReadAsync(Path.Combine(folder, CrampTraces));

        var findingsOf = Enumerable.Range(0, findings.Rows).Select(i => new FindingTableRow(
                findings.Text("runner", i)!, findings.Text("file", i)!, findings.Get<int>("finding", i) ?? 0,
                FindingKinds.FromId(findings.Text("kind", i) ?? "") ?? throw new InvalidDataException($"{folder}/{Findings}: row {i + 1}: unknown finding kind \"{findings.Text("kind", i)}\""),
                findings.Get<DateTime>("start_utc", i) ?? default, findings.Get<DateTime>("end_utc", i) ?? default,
                findings.Real("start_s", i), findings.Real("end_s", i),
                Enum.TryParse<Severity>(findings.Text("severity", i), ignoreCase: true, out var s) ? s : Severity.Low,
                findings.Text("evidence", i) ?? "{}", findings.Text("summary", i) ?? ""))
            .ToLookup(f => f.File, StringComparer.Ordinal);

        var traceOf = new Dictionary<(string File, int Cramp, string Channel), double[]>();
        for (var i = 0; i < traces.Rows; i++)
        {
            var key = (traces.Text("file", i)!, traces.Get<int>("cramp", i) ?? 0, traces.Text("channel", i)!);
            if (!traceOf.TryGetValue(key, out var values)) traceOf[key] = values = Enumerable.Repeat(double.NaN, CohortCrampRow.Points).ToArray();
            var k = ((traces.Get<int>("offset_s", i) ?? 0) + CohortCrampRow.WindowSeconds) / CohortCrampRow.StepSeconds;
            if (k >= 0 && k < values.Length) values[k] = traces.Real("ratio", i);
        }
        ImmutableArray<double> Trace(string file, int cramp, string channel) =>
            traceOf.TryGetValue((file, cramp, channel), out var v) ? ImmutableArray.Create(v) : [];

        var crampsOf = Enumerable.Range(0, cramps.Rows).Select(i =>
        {
            var file = cramps.Text("file", i)!;
            var index = cramps.Get<int>("cramp", i) ?? 0;
            return new CrampTableRow
            {
                Runner = cramps.Text("runner", i)!,
                File = file,
                Index = index,
                TimeUtc = cramps.Get<DateTime>("time_utc", i) ?? default,
                ElapsedSeconds = cramps.Real("elapsed_s", i),
                DuringRun = cramps.Get<bool>("during_run", i) ?? false,
                Muscle = cramps.Text("muscle", i),
                Side = cramps.Text("side", i),
                Severity = cramps.Get<int>("severity", i),
                WindowSpeedRatio = cramps.Get<double>("window_speed_ratio", i),
                WindowCadenceRatio = cramps.Get<double>("window_cadence_ratio", i),
                WindowHeartRateRatio = cramps.Get<double>("window_heart_rate_ratio", i),
                WindowTemperatureRatio = cramps.Get<double>("window_temperature_ratio", i),
                LeadSeconds = [.. Kinds.Select(k => cramps.Get<double>("lead_" + Column(k) + "_s", i))],
                SpeedTrace = Trace(file, index, Channels[0]),
                CadenceTrace = Trace(file, index, Channels[1]),
                HeartRateTrace = Trace(file, index, Channels[2]),
                TemperatureTrace = Trace(file, index, Channels[3]),
            };
        }).ToLookup(c => c.File, StringComparer.Ordinal);

        var records = new List<CohortRunRecord>(runs.Rows);
        for (var i = 0; i < runs.Rows; i++)
        {
            var file = runs.Text("file", i)!;
            var run = new RunTableRow
            {
                Runner = runs.Text("runner", i)!,
                Folder = runs.Text("folder", i) ?? runs.Text("runner", i)!,
                File = file,
                Format = runs.Text("format", i) ?? "",
                StartUtc = runs.Get<DateTime>("start_utc", i) is DateTime t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null,
                LocalOffsetMinutes = runs.Get<double>("local_offset_minutes", i),
                DurationSeconds = runs.Get<double>("duration_s", i),
                MovingSeconds = runs.Get<double>("moving_s", i),
                DistanceMeters = runs.Get<double>("distance_m", i),
                MeanTemperatureCelsius = runs.Get<double>("temperature_mean_c", i),
                MaxTemperatureCelsius = runs.Get<double>("temperature_max_c", i),
                MeanAirTemperatureCelsius = runs.Get<double>("air_temperature_mean_c", i),
                DeviceSerial = runs.Get<long>("device_serial", i),
                Cramps = runs.Get<int>("cramps", i) ?? 0,
                FindingCounts = [.. Kinds.Select(k => runs.Get<int>(Column(k), i) ?? 0)],
            };
            records.Add(new CohortRunRecord(run, [.. findingsOf[file].OrderBy(f => f.Index)], [.. crampsOf[file].OrderBy(c => c.Index)]));
        }
        return [.. records.OrderBy(r => r.Run.File, StringComparer.Ordinal)];
    }

    private static string Preceding(CrampTableRow c) => string.Join(",", Kinds
        .Where(k => c.LeadSeconds[(int)k] is not null)
        .OrderBy(k => c.LeadSeconds[(int)k])
        .Select(k => k.ToId()));

    private static IEnumerable<TraceRow> TracesOf(CrampTableRow c)
    {
        ImmutableArray<double>[] traces = [c.SpeedTrace, c.CadenceTrace, c.HeartRateTrace, c.TemperatureTrace];
        for (var ch = 0; ch < traces.Length; ch++)
            for (var k = 0; k < traces[ch].Length; k++)
                yield return new TraceRow(c.Runner, c.File, c.Index, Channels[ch], k * CohortCrampRow.StepSeconds - CohortCrampRow.WindowSeconds, traces[ch][k]);
    }
}
