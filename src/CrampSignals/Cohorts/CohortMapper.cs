using System.Collections.Concurrent;
using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats;
using CrampSignals.Runs;
using CrampSignals.Signals.Track;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Cohorts;

/// <summary>The rows of one shard of a cohort, and what was left out and why.</summary>
/// <param name="Runs">One record per counted run, ordered by file.</param>
/// <param name="Duplicates">Files of this shard left out as another file's twin.</param>
/// <param name="Failures">Files of this shard that could not be read.</param>
/// <param name="Warnings">Cramp-log and runner notes.</param>
/// <param name="Files">Files of this shard.</param>
internal sealed record CohortMap(ImmutableArray<CohortRunRecord> Runs, ImmutableArray<DuplicateRun> Duplicates, ImmutableArray<FileFailure> Failures, ImmutableArray<string> Warnings, int Files)
{
    /// <summary>Files of this shard read but not runs (a swim, a ride, a settings file), with the reason.</summary>
    public ImmutableArray<FileFailure> Skipped { get; init; } = [];
}

/// <summary>
/// The map step of a cohort. A first, cheap pass reads when each run started and ended (every file of every shard, so that twins
/// and a shared cramp log's entries are decided the same way whichever shard a file fell in); the second pass analyses this
/// shard's runs, one run's samples per worker at a time, keeping only each run's small rows.
/// </summary>
internal static class CohortMapper
{
    /// <summary>The name of a cramp log that covers every run in its folder and below.</summary>
    public static IReadOnlyList<string> FolderLogNames { get; } = ["cramps.csv", "cramps.json"];

    public static CohortMap Map(IReadOnlyList<string> paths, CohortOptions options, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var files = CohortInputs.Find(paths);
        var mine = files.Select(f => CohortInputs.ShardOf(f.Id, options.Shards) == options.Shard - 1).ToArray();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };

        // Pass 1: when each run was, and on which watch.
        var probes = new Probe?[files.Count];
        var errors = new string?[files.Count];
        Parallel.For(0, files.Count, parallel, i =>
        {
            try { probes[i] = Probe.Read(files[i].Path); }
            catch (Exception e) when (IsBadInput(e)) { errors[i] = Reason(files[i], e); }
        });
        var warnings = new List<string>();
        var runners = Runners(files, probes, options.RunnerFrom, warnings);
        var readable = Enumerable.Range(0, files.Count).Where(i => probes[i] is not null).ToArray();
        // Twins are looked for within a runner's folder whatever names the runner: a GPX export carries no serial number, and
        // with --runner-from file every file would otherwise be its own runner and no run anybody's twin.
        var (keptAt, twins) = TwinRuns.Find([.. readable.Select(i => new RunIdentity(files[i].FolderRunner, files[i].Id, probes[i]!.Format, probes[i]!.Start, probes[i]!.Duration))]);
        var kept = keptAt.Select(k => readable[k]).ToArray();
        var byId = files.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var assigned = AssignSharedLogs(files, probes, kept, options, warnings);

