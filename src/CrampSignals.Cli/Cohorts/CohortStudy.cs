using System.Collections.Immutable;
using CrampSignals.Cohorts;
using CrampSignals.Reports;
using CrampSignals.Runs;

// The tables live with the tool, not in the library: Parquet.Net reflects over its column types (trim and AOT warnings), which
// the library keeps out of every consumer's app.
namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// The cohort command's two steps over the library's <see cref="CohortAnalyzer"/>: the map step with its Parquet tables and
/// manifest (optionally one shard of the files), and the reduce step from the tables of several result folders.
/// </summary>
internal static class CohortStudy
{
    /// <summary>Maps the files under <paramref name="paths"/>, writes the tables to <paramref name="outFolder"/> when given, and reduces.</summary>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static CohortReport Run(IReadOnlyList<string> paths, CohortOptions? options = null, string? outFolder = null, bool tracks = false, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= CohortOptions.Default;
        if (outFolder is not null) Directory.CreateDirectory(outFolder);
        using var trackTable = tracks && outFolder is not null ? new TrackTableWriter(Path.Combine(outFolder, CohortTables.Tracks)) : null;
        var report = CohortAnalyzer.Map(paths, trackTable is null ? options : options with { TrackSink = trackTable.Write }, progress);
        if (outFolder is not null)
        {
            CohortTables.WriteAsync(outFolder, report.Records).GetAwaiter().GetResult();
            CohortManifest.Write(outFolder, new CohortManifest(options.Shard, options.Shards, report.Files, report.Duplicates, report.Failures, report.Warnings));
        }
        return report;
    }

    /// <summary>
    /// The reduce step: the statistics from the tables in result <paramref name="folders"/> alone (the shards of one cohort, or
    /// several cohorts' results), twins that fell into different folders counted once. Gives exactly the numbers of one
    /// unsharded run.
    /// </summary>
    /// <exception cref="InvalidDataException">A folder holds no cohort tables, or tables that cannot be read.</exception>
    public static CohortReport Reduce(IReadOnlyList<string> folders)
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
                if (seen.Add(run.File)) runs.Add(run);
                else warnings.Add($"{folder}: {run.File} was already read from another folder; counted once");
            }
        }
        foreach (var missing in MissingShards(shards)) warnings.Add(missing);
        return CohortAnalyzer.Reduce(runs, duplicates, failures, warnings);
    }

    /// <summary>The study as JSON (docs/schemas/cohort.schema.json).</summary>
    public static string ToJson(this CohortReport report) => ReportJsonWriter.ToStudyJson(report);

    /// <summary>The study for people: rounded tables.</summary>
    public static string ToText(this CohortReport report) => ReportTextWriter.ToStudyText(report);

    /// <summary>The study as one HTML page.</summary>
    public static string ToHtml(this CohortReport report) => HtmlReportWriter.ToStudyHtml(report);

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
