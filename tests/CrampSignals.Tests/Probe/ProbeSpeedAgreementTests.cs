using System.Globalization;
using CrampSignals.Signals.Track;
using CrampSignals.Tests.Signals;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Probe;

/// <summary>
/// On the independent generator too, the speed the track reads from a GPX export's positions is the speed it reads from
/// the watch's FIT file of the same run: per band of the FIT speed, and over the first 20 s of each run, the median ratio
/// is within ±2 %, at 1 Hz and with smart recording, on clean, everyday and noisy GPS.
/// </summary>
/// <remarks>
/// Measured (12 families, seeds 1-3, about 113 000 s per mode): median −0.1 % to −0.2 % in every band; 10th to 90th
/// percentile −2.6 % .. +2.4 % walking, −1.5 % .. +1.3 % jogging, −1.4 % .. +1.1 % running at 1 Hz, a little wider with
/// smart recording (−3.9 % .. +3.9 % walking). So a FIT-vs-GPX finding disagreement is no speed bias.
/// The first 20 s of a track are held to the same bound because the generator's routes open with a tight loop, which a
/// smoothed path with steady process noise cuts, reading 0.5-0.8 m/s for up to 30 s where the watch reads 2.7 m/s; the
/// path loosens its process noise where it keeps missing its fixes, and this bound holds it to doing so.
/// </remarks>
[Trait("Category", "Slow")]
public sealed class ProbeSpeedAgreementTests(ITestOutputHelper output)
{
    private const double Bound = 0.02;
    private const int Seeds = 3;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Gpx_speed_reads_the_fit_speed_of_the_same_run_in_every_band(bool everySecond)
    {
        var mode = everySecond ? RecordingMode.OneHz : RecordingMode.Smart;
        var bands = new SpeedRatioBands();
        var start = new List<double>();
        foreach (var family in Enum.GetValues<ProbeFamily>())
            for (var seed = 1; seed <= Seeds; seed++)
            {
                var fitRun = IndependentRunGenerator.Generate(family, seed, mode, FileRoute.Fit);
                var gpxRun = IndependentRunGenerator.Generate(family, seed, mode, FileRoute.Gpx);
                if (fitRun is null || gpxRun is null) continue;
                var gpx = SignalTrackBuilder.Build(gpxRun.Activity);
                Assert.Equal(SpeedSource.Positions, gpx.SpeedSource);
                start.AddRange(bands.Add(SignalTrackBuilder.Build(fitRun.Activity), gpx, 20));
            }
        var failures = bands.Check(output, mode.ToString(), Bound, 1000);
        start.Sort();
        var startMedian = start[start.Count / 2] - 1;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {mode} | first 20 s | {start.Count} s | median {startMedian:+0.0%;-0.0%} |"));
        Assert.True(failures.Count == 0, $"GPX speed is biased against FIT ({mode}): " + string.Join("; ", failures));
        Assert.True(Math.Abs(startMedian) <= Bound, string.Create(CultureInfo.InvariantCulture, $"GPX speed in the first 20 s reads {startMedian:+0.0%;-0.0%} against FIT ({mode})"));
    }
}
