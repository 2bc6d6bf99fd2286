using MathNet.Numerics.LinearAlgebra;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// Counting-process rows with their covariates, over a <see cref="CoxLayout"/> of their times, for the Cox likelihood. One sweep down the event times adds a
/// row to the risk-set sums when its stop is reached and takes it out when its start is, so an evaluation costs
/// O(rows · columns²) plus O(events · columns²), never rows × events.
/// </summary>
/// <remarks>
/// With a time column, the extra covariate x·log(t) changes with the event time, so the sums are kept per distinct value
/// of x (two for a binary finding) and combined at each event time with that value's factor e^(γ·x·log t).
/// </remarks>
internal sealed class CoxRiskSets
{
    private readonly int columns;
    private readonly int? timeColumn;
    private readonly double[] start;
    private readonly double[] stop;
    // Each row's pattern (the covariate array it shares with others): a cohort's risk sets hold hundreds of thousands of
    // pieces but a few dozen patterns, so everything a row's covariates decide is kept once a pattern.
    private readonly int[] pattern;
    // Pattern k's centred covariates at [k * columns, (k + 1) * columns).
    private readonly double[] x;
    private readonly List<CoxLayout.Stratum> strata;
    private readonly int events;
    // With a time column: each pattern's group (a distinct value of that column) and the groups' values.
    private readonly int[] group;
    private readonly double[] groupValue;
    // Reused by every evaluation of a fit (Newton-Raphson calls it once per step): the kept covariates, η and e^η per pattern.
    private double[] keptX = [];
    private double[] wx1 = [];
    private double[] wx2 = [];
    private readonly double[] eta;
    private readonly double[] weight;

    /// <summary>Rows with covariates <c>X[0 .. columns)</c>.</summary>
    public CoxRiskSets(IReadOnlyList<CoxInterval> rows, int columns, int? timeColumn)
        : this(new CoxLayout(rows), Enumerable.Range(0, columns).ToArray(), timeColumn)
    {
    }

