namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// Conditional logistic regression for the one shape the case-crossover designs make: one binary exposure, one case per set.
/// A set is then known by whether its case was exposed, how many of its referents were and how many there are, and its
/// likelihood has a closed form, exp(βc) / (E·e^β + N − E) with E exposed of N members, so a set of two thousand referents costs
/// what a set of two does. The fit follows <see cref="ConditionalLogistic.Fit"/> step for step (Newton-Raphson with step
/// halving, the same stopping and infinity rules), so both give the same estimate.
/// </summary>
internal static class BinaryMatchedSets
{
    /// <summary>Fits the sets (case exposed, exposed referents, referents, how many identical sets).</summary>
    public static ConditionalFit Fit(IReadOnlyList<(bool Case, int Exposed, int Referents, double Weight)> sets, int maxIterations = 60)
    {
        var informative = sets.Where(s => s.Referents > 0).ToList();
        var (ll, g, h) = Evaluate(informative, 0);
        // As the general fit's column check: no set whose members differ in the exposure carries information.
        if (!(-h > 1e-10))
            return new ConditionalFit([0], [double.NaN], [CoefficientStatus.NoInformation], 0, 0, informative.Count);
        var b = 0.0;
        var iterations = 0;
        for (; iterations < maxIterations; iterations++)
        {
            var step = g / -h;
            var t = 1.0;
            var accepted = false;
            for (var half = 0; half < 30; half++, t /= 2)
            {
                var candidate = b + step * t;
                var (ll2, g2, h2) = Evaluate(informative, candidate);
                if (ll2 >= ll - 1e-12 && !double.IsNaN(ll2))
                {
                    b = candidate; ll = ll2; g = g2; h = h2; accepted = true;
                    break;
                }
            }
            if (!accepted || Math.Abs(step * t) < 1e-8 || Math.Abs(b) > 3 * ConditionalLogistic.InfiniteBeta) break;
        }
        var variance = 1 / -h;
        var infinite = Math.Abs(b) > ConditionalLogistic.InfiniteBeta || !(variance > 0) || double.IsInfinity(variance);
        return new ConditionalFit([b], [infinite ? double.NaN : Math.Sqrt(variance)],
            [infinite ? CoefficientStatus.Infinite : CoefficientStatus.Estimated], ll, iterations, informative.Count,
            (column, beta) => column == 0 ? Evaluate(informative, beta).LogLikelihood : double.NaN);
    }

    /// <summary>Log-likelihood and its first and second derivatives in β.</summary>
    private static (double LogLikelihood, double Gradient, double Hessian) Evaluate(List<(bool Case, int Exposed, int Referents, double Weight)> sets, double beta)
    {
        double ll = 0, g = 0, h = 0;
        var eb = Math.Exp(beta);
        foreach (var (isCase, exposed, referents, weight) in sets)
        {
            var c = isCase ? 1 : 0;
            var e = (double)(exposed + c);
            var n = referents + 1.0;
            var denominator = e * eb + (n - e);
            var p = e * eb / denominator;
            ll += weight * (beta * c - Math.Log(denominator));
            g += weight * (c - p);
            h -= weight * p * (1 - p);
        }
        return (ll, g, h);
    }
}
