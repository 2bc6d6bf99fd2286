using CrampSignals.Signals;
using CrampSignals.Signals.Detectors;

namespace CrampSignals.Tests.Signals;

public class FastStartDetectorTests
{
    private static readonly FastStartDetector Detector = new();

    [Fact]
    public void A_first_third_clearly_faster_than_the_rest_is_a_fast_start()
    {
        // 3.3 m/s for the first 20 min, then 3.0: the first third of the distance is about 10 % faster.
        var run = new TestRun { Seconds = 3600, Speed = t => Detect.Step(t, 1200, 3.3, 3.0, 120) };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange(f.Get(EvidenceNames.PositiveSplitPercent)!.Value, 7, 11);
        Assert.True(f.Get(EvidenceNames.FirstPartPace) < f.Get(EvidenceNames.RestPace));
    }

    [Fact]
    public void An_even_pace_is_not_a_fast_start() =>
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 3600 }.Build()));

    [Fact]
    public void A_slow_warm_up_does_not_hide_a_fast_start_after_it()
    {
        var run = new TestRun { Seconds = 3600, Speed = t => t < 300 ? 2.4 : Detect.Step(t, 1400, 3.35, 3.0, 120) };
        Assert.Single(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void A_fast_start_that_fades_afterwards_is_still_a_fast_start()
    {
        // 5 % above pace for the first 15 min, then a fade of 7 % over the rest: the opening stands above the fade's line.
        var run = new TestRun { Seconds = 3600, Speed = t => t < 900 ? 3.15 : 3.0 - 0.21 * (t - 900) / 2700.0 };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange(f.Get(EvidenceNames.PositiveSplitPercent)!.Value, 6, 11);
    }

    [Fact]
    public void An_even_fade_from_the_start_is_not_a_fast_start() =>
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 3600, Speed = t => 3.3 - 0.3 * t / 3600.0 }.Build()));

    [Fact]
    public void A_negative_split_is_not_a_fast_start() =>
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 3600, Speed = t => Detect.Step(t, 1800, 2.9, 3.2, 300) }.Build()));
}

public class NoWarmUpDetectorTests
{
    private static readonly NoWarmUpDetector Detector = new();

    [Fact]
    public void Starting_at_running_pace_is_no_warm_up()
    {
        var run = new TestRun { Seconds = 2400 };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange(f.Get(EvidenceNames.WarmUpSpeedPercentOfTypical)!.Value, 97, 103);
        Assert.InRange((f.Start - run.At(0)).TotalSeconds, 0, 10);
    }

