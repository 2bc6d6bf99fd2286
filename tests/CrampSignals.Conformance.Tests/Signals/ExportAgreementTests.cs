using CrampSignals.Formats;
using CrampSignals.Signals;
using CrampSignals.Signals.Track;
using Xunit.Abstractions;

namespace CrampSignals.Conformance.Tests.Signals;

/// <summary>
/// Real exports of one activity tell the story the device's own file tells: the speed read from the same fixes, and the
/// same finding kinds. A Garmin Connect GPX export writes the FIT file's fixes exactly (degrees from semicircles), so
/// its track is the FIT file's to the last digit; a Strava export rounds them to 6 decimals (a few centimetres), which moves
/// single seconds of the speed by a few tenths of a metre a second at most.
/// </summary>
public class ExportAgreementTests(ITestOutputHelper output)
{
    /// <summary>A device's own file, a positions-only export of the same activity, and the largest speed difference allowed (m/s).</summary>
    public static TheoryData<string, string, string, string, double> Pairs => new()
    {
        { "fit", "4078723797.fit", "gpx", "activity_4078723797.gpx", 1e-9 },
        { "tcx", "activity_5039744860.tcx", "gpx", "activity_5039744860.gpx", 0.01 },
        { "fit", "4078723797.fit", "gpx", "4078723797_strava.gpx", 0.3 },
    };

    [CorpusTheory]
    [MemberData(nameof(Pairs))]
    public void An_export_gives_the_device_file_s_track_and_findings(string deviceFolder, string deviceName, string exportFolder, string exportName, double maxDifference)
    {
        var device = ActivityFile.Load(Corpus.PathOf(deviceFolder, deviceName));
        var export = ActivityFile.Load(Corpus.PathOf(exportFolder, exportName));
        var a = SignalTrackBuilder.Build(device);
        var b = SignalTrackBuilder.Build(export);
        Assert.Equal(a.Length, b.Length);
        int both = 0, differ = 0;
        double worst = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsNaN(a.SpeedMetersPerSecond[i]) != double.IsNaN(b.SpeedMetersPerSecond[i])) differ++;
            if (double.IsNaN(a.SpeedMetersPerSecond[i]) || double.IsNaN(b.SpeedMetersPerSecond[i])) continue;
            both++;
            var d = Math.Abs(a.SpeedMetersPerSecond[i] - b.SpeedMetersPerSecond[i]);
            worst = Math.Max(worst, d);
            if (d > 0.01) differ++;
        }
        var kindsA = Kinds(device);
        var kindsB = Kinds(export);
        output.WriteLine($"{deviceName} vs {exportName}: {both} seconds with speed in both, {differ} differing by over 0.01 m/s (or in having a speed at all), worst {worst:F3} m/s; kinds [{kindsA}] and [{kindsB}]");
        Assert.True(both > 0.5 * a.Length, $"only {both} of {a.Length} seconds have a speed in both files");
        Assert.True(worst <= maxDifference, $"{exportName}: speed differs from {deviceName}'s by up to {worst:F3} m/s");
        Assert.Equal(kindsA, kindsB);
    }

    /// <summary>One recorded run exported by its service as FIT, GPX and TCX (sports-lib's test files).</summary>
    public static TheoryData<string, string> SportsLibExports => new()
    {
        { "fit/runs-6782987395.fit", "gpx/runs-6782987395.gpx" },
        { "fit/runs-6782987395.fit", "tcx/runs-6782987395.tcx" },
        { "fit/runs-6860622783.fit", "tcx/runs-6860622783.tcx" },
        { "fit/runs-2067489619.fit", "gpx/runs-2067489619.gpx" },
    };

    [CorpusTheory]
    [MemberData(nameof(SportsLibExports))]
    public void Exports_of_one_run_find_the_same_things_at_the_same_times(string deviceFile, string exportFile)
    {
        var device = SignalAnalyzer.Analyze(ActivityFile.Load(Corpus.PathOf("sportslib", deviceFile)));
        var export = SignalAnalyzer.Analyze(ActivityFile.Load(Corpus.PathOf("sportslib", exportFile)));
        // Heat needs a temperature, which some exports leave out (TCX has no field for it): it is "not measured" there, not absent.
        var measuredInBoth = device.Findings.Select(f => f.Kind).Distinct()
            .Where(k => !export.NotMeasured.Any(n => n.StartsWith(k.ToId(), StringComparison.Ordinal)));
        output.WriteLine($"{deviceFile}: {string.Join(", ", device.Findings.Select(f => $"{f.Kind.ToId()}@{f.Start:HH:mm:ss}"))}");
        output.WriteLine($"{exportFile}: {string.Join(", ", export.Findings.Select(f => $"{f.Kind.ToId()}@{f.Start:HH:mm:ss}"))}");
        foreach (var kind in measuredInBoth)
        {
            var a = device.Findings.Where(f => f.Kind == kind).ToList();
            var b = export.Findings.Where(f => f.Kind == kind).ToList();
            Assert.True(a.Count == b.Count, $"{kind.ToId()}: {a.Count} in {deviceFile}, {b.Count} in {exportFile}");
            for (var i = 0; i < a.Count; i++)
                Assert.True(Math.Abs((a[i].Start - b[i].Start).TotalSeconds) <= 60, $"{kind.ToId()} #{i}: starts {a[i].Start:O} and {b[i].Start:O}");
        }
        Assert.All(export.Findings, f => Assert.Contains(device.Findings, d => d.Kind == f.Kind));
    }

    private static string Kinds(CrampSignals.Activities.Activity activity) =>
        string.Join(",", SignalAnalyzer.Analyze(activity).Findings.Select(f => f.Kind.ToId()).Order(StringComparer.Ordinal));
}