    /// <summary>The laid-out rows with the covariates <c>X[select[0]], X[select[1]], …</c>: a projection of wider rows without copying them.</summary>
    public CoxRiskSets(CoxLayout layout, int[] select, int? timeColumn)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(select);
        var rows = layout.Rows;
        var used = layout.Used;
        var columns = select.Length;
        this.columns = columns;
        this.timeColumn = timeColumn;
        var need = columns == 0 ? 0 : select.Max() + 1;
        foreach (var values in layout.Patterns)
            if (values is null || values.Length < need) throw new ArgumentException($"a row has {values?.Length ?? 0} covariates, {need} expected", nameof(layout));
        var n = used.Length;
        start = layout.Start;
        stop = layout.Stop;
        strata = layout.Strata;
        events = layout.Events;
        pattern = layout.Pattern;
        // Centred: a constant shift of a covariate cancels in every risk set, and centring keeps e^(βx) near 1. The mean is
        // summed row by row: the rows of a pattern count as often as they occur.
        var mean = new double[columns];
        foreach (var i in used) for (var j = 0; j < columns; j++) mean[j] += rows[i].X[select[j]] / n;
        var patterns = layout.Patterns.Length;
        x = new double[patterns * columns];
        for (var k = 0; k < patterns; k++)
        {
            var r = layout.Patterns[k]!;
            for (var j = 0; j < columns; j++) x[k * columns + j] = r[select[j]] - mean[j];
        }
        eta = new double[patterns];
        weight = new double[patterns];
        group = new int[patterns];
        if (timeColumn is int c)
        {
            // Groups are numbered in the order their values first occur among the rows, as patterns are.
            var values = new Dictionary<double, int>();
            for (var k = 0; k < patterns; k++)
            {
                var v = x[k * columns + c];
                if (!values.TryGetValue(v, out var g)) values[v] = g = values.Count;
                group[k] = g;
            }
            groupValue = new double[values.Count];
            foreach (var (v, g) in values) groupValue[g] = v;
        }
        else groupValue = [0];
    }

    /// <summary>Every event time is positive, so log(t) exists.</summary>
    public bool EventTimesPositive => strata.All(s => s.Events.All(e => e.Time > 0));

    /// <summary>The fit over the columns (and the time column's x·log(t) last, when there is one).</summary>
    public ConditionalFit Fit(int maxIterations)
    {
        var total = columns + (timeColumn is null ? 0 : 1);
        var all = Enumerable.Range(0, total).ToList();
        var atZero = Evaluate(all, Vector<double>.Build.Dense(total));
        var kept = NewtonRaphson.IndependentColumns(-atZero.Hessian);
        return NewtonRaphson.Fit(NewtonRaphson.ReusingZero(b => Evaluate(kept, b), kept.Count == total ? atZero : null), kept, total, events, maxIterations);
    }

    /// <summary>
    /// Log partial likelihood (Efron), gradient and Hessian at <paramref name="b"/> over the <paramref name="kept"/> columns;
    /// index <c>columns</c> stands for the time interaction.
    /// </summary>
    private (double LogLikelihood, Vector<double> Gradient, Matrix<double> Hessian) Evaluate(List<int> kept, Vector<double> b)
    {
        var baseColumns = kept.Where(j => j < columns).ToArray();
        var withTime = kept.Count > baseColumns.Length;
        var p = baseColumns.Length;
        var q = kept.Count;
        var pairs = p * (p + 1) / 2;
        var gamma = withTime ? b[q - 1] : 0;
        var patterns = eta.Length;
        // Each pattern's kept covariates (flat) and e^η, η over the base columns only.
        if (keptX.Length < patterns * p) keptX = new double[patterns * p];
        var xk = keptX;
        var w = weight;
        for (var k = 0; k < patterns; k++)
        {
            double e = 0;
            for (var u = 0; u < p; u++) { var v = x[k * columns + baseColumns[u]]; xk[k * p + u] = v; e += b[u] * v; }
            eta[k] = e;
            w[k] = Math.Exp(e);
        }
        var groups = groupValue.Length;
        var s0 = new double[groups];
        var s1 = new double[groups * p];
        var s2 = new double[groups * pairs];
        double ll = 0;
        var gradient = new double[q];
        var hessian = new double[q * q];
        // Per event time: the risk-set totals and the tied events' totals over the full covariate vector (base, then time).
        var t0 = 0.0;
        var t1 = new double[q];
        var t2 = new double[q * q];
        var e1 = new double[q];
        var e2 = new double[q * q];
        var z = new double[q];
        var mean = new double[q];
        var m = new double[groups];
        var zg = new double[groups];

        // A row adds its pattern's e^η·x and e^η·x·xᵀ to the risk set, and takes them away again: worked out once a pattern.
        // Taking them away subtracts the same terms: the same bits as adding the terms of −e^η, so the sums do not depend
        // on which way a row goes.
        if (wx1.Length < patterns * p) wx1 = new double[patterns * p];
        if (wx2.Length < patterns * pairs) wx2 = new double[patterns * pairs];
        for (var k = 0; k < patterns; k++)
            for (int u = 0, uv = 0; u < p; u++)
            {
                var wx = w[k] * xk[k * p + u];
                wx1[k * p + u] = wx;
                for (var v = u; v < p; v++, uv++) wx2[k * pairs + uv] = wx * xk[k * p + v];
            }
        var c1 = wx1;
        var c2 = wx2;

        void Add(int i, double sign)
        {
            var k = pattern[i];
            var g = group[k];
            var o1 = k * p;
            var o2 = k * pairs;
            if (sign > 0)
            {
                s0[g] += w[k];
                for (var u = 0; u < p; u++) s1[g * p + u] += c1[o1 + u];
                for (var uv = 0; uv < pairs; uv++) s2[g * pairs + uv] += c2[o2 + uv];
            }
            else
            {
                s0[g] -= w[k];
                for (var u = 0; u < p; u++) s1[g * p + u] -= c1[o1 + u];
                for (var uv = 0; uv < pairs; uv++) s2[g * pairs + uv] -= c2[o2 + uv];
            }
        }

        foreach (var stratum in strata)
        {
            Array.Clear(s0);
            Array.Clear(s1);
            Array.Clear(s2);
            int added = 0, removed = 0;
            double peak = 0;
            foreach (var (time, rows) in stratum.Events)
            {
                while (added < stratum.ByStop.Length && stop[stratum.ByStop[added]] >= time) Add(stratum.ByStop[added++], 1);
                var now = s0.Sum();
                peak = Math.Max(peak, now);
                while (removed < stratum.ByStart.Length && start[stratum.ByStart[removed]] >= time) Add(stratum.ByStart[removed++], -1);
                now = s0.Sum();
                // Sums kept by adding and subtracting lose digits once most of what was added has left: then sum afresh.
                if (now < 1e-6 * peak)
                {
                    Array.Clear(s0);
                    Array.Clear(s1);
                    Array.Clear(s2);
                    for (var a = 0; a < added; a++)
                        if (start[stratum.ByStop[a]] < time) Add(stratum.ByStop[a], 1);
                    peak = s0.Sum();
                }
                var logT = withTime ? Math.Log(time) : 0;
                for (var g = 0; g < groups; g++)
                {
                    zg[g] = withTime ? groupValue[g] * logT : 0;
                    m[g] = withTime ? Math.Exp(gamma * zg[g]) : 1;
                }
                // Risk-set totals.
                t0 = 0;
                Array.Clear(t1);
                Array.Clear(t2);
                for (var g = 0; g < groups; g++)
                {
                    var mg = m[g];
                    t0 += mg * s0[g];
                    for (int u = 0, uv = 0; u < p; u++)
                    {
                        t1[u] += mg * s1[g * p + u];
                        for (var v = u; v < p; v++, uv++) t2[u * q + v] += mg * s2[g * pairs + uv];
                    }
                    if (withTime)
                    {
                        var zv = zg[g];
                        t1[p] += mg * zv * s0[g];
                        for (var u = 0; u < p; u++) t2[u * q + p] += mg * zv * s1[g * p + u];
                        t2[p * q + p] += mg * zv * zv * s0[g];
                    }
                }
                // The tied events' totals, and their own contribution to the numerator.
                double e0 = 0;
                Array.Clear(e1);
                Array.Clear(e2);
                foreach (var i in rows)
                {
                    var k = pattern[i];
                    for (var u = 0; u < p; u++) z[u] = xk[k * p + u];
                    if (withTime) z[p] = zg[group[k]];
                    var wi = w[k] * m[group[k]];
                    ll += eta[k] + gamma * (withTime ? z[p] : 0);
                    e0 += wi;
                    for (var u = 0; u < q; u++)
                    {
                        gradient[u] += z[u];
                        e1[u] += wi * z[u];
                        for (var v = u; v < q; v++) e2[u * q + v] += wi * z[u] * z[v];
                    }
                }
                // Efron: the k-th of d tied events sees the risk set with k/d of each tied event's weight taken away.
                var d = rows.Length;
                for (var k = 0; k < d; k++)
                {
                    var f = (double)k / d;
                    var denominator = t0 - f * e0;
                    ll -= Math.Log(denominator);
                    for (var u = 0; u < q; u++)
                    {
                        mean[u] = (t1[u] - f * e1[u]) / denominator;
                        gradient[u] -= mean[u];
                    }
                    for (var u = 0; u < q; u++)
                        for (var v = u; v < q; v++)
                            hessian[u * q + v] -= (t2[u * q + v] - f * e2[u * q + v]) / denominator - mean[u] * mean[v];
                }
            }
        }
        var h = Matrix<double>.Build.Dense(q, q);
        for (var u = 0; u < q; u++)
            for (var v = u; v < q; v++) { h[u, v] = hessian[u * q + v]; h[v, u] = hessian[u * q + v]; }
        return (ll, Vector<double>.Build.Dense(gradient), h);
    }
}
