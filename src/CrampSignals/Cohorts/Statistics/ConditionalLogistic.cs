using MathNet.Numerics.LinearAlgebra;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// One matched set (a runner's runs, or a cramp with its referent windows): covariates by member, which members are cases,
/// and how many identical sets it stands for (<paramref name="Weight"/>, so sets that repeat are computed once).
/// </summary>
internal sealed record MatchedSet(double[][] X, bool[] Case, double Weight = 1);

/// <summary>What happened to one coefficient of a conditional logistic fit.</summary>
internal enum CoefficientStatus
{
    /// <summary>A finite estimate with a standard error.</summary>
    Estimated,
    /// <summary>No variation inside any informative set, or a linear combination of earlier columns there.</summary>
    NoInformation,
    /// <summary>It runs to infinity (separation): no finite estimate.</summary>
    Infinite,
}

/// <summary>
/// A conditional logistic (or Cox) fit: coefficients, standard errors and what became of each. <paramref name="Profile"/>,
/// when the fit can give it, is the profile log-likelihood: column j fixed at β, the other columns maximised (NaN for a
/// column left out), from which a coefficient running to infinity still gets a bound and a likelihood-ratio p.
/// </summary>
internal sealed record ConditionalFit(double[] Beta, double[] StandardError, CoefficientStatus[] Status, double LogLikelihood, int Iterations, int InformativeSets,
    Func<int, double, double>? Profile = null);

/// <summary>
/// Conditional logistic regression: the likelihood of which members of each matched set are the cases, given how many
/// there are, maximised by Newton-Raphson. The denominator (every way to pick that many members) comes from the
/// Gail-Lubin-Rubinstein recursion, with its first and second derivatives, so sets may hold several cases.
/// </summary>
internal static class ConditionalLogistic
{
    /// <summary>A coefficient beyond this (an odds ratio beyond e^12 ≈ 160,000) is taken as running to infinity.</summary>
    internal const double InfiniteBeta = 12;

    /// <summary>
    /// Fits <paramref name="sets"/> with <paramref name="columns"/> covariates. Columns are tried in order: one that adds
    /// nothing beyond the earlier ones inside the informative sets is left out (<see cref="CoefficientStatus.NoInformation"/>),
    /// so put the adjustment covariates first and the exposures after them.
    /// </summary>
    public static ConditionalFit Fit(IReadOnlyList<MatchedSet> sets, int columns, int maxIterations = 60)
    {
        var informative = new List<MatchedSet>();
        foreach (var s in sets)
        {
            var cases = s.Case.Count(c => c);
            if (cases == 0 || cases == s.Case.Length) continue;
            informative.Add(Prepare(s, cases, columns));
        }
        var all = Enumerable.Range(0, columns).ToList();
        var atZero = Evaluate(informative, all, Vector<double>.Build.Dense(columns));
        var kept = NewtonRaphson.IndependentColumns(-atZero.Hessian);
        return NewtonRaphson.Fit(NewtonRaphson.ReusingZero(b => Evaluate(informative, kept, b), kept.Count == columns ? atZero : null),
            kept, columns, informative.Count, maxIterations);
    }

    /// <summary>
    /// Centres the covariates inside the set (the conditional likelihood does not change) and, when more than half the
    /// members are cases, counts the non-cases instead with the covariates negated (the same likelihood, a shorter recursion).
    /// </summary>
    private static MatchedSet Prepare(MatchedSet s, int cases, int columns)
    {
        var flip = cases * 2 > s.Case.Length;
        var mean = new double[columns];
        foreach (var row in s.X) for (var j = 0; j < columns; j++) mean[j] += row[j] / s.X.Length;
        // A cohort's sets hold every run of every runner, and each model prepares them afresh: plain loops, no LINQ per row.
        var sign = flip ? -1 : 1;
        var x = new double[s.X.Length][];
        for (var i = 0; i < x.Length; i++)
        {
            var row = s.X[i];
            var centred = new double[columns];
            for (var j = 0; j < columns; j++) centred[j] = sign * (row[j] - mean[j]);
            x[i] = centred;
        }
        return new MatchedSet(x, flip ? [.. s.Case.Select(c => !c)] : s.Case, s.Weight);
    }

