using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Cohorts;

/// <summary>Many runs analysed together: each run's report, twins counted once, and how findings relate to cramps over them.</summary>
public static class CohortAnalyzer
{
    /// <summary>
    /// Analyses every file under <paramref name="paths"/> (folders searched recursively, see <see cref="ActivityFileFinder"/>), in parallel.
    /// A file that cannot be read, or whose analysis fails, is listed in <see cref="CohortReport.Failures"/> with the reason and the rest go on.
    /// The same run exported twice (FIT and GPX, starts within a minute, durations within 2 %) counts once, from the FIT; the other
    /// file is listed in <see cref="CohortReport.Duplicates"/>. The files are taken as one runner's. The number of runs with cramps
    /// feeds each run's advice (cramps over several runs call for a doctor's check).
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="cramps">A cramp log for all the runs: each timed entry goes to the run it belongs to (see <see cref="CrampMatcher.Assign"/>); entries with only a time into a run cannot be placed among several and are reported in <see cref="CohortReport.Warnings"/>.</param>
    /// <param name="options">Weather and thresholds (body masses are per run and ignored here).</param>
    /// <param name="cohort">Parallelism, side-car logs, whether to keep samples.</param>
    /// <param name="progress">Told after each file.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "Moved with its shipped signature; the overloads differ in their first parameter (paths or activities), so no call is ambiguous.")]
    public static CohortReport AnalyzeMany(
        IEnumerable<string> paths,
        CrampLog? cramps = null,
        AnalysisOptions? options = null,
        CohortOptions? cohort = null,
        IProgress<AnalysisProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var files = ActivityFileFinder.Find(paths);
        cohort ??= CohortOptions.Default;
        var loaded = new (Activity? Activity, CrampLog? Log, OwnWeather? Weather, string? Error)[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, Parallelism(cohort, cancellationToken), i =>
        {
            // Whatever goes wrong with one file stays with that file: the others go on.
            try
            {
                loaded[i] = (ActivityFile.Load(files[i]), SideCarLog(cohort, files[i]), SideCarWeather(cohort, files[i]), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                loaded[i] = (null, null, null, LoadFailure(files[i], e));
            }
            progress?.Report(new AnalysisProgress(Interlocked.Increment(ref done), files.Count, files[i]));
        });
        var failures = files.Select((f, i) => (f, loaded[i].Error)).Where(x => x.Error is not null).Select(x => new FileFailure(x.f, x.Error!)).ToList();
        var ok = Enumerable.Range(0, files.Count).Where(i => loaded[i].Activity is not null).ToList();
        var (kept, duplicates) = TwinRuns.Find([.. ok.Select(i => Identity(loaded[i].Activity!, files[i], options))]);
        var report = AnalyzeLoaded([.. kept.Select(k => (loaded[ok[k]].Activity!, loaded[ok[k]].Log, loaded[ok[k]].Weather, files[ok[k]]))], cramps, options, cohort, cancellationToken);
        return report with { Failures = [.. failures, .. report.Failures], Duplicates = [.. duplicates], Files = files.Count };
    }

    /// <summary>
    /// The map step of a cohort study: every file under <paramref name="paths"/> (this shard's, with <see cref="CohortOptions.Shard"/>)
    /// read into its run's small records, one run's samples per worker at a time, so memory does not grow with the number of runs.
    /// Runners come from <see cref="CohortOptions.RunnerFrom"/>; a <c>cramps.csv</c>/<c>cramps.json</c> in a folder covers every run in
    /// it and below, each entry to the run it belongs to, and so does <see cref="CohortOptions.Cramps"/>; side-car cramp logs and
    /// weather files are read; the same run exported twice counts once. The report holds no run reports
    /// (<see cref="CohortReport.Runs"/> is empty): its <see cref="CohortReport.Records"/> and <see cref="CohortReport.Statistics"/>.
    /// </summary>
    /// <param name="paths">Folders (one runner per first-level folder) and files.</param>
    /// <param name="options">Runners, shared cramp log and weather, thresholds, the shard, parallelism, a track sink.</param>
    /// <param name="progress">Told after each run.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <exception cref="ArgumentException">The shard is out of range.</exception>
    public static CohortReport Map(IReadOnlyList<string> paths, CohortOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= CohortOptions.Default;
        options.Validate();
        var map = CohortMapper.Map(paths, options, progress, cancellationToken);
        var warnings = map.Warnings.AddRange((options.Cramps?.Warnings ?? []).Select(w => $"--cramps: {w}"));
        return Reduce(map.Runs, map.Duplicates, map.Failures, warnings) with { Files = map.Files, Skipped = map.Skipped };
    }

    /// <summary>
    /// The reduce step: the report of runs already mapped to records (read back from a cohort's tables, or several shards'),
    /// twins that fell into different shards counted once. Records of one cohort give exactly the numbers of its unsharded map.
    /// </summary>
    /// <param name="records">Every run's records.</param>
    /// <param name="duplicates">Files the map steps already left out as twins.</param>
    /// <param name="failures">Files the map steps could not read.</param>
    /// <param name="warnings">The map steps' notes.</param>
    public static CohortReport Reduce(IEnumerable<CohortRunRecord> records, IEnumerable<DuplicateRun>? duplicates = null, IEnumerable<FileFailure>? failures = null, IEnumerable<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var ordered = records.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
        var (keptAt, twins) = TwinRuns.Find([.. ordered.Select(r => r.Identity)]);
        var kept = keptAt.Select(i => ordered[i]).ToList();
        var unreadable = (failures ?? []).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var dropped = (duplicates ?? []).Concat(twins).OrderBy(d => d.Dropped, StringComparer.Ordinal).ToList();
        return CohortStatistics.Report([], kept, unreadable, kept.Count + dropped.Count + unreadable.Count) with
        {
            Warnings = [.. warnings ?? []],
            Duplicates = [.. dropped],
        };
    }

    private static string LoadFailure(string path, Exception e) => e switch
    {
        FileNotFoundException => $"{path}: no such file",
        _ when InputFailures.IsExpected(e) => e.Message,
        _ => $"{path}: could not be read ({Failure(e)})",
    };

    private static string Failure(Exception e) => $"{e.GetType().Name}: {e.Message}";

    /// <summary>A run's own cramp log; one that cannot be read is a warning on that run, not the loss of the run.</summary>
    private static CrampLog? SideCarLog(CohortOptions cohort, string path)
    {
        if (cohort.CrampLogFor is null) return null;
        try { return cohort.CrampLogFor(path); }
        catch (Exception e) when (InputFailures.IsExpected(e))
        {
            return new CrampLog([], [new ParseWarning($"its cramp log could not be read: {e.Message}")]);
        }
    }

    /// <summary>A run's own weather, with the warnings its report carries.</summary>
    private sealed record OwnWeather(WeatherSeries? Series, ImmutableArray<string> Warnings);

    /// <summary>A run's own weather; one that cannot be read is a warning on that run (the shared weather, if any, is used instead).</summary>
    private static OwnWeather? SideCarWeather(CohortOptions cohort, string path)
    {
        if (cohort.WeatherFor is null) return null;
        try
        {
            return cohort.WeatherFor(path) is WeatherSeries series ? new OwnWeather(series, [.. series.Warnings.Select(w => $"weather: {w}")]) : null;
        }
        catch (Exception e) when (InputFailures.IsExpected(e))
        {
            return new OwnWeather(null, [$"its weather file could not be read: {e.Message}"]);
        }
    }

    /// <summary>Analyses runs already in memory together, twins counted once; see <see cref="AnalyzeMany(IEnumerable{string}, CrampLog?, AnalysisOptions?, CohortOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>.</summary>
    /// <remarks>A run whose analysis fails is listed in <see cref="CohortReport.Failures"/> (by its file name, or "run N") and the rest go on.</remarks>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "Moved with its shipped signature; the overloads differ in their first parameter (paths or activities), so no call is ambiguous.")]
    public static CohortReport AnalyzeMany(IEnumerable<Activity> activities, CrampLog? cramps = null, AnalysisOptions? options = null, CohortOptions? cohort = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var runs = activities.ToList();
        var names = runs.Select((a, i) => a.Source?.FileName ?? $"run {i + 1}").ToList();
        var (kept, duplicates) = TwinRuns.Find([.. runs.Select((a, i) => Identity(a, names[i], options))]);
        var report = AnalyzeLoaded([.. kept.Select(k => (runs[k], (CrampLog?)null, (OwnWeather?)null, names[k]))], cramps, options, cohort ?? CohortOptions.Default with { KeepSamples = true }, default);
        return report with { Duplicates = [.. duplicates] };
    }

    /// <summary>
    /// What twin detection compares; a folder given together is taken as one runner's. A file that is not a run (a settings
    /// or workout file, a swim) is nobody's twin: it is listed as skipped on its own.
    /// </summary>
    private static RunIdentity Identity(Activity activity, string file, AnalysisOptions? options) =>
        new(string.Empty, file, activity.Source?.Format ?? ActivityFormat.Memory,
            RunLegs.Select(activity, options?.Include).Run is null ? null : CrampMatcher.Span(activity)?.Start, activity.Duration);

    private static CohortReport AnalyzeLoaded(
        IReadOnlyList<(Activity Activity, CrampLog? Log, OwnWeather? Weather, string Name)> files, CrampLog? shared, AnalysisOptions? options, CohortOptions? cohort, CancellationToken cancellationToken)
    {
        cohort ??= CohortOptions.Default;
        options = (options ?? AnalysisOptions.Default) with { BodyMassBeforeKg = null, BodyMassAfterKg = null };
        // A swim, a ride or a settings file is listed as skipped, never counted as a run; a multisport file counts its running legs.
        var include = options.Include;
        var legs = files.Select(f => RunLegs.Select(f.Activity, include)).ToList();
        var skipped = files.Select((f, i) => (f.Name, legs[i].Reason)).Where(x => x.Reason is not null).Select(x => new FileFailure(x.Name, x.Reason!)).ToList();
        var runs = files.Select((f, i) => (Activity: legs[i].Run!, File: f.Activity, f.Log, f.Weather, f.Name)).Where(r => r.Activity is not null).ToList();
        // A log kept over many runs is split so each cramp goes to the one run it belongs to, not to every run near it.
        var assignment = shared is null || runs.Count <= 1 ? null : CrampMatcher.Assign(shared, [.. runs.Select(r => r.Activity)], options.Signals.CrampAfterRunWindow);
        var signals = new (SignalReport? Report, ActivitySummary? Summary, CohortRunRecord? Record, CrampLog? Log, string? Error)[runs.Count];
        Parallel.For(0, runs.Count, Parallelism(cohort, cancellationToken), i =>
        {
            var log = Merge(assignment is null ? shared : assignment.PerRun[i], runs[i].Log);
            try
            {
                var weather = runs[i].Weather?.Series ?? options.Weather;
                var (report, track) = SignalAnalyzer.AnalyzeWithTrack(runs[i].Activity, log, weather, options.Signals);
                if (runs[i].Activity.Sessions.Length != runs[i].File.Sessions.Length)
                    report = report with { Notes = report.Notes.Insert(0, RunLegs.CutNote(runs[i].File, runs[i].Activity)) };
                var summary = ActivitySummarizer.Summarize(runs[i].Activity, report.LocalTime.Offset, runs[i].File);
                signals[i] = (report, summary, CohortRowBuilder.Build(string.Empty, string.Empty, runs[i].Name, runs[i].Activity, report, summary, track, weather), log, null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                signals[i] = (null, null, null, log, $"{runs[i].Name}: its analysis failed ({Failure(e)})");
            }
        });
        var history = options.RunsWithCramps ?? signals.Count(s => s.Report is { Cramps.IsEmpty: false });
        var runOptions = options with { RunsWithCramps = history };
        var reports = new List<RunReport>(runs.Count);
        var records = new List<CohortRunRecord>(runs.Count);
        var failures = new List<FileFailure>();
        for (var i = 0; i < runs.Count; i++)
        {
            if (signals[i].Report is not SignalReport report)
            {
                failures.Add(new FileFailure(runs[i].Name, signals[i].Error!));
                continue;
            }
            try
            {
                var activity = cohort.KeepSamples ? runs[i].Activity : runs[i].Activity with { Samples = SampleTable.Empty };
                var own = runs[i].Weather;
                var run = CrampAnalyzer.Report(runs[i].Activity, report, signals[i].Summary!, runs[i].Log, own?.Series is null ? runOptions : runOptions with { Weather = own.Series });
                reports.Add(run with { Activity = activity, Warnings = own is null ? run.Warnings : run.Warnings.AddRange(own.Warnings) });
                records.Add(signals[i].Record!);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add(new FileFailure(runs[i].Name, $"{runs[i].Name}: its report failed ({Failure(e)})"));
            }
        }
        var warnings = (shared?.Warnings ?? []).Concat(assignment?.Warnings ?? []).Select(w => $"cramp log: {w}");
        return CohortStatistics.Report([.. reports], records, failures, files.Count) with { Warnings = [.. warnings], Skipped = [.. skipped] };
    }

    private static CrampLog? Merge(CrampLog? a, CrampLog? b) =>
        a is null ? b : b is null ? a : new CrampLog(a.Entries.AddRange(b.Entries), a.Warnings.AddRange(b.Warnings));

    private static ParallelOptions Parallelism(CohortOptions cohort, CancellationToken token) => new()
    {
        MaxDegreeOfParallelism = cohort.MaxParallelism > 0 ? cohort.MaxParallelism : Environment.ProcessorCount,
        CancellationToken = token,
    };
}
