using CrampSignals.Reports;
using CrampSignals.Runs;

namespace CrampSignals.Tests.Reports;

/// <summary>One altitude spike on flat ground is neither a hill in the splits nor a peak on the elevation chart.</summary>
public class AltitudeSpikeTests
{
    // A flat 40-minute run at 3 m/s on ground at 120 m, with half a metre of sensor noise, and one spike of 87 m
    // lasting spikeSeconds, 600 m in (in the first kilometre).
    private static RunReport Run(int spikeSeconds)
    {
        var rng = new Random(5);
        var noise = Enumerable.Range(0, 8000).Select(_ => 0.5 * (rng.NextDouble() - 0.5)).ToArray();
        var run = new TestRun
        {
            Seconds = 2400,
            AltitudeAtDistance = d => 120 + noise[(int)d] + (d >= 600 && d < 600 + 3 * spikeSeconds ? 87 : 0),
        };
        return CrampAnalyzer.Analyze(run.Build());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void A_spike_on_flat_ground_adds_no_climb_to_its_split(int spikeSeconds)
    {
        var report = Run(spikeSeconds);
        var first = RunSplits.From(report)[0];
        Assert.InRange(first.GainMeters, 0, 3);
        Assert.InRange(first.LossMeters, 0, 3);
        // The raw altitude keeps the spike: only the report's reading of it is filtered.
        Assert.InRange(report.Activity.Samples.AltitudeMeters.ToArray().Max(), 206, 208);
    }

    [Fact]
    public void A_spike_does_not_stretch_the_elevation_chart()
    {
        var altitude = ChartSeries.From(Run(3).Activity).Altitude.Where(double.IsFinite).ToArray();
        Assert.InRange(altitude.Max() - altitude.Min(), 0, 2);
    }

    [Fact]
    public void A_real_climb_is_kept()
    {
        // 30 m up over 300 m of road, 1200 m in, and back down 1500 m later: the filter leaves a slope alone.
        static double Hill(double d) => 120 + Math.Clamp((d - 1200) / 10, 0, 30) - Math.Clamp((d - 2700) / 10, 0, 30);
        var report = CrampAnalyzer.Analyze(new TestRun { Seconds = 2400, AltitudeAtDistance = Hill }.Build());
        var splits = RunSplits.From(report);
        Assert.InRange(splits.Sum(s => s.GainMeters), 28, 31);
        Assert.InRange(splits.Sum(s => s.LossMeters), 28, 31);
        var altitude = ChartSeries.From(report.Activity).Altitude.Where(double.IsFinite).ToArray();
        Assert.InRange(altitude.Max() - altitude.Min(), 28, 31);
    }

    [Fact]
    public void The_hampel_filter_replaces_only_outliers()
    {
        double[] raw = [10, 10.5, 11, 11.5, 12, 99, 13, 13.5, 14, double.NaN, 15, 15.5, 16];
        var filtered = AltitudeFilter.Hampel(raw);
        Assert.InRange(filtered[5], 11.5, 13.5);
        Assert.True(double.IsNaN(filtered[9]));
        for (var i = 0; i < raw.Length; i++) if (i != 5 && i != 9) Assert.Equal(raw[i], filtered[i]);
    }
}
