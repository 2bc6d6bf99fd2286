using MathNet.Numerics.LinearAlgebra;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>A log-likelihood with its gradient and Hessian at a point.</summary>
internal delegate (double LogLikelihood, Vector<double> Gradient, Matrix<double> Hessian) LogLikelihoodAt(Vector<double> b);

/// <summary>
/// The maximiser the conditional logistic and Cox fits share: Newton-Raphson with step halving, the column check that
/// leaves out columns adding nothing, and the rule that turns a coefficient running off into
/// <see cref="CoefficientStatus.Infinite"/>, so every fit stops and judges the same way.
/// </summary>
internal static class NewtonRaphson
{
    /// <summary>Climbs from <paramref name="start"/> until the step is tiny, no halving helps, or a coefficient is far past <see cref="ConditionalLogistic.InfiniteBeta"/>.</summary>
    public static (Vector<double> B, double LogLikelihood, Matrix<double> Hessian, int Iterations) Maximise(LogLikelihoodAt evaluate, Vector<double> start, int maxIterations)
    {
        var b = start;
        var (ll, g, h) = evaluate(b);
        var iterations = 0;
        if (b.Count == 0) return (b, ll, h, 0);
        for (; iterations < maxIterations; iterations++)
        {
            var info = -h;
            Vector<double> step;
            try { step = info.Cholesky().Solve(g); }
            catch (ArgumentException) { step = info.Add(Matrix<double>.Build.DenseIdentity(b.Count) * 1e-8).Solve(g); }
            var t = 1.0;
            var accepted = false;
            for (var half = 0; half < 30; half++, t /= 2)
            {
                var candidate = b + step * t;
                var (ll2, g2, h2) = evaluate(candidate);
                if (ll2 >= ll - 1e-12 && !double.IsNaN(ll2))
                {
                    b = candidate; ll = ll2; g = g2; h = h2; accepted = true;
                    break;
                }
            }
            if (!accepted || (step * t).AbsoluteMaximum() < 1e-8 || b.AbsoluteMaximum() > 3 * ConditionalLogistic.InfiniteBeta) break;
        }
        return (b, ll, h, iterations);
    }

    /// <summary>
    /// <paramref name="evaluate"/>, answering β = 0 from <paramref name="atZero"/> when given: the column check has already
    /// evaluated there over every column, and when it keeps them all the fit's first step would repeat that work (a whole pass
    /// over every runner's runs) to the same numbers.
    /// </summary>
    public static LogLikelihoodAt ReusingZero(LogLikelihoodAt evaluate, (double LogLikelihood, Vector<double> Gradient, Matrix<double> Hessian)? atZero) =>
        atZero is not { } zero ? evaluate : b => b.Count == zero.Gradient.Count && b.All(v => v == 0) ? zero : evaluate(b);

    /// <summary>
    /// Columns in order, each kept when it is not (nearly) a linear combination of the kept ones, judged on the information
    /// matrix at β = 0 (a pivoted Cholesky in the given order: a column whose residual variance is nearly zero adds nothing).
    /// </summary>
    public static List<int> IndependentColumns(Matrix<double> info)
    {
        var columns = info.RowCount;
        var kept = new List<int>();
        var l = new double[columns, columns];
        for (var j = 0; j < columns; j++)
        {
            var diag = info[j, j];
            if (!(diag > 1e-10)) continue;
            var residual = diag;
            foreach (var k in kept) residual -= l[j, k] * l[j, k];
            if (residual <= 1e-7 * diag) continue;
            var pivot = Math.Sqrt(residual);
            l[j, j] = pivot;
            for (var i = j + 1; i < columns; i++)
            {
                var sum = info[i, j];
                foreach (var k in kept) sum -= l[i, k] * l[j, k];
                l[i, j] = sum / pivot;
            }
            kept.Add(j);
        }
        return kept;
    }

    /// <summary>
    /// Fits the <paramref name="kept"/> columns of <paramref name="columns"/> and judges each: a coefficient beyond
    /// <see cref="ConditionalLogistic.InfiniteBeta"/> or without a positive finite variance runs to infinity.
    /// </summary>
    public static ConditionalFit Fit(LogLikelihoodAt evaluate, List<int> kept, int columns, int informativeSets, int maxIterations)
    {
        var status = new CoefficientStatus[columns];
        var beta = new double[columns];
        var se = Enumerable.Repeat(double.NaN, columns).ToArray();
        for (var j = 0; j < columns; j++) if (!kept.Contains(j)) status[j] = CoefficientStatus.NoInformation;
        // Nothing to fit: the log-likelihood of the null model, so a likelihood-ratio test has its baseline.
        if (kept.Count == 0) return new ConditionalFit(beta, se, status, evaluate(Vector<double>.Build.Dense(0)).LogLikelihood, 0, informativeSets);
        var (b, ll, h, iterations) = Maximise(evaluate, Vector<double>.Build.Dense(kept.Count), maxIterations);
        Matrix<double>? covariance = null;
        try { covariance = (-h).Inverse(); }
        catch (ArgumentException) { }
        for (var i = 0; i < kept.Count; i++)
        {
            var j = kept[i];
            beta[j] = b[i];
            var v = covariance?[i, i] ?? double.NaN;
            if (Math.Abs(b[i]) > ConditionalLogistic.InfiniteBeta || !(v > 0) || double.IsInfinity(v))
            {
                status[j] = CoefficientStatus.Infinite;
                continue;
            }
            se[j] = Math.Sqrt(v);
        }
        return new ConditionalFit(beta, se, status, ll, iterations, informativeSets, ProfileLikelihood.Of(evaluate, kept, maxIterations));
    }
}
