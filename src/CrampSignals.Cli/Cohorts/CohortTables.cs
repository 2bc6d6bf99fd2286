using System.Collections.Immutable;
using CrampSignals.Cohorts;
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

    public static IReadOnlyList<TableColumn<CohortRunRecord>> RunColumns { get; } =
    [
        TableColumn<CohortRunRecord>.Text("runner", r => r.Runner),
        TableColumn<CohortRunRecord>.Text("folder", r => r.Folder),
        TableColumn<CohortRunRecord>.Text("file", r => r.File),
        TableColumn<CohortRunRecord>.Text("format", r => r.Format),
        TableColumn<CohortRunRecord>.Instant("start_utc", r => r.StartUtc),
        TableColumn<CohortRunRecord>.Real("local_offset_minutes", r => r.LocalOffsetMinutes),
        TableColumn<CohortRunRecord>.Real("duration_s", r => r.DurationSeconds),
        TableColumn<CohortRunRecord>.Real("moving_s", r => r.MovingSeconds),
        TableColumn<CohortRunRecord>.Real("distance_m", r => r.DistanceMeters),
        TableColumn<CohortRunRecord>.Real("temperature_mean_c", r => r.MeanTemperatureCelsius),
        TableColumn<CohortRunRecord>.Real("temperature_max_c", r => r.MaxTemperatureCelsius),
        TableColumn<CohortRunRecord>.Real("air_temperature_mean_c", r => r.MeanAirTemperatureCelsius),
        TableColumn<CohortRunRecord>.Long("device_serial", r => r.DeviceSerial),
        TableColumn<CohortRunRecord>.Integer("cramps", r => r.CrampCount),
        .. Kinds.Select(k => TableColumn<CohortRunRecord>.Integer(Column(k), r => r.FindingCounts[(int)k])),
    ];

    public static IReadOnlyList<TableColumn<CohortFindingRecord>> FindingColumns { get; } =
    [
        TableColumn<CohortFindingRecord>.Text("runner", r => r.Runner),
        TableColumn<CohortFindingRecord>.Text("file", r => r.File),
        TableColumn<CohortFindingRecord>.Integer("finding", r => r.Index),
        TableColumn<CohortFindingRecord>.Text("kind", r => r.Kind.ToId()),
        TableColumn<CohortFindingRecord>.Instant("start_utc", r => r.StartUtc),
        TableColumn<CohortFindingRecord>.Instant("end_utc", r => r.EndUtc),
        TableColumn<CohortFindingRecord>.Real("start_s", r => r.StartSeconds),
        TableColumn<CohortFindingRecord>.Real("end_s", r => r.EndSeconds),
        TableColumn<CohortFindingRecord>.Text("severity", r => r.Severity.ToString().ToLowerInvariant()),
        TableColumn<CohortFindingRecord>.Text("evidence", r => r.Evidence),
        TableColumn<CohortFindingRecord>.Text("summary", r => r.Summary),
    ];

    public static IReadOnlyList<TableColumn<CohortCrampRecord>> CrampColumns { get; } =
    [
        TableColumn<CohortCrampRecord>.Text("runner", r => r.Runner),
        TableColumn<CohortCrampRecord>.Text("file", r => r.File),
        TableColumn<CohortCrampRecord>.Integer("cramp", r => r.Index),
        TableColumn<CohortCrampRecord>.Instant("time_utc", r => r.TimeUtc),
        TableColumn<CohortCrampRecord>.Real("elapsed_s", r => r.ElapsedSeconds),
        TableColumn<CohortCrampRecord>.Flag("during_run", r => r.DuringRun),
        TableColumn<CohortCrampRecord>.Text("muscle", r => r.Muscle),
        TableColumn<CohortCrampRecord>.Text("side", r => r.Side),
        TableColumn<CohortCrampRecord>.Integer("severity", r => r.Severity),
        TableColumn<CohortCrampRecord>.Real("window_speed_ratio", r => r.WindowSpeedRatio),
        TableColumn<CohortCrampRecord>.Real("window_cadence_ratio", r => r.WindowCadenceRatio),
        TableColumn<CohortCrampRecord>.Real("window_heart_rate_ratio", r => r.WindowHeartRateRatio),
        TableColumn<CohortCrampRecord>.Real("window_temperature_ratio", r => r.WindowTemperatureRatio),
        TableColumn<CohortCrampRecord>.Text("preceding", Preceding),
        .. Kinds.Select(k => TableColumn<CohortCrampRecord>.Real("lead_" + Column(k) + "_s", r => r.LeadSeconds[(int)k])),
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
        await ParquetTable.WriteAsync(Path.Combine(folder, Runs), RunColumns, runs);
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

        var findingsOf = Enumerable.Range(0, findings.Rows).Select(i => new CohortFindingRecord(
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
            if (!traceOf.TryGetValue(key, out var values)) traceOf[key] = values = Enumerable.Repeat(double.NaN, CohortCrampRecord.TracePoints).ToArray();
            var k = ((traces.Get<int>("offset_s", i) ?? 0) + CohortCrampRecord.TraceWindowSeconds) / CohortCrampRecord.TraceStepSeconds;
            if (k >= 0 && k < values.Length) values[k] = traces.Real("ratio", i);
        }
        ImmutableArray<double> Trace(string file, int cramp, string channel) =>
            traceOf.TryGetValue((file, cramp, channel), out var v) ? ImmutableArray.Create(v) : [];

        var crampsOf = Enumerable.Range(0, cramps.Rows).Select(i =>
        {
            var file = cramps.Text("file", i)!;
            var index = cramps.Get<int>("cramp", i) ?? 0;
            return new CohortCrampRecord
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
            var run = new CohortRunRecord
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
                CrampCount = runs.Get<int>("cramps", i) ?? 0,
                FindingCounts = [.. Kinds.Select(k => runs.Get<int>(Column(k), i) ?? 0)],
                Findings = [.. findingsOf[file].OrderBy(f => f.Index)],
                Cramps = [.. crampsOf[file].OrderBy(c => c.Index)],
            };
            records.Add(run);
        }
        return [.. records.OrderBy(r => r.File, StringComparer.Ordinal)];
    }

    private static string Preceding(CohortCrampRecord c) => string.Join(",", Kinds
        .Where(k => c.LeadSeconds[(int)k] is not null)
        .OrderBy(k => c.LeadSeconds[(int)k])
        .Select(k => k.ToId()));

    private static IEnumerable<TraceRow> TracesOf(CohortCrampRecord c)
    {
        ImmutableArray<double>[] traces = [c.SpeedTrace, c.CadenceTrace, c.HeartRateTrace, c.TemperatureTrace];
        for (var ch = 0; ch < traces.Length; ch++)
            for (var k = 0; k < traces[ch].Length; k++)
                yield return new TraceRow(c.Runner, c.File, c.Index, Channels[ch], k * CohortCrampRecord.TraceStepSeconds - CohortCrampRecord.TraceWindowSeconds, traces[ch][k]);
    }
}