    [Fact]
    public void Five_easy_minutes_are_a_warm_up() =>
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 2400, Speed = t => Detect.Step(t, 300, 2.5, 3.0, 30) }.Build()));

    [Fact]
    public void Starting_six_percent_slower_than_the_run_is_still_no_warm_up()
    {
        // Pace wanders by a few percent; an easy warm-up jog is 15-25 % slower.
        var run = new TestRun { Seconds = 2400, Speed = t => t < 300 ? 2.82 : 3.0 };
        Assert.Single(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void An_eighteen_minute_run_at_pace_from_the_start_is_no_warm_up() =>
        Assert.Single(Detect.With(Detector, new TestRun { Seconds = 18 * 60 }.Build()));

    [Fact]
    public void A_walk_at_the_start_counts_as_easing_in() =>
        Assert.Empty(Detect.With(Detector, new TestRun
        {
            Seconds = 2400,
            Speed = t => t < 180 ? 1.5 : 3.0,
            Cadence = t => t < 180 ? 110 : 170,
        }.Build()));
}

public class NoCoolDownDetectorTests
{
    private static readonly NoCoolDownDetector Detector = new();

    [Fact]
    public void Stopping_the_watch_at_running_pace_is_no_cool_down()
    {
        var run = new TestRun { Seconds = 2400 };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange((f.End - run.At(2399)).TotalSeconds, -15, 1);
        Assert.InRange(f.Get(EvidenceNames.EaseDownSeconds)!.Value, 0, 10);
    }

    [Fact]
    public void Stopping_dead_and_standing_is_no_cool_down()
    {
        var run = new TestRun { Seconds = 2700, Speed = t => t < 2400 ? 3.0 : 0, Cadence = t => t < 2400 ? 170 : 0 };
        Assert.Single(Detect.With(Detector, run.Build()));
    }

    [Theory]
    [InlineData(2.3, 160)]
    [InlineData(1.5, 140)]
    public void Hobbling_to_the_line_after_a_late_cramp_is_no_cool_down(double hobble, double cadence)
    {
        // A cramp at 35 min, then five minutes at three quarters (or half: the track reads that as walking) of the pace,
        // one even stride, and a dead stop: without the cramp that would read as easing down, after it it is the race's
        // last effort.
        var run = new TestRun { Seconds = 2400, Speed = t => t < 2100 ? 3.0 : hobble, Cadence = t => t < 2100 ? 170 : cadence };
        Assert.Empty(Detect.With(Detector, run.Build()));
        var f = Assert.Single(Detect.With(Detector, run.Build(), crampRows: [2100]));
        Assert.Contains("after a cramp", f.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2050)]
    [InlineData(2250)]
    public void A_cramp_in_the_cool_down_jog_or_a_walk_after_a_cramp_is_no_hobble(int cramp)
    {
        // Pace to 2200 s, a jog at a running stride to 2400 s, a walk at a walk's steps to the end: a cool-down whether
        // the cramp came just before it or in the jog.
        var run = new TestRun
        {
            Seconds = 2700,
            Speed = t => t < 2200 ? 3.0 : t < 2400 ? 1.9 : 1.5,
            Cadence = t => t < 2200 ? 170 : t < 2400 ? 148 : 115,
        };
        Assert.Empty(Detect.With(Detector, run.Build(), crampRows: [cramp]));
    }

    [Fact]
    public void A_jog_and_a_walk_after_a_late_cramp_is_still_a_cool_down()
    {
        var run = new TestRun
        {
            Seconds = 2700,
            Speed = t => t < 2200 ? 3.0 : t < 2400 ? 2.4 : 1.4,
            Cadence = t => t < 2200 ? 170 : t < 2400 ? 162 : 110,
        };
        Assert.Empty(Detect.With(Detector, run.Build(), crampRows: [2150]));
    }

    [Fact]
    public void Easing_to_a_jog_and_a_walk_is_a_cool_down()
    {
        var run = new TestRun
        {
            Seconds = 2700,
            Speed = t => t < 2200 ? 3.0 : t < 2400 ? 2.4 : 1.4,
            Cadence = t => t < 2200 ? 170 : t < 2400 ? 162 : 110,
        };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void Running_down_a_hill_to_the_door_at_even_effort_is_no_cool_down()
    {
        // Stretches of 200 s: flat at 3.0 m/s, 4 % up at 2.7, flat, 4 % down at 3.3 (a runner who gives back only part
        // of the slope), ending on a descent with a dead stop. Full effort to the end, though Minetti's flat-equivalent
        // speed of the last descent reads only about 88 % of the run's.
        double[] speeds = [3.0, 2.7, 3.0, 3.3], grades = [0, 0.04, 0, -0.04];
        const int seconds = 2700, stop = 2390;
        var altitude = new List<(double Distance, double Altitude)> { (0, 100) };
        double d = 0, a = 100;
        for (var t = 0; t < stop; t++)
        {
            var k = t / 200 % 4;
            d += speeds[k];
            a += speeds[k] * grades[k];
            altitude.Add((d, a));
        }
        var run = new TestRun
        {
            Seconds = seconds,
            Speed = t => t < stop ? speeds[t / 200 % 4] : 0,
            Cadence = t => t < stop ? 170 : 0,
            AltitudeAtDistance = x => altitude[Math.Clamp(altitude.FindIndex(p => p.Distance >= x), 0, altitude.Count - 1)].Altitude,
        };
        Assert.Single(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void A_walk_at_the_end_read_fast_by_a_noisy_gps_is_still_a_cool_down()
    {
        // Two minutes of walking at a walking cadence, which the GPS reads at 2.7 m/s.
        var run = new TestRun { Seconds = 2700, Speed = t => t < 2550 ? 3.0 : 2.7, Cadence = t => t < 2550 ? 170 : 115 };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }

    [Fact]
    public void Walking_for_minutes_after_the_last_running_is_a_cool_down()
    {
        var run = new TestRun { Seconds = 2700, Speed = t => t < 2400 ? 3.0 : 1.4, Cadence = t => t < 2400 ? 170 : 110 };
        Assert.Empty(Detect.With(Detector, run.Build()));
    }
}

public class LongRunHydrationDetectorTests
{
    private static readonly LongRunHydrationDetector Detector = new();

    [Fact]
    public void An_hour_on_the_move_calls_for_a_drinking_plan()
    {
        var f = Assert.Single(Detect.With(Detector, new TestRun { Seconds = 70 * 60 }.Build()));
        Assert.InRange(f.Get(EvidenceNames.RunMinutes)!.Value, 69, 70.1);
    }

    [Fact]
    public void Its_length_is_the_summarys_moving_time_short_stops_left_out()
    {
        // 80 min with a 90 s standstill in every 10 min (lights, a drink): 68 min moving, as the summary counts it.
        var run = new TestRun { Seconds = 80 * 60, Speed = t => t % 600 >= 510 ? 0 : 3.0, Cadence = t => t % 600 >= 510 ? 0 : 170 }.Build();
        var f = Assert.Single(Detect.With(Detector, run));
        var moving = CrampSignals.Runs.ActivitySummarizer.Summarize(run).MovingTime!.Value.TotalMinutes;
        Assert.InRange(moving, 67, 69);
        Assert.Equal(Math.Round(moving, 1), f.Get(EvidenceNames.RunMinutes)!.Value);
    }

    [Fact]
    public void Forty_cool_minutes_do_not() =>
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 40 * 60, Temperature = _ => 22 }.Build()));

    [Fact]
    public void Fifty_hot_minutes_do()
    {
        var f = Assert.Single(Detect.With(Detector, new TestRun { Seconds = 50 * 60, Temperature = _ => 34 }.Build()));
        Assert.InRange(f.Get(EvidenceNames.MeanTemperature)!.Value, 33.5, 34.5);
    }
}

public class CardiacDriftDetectorTests
{
    private static readonly CardiacDriftDetector Detector = new();

    [Fact]
    public void Heart_rate_rising_at_a_steady_pace_is_drift()
    {
        var run = new TestRun { Seconds = 3600, HeartRate = t => 140 + 20.0 * t / 3600 };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        // Over the 58 min of steady running after the first 2 min heart rate rises about 19 bpm from about 141 at an
        // even pace: about 13.5 % above what the pace needs by the end.
        Assert.InRange(f.Get(EvidenceNames.DecouplingPercent)!.Value, 11.5, 15.5);
        Assert.True(f.Get(EvidenceNames.HeartRateEnd) > f.Get(EvidenceNames.HeartRateStart));
    }

    [Fact]
    public void A_steady_heart_rate_is_no_drift() =>
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 3600, HeartRate = _ => 148 }.Build()));

    [Fact]
    public void Heart_rate_following_a_faster_pace_is_no_drift() =>
        Assert.Empty(Detect.With(Detector, new TestRun
        {
            Seconds = 3600,
            Speed = t => 3.0 + 0.2 * t / 3600,
            HeartRate = t => 145 * (3.0 + 0.2 * t / 3600) / 3.0,
        }.Build()));

    [Fact]
    public void A_creep_of_seven_percent_from_the_twentieth_minute_is_drift()
    {
        // The halves' means differ by only about 3 %; the creep itself is 7 % by the end.
        var run = new TestRun { Seconds = 4800, HeartRate = t => 145 * (1 + 0.07 * Math.Clamp((t - 1200) / 3600.0, 0, 1)) };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange(f.Get(EvidenceNames.DecouplingPercent)!.Value, 5.5, 9);
    }

    [Fact]
    public void A_fading_pace_with_heart_rate_falling_along_is_no_drift() =>
        // Pace fades 10 % over the hour; heart rate falls with it, if less than in proportion (its reserve above rest
        // follows the pace): the heart is not working harder for the pace.
        Assert.Empty(Detect.With(Detector, new TestRun
        {
            Seconds = 3600,
            Speed = t => 3.3 * (1 - 0.10 * t / 3600),
            HeartRate = t => 150 - 5.0 * t / 3600,
        }.Build()));

    [Fact]
    public void Too_short_a_run_is_not_judged_and_says_so() =>
        Assert.StartsWith("too short: 35 min of running, needs 40 min",
            Detect.Missing(Detector, new TestRun { Seconds = 35 * 60, HeartRate = t => 140 + 30.0 * t / 2100 }.Build()), StringComparison.Ordinal);

    [Fact]
    public void Without_heart_rate_the_detector_says_so() =>
        Assert.Equal("no heart rate", Detect.Missing(Detector, new TestRun { Seconds = 600 }.Build()));
}

