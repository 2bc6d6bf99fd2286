using CrampSignals.Signals;
using CrampSignals.Signals.Detectors;

namespace CrampSignals.Tests.Signals;

public class PaceSurgeDetectorTests
{
    private static readonly PaceSurgeDetector Detector = new();

    [Theory]
    [InlineData(1500, 150, 1.18)]
    [InlineData(2000, 75, 1.14)]
    [InlineData(1200, 300, 1.25)]
    public void A_sustained_rise_over_the_recent_median_is_a_surge(int at, int length, double factor)
    {
        // The runner's steps quicken with the surge (by a third of the speed rise: most of it is longer strides).
        bool Surging(int t) => t >= at && t < at + length;
        var run = new TestRun { Seconds = 3000, Speed = t => Surging(t) ? 3.0 * factor : 3.0, Cadence = t => Surging(t) ? 170 * (1 + (factor - 1) / 3) : 170 };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.Equal(FindingKind.PaceSurge, f.Kind);
        Assert.InRange((f.Start - run.At(at)).TotalSeconds, -20, 20);
        Assert.InRange((f.End - run.At(at + length)).TotalSeconds, -20, 20);
        Assert.InRange(f.Get(EvidenceNames.SpeedIncreasePercent)!.Value, (factor - 1) * 100 - 3, (factor - 1) * 100 + 3);
        Assert.Contains("speed +", f.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.3)]
    public void A_clear_surge_is_found_when_gps_scatter_makes_single_seconds_of_the_baseline_wander(double noise)
    {
        var run = new TestRun
        {
            Seconds = 3000,
            SpeedNoise = noise,
            Speed = t => t is >= 1500 and < 1680 ? 3.9 : 3.0,
            Cadence = t => t is >= 1500 and < 1680 ? 180 : 170,
        };
        Assert.Contains(Detect.With(Detector, run.Build()), f => Math.Abs((f.Start - run.At(1500)).TotalSeconds) <= 30);
    }

    [Fact]
    public void A_rise_over_a_baseline_that_stepped_from_one_pace_to_another_is_not_measured_against_it()
    {
        // The window before the rise holds 3.0 m/s and then 3.3 m/s: its median is no pace the runner held steadily.
        var run = new TestRun
        {
            Seconds = 3600,
            Speed = t => t is >= 1500 and < 1650 ? 3.6 : t is >= 1200 and < 2400 ? 3.3 : 3.0,
            Cadence = t => t is >= 1500 and < 1650 ? 176 : 170,
        };
        Assert.DoesNotContain(Detect.With(Detector, run.Build()), f => Math.Abs((f.Start - run.At(1500)).TotalSeconds) <= 60);
    }

