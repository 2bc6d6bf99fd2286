using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Simulation.Archives;

namespace CrampSignals.Simulation;

/// <summary>
/// Simulates one runner's whole account export, seeded and deterministic: years of runs (road, trail, treadmill, virtual,
/// track, races) among rides, walks, hikes, swims, gym sessions and manual entries, with cramps the runner wrote about in
/// titles, descriptions and private notes in seven languages, texts that only look like cramps, and a planted personal
/// pattern (long runs in the heat cramp about half the time, other runs rarely). Test data for reading account exports.
/// </summary>
/// <remarks>
/// <c>truth.json</c> lists per activity its id, sport, whether it is a run, its file inside the export (a file inside an
/// inner zip as <c>PART.zip!/NAME.fit</c>; null for a manual entry), its start, and each planted cramp with its language,
/// text, field, muscle, the seconds from the start where it struck (null when the text does not place it in the run)
/// and whether it was after the run; then the decoys, the planted pattern, and (Garmin) the uploaded files that hold no
/// activity (device settings). A cramp placed by distance struck where the simulated distance channel reached it: the
/// FIT and TCX files carry that channel; a GPX file has none, and distance recomputed from its noisy positions runs ahead.
/// </remarks>
public static class ArchiveSimulator
{
    /// <summary>
    /// Writes an export of <paramref name="activities"/> activities over <paramref name="years"/> years at
    /// <paramref name="path"/> (a zip file when <paramref name="zip"/>, else a folder) and its truth at
    /// <paramref name="truthPath"/> (default: beside the export, <c>NAME.truth.json</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 1 or more than 100,000 activities, or years outside 1 to 50.</exception>
    public static ArchiveFiles Write(string path, ArchiveLayout layout, bool zip = false, int activities = 200, int seed = 7, int years = 10, string? truthPath = null) =>
        WriteWithTruth(path, layout, zip, activities, seed, years, truthPath).Files;

    private const double AthleteWeightKg = 61.0;

    internal static (ArchiveFiles Files, List<ArchiveItem> Items, IReadOnlyList<string> OtherFiles) WriteWithTruth(
        string path, ArchiveLayout layout, bool zip, int activities, int seed, int years, string? truthPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(activities, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(activities, 100_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, 50);
        var full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        truthPath ??= Path.Combine(Path.GetDirectoryName(full) ?? ".", (zip ? Path.GetFileNameWithoutExtension(full) : Path.GetFileName(full)) + ".truth.json");
        var runner = ArchivePlanner.Runner(seed);
        var items = ArchivePlanner.Plan(runner, layout, activities, seed, years);
        using (var sink = ArchiveSink.Open(full, zip))
        {
            var garmin = layout == ArchiveLayout.Garmin ? new GarminArchiveWriter(sink, runner.Email) : null;
            // A watch uploads its settings too: FIT files with no activity in them, which a reader must pass over.
            garmin?.AddSettings(800_000_000_000 + seed % 1_000_000, items[0].StartUtc.AddDays(-3), AthleteWeightKg);
            // Batches keep memory bounded; within one the runs are simulated and encoded in parallel, then written in order.
            const int batch = 64;
            for (var from = 0; from < items.Count; from += batch)
            {
                var n = Math.Min(batch, items.Count - from);
                var encoded = new List<(string Entry, byte[] Bytes, bool Compressed)>?[n];
                var fits = new byte[]?[n];
                Parallel.For(0, n, k =>
                {
                    var item = items[from + k];
                    if (ArchiveActivityBuilder.Build(item, runner) is not Activity activity) return;
                    if (garmin is null) encoded[k] = StravaArchiveWriter.Files(item, activity);
                    else fits[k] = FitActivityWriter.ToBytes(activity);
                });
                if (garmin is not null && from <= items.Count / 2 && items.Count / 2 < from + n)
                    garmin.AddSettings(800_000_000_000 + seed % 1_000_000 + 1, items[items.Count / 2].StartUtc.AddDays(-1), AthleteWeightKg + 1.5);
                for (var k = 0; k < n; k++)
                {
                    foreach (var (entry, bytes, compressed) in encoded[k] ?? []) sink.Add(entry, bytes, compressed);
                    if (fits[k] is byte[] fit) garmin!.Add(items[from + k], fit);
                }
            }
            if (garmin is null) sink.Add("activities.csv", StravaArchiveWriter.Index(items, AthleteWeightKg));
            else
            {
                garmin.Flush();
                garmin.WriteSummaries(items);
            }
            var written = sink.Written.Count;
            sink.Dispose();
            if (Path.GetDirectoryName(Path.GetFullPath(truthPath)) is string dir) Directory.CreateDirectory(dir);
            using (var s = File.Create(truthPath)) ArchiveTruthJson.Write(s, layout, full, seed, years, runner, items, garmin?.OtherFiles ?? []);
            var files = new ArchiveFiles(full, Path.GetFullPath(truthPath), items.Count, written, items.Sum(i => i.Cramps.Count), items.Sum(i => i.Decoys.Count));
            return (files, items, garmin?.OtherFiles ?? []);
        }
    }
}