public class HeatExposureDetectorTests
{
    private static readonly HeatExposureDetector Detector = new();

    [Fact]
    public void A_long_block_above_the_wrist_threshold_is_heat_exposure()
    {
        var run = new TestRun { Seconds = 3600, Temperature = t => t is >= 1200 and < 2700 ? 33 : 27 };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange((f.Start - run.At(1200)).TotalSeconds, -20, 20);
        Assert.InRange(f.Get(EvidenceNames.MinutesAboveThreshold)!.Value, 24, 26);
        Assert.Equal(SignalOptions.Default.Heat.WristThresholdCelsius, f.Get(EvidenceNames.ThresholdTemperature));
    }

    [Fact]
    public void A_wrist_sensor_warming_behind_the_air_dates_the_block_from_its_rise()
    {
        // The air turns hot at 1200 s; the wrist (whole degrees) follows from 25 °C toward 36 °C with a 150 s lag and
        // crosses 30 °C only about 100 s later.
        var run = new TestRun { Seconds = 3600, Temperature = t => t < 1200 ? 25 : 36 - 11 * Math.Exp(-(t - 1200) / 150.0) };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange((f.Start - run.At(1200)).TotalSeconds, -30, 60);
    }

    [Fact]
    public void A_gap_in_the_recording_during_the_rise_does_not_hide_its_start()
    {
        // As above with a slower sensor (240 s), and 20 s without samples (a tunnel) half a minute into the rise.
        var run = new TestRun
        {
            Seconds = 3600,
            Temperature = t => t < 1200 ? 24 : 36 - 12 * Math.Exp(-(t - 1200) / 240.0),
            Skip = t => t is >= 1230 and < 1250,
        };
        var f = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.InRange((f.Start - run.At(1200)).TotalSeconds, -30, 60);
    }

