using CrampSignals.Signals;
using CrampSignals.Signals.Detectors;

namespace CrampSignals.Tests.Signals;

/// <summary>After a stop, going back to one's own pace is not a surge; a real surge still is.</summary>
public class ResumingIsNotSurgingTests
{
    private static readonly PaceSurgeDetector Detector = new();
    private const int StopAt = 1500;

    // Steady at 3.0 m/s, stopped for stopSeconds, slowMinutes at slowSpeed, then back to 3.0 m/s; optionally a real
    // surge of surgeFactor for 150 s starting at surgeAt. Steps follow the speed by a third of its change, as they do.
    private static TestRun Run(int stopSeconds, int slowMinutes, double slowSpeed, int surgeAt = -1, double surgeFactor = 1.15, int seed = 1)
    {
        var slowFrom = StopAt + stopSeconds;
        var slowTo = slowFrom + 60 * slowMinutes;
        double Speed(int t) => t >= StopAt && t < slowFrom ? 0
            : t >= slowFrom && t < slowTo ? slowSpeed
            : t >= surgeAt && t < surgeAt + 150 ? 3.0 * surgeFactor
            : 3.0;
        return new TestRun
        {
            Seconds = 3600,
            Seed = seed,
            Speed = Speed,
            Cadence = t => Speed(t) == 0 ? 0 : 170 * (1 + (Speed(t) / 3.0 - 1) / 3),
            HeartRate = t => Speed(t) == 0 ? 110 : 150 * (1 + (Speed(t) / 3.0 - 1) / 2),
        };
    }

    [Theory]
    [InlineData(180, 4, 2.7, 1)]
    [InlineData(180, 4, 2.7, 2)]
    [InlineData(180, 4, 2.7, 3)]
    [InlineData(180, 4, 2.65, 1)]
    [InlineData(240, 5, 2.7, 1)]
    [InlineData(120, 3, 2.6, 1)]
    public void Back_to_one_s_pace_after_a_stop_and_slow_minutes_is_no_surge(int stopSeconds, int slowMinutes, double slowSpeed, int seed)
    {
        var run = Run(stopSeconds, slowMinutes, slowSpeed, seed: seed);
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Theory]
    [InlineData(150, 2.65, 120, 2.75, 1)]
    [InlineData(180, 2.7, 140, 2.8, 1)]
    [InlineData(180, 2.7, 140, 2.8, 2)]
    [InlineData(180, 2.65, 180, 2.8, 3)]
    public void Back_to_one_s_pace_after_a_stop_on_a_fading_hot_run_is_no_surge(int stopSeconds, double slowSpeed, int backSeconds, double fadeTo, int seed)
    {
        // The run: a cramp stop, seven slow minutes, a few minutes back at the pace held before the stop, then the
        // heat takes the pace down further. A 10-minute baseline of the stop and the slow minutes reads the return as a
        // surge of about 11 %; RecoveryAfterStop keeps those minutes out of it.
        var slowFrom = StopAt + stopSeconds;
        var slowTo = slowFrom + 7 * 60;
        double Speed(int t) => t >= StopAt && t < slowFrom ? 0 : t >= slowFrom && t < slowTo ? slowSpeed
            : t >= slowTo + backSeconds ? fadeTo : 3.0;
        var run = new TestRun
        {
            Seconds = 3600,
            Seed = seed,
            Speed = Speed,
            Cadence = t => Speed(t) == 0 ? 0 : 170 * (1 + (Speed(t) / 3.0 - 1) / 3),
            HeartRate = t => Speed(t) == 0 ? 110 : 150 * (1 + (Speed(t) / 3.0 - 1) / 2),
        }.Build();
        Assert.Empty(Detect.With(Detector, run));
        var swallowed = SignalOptions.Default with { Surge = SignalOptions.Default.Surge with { RecoveryAfterStop = TimeSpan.Zero } };
        Assert.Contains(Detect.With(Detector, run, swallowed), f => f.Get(EvidenceNames.SpeedIncreasePercent)!.Value >= 10);
    }

    [Theory]
    [InlineData(2700)]
    [InlineData(900)]
    public void A_real_surge_is_still_found_on_a_run_with_a_stop(int surgeAt)
    {
        var run = Run(180, 4, 2.7, surgeAt: surgeAt);
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange((f.Start - run.At(surgeAt)).TotalSeconds, -20, 20);
        Assert.InRange(f.Get(EvidenceNames.SpeedIncreasePercent)!.Value, 12, 18);
    }
}
