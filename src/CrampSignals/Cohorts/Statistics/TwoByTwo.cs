using MathNet.Numerics;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// One 2×2 table of runs: <see cref="A"/> exposed cases, <see cref="B"/> exposed non-cases, <see cref="C"/> unexposed
/// cases, <see cref="D"/> unexposed non-cases.
/// </summary>
internal readonly record struct TwoByTwo(int A, int B, int C, int D)
{
    public int N => A + B + C + D;

    /// <summary>
    /// The crude odds ratio with a Woolf (log) interval; Haldane's 0.5 added to every cell only when a cell is zero;
    /// Fisher's exact p when any expected count is below 5, else Pearson's chi-square; no number when the table has no
    /// cases, no non-cases, or no runs on one side.
    /// </summary>
    public OddsRatioEstimate OddsRatio()
    {
        const string woolf = "2×2 odds ratio, Woolf interval";
        if (A + C == 0) return OddsRatioEstimate.None(woolf, "no runs with a cramp");
        if (B + D == 0) return OddsRatioEstimate.None(woolf, "every run had a cramp");
        if (A + B == 0) return OddsRatioEstimate.None(woolf, "no runs with the finding");
        if (C + D == 0) return OddsRatioEstimate.None(woolf, "no runs without the finding");
        var zero = A == 0 || B == 0 || C == 0 || D == 0;
        var k = zero ? 0.5 : 0;
        double a = A + k, b = B + k, c = C + k, d = D + k;
        var or = a * d / (b * c);
        var se = Math.Sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        var sparse = MinExpected() < 5;
        var p = sparse ? FisherExactP() : PearsonP();
        var method = woolf + (sparse ? ", Fisher's exact p (an expected count below 5)" : ", Pearson chi-square p");
        return new OddsRatioEstimate(or, or * Math.Exp(-Z95 * se), or * Math.Exp(Z95 * se), p, method,
            zero ? "a zero cell: 0.5 added to every cell (Haldane) for the odds ratio and its interval" : null);
    }

    /// <summary>The two-sided 95 % normal quantile.</summary>
    internal const double Z95 = 1.959963984540054;

    public double MinExpected()
    {
        double n = N, r1 = A + B, r2 = C + D, c1 = A + C, c2 = B + D;
        return Math.Min(Math.Min(r1 * c1, r1 * c2), Math.Min(r2 * c1, r2 * c2)) / n;
    }

    /// <summary>Pearson's chi-square (1 df, no continuity correction).</summary>
    public double PearsonP()
    {
        double n = N, r1 = A + B, r2 = C + D, c1 = A + C, c2 = B + D;
        var diff = (double)A * D - (double)B * C;
        var chi = n * diff * diff / (r1 * r2 * c1 * c2);
        return Normal.TwoSidedP(Math.Sqrt(chi));
    }

    /// <summary>
    /// Fisher's exact two-sided p: the hypergeometric probability of every table with the observed margins that is no
    /// more likely than the observed one.
    /// </summary>
    public double FisherExactP()
    {
        int r1 = A + B, c1 = A + C, n = N;
        var lo = Math.Max(0, r1 + c1 - n);
        var hi = Math.Min(r1, c1);
        var observed = LogHypergeometric(A, r1, c1, n);
        double p = 0;
        for (var x = lo; x <= hi; x++)
        {
            var lp = LogHypergeometric(x, r1, c1, n);
            if (lp <= observed + 1e-7) p += Math.Exp(lp);
        }
        return Math.Min(1, p);
    }

    private static double LogHypergeometric(int x, int r1, int c1, int n) =>
        SpecialFunctions.BinomialLn(c1, x) + SpecialFunctions.BinomialLn(n - c1, r1 - x) - SpecialFunctions.BinomialLn(n, r1);
}
