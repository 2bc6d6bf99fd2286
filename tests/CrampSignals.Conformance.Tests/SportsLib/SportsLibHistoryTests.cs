using System.IO.Compression;
using CrampSignals.Activities;
using CrampSignals.History;
using CrampSignals.Reports;

namespace CrampSignals.Conformance.Tests.SportsLib;

/// <summary>
/// The sports-lib activities read as a runner's archive: every file accounted for, rides and FIT swims skipped with their
/// sport, a run exported as FIT, GPX and TCX counted once, and the same history from the folder and from a zip of it.
/// </summary>
public sealed class SportsLibHistoryTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cs-sportslib-history-" + Guid.NewGuid().ToString("N"));

    public SportsLibHistoryTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [CorpusFact]
    public void The_sportslib_files_read_as_one_history_from_the_folder_and_from_its_zip()
    {
        var folder = Path.Combine(Corpus.RequireDirectory(), "sportslib");
        var h = HistoryAnalyzer.Analyze([folder]);
        Assert.Equal(h.Activities, h.Runs.Length + h.Skipped.Length + h.Failures.Length + h.Duplicates.Length);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count(f => f.EndsWith(".fit", StringComparison.Ordinal) || f.EndsWith(".gpx", StringComparison.Ordinal) || f.EndsWith(".tcx", StringComparison.Ordinal));
        Assert.Equal(files, h.Activities);
        foreach (var ride in h.Skipped.Where(s => s.File!.Contains("rides-", StringComparison.Ordinal) && s.File.EndsWith(".fit", StringComparison.Ordinal)))
            Assert.Equal(Sport.Cycling, ride.Sport);
        Assert.Contains(h.Skipped, s => s.File == "fit/swim-6688025408.fit" && s.Sport == Sport.Swimming);
        Assert.DoesNotContain(h.Runs, r => r.File.Contains("rides-", StringComparison.Ordinal));
        // runs-6782987395 is in the corpus as FIT and TCX: one run, from the FIT.
        Assert.Single(h.Runs, r => r.File.Contains("runs-6782987395", StringComparison.Ordinal));
        Assert.Contains(h.Runs, r => r.File == "fit/runs-6782987395.fit");

        var zip = Path.Combine(_dir, "sportslib.zip");
        ZipFile.CreateFromDirectory(folder, zip);
        var fromZip = HistoryAnalyzer.Analyze([zip]);
        Assert.Equal(ReportJsonWriter.ToHistoryJson(h), ReportJsonWriter.ToHistoryJson(fromZip).Replace(zip + "!/", folder + "/", StringComparison.Ordinal));
    }
}
