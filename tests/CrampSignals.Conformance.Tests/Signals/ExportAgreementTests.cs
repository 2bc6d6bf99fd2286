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

    private static string Kinds(CrampSignals.Activities.Activity activity) =>
        string.Join(",", SignalAnalyzer.Analyze(activity).Findings.Select(f => f.Kind.ToId()).Order(StringComparer.Ordinal));
}
