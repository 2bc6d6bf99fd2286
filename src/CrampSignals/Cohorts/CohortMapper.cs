using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Runs;
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
/// The map step of a cohort: the plan (every file of every shard, see <see cref="CohortPlan"/>), then this shard's runs
/// analysed one run's samples per worker at a time, keeping only each run's small rows.
/// </summary>
internal static class CohortMapper
{
    public static CohortMap Map(IReadOnlyList<string> paths, CohortOptions options, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var parallel = Parallelism(options, cancellationToken);
        var plan = CohortPlan.Make(paths, new PlanOptions(
            options.RunnerFrom, OneRunner: false, options.Cramps is CrampLog all ? ("--cramps", all) : null, SideCarFiles.CrampLogFor,
            options.Signals.CrampAfterRunWindow, options.FollowLinks), parallel);
        var files = plan.Files;
        var mine = files.Select(f => CohortInputs.ShardOf(f.Id, options.Shards) == options.Shard - 1).ToArray();
        var todo = plan.Kept.Where(i => mine[i]).ToArray();
        var records = new CohortRunRecord?[todo.Length];
        var runWarnings = new List<string>?[todo.Length];
        var notRuns = new string?[files.Count];
        var errors = (string?[])plan.Errors.Clone();
        var done = 0;
        var sink = InOrder.Of(options.RecordSink);
        Parallel.ForEach(InOrder.Indexes(todo.Length), parallel, j =>
        {
            var i = todo[j];
            CohortRunRecord? record = null;
            try { (record, notRuns[i]) = Analyze(files[i], plan.Runners[i], plan.Cramps[i], options, runWarnings[j] = []); }
            catch (Exception e) when (InputFailures.IsExpected(e)) { errors[i] = e is FileNotFoundException ? $"{files[i].Id}: no such file" : e.Message; }
            finally { sink?.Put(j, record); }
            records[j] = sink is null ? record : record?.WithoutText();
            progress?.Report(new AnalysisProgress(Interlocked.Increment(ref done), todo.Length, files[i].Path));
        });
        var byId = files.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var failures = Enumerable.Range(0, files.Count).Where(i => mine[i] && errors[i] is not null).Select(i => new FileFailure(files[i].Id, errors[i]!));
        var duplicates = plan.Twins.Where(t => mine[byId[t.Dropped]]);
        // The walk's failures are the same in every shard: the first lists them, so reducing the shards lists them once.
        var walkFailures = options.Shard == 1 ? plan.WalkFailures : [];
        var skipped = Enumerable.Range(0, files.Count).Where(i => notRuns[i] is not null).Select(i => new FileFailure(files[i].Id, notRuns[i]!));
        return new CohortMap(
            [.. records.Where(r => r is not null).Select(r => r!)], [.. duplicates], [.. walkFailures, .. failures],
            [.. plan.Warnings, .. runWarnings.Where(w => w is not null).SelectMany(w => w!)], mine.Count(m => m) + walkFailures.Count)
        {
            Skipped = [.. skipped],
        };
    }

    /// <summary>The run's record, or why the file is not a run (a swim, a ride, a settings file): those are never counted.</summary>
    private static (CohortRunRecord? Record, string? NotARun) Analyze(CohortFile file, string runner, CrampLog? cramps, CohortOptions options, List<string> warnings)
    {
        // The activity lives only in here (the record keeps numbers and text, no samples): its columns can go back to the pool.
        using var columns = SampleColumns.Recycle();
        var (activity, reason) = RunLegs.Select(BatchInput.Load(file.Path), options.Include);
        if (activity is null) return (null, reason);
        var own = OwnWeather.Read(SideCarFiles.WeatherFor, file.Path);
        warnings.AddRange(own?.Warnings.Select(w => $"{file.Id}: {w}") ?? []);
        var weather = own?.Series ?? options.Weather;
        var (signals, track) = SignalAnalyzer.AnalyzeWithTrack(activity, cramps, weather, options.Signals);
        var record = CohortRowBuilder.Build(runner, file.FolderRunner, file.Id, activity, signals, track, weather);
        options.TrackSink?.Invoke(record, TrackFrame.Of(track));
        track.Release();
        return (record, null);
    }

    internal static ParallelOptions Parallelism(CohortOptions options, CancellationToken token) => new()
    {
        MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount,
        CancellationToken = token,
    };
}
