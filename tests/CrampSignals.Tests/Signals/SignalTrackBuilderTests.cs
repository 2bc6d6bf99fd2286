using CrampSignals.Activities;
using CrampSignals.Signals;
using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

public class SignalTrackBuilderTests
{
    [Theory]
    [InlineData(true, true, true, SpeedSource.Positions)]
    [InlineData(false, true, true, SpeedSource.Positions)]
    [InlineData(true, true, false, SpeedSource.SpeedChannel)]
    [InlineData(false, true, false, SpeedSource.Distance)]
    [InlineData(false, false, true, SpeedSource.Positions)]
    public void Speed_comes_from_the_positions_else_the_speed_channel_else_distance(bool speed, bool distance, bool positions, object expected)
    {
        var run = new TestRun { Seconds = 1200, Speed = _ => 3.2, SpeedChannel = speed, DistanceChannel = distance, Positions = positions };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.Equal((SpeedSource)expected, track.SpeedSource);
        Assert.InRange(track.TypicalSpeedMetersPerSecond, 3.2 * 0.97, 3.2 * 1.03);
        Assert.InRange(track.DistanceMeters[^1], 1200 * 3.2 * 0.95, 1200 * 3.2 * 1.05);
    }

    [Fact]
    public void A_fit_file_and_its_gpx_export_give_the_same_track()
    {
        // The GPX holds the watch's fixes in decimal degrees, with no speed or distance: the track must not tell them apart.
        TestRun Run(bool watch) => new()
        {
            Seconds = 1800, Speed = t => t is >= 900 and < 1000 ? 3.8 : 3.1, SpeedNoise = 0.2, Latitude = 47.123456789, Longitude = 8.987654321,
            SpeedChannel = watch, DistanceChannel = watch,
        };
        var fit = CrampSignals.Formats.ActivityFile.Load(CrampSignals.Formats.Fit.FitActivityWriter.ToBytes(Run(watch: true).Build()), "run.fit");
        using var gpxBytes = new MemoryStream();
        CrampSignals.Formats.Gpx.GpxActivityWriter.Write(Run(watch: false).Build(), gpxBytes);
        var gpx = CrampSignals.Formats.ActivityFile.Load(gpxBytes.ToArray(), "run.gpx");
        var a = SignalTrackBuilder.Build(fit);
        var b = SignalTrackBuilder.Build(gpx);
        Assert.Equal(a.Length, b.Length);
        for (var i = 0; i < a.Length; i++) Assert.Equal(a.SpeedMetersPerSecond[i], b.SpeedMetersPerSecond[i]);
    }

    [Fact]
    public void Fixes_that_stay_put_while_the_watch_counts_distance_leave_the_speed_to_the_watch()
    {
        var notes = new List<string>();
        var run = new TestRun { Seconds = 1200, Speed = _ => 3.2, FixesStayPut = true };
        var track = SignalTrackBuilder.Build(run.Build(), notes: notes);
        Assert.Equal(SpeedSource.SpeedChannel, track.SpeedSource);
        Assert.InRange(track.TypicalSpeedMetersPerSecond, 3.2 * 0.97, 3.2 * 1.03);
        Assert.Contains(notes, n => n.Contains("indoors", StringComparison.Ordinal));
    }

