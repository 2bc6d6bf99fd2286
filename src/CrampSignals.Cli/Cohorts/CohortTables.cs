using System.Globalization;
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
        TableColumn<CohortFindingRecord>.Real("start_moving_s", r => r.StartMovingSeconds),
        TableColumn<CohortFindingRecord>.Real("end_moving_s", r => r.EndMovingSeconds),
        TableColumn<CohortFindingRecord>.Text("severity", r => r.Severity.ToString().ToLowerInvariant()),
        TableColumn<CohortFindingRecord>.Text("evidence", r => r.Evidence),
        TableColumn<CohortFindingRecord>.Text("summary", r => r.Summary),
    ];

    public static IReadOnlyList<TableColumn<CohortCrampRecord>> CrampColumns { get; } =
    [
        TableColumn<CohortCrampRecord>.Text("runner", r => r.Runner),
        TableColumn<CohortCrampRecord>.Text("file", r => r.File),
        TableColumn<CohortCrampRecord>.Integer("cramp", r => r.Index),
        // A cramp the runner told of with no moment (a history's "cramped today") has neither a time nor an elapsed time: nulls.
        TableColumn<CohortCrampRecord>.Instant("time_utc", r => r.TimeUtc == default ? null : r.TimeUtc),
        TableColumn<CohortCrampRecord>.Real("elapsed_s", r => r.ElapsedSeconds),
        TableColumn<CohortCrampRecord>.Flag("during_run", r => r.DuringRun),
        TableColumn<CohortCrampRecord>.Real("moving_s", r => r.MovingSeconds),
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
    public static void Write(string folder, IEnumerable<CohortRunRecord> runs)
    {
        using var writer = new CohortTableWriter(folder);
        foreach (var run in runs) writer.Write(run);
        writer.Complete();
    }

    /// <summary>Every time in seconds the tables may hold, either way: 1,000 hours, the cramp log's limit on <c>elapsed</c>.</summary>
    public const double MaxSeconds = 3_600_000;

    /// <summary>
    /// The run records held by the tables in <paramref name="folder"/>, ordered by file, and the warnings about rows left out.
    /// Tables written by other tools are read too (see docs/limits.md, "Cohort tables read back"): numbers widen between
    /// integer and floating-point types where the meaning allows; a value out of its column's range leaves its row out.
    /// </summary>
    /// <param name="folder">The tables' folder.</param>
    /// <param name="withText">Also read each finding's evidence and summary text, which the statistics never read (left empty without it): most of a big cohort's table bytes.</param>
    /// <exception cref="InvalidDataException">A table cannot be read, lacks a column the statistics need, or holds a column of the wrong kind.</exception>
    public static async Task<(IReadOnlyList<CohortRunRecord> Runs, IReadOnlyList<string> Warnings)> ReadAsync(string folder, bool withText = true)
    {
        var warnings = new List<string>();
        var runs = await TableReader.ReadAsync(Path.Combine(folder, Runs), [.. RunColumns.Select(c => c.Field.Name)]);
        var findings = await TableReader.ReadAsync(Path.Combine(folder, Findings),
            [.. FindingColumns.Select(c => c.Field.Name).Where(name => withText || name is not ("evidence" or "summary"))]);
        var cramps = await TableReader.ReadAsync(Path.Combine(folder, Cramps), [.. CrampColumns.Select(c => c.Field.Name)]);
        var traces = await TableReader.ReadAsync(Path.Combine(folder, CrampTraces), [.. TraceColumns.Select(c => c.Field.Name)]);
        runs.Require("runner", "file");
        findings.Require("runner", "file", "kind", "start_s", "end_s");
        cramps.Require("runner", "file", "elapsed_s", "during_run");
        traces.Require("file", "cramp", "channel", "offset_s", "ratio");

        var findingsOf = Map(findings, i => new CohortFindingRecord(
                findings.RequiredText("runner", i), findings.RequiredText("file", i), findings.Int("finding", i) ?? 0,
                FindingKinds.FromId(findings.Text("kind", i) ?? "") ?? throw new RejectedRowException("kind", $"unknown finding kind \"{findings.Text("kind", i)}\""),
                findings.Time("start_utc", i) ?? default, findings.Time("end_utc", i) ?? default,
                findings.RequiredReal("start_s", i, -MaxSeconds, MaxSeconds), findings.RequiredReal("end_s", i, -MaxSeconds, MaxSeconds),
                Enum.TryParse<Severity>(findings.Text("severity", i), ignoreCase: true, out var s) ? s : Severity.Low,
                withText ? findings.Text("evidence", i) ?? "{}" : string.Empty, findings.Text("summary", i) ?? "")
            {
                StartMovingSeconds = findings.Real("start_moving_s", i, 0, MaxSeconds),
                EndMovingSeconds = findings.Real("end_moving_s", i, 0, MaxSeconds),
            }, warnings)
            .ToLookup(f => f.File, StringComparer.Ordinal);

        var traceOf = new Dictionary<(string File, int Cramp, string Channel), double[]>();
        foreach (var (key, k, ratio) in Map(traces, i =>
        {
            var offset = traces.Int("offset_s", i, -CohortCrampRecord.TraceWindowSeconds, 0) ?? throw new RejectedRowException("offset_s", "no value");
            if (offset % CohortCrampRecord.TraceStepSeconds != 0) throw new RejectedRowException("offset_s", $"{offset} is not a multiple of {CohortCrampRecord.TraceStepSeconds}");
            var ratio = traces.Real("ratio", i, 0, double.MaxValue) ?? double.NaN;
            return ((traces.RequiredText("file", i), traces.Int("cramp", i) ?? throw new RejectedRowException("cramp", "no value"), traces.RequiredText("channel", i)),
                (offset + CohortCrampRecord.TraceWindowSeconds) / CohortCrampRecord.TraceStepSeconds, ratio);
        }, warnings))
        {
            if (!traceOf.TryGetValue(key, out var values)) traceOf[key] = values = Enumerable.Repeat(double.NaN, CohortCrampRecord.TracePoints).ToArray();
            values[k] = ratio;
        }
        ImmutableArray<double> Trace(string file, int cramp, string channel) =>
            traceOf.TryGetValue((file, cramp, channel), out var v) ? ImmutableArray.Create(v) : [];

        var crampsOf = Map(cramps, i =>
        {
            var file = cramps.RequiredText("file", i);
            var index = cramps.Int("cramp", i) ?? 0;
            return new CohortCrampRecord
            {
                Runner = cramps.RequiredText("runner", i),
                File = file,
                Index = index,
                TimeUtc = cramps.Time("time_utc", i) ?? default,
                ElapsedSeconds = cramps.Real("elapsed_s", i, -MaxSeconds, MaxSeconds) ?? double.NaN,
                DuringRun = cramps.Flag("during_run", i) ?? false,
                MovingSeconds = cramps.Real("moving_s", i, 0, MaxSeconds),
                Muscle = cramps.Text("muscle", i),
                Side = cramps.Text("side", i),
                Severity = cramps.Int("severity", i, 1, 10),
                WindowSpeedRatio = cramps.Real("window_speed_ratio", i, 0, double.MaxValue),
                WindowCadenceRatio = cramps.Real("window_cadence_ratio", i, 0, double.MaxValue),
                WindowHeartRateRatio = cramps.Real("window_heart_rate_ratio", i, 0, double.MaxValue),
                WindowTemperatureRatio = cramps.Real("window_temperature_ratio", i, double.MinValue, double.MaxValue),
                LeadSeconds = [.. Kinds.Select(k => cramps.Real("lead_" + Column(k) + "_s", i, -MaxSeconds, MaxSeconds))],
                SpeedTrace = Trace(file, index, Channels[0]),
                CadenceTrace = Trace(file, index, Channels[1]),
                HeartRateTrace = Trace(file, index, Channels[2]),
                TemperatureTrace = Trace(file, index, Channels[3]),
            };
        }, warnings).ToLookup(c => c.File, StringComparer.Ordinal);

        var records = Map(runs, i =>
        {
            var file = runs.RequiredText("file", i);
            var runner = runs.RequiredText("runner", i);
            return new CohortRunRecord
            {
                Runner = runner,
                Folder = runs.Text("folder", i) ?? runner,
                File = file,
                Format = runs.Text("format", i) ?? "",
                StartUtc = runs.Time("start_utc", i),
                LocalOffsetMinutes = runs.Real("local_offset_minutes", i, -1440, 1440),
                DurationSeconds = runs.Real("duration_s", i, 0, MaxSeconds),
                MovingSeconds = runs.Real("moving_s", i, 0, MaxSeconds),
                DistanceMeters = runs.Real("distance_m", i, 0, 1e7),
                MeanTemperatureCelsius = runs.Real("temperature_mean_c", i, -60, 70),
                MaxTemperatureCelsius = runs.Real("temperature_max_c", i, -60, 70),
                MeanAirTemperatureCelsius = runs.Real("air_temperature_mean_c", i, -60, 70),
                DeviceSerial = runs.Integer("device_serial", i, long.MinValue, long.MaxValue),
                CrampCount = runs.Int("cramps", i) ?? 0,
                FindingCounts = [.. Kinds.Select(k => runs.Int(Column(k), i) ?? 0)],
                Findings = [.. findingsOf[file].OrderBy(f => f.Index)],
                Cramps = [.. crampsOf[file].OrderBy(c => c.Index)],
            };
        }, warnings);
        return ([.. records.OrderBy(r => r.File, StringComparer.Ordinal)], warnings);
    }

    /// <summary>Each row of <paramref name="table"/> mapped; rows with values the statistics cannot use are left out and counted in one warning.</summary>
    private static List<T> Map<T>(TableData table, Func<int, T> map, List<string> warnings)
    {
        var list = new List<T>(table.Rows);
        var rejected = 0;
        string? first = null;
        for (var i = 0; i < table.Rows; i++)
        {
            try { list.Add(map(i)); }
            catch (RejectedRowException e)
            {
                if (rejected++ == 0) first = string.Create(CultureInfo.InvariantCulture, $"row {i + 1:N0}, {e.Message}");
            }
        }
        if (rejected > 0) warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{table.Path}: {rejected:N0} row(s) left out for values out of range or missing (first: {first})"));
        return list;
    }

    private static string Preceding(CohortCrampRecord c) => string.Join(",", Kinds
        .Where(k => c.LeadSeconds[(int)k] is not null)
        .OrderBy(k => c.LeadSeconds[(int)k])
        .Select(k => k.ToId()));

    internal static IEnumerable<TraceRow> TracesOf(CohortCrampRecord c)
    {
        ImmutableArray<double>[] traces = [c.SpeedTrace, c.CadenceTrace, c.HeartRateTrace, c.TemperatureTrace];
        for (var ch = 0; ch < traces.Length; ch++)
            for (var k = 0; k < traces[ch].Length; k++)
                yield return new TraceRow(c.Runner, c.File, c.Index, Channels[ch], k * CohortCrampRecord.TraceStepSeconds - CohortCrampRecord.TraceWindowSeconds, traces[ch][k]);
    }
}
