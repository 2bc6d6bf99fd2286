using CrampSignals.Activities;
using CrampSignals.Runs;

namespace CrampSignals.Tests.Analysis;

public class ActivitySummarizerTests
{
    [Fact]
    public void Moving_time_leaves_out_stops_and_pauses()
    {
        var b = new SampleTableBuilder();
        var t = 1_700_000_000.0;
        double d = 0;
        // 600 s running at 3 m/s, 120 s standing, a 10-minute gap (timer paused), then 300 s at 2.5 m/s.
        for (var i = 0; i < 600; i++) { b.AddRow(t++); d += 3; b.Set(SampleChannel.Speed, 3); b.Set(SampleChannel.Distance, d); }
        for (var i = 0; i < 120; i++) { b.AddRow(t++); b.Set(SampleChannel.Speed, 0); b.Set(SampleChannel.Distance, d); }
        t += 600;
        for (var i = 0; i < 300; i++) { b.AddRow(t++); d += 2.5; b.Set(SampleChannel.Speed, 2.5); b.Set(SampleChannel.Distance, d); b.Set(SampleChannel.HeartRate, i % 2 == 0 ? 150 : 160); }
        var summary = ActivitySummarizer.Summarize(new Activity { Sport = Sport.Running, Samples = b.Build() });

        // The first sample has no step before it, nor has the first after the paused gap.
        Assert.Equal(599 + 299, summary.MovingTime!.Value.TotalSeconds, 0);
        Assert.Equal(1800 + 750 - 3, summary.DistanceMeters!.Value, 6);
        Assert.Equal(3.0, summary.TypicalSpeedMetersPerSecond!.Value);   // median of 599 × 3 and 299 × 2.5
        Assert.Equal(155, summary.AverageHeartRateBpm!.Value, 6);
        Assert.Equal(1800 + 750 - 3, summary.AverageSpeedMetersPerSecond!.Value * summary.MovingTime.Value.TotalSeconds, 6);
        Assert.Equal("<memory>", summary.FileName);
        Assert.Null(summary.MeanTemperatureCelsius);
    }

    [Fact]
    public void Distance_comes_from_positions_when_the_file_has_no_distance()
    {
        var b = new SampleTableBuilder();
        // 0.01° of latitude is about 1112 m, run north at 1 Hz over 400 s.
        for (var t = 0; t <= 400; t++) { b.AddRow(t); b.Set(SampleChannel.Latitude, 45.00 + 0.01 * t / 400); b.Set(SampleChannel.Longitude, 7); }
        var summary = ActivitySummarizer.Summarize(new Activity { Samples = b.Build() });
        Assert.Equal(1112, summary.DistanceMeters!.Value, 0);
        Assert.Equal(1112 / 400.0, summary.AverageSpeedMetersPerSecond!.Value, 2);
        Assert.Equal(45.0, summary.StartLatitude);
    }

    [Fact]
    public void An_activity_without_samples_has_no_numbers()
    {
        var summary = ActivitySummarizer.Summarize(new Activity());
        Assert.Null(summary.DistanceMeters);
        Assert.Null(summary.MovingTime);
        Assert.Null(summary.AveragePaceSecondsPerKm);
        Assert.Equal(0, summary.SampleCount);
    }
}
