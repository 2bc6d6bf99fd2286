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
    /// A file that cannot be read is listed in <see cref="CohortReport.Failures"/> and the rest go on. The number of runs with
    /// cramps feeds each run's advice (cramps over several runs call for a doctor's check).
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="cramps">A cramp log for all the runs; with several runs only entries with a clock time can be placed.</param>
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
                var activity = ActivityFile.Load(files[i]);
                loaded[i] = (activity, cohort.CrampLogFor?.Invoke(files[i]), null);
            }
            catch (Exception e) when (e is ActivityFormatException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                loaded[i] = (null, null, e is FileNotFoundException ? $"{files[i]}: no such file" : e.Message);
            }
            progress?.Report(new AnalysisProgress(Interlocked.Increment(ref done), files.Count, files[i]));
        });
        var failures = files.Select((f, i) => (f, loaded[i].Error)).Where(x => x.Error is not null).Select(x => new FileFailure(x.f, x.Error!)).ToList();
        var ok = Enumerable.Range(0, files.Count).Where(i => loaded[i].Activity is not null).ToList();
        var report = AnalyzeLoaded([.. ok.Select(i => (loaded[i].Activity!, loaded[i].Log))], cramps, options, cohort, cancellationToken);
        return report with { Failures = [.. failures] };
    }

    /// <summary>Analyses runs already in memory together; see <see cref="AnalyzeMany(IEnumerable{string}, CrampLog?, AnalysisOptions?, CohortOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>.</summary>
    public static CohortReport AnalyzeMany(IEnumerable<Activity> activities, CrampLog? cramps = null, AnalysisOptions? options = null, CohortOptions? cohort = null) =>
        AnalyzeLoaded([.. activities.Select(a => (a, (CrampLog?)null))], cramps, options, cohort ?? CohortOptions.Default with { KeepSamples = true }, default);

    private static CohortReport AnalyzeLoaded(
        IReadOnlyList<(Activity Activity, CrampLog? Log)> runs, CrampLog? shared, AnalysisOptions? options, CohortOptions? cohort, CancellationToken cancellationToken)
    {
        cohort ??= CohortOptions.Default;
        options = (options ?? AnalysisOptions.Default) with { BodyMassBeforeKg = null, BodyMassAfterKg = null };
        var placeable = PlaceableLog(shared, runs.Count, out var dropped);
        var signals = new (SignalReport Report, CrampLog? Log)[runs.Count];
        Parallel.For(0, runs.Count, Parallelism(cohort, cancellationToken), i =>
        {
            var log = Merge(placeable, runs[i].Log);
            signals[i] = (SignalAnalyzer.Analyze(runs[i].Activity, log, options.Weather, options.Signals), log);
        });
        var history = options.RunsWithCramps ?? signals.Count(s => !s.Report.Cramps.IsEmpty);
        var runOptions = options with { RunsWithCramps = history };
        var reports = new List<RunReport>(runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            var activity = cohort.KeepSamples ? runs[i].Activity : runs[i].Activity with { Samples = SampleTable.Empty };
            // The shared log's warnings are told once, with the first run; each run keeps its own side-car log's warnings.
            var report = Report(runs[i].Activity, signals[i].Report, i == 0 ? signals[i].Log : runs[i].Log, runOptions) with { Activity = activity };
            if (i == 0 && dropped > 0)
                report = report with { Warnings = report.Warnings.Add($"cramp log: {dropped} entries give only time into a run and cannot be placed among {runs.Count} runs; give clock times or one log per file") };
            reports.Add(report);
        }
        return CohortStatistics.Summarize(reports, []);
    }

    /// <summary>With several runs, entries without a clock time could belong to any of them: they are left out and counted.</summary>
    private static CrampLog? PlaceableLog(CrampLog? log, int runs, out int dropped)
    {
        dropped = 0;
        if (log is null || runs <= 1) return log;
        var timed = log.Entries.Where(e => e.Time is not null).ToImmutableArray();
        dropped = log.Entries.Length - timed.Length;
        return log with { Entries = timed };
    }

    private static CrampLog? Merge(CrampLog? a, CrampLog? b) =>
        a is null ? b : b is null ? a : new CrampLog(a.Entries.AddRange(b.Entries), a.Warnings.AddRange(b.Warnings));

    private static ParallelOptions Parallelism(CohortOptions cohort, CancellationToken token) => new()
    {
        MaxDegreeOfParallelism = cohort.MaxParallelism > 0 ? cohort.MaxParallelism : Environment.ProcessorCount,
        CancellationToken = token,
    };
}