    [Fact]
    public void Fixes_over_part_of_the_run_leave_the_speed_to_the_channel_that_covers_it()
    {
        var notes = new List<string>();
        var run = new TestRun { Seconds = 1200, Speed = _ => 3.2, HasFix = t => t < 600 };
        var track = SignalTrackBuilder.Build(run.Build(), notes: notes);
        Assert.Equal(SpeedSource.SpeedChannel, track.SpeedSource);
        Assert.True(track.RunningSeconds > 1100);
        Assert.Contains(notes, n => n.Contains("positions cover 50", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_speed_distance_or_positions_there_is_no_speed()
    {
        var run = new TestRun { Seconds = 600, SpeedChannel = false, DistanceChannel = false, Positions = false };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.False(track.HasSpeed);
        Assert.True(track.HasCadence);
        Assert.True(track.RunningSeconds > 500);
    }

    [Fact]
    public void An_absurd_speed_sample_is_removed_not_smoothed_in()
    {
        var run = new TestRun { Seconds = 900, SpeedNoise = 0, SpeedOverride = t => t == 400 ? 40 : null, Positions = false };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.True(track.Spikes[400]);
        for (var i = 390; i <= 410; i++) Assert.InRange(track.SpeedMetersPerSecond[i], 2.9, 3.1);
    }

    [Fact]
    public void A_position_jump_is_marked_as_a_spike()
    {
        var run = new TestRun { Seconds = 900, SpeedChannel = false, DistanceChannel = false, NorthJumpMeters = t => t is 300 or 301 ? 150 : 0 };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.True(track.Spikes[300]);
        for (var i = 290; i <= 310; i++) Assert.InRange(track.SpeedMetersPerSecond[i], 2.7, 3.3);
    }

    [Fact]
    public void Timer_pause_and_time_gap_are_pauses_and_are_not_interpolated_across()
    {
        var run = new TestRun
        {
            Seconds = 1800,
            Skip = t => t is >= 1000 and < 1120,
            Events =
            [
                new(new DateTime(2024, 3, 10, 7, 0, 0, DateTimeKind.Utc).AddSeconds(500), ActivityEvent.TimerEvent, ActivityEvent.StopAllType, null),
                new(new DateTime(2024, 3, 10, 7, 0, 0, DateTimeKind.Utc).AddSeconds(560), ActivityEvent.TimerEvent, ActivityEvent.StartType, null),
            ],
        };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.Equal(1800, track.Length);
        Assert.True(track.Paused[530]);
        Assert.True(track.Paused[1060]);
        Assert.True(double.IsNaN(track.SpeedMetersPerSecond[1060]));
        Assert.False(track.Running[1060]);
        Assert.True(track.Running[1300]);
        Assert.False(track.Paused[700]);
    }

    [Fact]
    public void Standing_still_is_a_pause()
    {
        var run = new TestRun { Seconds = 1200, Speed = t => t is >= 600 and < 660 ? 0 : 3.0, Cadence = t => t is >= 600 and < 660 ? 0 : 170 };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.True(track.Paused[630]);
        Assert.False(track.Moving[630]);
    }

    [Fact]
    public void Walking_is_moving_but_not_running()
    {
        var run = new TestRun { Seconds = 1200, Speed = t => t is >= 600 and < 720 ? 1.4 : 3.0, Cadence = t => t is >= 600 and < 720 ? 112 : 170 };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.True(track.Moving[660]);
        Assert.False(track.Running[660]);
        Assert.True(track.Running[300]);
    }

    [Fact]
    public void Grade_comes_from_altitude_over_distance_and_adjusts_speed_by_minetti_cost()
    {
        var run = new TestRun { Seconds = 1200, SpeedNoise = 0, AltitudeAtDistance = d => 200 + 0.05 * d };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.InRange(track.Grade[600], 0.045, 0.055);
        // Minetti's cost at 5 % by hand: 155.4e-5*0.03125... evaluated term by term.
        var c = 155.4 * Math.Pow(0.05, 5) - 30.4 * Math.Pow(0.05, 4) - 43.3 * Math.Pow(0.05, 3) + 46.3 * 0.0025 + 19.5 * 0.05 + 3.6;
        Assert.InRange(track.GradeAdjustedSpeedMetersPerSecond[600], 3.0 * c / 3.6 * 0.98, 3.0 * c / 3.6 * 1.02);
    }

    [Fact]
    public void Minetti_cost_matches_the_published_polynomial()
    {
        Assert.Equal(3.6, RunningCost.JoulesPerKilogramMeter(0), 10);
        Assert.Equal(0.001554 - 0.00304 - 0.0433 + 0.463 + 1.95 + 3.6, RunningCost.JoulesPerKilogramMeter(0.1), 6);
        Assert.True(RunningCost.JoulesPerKilogramMeter(-0.1) < 3.6);
    }

    [Fact]
    public void Cadence_in_strides_per_minute_is_doubled_to_steps()
    {
        var run = new TestRun { Seconds = 900, Cadence = _ => 85 };
        var notes = new List<string>();
        var track = SignalTrackBuilder.Build(run.Build(), null, notes);
        Assert.True(track.CadenceWasDoubled);
        Assert.InRange(track.CadenceStepsPerMinute[450], 168, 172);
        Assert.Contains(notes, n => n.Contains("doubled", StringComparison.Ordinal));
    }

    [Fact]
    public void Unsorted_and_untimed_rows_do_not_break_the_track()
    {
        var b = new SampleTableBuilder();
        foreach (var t in new double[] { 10, 12, 11, double.NaN, 13, 13, 14 })
        {
            b.AddRow(1_700_000_000 + t);
            b.Set(SampleChannel.Speed, 3);
        }
        var track = SignalTrackBuilder.Build(new Activity { Sport = Sport.Running, Samples = b.Build() });
        Assert.Equal(5, track.Length);
        Assert.Equal(1_700_000_010, track.StartUnixSeconds);
    }

    [Fact]
    public void Local_time_comes_from_the_file_else_the_position_else_is_unknown()
    {
        var withOffset = new TestRun { Seconds = 300, UtcOffset = TimeSpan.FromHours(2) }.Build();
        var fromFile = LocalTimeResolver.Resolve(withOffset, SignalTrackBuilder.Build(withOffset));
        Assert.Equal(new LocalTimeInfo(TimeSpan.FromHours(2), LocalTimeSource.File), fromFile);

        // Near Zurich on 10 March 2024: Central European winter time, one hour (solar time would say 32 minutes).
        var zurich = new TestRun { Seconds = 300, Latitude = 47.4, Longitude = 8.5 }.Build();
        Assert.Equal(new LocalTimeInfo(TimeSpan.FromHours(1), LocalTimeSource.Zone, "Europe/Zurich"), LocalTimeResolver.Resolve(zurich, SignalTrackBuilder.Build(zurich)));

        var indoor = new TestRun { Seconds = 300, Positions = false }.Build();
        Assert.Equal(new LocalTimeInfo(TimeSpan.Zero, LocalTimeSource.Unknown), LocalTimeResolver.Resolve(indoor, SignalTrackBuilder.Build(indoor)));
    }

    [Fact]
    public void A_stray_timestamp_years_off_does_not_stretch_the_run()
    {
        var b = new SampleTableBuilder();
        for (var t = 0; t < 1200; t++)
        {
            b.AddRow(t == 600 ? 631_065_600 : 1_700_000_000 + t);
            b.Set(SampleChannel.Speed, 3);
        }
        var notes = new List<string>();
        var track = SignalTrackBuilder.Build(new Activity { Sport = Sport.Running, Samples = b.Build() }, null, notes);
        Assert.Equal(1200, track.Length);
        Assert.Contains(notes, n => n.Contains("far from the rest", StringComparison.Ordinal));
    }
}
