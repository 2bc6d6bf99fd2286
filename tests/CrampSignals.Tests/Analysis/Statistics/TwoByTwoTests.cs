using CrampSignals.Cohorts.Statistics;

namespace CrampSignals.Tests.Analysis.Statistics;

public class TwoByTwoTests
{
    [Fact]
    public void Odds_ratio_and_Woolf_interval_match_the_hand_computation()
    {
        // OR = 10·40 / (20·5) = 4; se = √(1/10 + 1/20 + 1/5 + 1/40) = √0.375; 4·exp(±1.96·0.6124) = 1.2045 … 13.2835.
        // Smallest expected count 30·15/75 = 6, so Pearson: χ² = 75·(400 − 100)² / (30·45·15·60) = 5.5556, p = 0.01842.
        var e = new TwoByTwo(10, 20, 5, 40).OddsRatio();
        Assert.Equal(4, e.OddsRatio!.Value, 10);
        Assert.Equal(1.204502, e.Ci95Low!.Value, 5);
        Assert.Equal(13.28349, e.Ci95High!.Value, 4);
        Assert.Equal(0.018422, e.PValue!.Value, 5);
        Assert.Contains("Pearson", e.Method);
        Assert.Null(e.Note);
    }

    [Fact]
    public void A_zero_cell_gets_Haldanes_half_and_says_so()
    {
        // (0.5·5.5) / (10.5·5.5) = 1/21.
        var e = new TwoByTwo(0, 10, 5, 5).OddsRatio();
        Assert.Equal(1 / 21.0, e.OddsRatio!.Value, 10);
        Assert.Contains("0.5", e.Note);
        Assert.Contains("Fisher", e.Method);
    }

    [Fact]
    public void Fisher_exact_p_of_the_tea_tasting_table()
    {
        // Fisher's lady tasting tea: 3 of 4 right; two-sided p = (1 + 16 + 16 + 1) / 70 = 34/70.
        var table = new TwoByTwo(3, 1, 1, 3);
        Assert.Equal(34 / 70.0, table.FisherExactP(), 10);
        Assert.Equal(34 / 70.0, table.OddsRatio().PValue!.Value, 10);
        // One-sided extreme: 4 of 4 right: two-sided p = 2/70.
        Assert.Equal(2 / 70.0, new TwoByTwo(4, 0, 0, 4).FisherExactP(), 10);
    }

    [Theory]
    [InlineData(0, 10, 0, 20, "no runs with a cramp")]
    [InlineData(3, 0, 4, 0, "every run had a cramp")]
    [InlineData(0, 0, 4, 20, "no runs with the finding")]
    [InlineData(3, 7, 0, 0, "no runs without the finding")]
    public void No_number_where_the_table_cannot_give_one(int a, int b, int c, int d, string why)
    {
        var e = new TwoByTwo(a, b, c, d).OddsRatio();
        Assert.False(e.HasEstimate);
        Assert.Null(e.Ci95Low);
        Assert.Null(e.PValue);
        Assert.Equal(why, e.Note);
    }
}
