using CrampSignals.Signals;
using CrampSignals.Signals.Detectors;

namespace CrampSignals.Tests.Signals;

public class CadenceDropDetectorTests
{
    private static readonly CadenceDropDetector Detector = new();

    [Theory]
    [InlineData(1500, 180, 0.92)]
    [InlineData(2400, 90, 0.93)]
    public void Cadence_well_below_its_baseline_at_the_same_speed_is_a_drop(int at, int length, double factor)
    {
        var run = new TestRun { Seconds = 3200, Cadence = t => t >= at && t < at + length ? 170 * factor : 170 };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange((f.Start - run.At(at)).TotalSeconds, -20, 20);
        Assert.InRange(f.Get(EvidenceNames.CadenceDropPercent)!.Value, (1 - factor) * 100 - 2, (1 - factor) * 100 + 2);
        Assert.InRange(f.Get(EvidenceNames.BaselineCadence)!.Value, 167, 173);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(14)]
    public void A_drop_cut_by_seconds_of_speed_outside_the_band_is_one_drop(int strayed)
    {
        // Five minutes at 10 % fewer steps; a few seconds in the middle read 25 % fast (GPS noise on a positions-only
        // export), too far from the baseline speed to be judged.
        var run = new TestRun
        {
            Seconds = 3200,
            SpeedNoise = 0,
            Speed = t => t >= 1650 && t < 1650 + strayed ? 3.75 : 3.0,
            Cadence = t => t is >= 1500 and < 1800 ? 153 : 170,
        };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange((f.Start - run.At(1500)).TotalSeconds, -20, 20);
        Assert.InRange((f.End - run.At(1800)).TotalSeconds, -20, 20);
    }

    [Fact]
    public void A_low_cadence_runner_stepping_at_134_spm_at_running_speed_is_still_running_and_dropping()
    {
        // 154 spm at 2.6 m/s, then 13 % fewer steps at the same speed: below the usual 135 spm running floor, but far
        // above this runner's walking turnover and at a running speed.
        var run = new TestRun { Seconds = 3000, Speed = _ => 2.6, Cadence = t => t is >= 1800 and < 2100 ? 134 : 154 };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange((f.Start - run.At(1800)).TotalSeconds, -20, 20);
        Assert.InRange(f.Get(EvidenceNames.CadenceDropPercent)!.Value, 11, 15);
    }

    [Fact]
    public void A_low_cadence_runners_walk_break_is_not_a_cadence_drop()
    {
        var run = new TestRun
        {
            Seconds = 3000,
            Speed = t => t is >= 1500 and < 1620 ? 1.5 : 2.6,
            Cadence = t => t is >= 1500 and < 1620 ? 120 : 152,
        };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void A_walk_break_is_not_a_cadence_drop()
    {
        var run = new TestRun
        {
            Seconds = 3000,
            Speed = t => t is >= 1500 and < 1680 ? 1.5 : 3.0,
            Cadence = t => t is >= 1500 and < 1680 ? 112 : 170,
        };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void The_small_cadence_change_of_an_easier_pace_is_not_a_drop()
    {
        // 10 % slower with 2 % lower cadence: how runners step when they ease off.
        var run = new TestRun
        {
            Seconds = 3000,
            Speed = t => t is >= 1500 and < 1800 ? 2.7 : 3.0,
            Cadence = t => t is >= 1500 and < 1800 ? 166.6 : 170,
        };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void Shorter_steps_on_a_steep_climb_are_not_a_drop()
    {
        Func<double, double> altitude = d => d is > 4500 and < 5500 ? 100 + 0.09 * (d - 4500) : d >= 5500 ? 190 : 100;
        // Cadence falls 8 % while the runner is on the climb (metres 4500-5500).
        var speed = PaceSurgeDetectorTests.HillSpeed(altitude, 3.0);
        var onClimb = new bool[3000];
        double d = 0;
        for (var t = 0; t < 3000; t++) { d += speed(t); onClimb[t] = d is > 4500 and < 5500; }
        var withCadence = new TestRun
        {
            Seconds = 3000,
            AltitudeAtDistance = altitude,
            Speed = speed,
            Cadence = t => onClimb[t] ? 156 : 170,
        };
        Assert.Empty(Detect.With(Detector, withCadence.Build()));
    }

    [Fact]
    public void Without_cadence_the_detector_says_so()
    {
        var run = new TestRun { Seconds = 600, Cadence = null };
        Assert.Equal("no cadence", Detect.Missing(Detector, run.Build()));
    }
}
