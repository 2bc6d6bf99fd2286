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
    /// Analyses every file under <paramref name="paths"/> (folders searched recursively, see <see cref="ActivityFile.Find"/>; a folder's <c>cramps.csv</c>/<c>cramps.json</c> covers every run in it and below), in parallel.
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
        ArgumentNullException.ThrowIfNull(paths);
        cohort ??= CohortOptions.Default;
        options = (options ?? AnalysisOptions.Default) with { BodyMassBeforeKg = null, BodyMassAfterKg = null };
        var parallel = CohortMapper.Parallelism(cohort, cancellationToken);
        var plan = CohortPlan.Make([.. paths], new PlanOptions(
            RunnerSource.Folder, OneRunner: true, cramps is null ? null : ("cramp log", cramps), cohort.CrampLogFor,
            options.Signals.CrampAfterRunWindow, cohort.FollowLinks), parallel);
        var files = plan.Files;
        var kept = plan.Kept;
        // The advice speaks of the runner's runs with cramps; the plan knows them before any run is analysed, so each run's
        // report can be made (and handed to a sink) as soon as it is analysed.
        var runOptions = options with { RunsWithCramps = options.RunsWithCramps ?? kept.Count(i => plan.Cramps[i] is { Entries.IsEmpty: false }) };
        var made = new (RunReport? Report, CohortRunRecord? Record, FileFailure? Failure)[kept.Length];
        var notRuns = new FileFailure?[kept.Length];
        var sink = InOrder.Of(cohort.RunSink);
        var done = 0;
        var keptSet = kept.ToHashSet();
        // Progress counts files, read or not: those the plan already settled (unreadable, twins) are done now.
        foreach (var i in Enumerable.Range(0, files.Count).Where(i => !keptSet.Contains(i)))
            progress?.Report(new AnalysisProgress(++done, files.Count, files[i].Path));
        // Runs are given out in order, one at a time, and each worker holds one run's samples at a time and keeps only what the
        // report needs (with a sink, not even that), so memory does not grow with the number of runs.
        Parallel.ForEach(InOrder.Indexes(kept.Length), parallel, j =>
        {
            var file = files[kept[j]];
            var analysed = AnalyzeOne(file.Path, plan.Cramps[kept[j]], options, cohort);
            if (analysed.NotARun is string reason) notRuns[j] = new FileFailure(file.Path, reason);
            var result = MakeReport(analysed, runOptions);
            if (sink is null) made[j] = result;
            else
            {
                made[j] = (null, result.Record, result.Failure);
                sink.Put(j, result.Report);
            }
            progress?.Report(new AnalysisProgress(Interlocked.Increment(ref done), files.Count, file.Path));
        });
        var report = Collect(made, kept.Length);
        var pathOf = files.ToDictionary(f => f.Id, f => f.Path, StringComparer.Ordinal);
        var unreadable = Enumerable.Range(0, files.Count).Where(i => plan.Errors[i] is not null).Select(i => new FileFailure(files[i].Path, plan.Errors[i]!));
        return report with
        {
            Failures = [.. plan.WalkFailures, .. unreadable, .. report.Failures],
            Duplicates = [.. plan.Twins.Select(t => new DuplicateRun(pathOf[t.Kept], pathOf[t.Dropped]))],
            Warnings = [.. plan.Warnings, .. report.Warnings],
            Files = files.Count + plan.WalkFailures.Count,
            Skipped = [.. notRuns.Where(n => n is not null).Select(n => n!)],
        };
    }

    /// <summary>What a batch keeps of one run once its samples are gone: the pieces of its report and its record, or why it failed.</summary>
    private sealed record Analysed(string Name, Activity? Activity, SignalReport? Report, ActivitySummary? Summary, CohortRunRecord? Record, CrampLog? Log, OwnWeather? Weather, string? Error)
    {
        /// <summary>Why the file is not counted as a run (a swim, a ride, a settings file), with its sport or type.</summary>
        public string? NotARun { get; init; }
    }

    private static Analysed AnalyzeOne(string path, CrampLog? log, AnalysisOptions options, CohortOptions cohort)
    {
        Activity activity;
        try { activity = BatchInput.Load(path); }
        catch (Exception e) when (e is not OperationCanceledException) { return new(path, null, null, null, null, log, null, LoadFailure(path, e)); }
        var own = OwnWeather.Read(cohort.WeatherFor, path);
        return Analyze(path, activity, log, own, options, cohort);
    }

    private static Analysed Analyze(string name, Activity file, CrampLog? log, OwnWeather? own, AnalysisOptions options, CohortOptions cohort)
    {
        // A swim, a ride or a settings file is listed as skipped, never counted as a run; a multisport file counts its running legs.
        var (activity, reason) = RunLegs.Select(file, options.Include);
        if (activity is null) return new(name, null, null, null, null, log, own, null) { NotARun = reason };
        try
        {
            var weather = own?.Series ?? options.Weather;
            var (report, track) = SignalAnalyzer.AnalyzeWithTrack(activity, log, weather, options.Signals);
            if (activity.Sessions.Length != file.Sessions.Length)
                report = report with { Notes = report.Notes.Insert(0, RunLegs.CutNote(file, activity)) };
            var summary = ActivitySummarizer.Summarize(activity, report.LocalTime.Offset, file);
            var record = CohortRowBuilder.Build(string.Empty, string.Empty, name, activity, report, summary, track, weather);
            track.Release();
            var kept = cohort.KeepSamples ? activity : activity with { Samples = SampleTable.Empty };
            return new(name, kept, report, summary, record, log, own, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new(name, null, null, null, null, log, own, $"{name}: its analysis failed ({Failure(e)})");
        }
    }

    /// <summary>Each analysed run's report, now that the number of runs with cramps (which the advice speaks of) is known.</summary>
    private static CohortReport Finish(IReadOnlyList<Analysed> runs, AnalysisOptions options)
    {
        var history = options.RunsWithCramps ?? runs.Count(s => s.Report is { Cramps.IsEmpty: false });
        var made = runs.Select(r => MakeReport(r, options with { RunsWithCramps = history })).ToList();
        return Collect(made, runs.Count) with
        {
            Skipped = [.. runs.Where(r => r.NotARun is not null).Select(r => new FileFailure(r.Name, r.NotARun!))],
        };
    }

    /// <summary>The batch's report from each run's report, record or failure.</summary>
    private static CohortReport Collect(IReadOnlyList<(RunReport? Report, CohortRunRecord? Record, FileFailure? Failure)> made, int files) =>
        CohortStatistics.Report(
            [.. made.Where(m => m.Report is not null).Select(m => m.Report!)], [.. made.Where(m => m.Record is not null).Select(m => m.Record!)],
            made.Where(m => m.Failure is not null).Select(m => m.Failure!), files);

    /// <summary>One analysed run's report and record, or why it has none.</summary>
    private static (RunReport? Report, CohortRunRecord? Record, FileFailure? Failure) MakeReport(Analysed run, AnalysisOptions options)
    {
        if (run.NotARun is not null) return (null, null, null);
        if (run.Report is not SignalReport signals) return (null, null, new FileFailure(run.Name, run.Error!));
        try
        {
            var own = run.Weather;
            var report = CrampAnalyzer.Report(run.Activity!, signals, run.Summary!, run.Log, own?.Series is null ? options : options with { Weather = own.Series });
            return (own is null ? report : report with { Warnings = report.Warnings.AddRange(own.Warnings) }, run.Record!, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, null, new FileFailure(run.Name, $"{run.Name}: its report failed ({Failure(e)})"));
        }
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
            Warnings = [.. (warnings ?? []).Distinct(StringComparer.Ordinal)],
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

    /// <summary>Analyses runs already in memory together, twins counted once; see <see cref="AnalyzeMany(IEnumerable{string}, CrampLog?, AnalysisOptions?, CohortOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>.</summary>
    /// <remarks>A run whose analysis fails is listed in <see cref="CohortReport.Failures"/> (by its file name, or "run N") and the rest go on.</remarks>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "Moved with its shipped signature; the overloads differ in their first parameter (paths or activities), so no call is ambiguous.")]
    public static CohortReport AnalyzeMany(IEnumerable<Activity> activities, CrampLog? cramps = null, AnalysisOptions? options = null, CohortOptions? cohort = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var runs = activities.ToList();
        var names = runs.Select((a, i) => a.Source?.FileName ?? $"run {i + 1}").ToList();
        var (kept, duplicates) = TwinRuns.Find([.. runs.Select((a, i) => new RunIdentity(string.Empty, names[i], a.Source?.Format ?? ActivityFormat.Memory, CrampMatcher.Span(a)?.Start, a.Duration, a.Sport))]);
        cohort ??= CohortOptions.Default with { KeepSamples = true };
        options = (options ?? AnalysisOptions.Default) with { BodyMassBeforeKg = null, BodyMassAfterKg = null };
        // A log kept over many runs is split so each cramp goes to the one run it belongs to, not to every run near it.
        var assignment = cramps is null || kept.Count <= 1 ? null : CrampMatcher.Assign(cramps, [.. kept.Select(k => runs[k])], options.Signals.CrampAfterRunWindow);
        var analysed = new Analysed[kept.Count];
        Parallel.For(0, kept.Count, CohortMapper.Parallelism(cohort, default), j =>
            analysed[j] = Analyze(names[kept[j]], runs[kept[j]], assignment is null ? cramps : assignment.PerRun[j], null, options, cohort));
        var report = Finish(analysed, options);
        var warnings = (cramps?.Warnings ?? []).Concat(assignment?.Warnings ?? []).Select(w => $"cramp log: {w}");
        return report with { Duplicates = [.. duplicates], Warnings = [.. warnings] };
    }
}