    /// <summary>Log-likelihood, gradient and Hessian at <paramref name="b"/> over the <paramref name="kept"/> columns.</summary>
    private static (double LogLikelihood, Vector<double> Gradient, Matrix<double> Hessian) Evaluate(List<MatchedSet> sets, List<int> kept, Vector<double> b)
    {
        var p = kept.Count;
        var pairs = p * (p + 1) / 2;
        var gradient = new double[p];
        var hessian = new double[pairs];
        double ll = 0;
        var x = new double[p];
        var beta = b.ToArray();
        // One set of work arrays for the largest set, cleared per set: a large stratum (a runner with thousands of runs) would
        // otherwise leave arrays of hundreds of kilobytes behind at every set and every step, which the runtime frees late.
        var most = sets.Count == 0 ? 0 : sets.Max(s => s.Case.Count(c => c));
        var bjAll = new double[most + 1];
        var dbAll = new double[(most + 1) * p];
        var d2bAll = new double[(most + 1) * pairs];
        foreach (var s in sets)
        {
            var k = 0;
            foreach (var c in s.Case) if (c) k++;
            // B[j] = Σ over j-member subsets of the members so far of exp(Σ η); dB, d2B its derivatives in β (d2B as its
            // upper triangle, row by row), each level j laid out flat.
            var bj = bjAll.AsSpan(0, k + 1);
            var db = dbAll.AsSpan(0, (k + 1) * p);
            var d2b = d2bAll.AsSpan(0, (k + 1) * pairs);
            bj.Clear();
            db.Clear();
            d2b.Clear();
            bj[0] = 1;
            double logScale = 0;
            for (var m = 0; m < s.X.Length; m++)
            {
                double eta = 0;
                var row = s.X[m];
                for (var i = 0; i < p; i++) { x[i] = row[kept[i]]; eta += beta[i] * x[i]; }
                var w = Math.Exp(eta);
                for (var j = Math.Min(k, m + 1); j >= 1; j--)
                {
                    var prev = bj[j - 1];
                    int d1 = (j - 1) * p, d0 = j * p, h1 = (j - 1) * pairs, h0 = j * pairs;
                    for (int u = 0, uv = 0; u < p; u++)
                    {
                        var xu = x[u];
                        var dPrevU = db[d1 + u];
                        for (var v = u; v < p; v++, uv++)
                            d2b[h0 + uv] += w * (xu * x[v] * prev + xu * db[d1 + v] + dPrevU * x[v] + d2b[h1 + uv]);
                    }
                    for (var u = 0; u < p; u++) db[d0 + u] += w * (x[u] * prev + db[d1 + u]);
                    bj[j] += w * prev;
                }
                // Rescale everything by one factor now and then: the ratios the fit needs do not change.
                var top = 0.0;
                foreach (var v in bj) top = Math.Max(top, v);
                if (top > 1e150 || (top < 1e-150 && top > 0))
                {
                    var f = 1 / top;
                    logScale += Math.Log(top);
                    for (var j = 0; j <= k; j++) bj[j] *= f;
                    for (var i = 0; i < db.Length; i++) db[i] *= f;
                    for (var i = 0; i < d2b.Length; i++) d2b[i] *= f;
                }
            }
            var weight = s.Weight;
            var denominator = bj[k];
            ll -= weight * (Math.Log(denominator) + logScale);
            var mean = new double[p];
            for (var u = 0; u < p; u++) mean[u] = db[k * p + u] / denominator;
            for (var m = 0; m < s.X.Length; m++)
            {
                if (!s.Case[m]) continue;
                for (var i = 0; i < p; i++) { var xi = s.X[m][kept[i]]; ll += weight * beta[i] * xi; gradient[i] += weight * xi; }
            }
            for (int u = 0, uv = 0; u < p; u++)
            {
                gradient[u] -= weight * mean[u];
                for (var v = u; v < p; v++, uv++) hessian[uv] -= weight * (d2b[k * pairs + uv] / denominator - mean[u] * mean[v]);
            }
        }
        var h = Matrix<double>.Build.Dense(p, p);
        for (int u = 0, uv = 0; u < p; u++)
            for (var v = u; v < p; v++, uv++) { h[u, v] = hessian[uv]; h[v, u] = hessian[uv]; }
        return (ll, Vector<double>.Build.Dense(gradient), h);
    }
}
