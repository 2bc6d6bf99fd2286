using System.Globalization;
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
    /// The crude odds ratio. A table that is not sparse gets the sample odds ratio with a Woolf (log) interval and Pearson's
    /// chi-square p; a sparse one (an expected count below 5, or a zero cell) gets what R's fisher.test gives: the
    /// conditional maximum-likelihood odds ratio, the exact 95 % interval and Fisher's exact p. With a zero cell the
    /// estimate is 0 or infinite: no number then, but the finite end of the exact interval as a bound. No number at all
    /// when the table has no cases, no non-cases, or no runs on one side.
    /// </summary>
    public OddsRatioEstimate OddsRatio()
    {
        const string woolf = "2×2 odds ratio, Woolf interval, Pearson chi-square p";
        const string exact = "2×2 conditional maximum-likelihood odds ratio, exact (Fisher) interval and p (a sparse table: an expected count below 5 or a zero cell)";
        if (A + C == 0) return OddsRatioEstimate.None(woolf, "no runs with a cramp");
        if (B + D == 0) return OddsRatioEstimate.None(woolf, "every run had a cramp");
        if (A + B == 0) return OddsRatioEstimate.None(woolf, "no runs with the finding");
        if (C + D == 0) return OddsRatioEstimate.None(woolf, "no runs without the finding");
        var zero = A == 0 || B == 0 || C == 0 || D == 0;
        if (zero || MinExpected() < 5)
        {
            var fisher = new FisherExact(A, A + B, A + C, N);
            var p = FisherExactP();
            if (fisher.AtLowest)
            {
                var upper = fisher.Upper();
                return new OddsRatioEstimate(null, null, null, p, exact, string.Create(CultureInfo.InvariantCulture,
                    $"a zero cell: the odds ratio runs to zero; exact 95 % upper bound {upper:G3}, Fisher's exact p = {p:G3}")) { BoundUpper = upper };
            }
            if (fisher.AtHighest)
            {
                var lower = fisher.Lower();
                return new OddsRatioEstimate(null, null, null, p, exact, string.Create(CultureInfo.InvariantCulture,
                    $"a zero cell: the odds ratio runs to infinity; exact 95 % lower bound {lower:G3}, Fisher's exact p = {p:G3}")) { BoundLower = lower };
            }
            return new OddsRatioEstimate(fisher.Estimate(), fisher.Lower(), fisher.Upper(), p, exact, null);
        }
        double a = A, b = B, c = C, d = D;
        var or = a * d / (b * c);
        var se = Math.Sqrt(1 / a + 1 / b + 1 / c + 1 / d);
        return new OddsRatioEstimate(or, or * Math.Exp(-Z95 * se), or * Math.Exp(Z95 * se), PearsonP(), woolf, null);
    }

    /// <summary>
    /// The sample odds ratio alone, as the one-runner report shows it (<see cref="FindingCrampStat.OddsRatio"/>): 0.5 added to
    /// every cell only when one is empty; null with no runs with a cramp, none without, or no runs on one side.
    /// </summary>
    public double? SampleOddsRatio()
    {
        if (A + C == 0 || B + D == 0 || A + B == 0 || C + D == 0) return null;
        var k = A == 0 || B == 0 || C == 0 || D == 0 ? 0.5 : 0;
        return (A + k) * (D + k) / ((B + k) * (C + k));
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
