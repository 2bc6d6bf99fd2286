using System.Globalization;
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
    /// <exception cref="IOException">The output folder cannot be written (found before any run is analysed).</exception>
    public static CohortReport Run(IReadOnlyList<string> paths, CohortOptions? options = null, string? outFolder = null, bool tracks = false, IProgress<AnalysisProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= CohortOptions.Default;
        if (outFolder is not null) PrepareOutput(outFolder, tracks);
        using var trackTable = tracks && outFolder is not null ? new TrackTableWriter(Path.Combine(outFolder, CohortTables.Tracks)) : null;
        using var tables = outFolder is null ? null : new CohortTableWriter(outFolder);
        // Each run's rows go out as it finishes; what the report keeps of a run is only what the statistics read (without
        // tables to write, the finding text is not needed either), so memory does not grow by the findings' text per run.
        var report = CohortAnalyzer.Map(paths, options with
        {
            TrackSink = trackTable is null ? options.TrackSink : trackTable.Write,
            RecordSink = tables is null ? options.RecordSink ?? (_ => { }) : tables.Write,
        }, new MapEnd(progress));
        if (outFolder is not null)
        {
            trackTable?.Complete();
            tables!.Complete();
            CohortManifest.Write(outFolder, new CohortManifest(options.Shard, options.Shards, report.Files, report.Duplicates, report.Failures, report.Warnings)
            {
                Shape = RowShape.Of(options),
            });
        }
        return report;
    }

    /// <summary>
    /// Makes sure the tables can be written before hours of analysis (a file is written and removed), and removes what an
    /// earlier run left that this one will not write again: <c>tracks.parquet</c> without <paramref name="tracks"/>.
    /// </summary>
    private static void PrepareOutput(string folder, bool tracks)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".crampsignals-write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            if (!tracks) File.Delete(Path.Combine(folder, CohortTables.Tracks));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{folder}: cannot write the tables there ({e.Message})", e);
        }
    }

    /// <summary>
    /// The reduce step: the statistics from the tables in result <paramref name="folders"/> alone (the shards of one cohort, or
    /// several cohorts' results), twins that fell into different folders counted once. Gives exactly the numbers of one
    /// unsharded run. A folder given twice, or a second folder holding a shard already read, is read once with a warning;
    /// folders whose manifests record different row-shaping options are refused.
    /// </summary>
    /// <exception cref="InvalidDataException">A folder holds no cohort tables, tables that cannot be read, or rows made with other options than the first folder's.</exception>
    public static CohortReport Reduce(IReadOnlyList<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var runs = new List<CohortRunRecord>();
        var duplicates = new List<DuplicateRun>();
        var failures = new List<FileFailure>();
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shards = new List<(int Shard, int Shards)>();
        var folderOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var shardIn = new Dictionary<(int, int), string>();
        (RowShape Shape, string Folder)? first = null;
        foreach (var folder in folders)
        {
            if (!File.Exists(Path.Combine(folder, CohortTables.Runs)))
                throw new InvalidDataException($"{folder}: no {CohortTables.Runs}; give folders written by cohort --out");
            if (!folderOf.TryAdd(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar), folder))
            {
                warnings.Add($"{folder} was given twice; read once");
                continue;
            }
            var manifest = CohortManifest.Read(folder);
            if (manifest is not null)
            {
                if (manifest.Shards > 1 && !shardIn.TryAdd((manifest.Shard, manifest.Shards), folder))
                {
                    warnings.Add($"{folder} holds shard {manifest.Shard} of {manifest.Shards}, already read from {shardIn[(manifest.Shard, manifest.Shards)]}; read once");
                    continue;
                }
                if (manifest.Shape is RowShape shape)
                {
                    if (first is null) first = (shape, folder);
                    else if (shape.DifferenceFrom(first.Value.Shape) is var (mine, theirs))
                        throw new InvalidDataException($"{folder} was made with {mine}, {first.Value.Folder} with {theirs}: reduce only results made with the same options");
                }
                else warnings.Add($"{folder}: its {CohortManifest.FileName} does not say which options made its rows; they could not be checked against the other folders'");
                shards.Add((manifest.Shard, manifest.Shards));
                duplicates.AddRange(manifest.Duplicates);
                failures.AddRange(manifest.Failures);
                warnings.AddRange(manifest.Warnings.Where(w => !warnings.Contains(w)));
            }
            // The statistics read the small columns only: the findings' text stays on disk.
            var (records, readWarnings) = CohortTables.ReadAsync(folder, withText: false).GetAwaiter().GetResult();
            warnings.AddRange(readWarnings);
            var again = new List<string>();
            foreach (var run in records)
            {
                if (seen.Add(run.File)) runs.Add(run);
                else again.Add(run.File);
            }
            if (again.Count > 0)
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{folder}: {again.Count:N0} run(s) were already read from another folder, or appear twice, and count once (first: {again[0]})"));
        }
        foreach (var missing in MissingShards(shards)) warnings.Add(missing);
        return CohortAnalyzer.Reduce(runs, duplicates.Distinct(), failures.Distinct(), warnings);
    }

    /// <summary>The study as JSON (docs/schemas/cohort.schema.json).</summary>
    public static string ToJson(this CohortReport report) => ReportJsonWriter.ToStudyJson(report);

    /// <summary>The study for people: rounded tables.</summary>
    public static string ToText(this CohortReport report) => ReportTextWriter.ToStudyText(report);

    /// <summary>The study as one HTML page.</summary>
    public static string ToHtml(this CohortReport report) => HtmlReportWriter.ToStudyHtml(report);

    /// <summary>The most ranges of missing shards named in the warning; the rest are counted.</summary>
    private const int MaxRangesListed = 20;

    /// <summary>Per shard count, the shards not read, as ranges ("shards 4-997 of 1,000 are missing"): never one number per shard.</summary>
    internal static IEnumerable<string> MissingShards(IEnumerable<(int Shard, int Shards)> shards)
    {
        foreach (var group in shards.GroupBy(s => s.Shards).Where(g => g.Key > 1).OrderBy(g => g.Key))
        {
            var present = group.Select(s => s.Shard).Where(k => k >= 1 && k <= group.Key).Distinct().Order().ToList();
            var ranges = new List<(int From, int To)>();
            var next = 1;
            foreach (var k in present.Append(group.Key + 1))
            {
                if (k > next) ranges.Add((next, k - 1));
                next = k + 1;
            }
            if (ranges.Count == 0) continue;
            var missing = ranges.Sum(r => (long)r.To - r.From + 1);
            var listed = string.Join(", ", ranges.Take(MaxRangesListed).Select(r => r.From == r.To ? N(r.From) : $"{N(r.From)}-{N(r.To)}"));
            if (ranges.Count > MaxRangesListed) listed += $" and {N(ranges.Count - MaxRangesListed)} more ranges";
            yield return $"{(missing == 1 ? "shard" : "shards")} {listed} of {N(group.Key)} {(missing == 1 ? "is" : "are")} missing ({N(missing)} in all): the numbers cover only part of the cohort";
        }
    }

    private static string N(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Passes the map's progress on, and when its last run is done hands the memory the map worked in back with one
    /// compacting collection: the heap is then full of the map's idle pages (decode buffers, the collector's slack), and the
    /// statistics, which come next, would grow it further. So the peak stays the map's, whatever the number of runs.
    /// </summary>
    private sealed class MapEnd(IProgress<AnalysisProgress>? inner) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value)
        {
            inner?.Report(value);
            if (value.Done == value.Total) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
