using CrampSignals.Cohorts.Statistics;

namespace CrampSignals.Tests.Analysis.Statistics;

public class MantelHaenszelTests
{
    [Fact]
    public void One_stratum_gives_the_crude_odds_ratio_and_the_Woolf_interval()
    {
        var e = MantelHaenszel.Estimate([new TwoByTwo(10, 20, 5, 40)], "none");
        Assert.Equal(4, e.OddsRatio!.Value, 10);
        Assert.Equal(1.204502, e.Ci95Low!.Value, 5);
        Assert.Equal(13.28349, e.Ci95High!.Value, 4);
    }

    [Fact]
    public void Two_strata_match_the_hand_computation()
    {
        // R = 400/75 + 9/8 = 6.4583, S = 100/75 + 1/8 = 1.4583, OR = 4.4286.
        // RBG Var(ln OR) = 0.32605 → 1.4462 … 13.5614.
        // Σa = 13, ΣE = 6 + 2 = 8, ΣV = 30·45·15·60/(75²·74) + 4·4·4·4/(8²·7) = 3.49035; χ² = (5 − 0.5)²/3.49035 = 5.8017, p = 0.016011.
        var e = MantelHaenszel.Estimate([new TwoByTwo(10, 20, 5, 40), new TwoByTwo(3, 1, 1, 3)], "none");
        Assert.Equal(4.428571, e.OddsRatio!.Value, 5);
        Assert.Equal(1.446180, e.Ci95Low!.Value, 5);
        Assert.Equal(13.56142, e.Ci95High!.Value, 4);
        Assert.Equal(0.0160106, e.PValue!.Value, 6);
    }

    [Fact]
    public void Strata_without_both_sides_add_nothing_and_none_at_all_gives_no_number()
    {
        // A finding decided by duration: every band is all exposed or all unexposed.
        var e = MantelHaenszel.Estimate([new TwoByTwo(5, 10, 0, 0), new TwoByTwo(0, 0, 2, 30)], "decided by duration");
        Assert.False(e.HasEstimate);
        Assert.Equal("decided by duration", e.Note);
        var withUseless = MantelHaenszel.Estimate([new TwoByTwo(10, 20, 5, 40), new TwoByTwo(5, 10, 0, 0)], "none");
        Assert.Equal(4, withUseless.OddsRatio!.Value, 10);
    }

    [Fact]
    public void The_continuity_half_is_taken_off_only_when_the_difference_is_at_least_a_half()
    {
        // (2 3 / 3 3) and (1 1 / 1 1): Σa = 3, ΣE = 25/11 + 1, |Σa − ΣE| = 3/11 < 0.5, so χ² = (3/11)² / ΣV with no correction.
        var e = MantelHaenszel.Estimate([new TwoByTwo(2, 3, 3, 3), new TwoByTwo(1, 1, 1, 1)], "none");
        var v = 5.0 * 6 * 5 * 6 / (11 * 11 * 10) + 2.0 * 2 * 2 * 2 / (4 * 4 * 3);
        Assert.Equal(Normal.TwoSidedP(Math.Sqrt(Math.Pow(3 / 11.0, 2) / v)), e.PValue!.Value, 12);
    }
}
