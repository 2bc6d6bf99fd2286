using System.Collections.Immutable;
using CrampSignals.Cohorts.Statistics;
using CrampSignals.Cohorts;
using MathNet.Numerics.Distributions;

namespace CrampSignals.Tests.Analysis.Statistics;

public class SmallMethodsTests
{
    [Fact]
    public void Benjamini_Hochberg_q_values_match_the_hand_computation()
    {
        // Sorted 0.005, 0.01, 0.03, 0.04 → 4p/rank 0.02, 0.02, 0.04, 0.04 → running minimum from the top: the same.
        var q = BenjaminiHochberg.QValues([0.01, 0.04, 0.03, 0.005]);
        Assert.Equal([0.02, 0.04, 0.04, 0.02], q.Select(v => Math.Round(v, 10)));
        // A later, smaller m·p/rank pulls earlier ones down: 3·0.04/2 = 0.06 > 3·0.041/3 = 0.041.
        var pulled = BenjaminiHochberg.QValues([0.001, 0.04, 0.041]);
        Assert.Equal(0.041, pulled[1], 10);
        // 0.8 at rank 1 gives 2·0.8 = 1.6, held down to 0.9 by the rank-2 value.
        Assert.Equal([0.9, 0.9], BenjaminiHochberg.QValues([0.9, 0.8]).Select(v => Math.Round(v, 10)));
    }

    [Fact]
    public void Mantel_Haenszel_over_matched_sets_matches_the_hand_computation()
    {
        // (a, e, m): (1,0,2) R = 2/3; (1,1,2) R = 1/3; (0,1,1) S = 1/2 → OR = 1 / 0.5 = 2.
        Assert.Equal(2, CaseCrossover.MantelHaenszelOverSets([(true, 0, 2), (true, 1, 2), (false, 1, 1)])!.Value, 10);
        Assert.Null(CaseCrossover.MantelHaenszelOverSets([(true, 0, 2)]));
    }

    [Fact]
    public void Triggered_average_band_is_a_t_interval_and_needs_five_cramps()
    {
        static ImmutableArray<double> Flat(double v) => [.. Enumerable.Repeat(v, CohortCrampRow.Points)];
        var five = TriggeredAverages.Channel("speed", [Flat(1), Flat(2), Flat(3), Flat(4), Flat(5)]);
        // Mean 3, sd √2.5, t(4, 0.975) = 2.776445: 3 ± 2.776445·√(2.5/5) = 3 ± 1.963243.
        Assert.Equal(-1200, five.OffsetSeconds[0]);
        Assert.Equal(0, five.OffsetSeconds[^1]);
        Assert.Equal(3, five.Mean[10]!.Value, 10);
        Assert.Equal(3 - 1.963243, five.Ci95Low[10]!.Value, 5);
        Assert.Equal(3 + 1.963243, five.Ci95High[10]!.Value, 5);
        Assert.Equal(2.776445, StudentT.InvCDF(0, 1, 4, 0.975), 4);
        var four = TriggeredAverages.Channel("speed", [Flat(1), Flat(2), Flat(3), Flat(double.NaN), Flat(5), []]);
        Assert.Equal(4, four.Cramps[0]);
        Assert.Equal(2.75, four.Mean[0]!.Value, 10);
        Assert.Null(four.Ci95Low[0]);
        Assert.Null(four.Ci95High[0]);
    }
}