        // Pass 2: this shard's runs, one at a time per worker.
        var todo = kept.Where(i => mine[i]).ToArray();
        var records = new CohortRunRecord?[todo.Length];
        var notRuns = new string?[files.Count];
        var done = 0;
        Parallel.For(0, todo.Length, parallel, j =>
        {
            var i = todo[j];
            try { (records[j], notRuns[i]) = Analyze(files[i], runners[i], assigned.GetValueOrDefault(i), options); }
            catch (Exception e) when (IsBadInput(e)) { errors[i] = Reason(files[i], e); }
            progress?.Report(new AnalysisProgress(Interlocked.Increment(ref done), todo.Length, files[i].Path));
        });
        var failures = Enumerable.Range(0, files.Count).Where(i => mine[i] && errors[i] is not null).Select(i => new FileFailure(files[i].Id, errors[i]!));
        var duplicates = twins.Where(t => mine[byId[t.Dropped]]);
        var skipped = Enumerable.Range(0, files.Count).Where(i => notRuns[i] is not null).Select(i => new FileFailure(files[i].Id, notRuns[i]!));
        return new CohortMap([.. records.Where(r => r is not null).Select(r => r!)], [.. duplicates], [.. failures], [.. warnings], mine.Count(m => m))
        {
            Skipped = [.. skipped],
        };
    }

    /// <summary>The run's record, or why the file is not a run (a swim, a ride, a settings file): those are never counted.</summary>
    private static (CohortRunRecord? Record, string? NotARun) Analyze(CohortFile file, string runner, List<CrampEntry>? shared, CohortOptions options)
    {
        var (activity, reason) = RunLegs.Select(ActivityFile.Load(file.Path), options.Include);
        if (activity is null) return (null, reason);
        var sideLog = SideCarFiles.CrampLogPath(file.Path) is string p ? CrampLogReader.Load(p) : null;
        var entries = (sideLog?.Entries ?? []).AddRange(shared ?? []);
        var log = entries.IsEmpty ? null : new CrampLog(entries, []);
        var weather = SideCarFiles.WeatherFor(file.Path) ?? options.Weather;
        var (signals, track) = SignalAnalyzer.AnalyzeWithTrack(activity, log, weather, options.Signals);
        var record = CohortRowBuilder.Build(runner, file.FolderRunner, file.Id, activity, signals, track, weather);
        options.TrackSink?.Invoke(record, TrackFrame.Of(track));
        return (record, null);
    }

    /// <summary>
    /// Splits every folder's <c>cramps.csv</c>/<c>cramps.json</c> over the counted runs in that folder and below (and the
    /// <c>--cramps</c> log over all of them), by the runs' times alone: each entry to the run it belongs to.
    /// </summary>
    private static Dictionary<int, List<CrampEntry>> AssignSharedLogs(IReadOnlyList<CohortFile> files, Probe?[] probes, int[] kept, CohortOptions options, List<string> warnings)
    {
        var result = new Dictionary<int, List<CrampEntry>>();
        var logs = new List<(string Name, CrampLog Log, int[] Scope)>();
        if (options.Cramps is CrampLog all) logs.Add(("--cramps", all, kept));
        foreach (var root in files.Select(f => f.Root).Distinct(StringComparer.Ordinal))
        {
            if (!Directory.Exists(root)) continue;
            var found = FolderLogNames.SelectMany(n => Directory.EnumerateFiles(root, n, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive }))
                .Order(StringComparer.Ordinal);
            foreach (var path in found)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(path))! + Path.DirectorySeparatorChar;
                var scope = kept.Where(i => Path.GetFullPath(files[i].Path).StartsWith(folder, StringComparison.Ordinal)).ToArray();
                var name = Path.GetRelativePath(root, path).Replace('\\', '/');
                try { logs.Add((name, CrampLogReader.Load(path), scope)); }
                catch (Exception e) when (IsBadInput(e)) { warnings.Add($"{name}: cannot be read, its cramps are not counted: {e.Message}"); }
            }
        }
        foreach (var (name, log, scope) in logs)
        {
            foreach (var w in log.Warnings) warnings.Add($"{name}: {w}");
            var assignment = CrampMatcher.AssignBySpan(log, [.. scope.Select(i => probes[i]!.Span)], options.Signals.CrampAfterRunWindow);
            for (var k = 0; k < scope.Length; k++)
            {
                if (assignment.PerRun[k].Entries.IsEmpty) continue;
                if (!result.TryGetValue(scope[k], out var list)) result[scope[k]] = list = [];
                list.AddRange(assignment.PerRun[k].Entries);
            }
            foreach (var w in assignment.Warnings) warnings.Add($"{name}: {w}");
        }
        return result;
    }

    private static string[] Runners(IReadOnlyList<CohortFile> files, Probe?[] probes, RunnerSource source, List<string> warnings)
    {
        var runners = new string[files.Count];
        var noSerial = 0;
        for (var i = 0; i < files.Count; i++)
        {
            runners[i] = source switch
            {
                RunnerSource.File => files[i].Id,
                RunnerSource.Device when probes[i]?.Serial is long serial => "device-" + serial.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => files[i].FolderRunner,
            };
            if (source == RunnerSource.Device && probes[i] is { Serial: null }) noSerial++;
        }
        if (noSerial > 0) warnings.Add($"{noSerial} file(s) name no device serial number (GPX, TCX, or a FIT without one): their folder names the runner");
        return runners;
    }

    private static bool IsBadInput(Exception e) => InputFailures.IsExpected(e);

    private static string Reason(CohortFile file, Exception e) =>
        e is FileNotFoundException ? $"{file.Id}: no such file" : e.Message;

    /// <summary>What the first pass keeps of a file.</summary>
    private sealed record Probe(ActivityFormat Format, DateTime? Start, TimeSpan? Duration, (DateTime Start, DateTime End)? Span, long? Serial)
    {
        /// <summary>A FIT file's times from a bare walk over its messages; anything else (GPX, TCX, gzip, damaged FIT) read in full.</summary>
        public static Probe Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            if (FitSpanProbe.Probe(bytes) is { Start: DateTime start, LastRecord: DateTime last } fit)
                return new(ActivityFormat.Fit, start, fit.Duration, (start, last < start ? start : last), fit.SerialNumber);
            return Of(ActivityFile.Load(new MemoryStream(bytes, writable: false), path));
        }

        public static Probe Of(Activity a)
        {
            var span = CrampMatcher.Span(a);
            return new(a.Source?.Format ?? ActivityFormat.Memory, span?.Start, a.Duration, span, a.Device.SerialNumber);
        }
    }
}
