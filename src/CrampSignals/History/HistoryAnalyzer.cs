using System.Collections.Concurrent;
using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Formats.Exports;
using CrampSignals.History.Sources;
using CrampSignals.Runs;
using CrampSignals.Signals;

namespace CrampSignals.History;

/// <summary>
/// A runner's whole archive in (a Strava or Garmin Connect account export, zipped or unpacked, or any zip or folder of
/// activity files), their own history out: every run with what was found in it and the cramps they wrote about, and what
/// came with their cramps over the years against their other runs.
/// </summary>
public static class HistoryAnalyzer
{
    /// <summary>
    /// Reads every activity under <paramref name="paths"/>, analyses the runs (one run's samples per worker at a time), reads
    /// the cramps each run's title, description and private note tell of (in English, German, French, Spanish, Italian, Dutch
    /// and Portuguese), placing stated positions on the run's own distance, and computes the history's statistics, patterns
    /// and ranked advice. Other sports, manual entries and settings files are listed as skipped; unreadable files and entries
    /// as failures; the same run found twice counts once.
    /// </summary>
    /// <param name="paths">Export zips, folders, zips of activity files, single files.</param>
    /// <param name="options">Cramp log, weather, thresholds, the sports counted, parallelism, a sink for runs with cramps.</param>
    /// <param name="progress">Told after each activity file.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public static HistoryReport Analyze(IReadOnlyList<string> paths, HistoryOptions? options = null, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= HistoryOptions.Default;
        var analysis = options.Analysis with { BodyMassBeforeKg = null, BodyMassAfterKg = null };
        var include = analysis.Include;
        var trees = new List<ExportTree>();
        try
        {
            var items = new List<(HistoryItem Item, ExportCatalog Catalog)>();
            var catalogs = new List<ExportCatalog>();
            var skipped = new List<SkippedActivity>();
            var failures = new List<FileFailure>();
            var warnings = new List<string>();
            foreach (var path in paths)
            {
                var tree = ExportTree.Open(path, options.FollowLinks, cancellationToken);
                trees.Add(tree);
                var catalog = ExportCatalog.Read(tree, include, options.Since);
                catalogs.Add(catalog);
                items.AddRange(catalog.Items.Select(i => (i, catalog)));
                skipped.AddRange(catalog.Skipped);
                failures.AddRange(tree.Failures.Concat(catalog.Failures).Select(f => new FileFailure(f.Path, f.Reason)));
                warnings.AddRange(tree.Notes);
                warnings.AddRange(catalog.Warnings);
            }
            var shared = SharedLog(options.Cramps, trees, warnings);
            var sharedUsed = new ConcurrentDictionary<int, bool>();
            var context = new RunContext(analysis with { RunsWithCramps = analysis.RunsWithCramps ?? CrampRunsKnown(items) }, options, shared, sharedUsed);
            var outcomes = new Outcome[items.Count];
            var done = 0;
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount,
                CancellationToken = cancellationToken,
            };
            var sinkLock = new object();
            var order = Partitioner.Create(Enumerable.Range(0, items.Count), EnumerablePartitionerOptions.NoBuffering);
            Parallel.ForEach(order, parallel, j =>
            {
                var (item, catalog) = items[j];
                outcomes[j] = HistoryRunReader.Read(item, catalog.Garmin, context, sinkLock);
                progress?.Report(new AnalysisProgress(Interlocked.Increment(ref done), items.Count, item.File.Shown));
            });
            foreach (var o in outcomes)
            {
                if (o.Skipped is not null) skipped.Add(o.Skipped);
                if (o.Failure is not null) failures.Add(o.Failure);
                warnings.AddRange(o.Warnings);
            }
            foreach (var catalog in catalogs)
                foreach (var a in catalog.Garmin?.Unclaimed() ?? [])
                    skipped.Add(Unclaimed(a, include, options.Since));
            if (shared is not null)
                warnings.AddRange(shared.Entries.Select((e, i) => (e, i)).Where(x => !sharedUsed.ContainsKey(x.i))
                    .Select(x => $"--cramps: the cramp at {(x.e.Time is DateTime t ? t.ToString("yyyy-MM-dd HH:mm") + " UTC" : x.e.Elapsed?.ToString() + " into a run")}{(x.e.Line is int n ? $" (line {n})" : "")} falls in no run of the history"));
            var runs = outcomes.Where(o => o.Run is not null).Select(o => (o.Run!, o.Record!, o.Exposure ?? o.Record!)).ToList();
            var (kept, duplicates) = HistoryTwins.Keep(runs);
            kept = [.. kept.OrderBy(r => r.Run.StartUtc ?? DateTime.MaxValue).ThenBy(r => r.Run.Id, StringComparer.Ordinal)];
            var records = kept.Select(r => r.Record).ToImmutableArray();
            // Exposure is what came before the cramp: the tables keep every finding with its time, the statistics count the ones before.
            var statistics = CohortStatistics.Compute(kept.Select(r => r.Exposure));
            var historyRuns = kept.Select(r => r.Run).ToImmutableArray();
            return new HistoryReport
            {
                Activities = kept.Count + duplicates.Count + skipped.Count + failures.Count,
                Runs = historyRuns,
                Skipped = [.. skipped],
                Failures = [.. failures],
                Duplicates = [.. duplicates],
                Records = records,
                Statistics = statistics,
                Patterns = HistoryPatterns.Of(historyRuns),
                Advice = AdviceRanking.Rank(historyRuns, statistics),
                Warnings = [.. warnings],
                Units = analysis.Units,
            };
        }
        finally
        {
            foreach (var t in trees) t.Dispose();
        }
    }

    /// <summary>
    /// <c>--cramps</c> and every <c>cramps.csv</c>/<c>cramps.json</c> found in the archives, as one log split over the runs
    /// by time; null when there is none.
    /// </summary>
    private static CrampLog? SharedLog(CrampLog? given, List<ExportTree> trees, List<string> warnings)
    {
        var entries = new List<CrampEntry>(given?.Entries ?? []);
        var notes = new List<ParseWarning>(given?.Warnings ?? []);
        foreach (var file in trees.SelectMany(t => t.CrampLogs))
        {
            try
            {
                using var s = file.Open();
                using var copy = new MemoryStream();
                s.CopyTo(copy);
                var log = CrampLog.Read(copy.GetBuffer().AsSpan(0, (int)copy.Length), file.Shown);
                entries.AddRange(log.Entries);
                warnings.AddRange(log.Warnings.Select(w => $"{file.Shown}: {w}"));
            }
            catch (Exception e) when (e is InputFormatException or IOException)
            {
                warnings.Add($"{file.Shown}: cannot be read ({e.Message})");
            }
        }
        if (given is null && entries.Count == 0) return null;
        return CrampMatcher.ResolveLocal(new CrampLog([.. entries], [.. notes]), null, "the log gives no offset");
    }

    private static SkippedActivity Unclaimed(ExportActivity a, IReadOnlySet<Sport> include, DateTime? since) =>
        new(a.Id, null, a.Sport,
            since is DateTime from && a.StartUtc < from ? ExportCatalog.BeforeSince(from)
            : ExportCatalog.NotReadAs(a.Sport, include) is string why ? why
            : "a summary with no file in the export (a manual entry, or an upload the export left out)") { TypeName = a.TypeName };

    // The advice speaks of the runner's runs with cramps before any run is read: the runs whose words tell of one.
    private static int CrampRunsKnown(List<(HistoryItem Item, ExportCatalog Catalog)> items) =>
        items.Count(i => i.Item.Told.Count > 0);
    /// <summary>
    /// A cramp the runner tells of after the run, placed on it: <paramref name="at"/> is a distance reached on the run's own
    /// distance channel (<c>km31</c>, <c>km 31.5</c>, <c>31km</c>, <c>mile18</c>, <c>mi18</c>, <c>18mi</c>), a time into the
    /// run from its first sample (<c>1:45</c>, <c>+1:45</c>, <c>1:45:30</c>), or a clock time in the run's local time
    /// (<c>07:45</c>, <c>@07:45</c>), also up to 12 h after the run. <c>+</c> forces a time into the run and <c>@</c> a clock
    /// time; a two-digit hour that could be either is refused. The entry has its UTC time and its time into the run (only the
    /// latter for a run whose clock was never set).
    /// </summary>
    /// <param name="run">The run the cramp struck in or after.</param>
    /// <param name="at">Where or when.</param>
    /// <param name="muscle">Which muscle.</param>
    /// <param name="side">"left", "right", "both", or null.</param>
    /// <param name="severity">1 to 10, or null.</param>
    /// <param name="note">The runner's note, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is no position, is past the run's end, could be both a time into the run and a clock time, or is a clock time on a run whose local time is not known; or side or severity is out of range.</exception>
    public static CrampEntry PlaceCramp(Activity run, string at, Muscle muscle = Muscle.Other, string? side = null, int? severity = null, string? note = null) =>
        CrampPosition.Place(run, at, muscle, side, severity, note);

    /// <summary>Where <paramref name="cramp"/> is in <paramref name="run"/>, for people: "at 2:23:14 into the run (km 21.0, 07:30 local)".</summary>
    public static string DescribeCramp(Activity run, CrampEntry cramp) => CrampPosition.Describe(run, cramp);

    /// <summary>
    /// The UTC offset the run's clock times are read in by <see cref="PlaceCramp"/>: the file's own, or that of the time zone
    /// found from the run's position; null when neither is known.
    /// </summary>
    public static TimeSpan? CrampClockOffset(Activity run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return CrampPosition.LocalOffset(run);
    }
}
