using CrampSignals.Signals;
using CrampSignals.Signals.Detectors;
using CrampSignals.Signals.Track;
using CrampSignals.Simulation;

namespace CrampSignals.Tests.Signals;

/// <summary>The one pace formatter, severity ladder, slope cost curve and normal draw every layer shares.</summary>
public class SharedHelpersTests
{
    [Theory]
    [InlineData(1000.0 / 275, "4:35/km")]
    [InlineData(1000.0 / 599.6, "10:00/km")]
    [InlineData(0.05, "n/a")]
    [InlineData(double.NaN, "n/a")]
    public void A_speed_reads_as_a_pace_per_km(double metersPerSecond, string expected) =>
        Assert.Equal(expected, PaceText.PerKm(metersPerSecond));

    [Fact]
    public void A_pace_rounds_to_the_second_and_carries_into_the_minute() =>
        Assert.Equal(["4:59", "5:00", "n/a", "n/a"], new[] { 299.4, 299.6, 0, double.PositiveInfinity }.Select(x => PaceText.Clock(x)));

    [Theory]
    [InlineData(4.9, Severity.Low)]
    [InlineData(5.0, Severity.Moderate)]
    [InlineData(9.99, Severity.Moderate)]
    [InlineData(10.0, Severity.High)]
    public void The_ladder_steps_up_at_each_rung(double value, Severity expected) =>
        Assert.Equal(expected, SeverityLadder.Of(value, moderateAt: 5, highAt: 10));

    [Fact]
    public void A_two_rung_ladder_never_reaches_high() =>
        Assert.Equal(Severity.Moderate, SeverityLadder.Of(1e9, moderateAt: 5));

    [Fact]
    public void The_slope_cost_is_one_on_the_flat_and_dearer_uphill_than_down()
    {
        Assert.Equal(1.0, RunningCost.RelativeCost(0), 12);
        Assert.True(RunningCost.RelativeCost(0.08) > 1.3, "8 % up costs about 40 % more than the flat (Minetti)");
        Assert.True(RunningCost.RelativeCost(-0.08) < 1.0, "a gentle descent is cheaper than the flat");
        Assert.Equal(4.0 * RunningCost.RelativeCost(0.05), RunningCost.GradeAdjustedSpeed(4.0, 0.05), 12);
    }

    [Fact]
    public void Normal_draws_have_mean_zero_and_unit_spread()
    {
        var rng = new Random(7);
        var draws = Enumerable.Range(0, 20_000).Select(_ => Draw.Normal(rng)).ToArray();
        var mean = draws.Average();
        var sd = Math.Sqrt(draws.Sum(x => (x - mean) * (x - mean)) / (draws.Length - 1));
        Assert.InRange(mean, -0.03, 0.03);
        Assert.InRange(sd, 0.97, 1.03);
        Assert.All(draws, x => Assert.True(double.IsFinite(x)));
    }
}
