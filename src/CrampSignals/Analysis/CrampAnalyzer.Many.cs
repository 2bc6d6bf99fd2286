using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Signals;

namespace CrampSignals.Analysis;

public static partial class CrampAnalyzer
{
    /// <summary>
    /// Analyses every file under <paramref name="paths"/> (folders searched recursively, see <see cref="ActivityFileFinder"/>), in parallel.
    /// A file that cannot be read is listed in <see cref="CohortReport.Failures"/> and the rest go on. The same run exported twice
    /// (FIT and GPX, starts within a minute, durations within 2 %) counts once, from the FIT; the other file is listed in
    /// <see cref="CohortReport.Duplicates"/>. The files are taken as one runner's. The number of runs with cramps feeds each run's
    /// advice (cramps over several runs call for a doctor's check).
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="cramps">A cramp log for all the runs: each timed entry goes to the run it belongs to (see <see cref="CrampMatcher.Assign"/>); entries with only a time into a run cannot be placed among several and are reported in <see cref="CohortReport.Warnings"/>.</param>
    /// <param name="options">Weather and thresholds (body masses are per run and ignored here).</param>
    /// <param name="cohort">Parallelism, side-car logs, whether to keep samples.</param>
    /// <param name="progress">Told after each file.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
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
        var loaded = new (Activity? Activity, CrampLog? Log, string? Error)[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, Parallelism(cohort, cancellationToken), i =>
        {
            try
            {
                loaded[i] = (ActivityFile.Load(files[i]), SideCarLog(cohort, files[i]), null);
            }
            catch (Exception e) when (e is ActivityFormatException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                loaded[i] = (null, null, e is FileNotFoundException ? $"{files[i]}: no such file" : e.Message);
            }
            progress?.Report(new AnalysisProgress(Interlocked.Increment(ref done), files.Count, files[i]));
        });
        var failures = files.Select((f, i) => (f, loaded[i].Error)).Where(x => x.Error is not null).Select(x => new FileFailure(x.f, x.Error!)).ToList();
        var ok = Enumerable.Range(0, files.Count).Where(i => loaded[i].Activity is not null).ToList();
        var (kept, duplicates) = TwinRuns.Find([.. ok.Select(i => Identity(loaded[i].Activity!, files[i]))]);
        var report = AnalyzeLoaded([.. kept.Select(k => (loaded[ok[k]].Activity!, loaded[ok[k]].Log))], cramps, options, cohort, cancellationToken);
        return report with { Failures = [.. failures], Duplicates = [.. duplicates] };
    }

    /// <summary>A run's own cramp log; one that cannot be read is a warning on that run, not the loss of the run.</summary>
    private static CrampLog? SideCarLog(CohortOptions cohort, string path)
    {
        if (cohort.CrampLogFor is null) return null;
        try { return cohort.CrampLogFor(path); }
        catch (Exception e) when (e is ActivityFormatException or IOException or UnauthorizedAccessException)
        {
            return new CrampLog([], [new ParseWarning($"its cramp log could not be read: {e.Message}")]);
        }
    }

    /// <summary>Analyses runs already in memory together, twins counted once; see <see cref="AnalyzeMany(IEnumerable{string}, CrampLog?, AnalysisOptions?, CohortOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>.</summary>
    public static CohortReport AnalyzeMany(IEnumerable<Activity> activities, CrampLog? cramps = null, AnalysisOptions? options = null, CohortOptions? cohort = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var runs = activities.ToList();
        var (kept, duplicates) = TwinRuns.Find([.. runs.Select((a, i) => Identity(a, a.Source?.FileName ?? $"run {i + 1}"))]);
        var report = AnalyzeLoaded([.. kept.Select(k => (runs[k], (CrampLog?)null))], cramps, options, cohort ?? CohortOptions.Default with { KeepSamples = true }, default);
        return report with { Duplicates = [.. duplicates] };
    }

    /// <summary>What twin detection compares; a folder given together is taken as one runner's.</summary>
    private static RunIdentity Identity(Activity activity, string file) =>
        new(string.Empty, file, activity.Source?.Format ?? ActivityFormat.Memory, CrampMatcher.Span(activity)?.Start, activity.Duration);

    private static CohortReport AnalyzeLoaded(
        IReadOnlyList<(Activity Activity, CrampLog? Log)> runs, CrampLog? shared, AnalysisOptions? options, CohortOptions? cohort, CancellationToken cancellationToken)
    {
        cohort ??= CohortOptions.Default;
        options = (options ?? AnalysisOptions.Default) with { BodyMassBeforeKg = null, BodyMassAfterKg = null };
        // A log kept over many runs is split so each cramp goes to the one run it belongs to, not to every run near it.
        var assignment = shared is null || runs.Count <= 1 ? null : CrampMatcher.Assign(shared, [.. runs.Select(r => r.Activity)], options.Signals.CrampAfterRunWindow);
        var signals = new (SignalReport Report, CrampLog? Log)[runs.Count];
        Parallel.For(0, runs.Count, Parallelism(cohort, cancellationToken), i =>
        {
            var log = Merge(assignment is null ? shared : assignment.PerRun[i], runs[i].Log);
            signals[i] = (SignalAnalyzer.Analyze(runs[i].Activity, log, options.Weather, options.Signals), log);
        });
        var history = options.RunsWithCramps ?? signals.Count(s => !s.Report.Cramps.IsEmpty);
        var runOptions = options with { RunsWithCramps = history };
        var reports = new List<RunReport>(runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            var activity = cohort.KeepSamples ? runs[i].Activity : runs[i].Activity with { Samples = SampleTable.Empty };
            reports.Add(Report(runs[i].Activity, signals[i].Report, runs[i].Log, runOptions) with { Activity = activity });
        }
        var warnings = (shared?.Warnings ?? []).Concat(assignment?.Warnings ?? []).Select(w => $"cramp log: {w}");
        return CohortStatistics.Summarize(reports, []) with { Warnings = [.. warnings] };
    }

    private static CrampLog? Merge(CrampLog? a, CrampLog? b) =>
        a is null ? b : b is null ? a : new CrampLog(a.Entries.AddRange(b.Entries), a.Warnings.AddRange(b.Warnings));

    private static ParallelOptions Parallelism(CohortOptions cohort, CancellationToken token) => new()
    {
        MaxDegreeOfParallelism = cohort.MaxParallelism > 0 ? cohort.MaxParallelism : Environment.ProcessorCount,
        CancellationToken = token,
    };
}
