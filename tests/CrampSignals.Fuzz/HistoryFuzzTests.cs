using System.IO.Compression;
using CrampSignals.Cli;
using CrampSignals.History;
using CrampSignals.Simulation;

namespace CrampSignals.Fuzz;

/// <summary>
/// A runner's archive mutated (its index, its summaries, the zip's own bytes) never breaks `history`: the library returns a
/// report whose counts add up, and the tool exits 0 or 1 with no stack trace.
/// </summary>
public sealed class HistoryFuzzTests : IDisposable
{
    private const int Rounds = 6;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cs-history-fuzz-" + Guid.NewGuid().ToString("N"));

    public HistoryFuzzTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData(ArchiveLayout.Strava, "activities.csv", InputKind.CrampCsv)]
    [InlineData(ArchiveLayout.Garmin, "summarizedActivities.json", InputKind.CrampJson)]
    public void Mutated_indexes_and_zips_never_break_history(ArchiveLayout layout, string index, InputKind kind)
    {
        var folder = ArchiveSimulator.Write(Path.Combine(_dir, "export"), layout, zip: false, activities: 14, seed: 3, years: 1).Archive;
        var indexPath = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).First(f => f.EndsWith(index, StringComparison.Ordinal));
        var original = File.ReadAllBytes(indexPath);
        var zipPath = Path.Combine(_dir, "export.zip");
        ZipFile.CreateFromDirectory(folder, zipPath);
        var zip = File.ReadAllBytes(zipPath);
        var problems = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var (mutated, what) = Mutator.Mutate(new SeedFile(index, kind, original), [], round);
            File.WriteAllBytes(indexPath, mutated);
            Check(folder, $"{index} round {round} ({what})", problems);
            var broken = (byte[])zip.Clone();
            var rng = new Random(round);
            // Flipped bytes anywhere: the local headers, the compressed data, the central directory.
            for (var k = 0; k < 1 + round * 3; k++) broken[rng.Next(broken.Length)] ^= (byte)(1 + rng.Next(255));
            if (round % 3 == 2) broken = broken[..(broken.Length * (round + 1) / (Rounds + 2))];
            File.WriteAllBytes(zipPath, broken);
            Check(zipPath, $"zip round {round}", problems);
        }
        File.WriteAllBytes(indexPath, original);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Check(string path, string what, List<string> problems)
    {
        try
        {
            var h = HistoryAnalyzer.Analyze([path]);
            if (h.Activities != h.Runs.Length + h.Skipped.Length + h.Failures.Length + h.Duplicates.Length)
                problems.Add($"{what}: {h.Activities} activities but {h.Runs.Length} runs, {h.Skipped.Length} skipped, {h.Failures.Length} failures, {h.Duplicates.Length} duplicates");
        }
        catch (Exception e)
        {
            problems.Add($"{what}: HistoryAnalyzer.Analyze threw {e.GetType().Name}: {e.Message}");
        }
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(["history", path, "--format", "json"], output, error);
        if (code is not (0 or 1)) problems.Add($"{what}: history exited {code}: {error}");
        if (error.ToString().Contains("   at ", StringComparison.Ordinal)) problems.Add($"{what}: a stack trace on standard error");
    }
}
