using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.RootFinding;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// The profile likelihood of one coefficient (the others maximised with it held fixed), and from it what can honestly be
/// said of a coefficient that runs off to infinity: the finite side of its 95 % profile-likelihood interval and the
/// likelihood-ratio p-value of β = 0.
/// </summary>
internal static class ProfileLikelihood
{
    /// <summary>The 95 % quantile of chi-square with 1 degree of freedom.</summary>
    public const double Chi95 = 3.841458820694124;

    /// <summary>Where the supremum is read: a coefficient this far out has the likelihood within rounding of its limit.</summary>
    public const double Far = 40;

    /// <summary>
    /// The profile of <paramref name="evaluate"/> over the <paramref name="kept"/> columns: column j fixed at β, the others
    /// maximised by <see cref="NewtonRaphson.Maximise"/> (warm-started from the previous call on the same column);
    /// NaN for a column that was left out.
    /// </summary>
    public static Func<int, double, double> Of(LogLikelihoodAt evaluate, List<int> kept, int maxIterations)
    {
        var warm = new Dictionary<int, Vector<double>>();
        return (column, value) =>
        {
            var i = kept.IndexOf(column);
            if (i < 0) return double.NaN;
            var q = kept.Count;
            Vector<double> Full(Vector<double> others)
            {
                var full = Vector<double>.Build.Dense(q);
                for (int u = 0, o = 0; u < q; u++) full[u] = u == i ? value : others[o++];
                return full;
            }
            (double, Vector<double>, Matrix<double>) Others(Vector<double> others)
            {
                var (ll, g, h) = evaluate(Full(others));
                var keep = Enumerable.Range(0, q).Where(u => u != i).ToArray();
                var g2 = Vector<double>.Build.Dense(q - 1, u => g[keep[u]]);
                var h2 = Matrix<double>.Build.Dense(q - 1, q - 1, (u, v) => h[keep[u], keep[v]]);
                return (ll, g2, h2);
            }
            var start = warm.TryGetValue(column, out var w) ? w : Vector<double>.Build.Dense(q - 1);
            var (b, best, _, _) = NewtonRaphson.Maximise(Others, start, maxIterations);
            warm[column] = b;
            return best;
        };
    }

    /// <summary>
    /// For a coefficient that runs off (to +∞ when <paramref name="runsUp"/>, else to −∞): the supremum of the log-likelihood,
    /// the finite end β of the 95 % profile-likelihood interval (2·(sup − profile(β)) = <see cref="Chi95"/>), null when it
    /// cannot be bracketed, and the likelihood-ratio p-value of β = 0 (chi-square, 1 df).
    /// </summary>
    public static (double? Bound, double? PValue) RunningOff(Func<int, double, double> profile, int column, bool runsUp, double fittedLogLikelihood)
    {
        var sign = runsUp ? 1.0 : -1.0;
        // Far out a fit can overflow (NaN); step back towards the estimate until the profile is finite.
        var reach = Far;
        var far = profile(column, sign * reach);
        while (double.IsNaN(far) && reach > 10) far = profile(column, sign * (reach /= 2));
        var sup = double.IsNaN(far) ? fittedLogLikelihood : Math.Max(far, fittedLogLikelihood);
        var atZero = profile(column, 0);
        double? p = double.IsNaN(atZero) ? null : Normal.TwoSidedP(Math.Sqrt(Math.Max(0, 2 * (sup - atZero))));
        // Along the direction it runs off, the (concave) profile rises to its supremum: f falls through zero once.
        double F(double t) => 2 * (sup - profile(column, sign * t)) - Chi95;
        var high = reach;
        if (!(F(high) < 0)) return (null, p);
        var low = 0.0;
        var fLow = F(low);
        for (var step = 1.0; !(fLow > 0) && step <= 64; step *= 2)
        {
            if (double.IsNaN(fLow)) return (null, p);
            high = low;
            low = -step;
            fLow = F(low);
        }
        if (!(fLow > 0)) return (null, p);
        // A refit that fails somewhere inside the bracket (NaN) leaves the bound unknown rather than the whole report unmade.
        try { return Brent.TryFindRoot(F, low, high, 1e-10, 200, out var root) && double.IsFinite(root) ? (sign * root, p) : (null, p); }
        catch (ArithmeticException) { return (null, p); }
    }
}
