using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// What R's <c>fisher.test</c> gives for a 2×2 table besides its p: the conditional maximum-likelihood odds ratio (the
/// ψ at which the non-central hypergeometric mean of the first cell equals the observed count) and the exact (Cornfield)
/// 95 % interval, the ψ at which each one-sided tail probability of the observed count is 2.5 %.
/// </summary>
internal sealed class FisherExact
{
    private readonly int a;
    private readonly int lo;
    private readonly double[] logDensity;

    /// <param name="a">The first cell.</param>
    /// <param name="row1">The first row's total.</param>
    /// <param name="column1">The first column's total.</param>
    /// <param name="n">The table's total.</param>
    public FisherExact(int a, int row1, int column1, int n)
    {
        this.a = a;
        lo = Math.Max(0, row1 + column1 - n);
        var hi = Math.Min(row1, column1);
        logDensity = [.. Enumerable.Range(lo, hi - lo + 1).Select(x =>
            SpecialFunctions.BinomialLn(column1, x) + SpecialFunctions.BinomialLn(n - column1, row1 - x) - SpecialFunctions.BinomialLn(n, row1))];
    }

    private int Hi => lo + logDensity.Length - 1;

    /// <summary>The observed count is the smallest the margins allow: the estimate is 0 and the interval starts at 0.</summary>
    public bool AtLowest => a == lo;

    /// <summary>The observed count is the largest the margins allow: the estimate and the interval run to infinity.</summary>
    public bool AtHighest => a == Hi;

    /// <summary>The conditional maximum-likelihood estimate; 0 or +∞ at the ends of the support.</summary>
    public double Estimate() => AtLowest ? 0 : AtHighest ? double.PositiveInfinity : Solve(logPsi => Mean(logPsi) - a);

    /// <summary>The lower end of the exact 95 % interval: P(X ≥ a; ψ) = 0.025.</summary>
    public double Lower() => AtLowest ? 0 : Solve(logPsi => Tail(logPsi, upper: true) - 0.025);

    /// <summary>The upper end of the exact 95 % interval: P(X ≤ a; ψ) = 0.025.</summary>
    public double Upper() => AtHighest ? double.PositiveInfinity : Solve(logPsi => 0.025 - Tail(logPsi, upper: false));

    /// <summary>The root in log ψ of a function that rises with ψ, bracketed by widening from [−1, 1].</summary>
    private static double Solve(Func<double, double> f)
    {
        double low = -1, high = 1;
        while (f(low) > 0 && low > -700) low *= 2;
        while (f(high) < 0 && high < 700) high *= 2;
        return Math.Exp(Brent.FindRoot(f, low, high, 1e-12, 500));
    }

    /// <summary>The non-central hypergeometric probabilities of the support at ψ = e^logPsi.</summary>
    private double[] Density(double logPsi)
    {
        var d = new double[logDensity.Length];
        var top = double.NegativeInfinity;
        for (var i = 0; i < d.Length; i++) { d[i] = logDensity[i] + logPsi * (lo + i); top = Math.Max(top, d[i]); }
        double sum = 0;
        for (var i = 0; i < d.Length; i++) { d[i] = Math.Exp(d[i] - top); sum += d[i]; }
        for (var i = 0; i < d.Length; i++) d[i] /= sum;
        return d;
    }

    private double Mean(double logPsi)
    {
        var d = Density(logPsi);
        double mean = 0;
        for (var i = 0; i < d.Length; i++) mean += (lo + i) * d[i];
        return mean;
    }

    private double Tail(double logPsi, bool upper)
    {
        var d = Density(logPsi);
        double p = 0;
        for (var i = 0; i < d.Length; i++)
            if (upper ? lo + i >= a : lo + i <= a) p += d[i];
        return p;
    }
}
