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
    public void A_zero_cell_gives_no_number_but_the_exact_bound_and_says_so()
    {
        // A = 0 is the least the margins allow: the conditional MLE is 0 and the exact interval is [0, U], U where
        // P(X ≤ 0; ψ) = 0.025, i.e. the non-central hypergeometric probability of the observed table is 2.5 %.
        var table = new TwoByTwo(0, 10, 5, 5);
        var e = table.OddsRatio();
        Assert.Null(e.OddsRatio);
        Assert.Null(e.BoundLower);
        var u = e.BoundUpper!.Value;
        // P(X = 0; ψ) = C(5,0)C(15,10) / Σ_x C(5,x)C(15,10−x) ψ^x (x = 0…5).
        var denominator = Enumerable.Range(0, 6).Sum(x => Binomial(5, x) * Binomial(15, 10 - x) * Math.Pow(u, x));
        Assert.Equal(0.025, Binomial(15, 10) / denominator, 9);
        Assert.Equal(table.FisherExactP(), e.PValue!.Value, 12);
        Assert.Contains("runs to zero", e.Note);
        Assert.Contains("Fisher", e.Method);
    }

    [Fact]
    public void A_sparse_table_gets_the_conditional_maximum_likelihood_estimate()
    {
        // The tea-tasting table: the conditional MLE solves E[X; ψ] = 3 (6.408309 in R's fisher.test), and its interval
        // ends where each one-sided tail probability of 3 is 2.5 %.
        var e = new TwoByTwo(3, 1, 1, 3).OddsRatio();
        double Density(int x, double psi) => Binomial(4, x) * Binomial(4, 4 - x) * Math.Pow(psi, x);
        double Mean(double psi) => Enumerable.Range(0, 5).Sum(x => x * Density(x, psi)) / Enumerable.Range(0, 5).Sum(x => Density(x, psi));
        double Tail(double psi, bool upper) => Enumerable.Range(0, 5).Where(x => upper ? x >= 3 : x <= 3).Sum(x => Density(x, psi)) / Enumerable.Range(0, 5).Sum(x => Density(x, psi));
        Assert.Equal(3, Mean(e.OddsRatio!.Value), 9);
        Assert.Equal(6.408309, e.OddsRatio!.Value, 4);
        Assert.Equal(0.025, Tail(e.Ci95Low!.Value, upper: true), 9);
        Assert.Equal(0.025, Tail(e.Ci95High!.Value, upper: false), 9);
        Assert.Contains("exact", e.Method);
    }

    private static double Binomial(int n, int k) => MathNet.Numerics.SpecialFunctions.Binomial(n, k);

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