    [Fact]
    public void A_slowly_warming_wrist_is_dated_from_where_it_crossed() =>
        // 26 to 34 °C over the hour, 0.13 °C a minute, read in whole degrees: no sudden rise to date back to; the block
        // starts where the reading turns 30 °C (29.5 °C is reached at 1575 s).
        Assert.InRange((Assert.Single(Detect.With(Detector, new TestRun { Seconds = 3600, Temperature = t => 26 + 8.0 * t / 3600 }.Build())).Start
            - new TestRun().At(1575)).TotalSeconds, -60, 60);

    [Fact]
    public void A_warm_wrist_on_a_mild_day_is_not_heat() =>
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 3600, Temperature = _ => 28 }.Build()));

    [Fact]
    public void A_short_block_is_not_reported() =>
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 3600, Temperature = t => t is >= 1200 and < 1500 ? 34 : 26 }.Build()));

    [Fact]
    public void Two_separate_blocks_are_two_findings() =>
        Assert.Equal(2, Detect.With(Detector, new TestRun { Seconds = 3600, Temperature = t => t is >= 300 and < 1200 or >= 2000 and < 3000 ? 32 : 26 }.Build()).Count);

    [Fact]
    public void Without_temperature_the_detector_says_so() =>
        Assert.NotNull(Detect.Missing(Detector, new TestRun { Seconds = 600 }.Build()));
}

public class HotHoursDetectorTests
{
    private static readonly HotHoursDetector Detector = new();

    [Theory]
    [InlineData(2024, 7, 47.0, true)]
    [InlineData(2024, 1, 47.0, false)]
    [InlineData(2024, 1, -33.9, true)]
    [InlineData(2024, 7, -33.9, false)]
    public void Midday_running_in_the_warm_season_of_the_hemisphere(int year, int month, double latitude, bool expected)
    {
        // 11:00 local: UTC 09:00 at UTC+2.
        var run = new TestRun { Seconds = 3600, Start = new DateTime(year, month, 15, 9, 0, 0, DateTimeKind.Utc), UtcOffset = TimeSpan.FromHours(2), Latitude = latitude };
        var findings = Detect.With(Detector, run.Build());
        Assert.Equal(expected, findings.Count == 1);
        if (expected) Assert.InRange(findings[0].Get(EvidenceNames.LocalStartHour)!.Value, 10.99, 11.01);
    }

    [Fact]
    public void An_early_morning_summer_run_is_not_in_the_hot_hours() =>
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 3600, Start = new DateTime(2024, 7, 15, 4, 0, 0, DateTimeKind.Utc), UtcOffset = TimeSpan.FromHours(2) }.Build()));

    [Fact]
    public void Only_a_few_minutes_inside_the_window_do_not_count() =>
        // 09:00 to 10:10 local: 10 of 70 minutes inside the window.
        Assert.Empty(Detect.With(Detector, new TestRun { Seconds = 4200, Start = new DateTime(2024, 7, 15, 7, 0, 0, DateTimeKind.Utc), UtcOffset = TimeSpan.FromHours(2) }.Build()));

    [Fact]
    public void The_clock_of_the_place_is_used_without_an_offset_in_the_file()
    {
        // 47° N 8° E is Swiss summer time in July (UTC+2): a run at 08:00-09:00 UTC is 10:00-11:00 on the runner's
        // clock, in the window; solar time (UTC+0:32) would have put it at 08:32-09:32, outside.
        var run = new TestRun { Seconds = 3600, Start = new DateTime(2024, 7, 15, 8, 0, 0, DateTimeKind.Utc) };
        var finding = Assert.Single(Detect.With(Detector, run.Build()));
        Assert.Equal(10.0, finding.Get(EvidenceNames.LocalStartHour)!.Value, 2);
    }
}