    [Fact]
    public void A_rise_shorter_than_the_minimum_is_not_a_surge()
    {
        var run = new TestRun { Seconds = 3000, Speed = t => t is >= 1500 and < 1540 ? 3.6 : 3.0 };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void Stepping_up_from_a_slow_warm_up_is_not_a_surge()
    {
        var run = new TestRun { Seconds = 3000, Speed = t => Detect.Step(t, 720, 2.5, 3.0, 30), Cadence = t => Detect.Step(t, 720, 160, 170, 30) };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void Getting_back_to_pace_after_a_walk_break_or_a_slow_jog_is_not_a_surge()
    {
        var run = new TestRun
        {
            Seconds = 3600,
            Speed = t => t is >= 1200 and < 1380 ? 1.4 : t is >= 2000 and < 2420 ? 2.5 : 3.0,
            Cadence = t => t is >= 1200 and < 1380 ? 110 : t is >= 2000 and < 2420 ? 162 : 170,
        };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void A_faster_pace_held_to_the_end_is_a_step_up_not_a_surge()
    {
        var run = new TestRun { Seconds = 3600, Speed = t => t >= 900 ? 3.5 : 3.0, Cadence = t => t >= 900 ? 176 : 170 };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void A_clear_rise_that_neither_cadence_nor_heart_rate_answers_is_no_surge(bool recorded, bool answered)
    {
        // A GPS drift excursion: the speed jumps 25 % for two minutes, far above its own scatter, while steps and heart
        // rate stay where they were. Without either channel the speed alone has to be believed.
        bool Rise(int t) => t is >= 1500 and < 1620;
        var run = new TestRun
        {
            Seconds = 3000,
            Speed = t => Rise(t) ? 3.75 : 3.0,
            Cadence = recorded ? t => answered && Rise(t) ? 178 : 170 : null,
            HeartRate = recorded ? t => answered && t is >= 1530 and < 1620 ? 165 : 150 : null,
        };
        var findings = Detect.With(Detector, run.Build());
        if (answered || !recorded) Assert.Contains(findings, f => Math.Abs((f.Start - run.At(1500)).TotalSeconds) <= 30);
        else Assert.Empty(findings);
    }

    [Fact]
    public void A_one_minute_surge_counts_its_ramp_up()
    {
        // 56 s from where the runner starts to speed up, the first 10 s of it the ramp: measured only from the
        // half-threshold line it falls a few seconds short of a minute.
        static double Speed(int t, int length) => t < 1500 || t >= 1500 + length ? 3.0 : t < 1510 ? 3.0 + 0.09 * (t - 1500 + 1) : 3.9;
        // The speed channel alone (a foot pod): a path read from fixes would round the step at each end by a second.
        TestRun Run(int length) => new() { Seconds = 3000, Speed = t => Speed(t, length), Cadence = t => t >= 1500 && t < 1500 + length ? 178 : 170, Positions = false };
        Assert.Contains(Detect.With(Detector, Run(56).Build()), f => Math.Abs((f.Start - Run(56).At(1500)).TotalSeconds) <= 20);
        var fromTheLine = SignalOptions.Default with { Surge = SignalOptions.Default.Surge with { MaxRamp = TimeSpan.Zero } };
        Assert.Empty(Detect.With(Detector, Run(56).Build(), fromTheLine));
        // Fifty seconds is too short, ramp and all.
        Assert.Empty(Detect.With(Detector, Run(50).Build()));
    }

    [Theory]
    [InlineData(50, 50, true)]
    [InlineData(35, 35, true)]
    [InlineData(20, 50, false)]
    [InlineData(20, 20, false)]
    public void A_surge_that_gps_error_eases_for_20_s_is_one_surge_when_both_parts_are_half_a_surge_long(int first, int second, bool isSurge)
    {
        // +15 % effort throughout, but the speed read from the fixes sags to +3.7 % for 20 s in the middle (GPS error over
        // half a minute). Two parts of half a minute or more are one surge; a part shorter than that may be the noise.
        const int at = 1500;
        const int ease = 20;
        double Speed(int t) => t < at || t >= at + first + ease + second ? 3.0 : t < at + first || t >= at + first + ease ? 3.45 : 3.11;
        var run = new TestRun
        {
            Seconds = 3000, Speed = Speed, SpeedNoise = 0, Positions = false,
            Cadence = t => t >= at && t < at + first + ease + second ? 174 : 170,
        };
        Assert.Equal(isSurge, Detect.With(Detector, run.Build()).Any(f => Math.Abs((f.Start - run.At(at)).TotalSeconds) <= 20));
    }

    [Theory]
    [InlineData(150, false)]
    [InlineData(156, true)]
    public void Cadence_scatter_does_not_confirm_a_rise_the_heart_stays_flat_through(double heartDuringRise, bool isSurge)
    {
        // GPS error lifts the speed 20 % for a minute and a half; cadence happens to read two steps a minute higher. A
        // runner who really surged would show it in the heart after its lag.
        bool Rise(int t) => t is >= 1500 and < 1590;
        var run = new TestRun
        {
            Seconds = 3000,
            Speed = t => Rise(t) ? 3.6 : 3.0,
            Cadence = t => Rise(t) ? 173 : 170,
            HeartRate = t => t is >= 1530 and < 1590 ? heartDuringRise : 150,
        };
        Assert.Equal(isSurge, Detect.With(Detector, run.Build()).Any(f => Math.Abs((f.Start - run.At(1500)).TotalSeconds) <= 30));
    }

    [Fact]
    public void A_surge_lasts_as_many_seconds_as_it_has_samples()
    {
        // One-second samples from t to t + 59 cover a minute of running, though the first and the last are 59 s apart:
        // counted between them, one-minute surges came out a second short of the line.
        var run = new TestRun { Seconds = 3000, Speed = t => t is >= 1500 and < 1560 ? 3.6 : 3.0, Cadence = t => t is >= 1500 and < 1560 ? 176 : 170 };
        var fromTheLine = SignalOptions.Default with { Surge = SignalOptions.Default.Surge with { MaxRamp = TimeSpan.Zero } };
        var f = Assert.Single(Detect.With(Detector, run.Build(), fromTheLine));
        Assert.Equal((f.End - f.Start).TotalSeconds + 1, f.Get(EvidenceNames.DurationSeconds)!.Value);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_marginal_rise_counts_only_when_cadence_follows_it(bool cadenceFollows)
    {
        var run = new TestRun
        {
            Seconds = 3000,
            SpeedNoise = 0.2,
            Speed = t => t is >= 1500 and < 1680 ? 3.5 : 3.0,
            Cadence = t => cadenceFollows && t is >= 1500 and < 1680 ? 176 : 170,
        };
        var findings = Detect.With(Detector, run.Build());
        if (cadenceFollows) Assert.Contains(findings, f => Math.Abs((f.Start - run.At(1500)).TotalSeconds) <= 60);
        else Assert.Empty(findings);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Heart_rate_climbing_back_after_a_walk_break_does_not_confirm_a_marginal_rise(bool walkBefore)
    {
        // A walk break ends 60 s before a marginal rise; heart rate, low after the walk, climbs back over the next 80 s.
        bool Walking(int t) => walkBefore && t is >= 1350 and < 1440;
        var run = new TestRun
        {
            Seconds = 3000,
            SpeedNoise = 0.2,
            Speed = t => Walking(t) ? 1.4 : t is >= 1500 and < 1680 ? 3.5 : 3.0,
            Cadence = t => Walking(t) ? 110 : 170,
            HeartRate = t => Walking(t) ? 110 : walkBefore && t is >= 1440 and < 1520 ? 110 + (t - 1440) / 2.0 : 150,
        };
        Assert.DoesNotContain(Detect.With(Detector, run.Build()), f => Math.Abs((f.Start - run.At(1500)).TotalSeconds) <= 60);
    }

    [Fact]
    public void Gps_spikes_are_not_surges()
    {
        var run = new TestRun { Seconds = 3000, SpeedOverride = t => t % 400 == 0 && t > 0 ? 25 : t % 400 is 1 or 2 ? 6.5 : null };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void A_hill_at_steady_effort_is_not_a_surge()
    {
        // Speed follows the slope so that the metabolic cost stays that of 3.0 m/s on the flat.
        var run = new TestRun
        {
            Seconds = 3600,
            SpeedNoise = 0.03,
            AltitudeAtDistance = d => 100 + 60 * Math.Sin(d / 800.0),
            Speed = t => 3.0,
        };
        var hilly = new TestRun
        {
            Seconds = 3600,
            SpeedNoise = 0.03,
            AltitudeAtDistance = run.AltitudeAtDistance,
            Speed = HillSpeed(run.AltitudeAtDistance!, 3.0),
        };
        Assert.Empty(Detect.With(Detector, hilly.Build()));
    }

    /// <summary>Speed over time that keeps grade-adjusted speed at <paramref name="flat"/> on the given profile.</summary>
    internal static Func<int, double> HillSpeed(Func<double, double> altitude, double flat)
    {
        var speeds = new List<double>();
        double d = 0;
        for (var t = 0; t < 20000; t++)
        {
            var grade = (altitude(d + 5) - altitude(d - 5)) / 10;
            var v = flat * 3.6 / CrampSignals.Signals.Track.RunningCost.JoulesPerKilogramMeter(grade);
            speeds.Add(v);
            d += v;
        }
        return t => speeds[t];
    }

    /// <summary>A flat run with one even 7 % climb of 800 m (some 5 min) and a descent of 1.6 km at 3.5 %.</summary>
    private static double OneClimb(double d) => d < 4000 ? 100 : d < 4800 ? 100 + 0.07 * (d - 4000) : d < 6400 ? 156 - 0.035 * (d - 4800) : 100;

    /// <summary>Speed over time at an even effort on <paramref name="altitude"/>: a fifth slower up 7 %, a little faster down.</summary>
    private static Func<int, double> EvenEffort(Func<double, double> altitude, double flat)
    {
        var speeds = new List<double>();
        double d = 0;
        for (var t = 0; t < 20000; t++)
        {
            var grade = (altitude(d + 5) - altitude(d - 5)) / 10;
            var v = flat / (grade >= 0 ? 1 + 3.3 * grade : 1 + 1.8 * grade);
            speeds.Add(v);
            d += v;
        }
        return t => speeds[t];
    }

    [Fact]
    // Builds and analyses three hour-long climbing runs (seconds of work): behind the Slow trait so the quick loop stays quick.
    [Trait("Category", "Slow")]
    public void A_steady_effort_climb_is_no_surge_unless_cadence_or_heart_rate_rise_with_it()
    {
        var steady = new TestRun { Seconds = 3600, SpeedNoise = 0.03, AltitudeAtDistance = OneClimb, Speed = EvenEffort(OneClimb, 3.0), HeartRate = _ => 150 };
        Assert.Empty(Detect.With(Detector, steady.Build()));
        // An independent runner up a 7 % climb of some six minutes, even effort: the one climb calibrates the hill response
        // poorly, and without asking the body the climb reads as a surge of some 20 %.
        var probe = Probe.IndependentRunGenerator.Generate(Probe.ProbeFamily.SteadyClimb, 7)!;
        var trusting = SignalOptions.Default with { Surge = SignalOptions.Default.Surge with { MinCadenceResponse = -1, MinHeartRateResponse = -1 } };
        var onClimb = (Finding f) => (f.Start - probe.Activity.StartTime!.Value).TotalSeconds is > 1100 and < 1300;
        Assert.Contains(Detect.With(Detector, probe.Activity, trusting), f => onClimb(f));
        Assert.DoesNotContain(Detect.With(Detector, probe.Activity), f => onClimb(f));
        // A surge up the same kind of climb, heart rate and cadence rising with it, is still one.
        var surging = new TestRun
        {
            Seconds = 3600, SpeedNoise = 0.03, AltitudeAtDistance = OneClimb, HeartRate = t => Detect.Step(t, 1400, 150, 168, 40),
            Cadence = t => Detect.Step(t, 1400, 170, 178), Speed = t => EvenEffort(OneClimb, 3.0)(t) * (t is >= 1400 and < 1580 ? 1.25 : 1),
        };
        Assert.Contains(Detect.With(Detector, surging.Build()), f => (f.Start - surging.At(1400)).Duration().TotalSeconds < 60);
    }

    [Fact]
    public void Too_short_a_run_says_so()
    {
        var missing = Detect.Missing(Detector, new TestRun { Seconds = 300 }.Build());
        Assert.StartsWith("too short: ", missing, StringComparison.Ordinal);
        Assert.Contains("6 min of running before it", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_speed_the_detector_says_what_is_missing()
    {
        var run = new TestRun { Seconds = 600, SpeedChannel = false, DistanceChannel = false, Positions = false };
        Assert.NotNull(Detect.Missing(Detector, run.Build()));
    }
}
