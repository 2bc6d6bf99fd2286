using System.Collections.Immutable;
using CrampSignals.Analysis;
using CrampSignals.Cramps;
using CrampSignals.Export.Cohorts;
using CrampSignals.Weather;

// The map and reduce steps live with the tool, not in the library: they store the cohort as Parquet tables, and Parquet.Net
// reflects over its column types (trim and AOT warnings), which the library keeps out of every consumer's app.
namespace CrampSignals.Cli.Cohorts;

/// <summary>How a cohort study reads its runs.</summary>
internal sealed record CohortStudyOptions
{
    /// <summary>Who ran each run: <c>folder</c> (the first folder level under each folder given), <c>device</c> (the FIT serial number) or <c>file</c>.</summary>
    public string RunnerFrom { get; init; } = "folder";

    /// <summary>A cramp log over all the runs, split over them by time (folder logs <c>cramps.csv</c>/<c>cramps.json</c> and side-car logs are read as well).</summary>
    public CrampLog? Cramps { get; init; }

    /// <summary>Weather for all the runs (a run's side-car weather file wins).</summary>
    public WeatherSeries? Weather { get; init; }

    /// <summary>Write the Parquet tables here (the map step's output); null for none.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Also write each run's 1 Hz signal track to <c>tracks.parquet</c> (with <see cref="OutputFolder"/>).</summary>
    public bool Tracks { get; init; }

    /// <summary>This shard, 1-based (with <see cref="Shards"/>): only the files whose path hash falls in it are analysed.</summary>
    public int Shard { get; init; } = 1;

    /// <summary>How many shards the files are split into.</summary>
    public int Shards { get; init; } = 1;

    /// <summary>Runs analysed at once; 0 for one per processor.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>Told after each run.</summary>
    public IProgress<AnalysisProgress>? Progress { get; init; }
}

/// <summary>
/// Many runners' runs in, honest statistics out: the map step (files to small rows, optionally to Parquet tables, optionally
/// one shard of the files) and the reduce step (statistics from the rows, or from the tables of several result folders).
/// </summary>
internal static class CohortStudy
{
    /// <summary>Analyses the files under <paramref name="paths"/> (one run's samples per worker at a time) and computes the statistics.</summary>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static CohortStudyResult Run(IReadOnlyList<string> paths, CohortStudyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= new CohortStudyOptions();
        if (options.Shards < 1 || options.Shard < 1 || options.Shard > options.Shards)
            throw new ArgumentException($"shard {options.Shard}/{options.Shards}: give K/N with 1 <= K <= N");
        var runners = options.RunnerFrom switch
        {
            "folder" => RunnerSource.Folder,
            "device" => RunnerSource.Device,
            "file" => RunnerSource.File,
            _ => throw new ArgumentException($"runners come from folder, device or file, not \"{options.RunnerFrom}\""),
        };
        if (options.OutputFolder is string outFolder) Directory.CreateDirectory(outFolder);
        using var tracks = options.Tracks && options.OutputFolder is not null ? new TrackTableWriter(Path.Combine(options.OutputFolder, CohortTables.Tracks)) : null;
        var map = CohortMapper.Map(paths, new CohortMapOptions
        {
            Runners = runners,
            SharedLog = options.Cramps,
            Weather = options.Weather,
            Shard = options.Shard - 1,
            Shards = options.Shards,
            MaxParallelism = options.MaxParallelism,
            TrackSink = tracks is null ? null : tracks.Write,
            Progress = options.Progress,
        }, cancellationToken);
        var warnings = map.Warnings.AddRange((options.Cramps?.Warnings ?? []).Select(w => $"--cramps: {w}"));
        if (options.OutputFolder is string folder)
        {
            CohortTables.WriteAsync(folder, map.Runs).GetAwaiter().GetResult();
            CohortManifest.Write(folder, new CohortManifest(options.Shard, options.Shards, map.Files, map.Duplicates, map.Failures, warnings));
        }
        return Finish(map.Runs, map.Duplicates, map.Failures, warnings);
    }

    /// <summary>
    /// The reduce step: the statistics from the tables in result <paramref name="folders"/> alone (the shards of one cohort, or
    /// several cohorts' results), twins that fell into different folders counted once. Gives exactly the numbers of one
    /// unsharded run.
    /// </summary>
    /// <exception cref="InvalidDataException">A folder holds no cohort tables, or tables that cannot be read.</exception>
    public static CohortStudyResult Reduce(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var runs = new List<CohortRunRecord>();
        var duplicates = new List<DuplicateRun>();
        var failures = new List<FileFailure>();
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shards = new List<(int Shard, int Shards)>();
        foreach (var folder in folders)
        {
            if (!File.Exists(Path.Combine(folder, CohortTables.Runs)))
                throw new InvalidDataException($"{folder}: no {CohortTables.Runs}; give folders written by cohort --out");
            var manifest = CohortManifest.Read(folder);
            if (manifest is not null)
            {
                shards.Add((manifest.Shard, manifest.Shards));
                duplicates.AddRange(manifest.Duplicates);
                failures.AddRange(manifest.Failures);
                warnings.AddRange(manifest.Warnings.Where(w => !warnings.Contains(w)));
            }
            foreach (var run in CohortTables.ReadAsync(folder).GetAwaiter().GetResult())
            {
                if (seen.Add(run.Run.File)) runs.Add(run);
                else warnings.Add($"{folder}: {run.Run.File} was already read from another folder; counted once");
            }
        }
        foreach (var missing in MissingShards(shards)) warnings.Add(missing);
        return Finish(runs, [.. duplicates], [.. failures], [.. warnings]);
    }

    /// <summary>Both steps end here, so a cohort computed live and one read back from tables give the same numbers.</summary>
    private static CohortStudyResult Finish(IReadOnlyList<CohortRunRecord> runs, ImmutableArray<DuplicateRun> duplicates, ImmutableArray<FileFailure> failures, ImmutableArray<string> warnings)
    {
        var ordered = runs.OrderBy(r => r.Run.File, StringComparer.Ordinal).ToList();
        var (kept, twins) = TwinRuns.Find([.. ordered.Select(r => r.Identity)]);
        var statistics = CohortStatistics.Compute(kept.Select(i => ordered[i].ToStatisticsRow()));
        return new CohortStudyResult(statistics,
            [.. duplicates.Concat(twins).OrderBy(d => d.Dropped, StringComparer.Ordinal)],
            [.. failures.OrderBy(f => f.Path, StringComparer.Ordinal)],
            warnings);
    }

    private static IEnumerable<string> MissingShards(List<(int Shard, int Shards)> shards)
    {
        foreach (var group in shards.GroupBy(s => s.Shards).Where(g => g.Key > 1))
        {
            var missing = Enumerable.Range(1, group.Key).Except(group.Select(s => s.Shard)).ToList();
            if (missing.Count > 0)
                yield return $"shards {string.Join(", ", missing)} of {group.Key} are missing: the numbers cover only part of the cohort";
        }
    }
}
