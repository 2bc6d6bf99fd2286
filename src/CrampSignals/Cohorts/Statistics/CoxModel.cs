using MathNet.Numerics.LinearAlgebra;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>One piece of a run's time at risk, in counting-process form: (Start, Stop], an event at Stop when Event.</summary>
internal readonly record struct CoxInterval(int Stratum, double Start, double Stop, bool Event, double[] X);

/// <summary>Stratified Cox proportional hazards with Efron ties (placeholder implementation, naive sweep).</summary>
internal static class CoxModel
{
    public const string Method = "Cox proportional hazards stratified by runner, Efron ties, Wald interval and p";

    public static ConditionalFit Fit(IReadOnlyList<CoxInterval> rows, int columns, int maxIterations = 60)
    {
        var beta = new double[columns];
        var b = Vector<double>.Build.Dense(columns);
        var (ll, g, h) = Evaluate(rows, columns, b);
        var it = 0;
        for (; it < maxIterations; it++)
        {
            var step = (-h).Add(Matrix<double>.Build.DenseIdentity(columns) * 1e-10).Solve(g);
            var t = 1.0;
            var ok = false;
            for (var half = 0; half < 30; half++, t /= 2)
            {
                var c = b + step * t;
                var (l2, g2, h2) = Evaluate(rows, columns, c);
                if (l2 >= ll - 1e-12 && !double.IsNaN(l2)) { b = c; ll = l2; g = g2; h = h2; ok = true; break; }
            }
            if (!ok || (step * t).AbsoluteMaximum() < 1e-9 || b.AbsoluteMaximum() > 3 * ConditionalLogistic.InfiniteBeta) break;
        }
        var cov = (-h).Inverse();
        var se = new double[columns];
        var status = new CoefficientStatus[columns];
        for (var j = 0; j < columns; j++)
        {
            beta[j] = b[j];
            var v = cov[j, j];
            if (Math.Abs(b[j]) > ConditionalLogistic.InfiniteBeta || !(v > 0) || double.IsInfinity(v)) { status[j] = CoefficientStatus.Infinite; se[j] = double.NaN; }
            else se[j] = Math.Sqrt(v);
        }
        return new ConditionalFit(beta, se, status, ll, it, rows.Count(r => r.Event));
    }

    public static double? ProportionalHazardsP(IReadOnlyList<CoxInterval> rows, int columns, int column) => null;

    private static (double, Vector<double>, Matrix<double>) Evaluate(IReadOnlyList<CoxInterval> rows, int p, Vector<double> b)
    {
        double ll = 0;
        var g = new double[p];
        var h = new double[p, p];
        foreach (var stratum in rows.GroupBy(r => r.Stratum))
        {
            var list = stratum.ToList();
            foreach (var time in list.Where(r => r.Event).Select(r => r.Stop).Distinct())
            {
                var risk = list.Where(r => r.Start < time && r.Stop >= time).ToList();
                var dead = risk.Where(r => r.Event && r.Stop == time).ToList();
                double s0 = 0, d0 = 0;
                var s1 = new double[p]; var d1 = new double[p];
                var s2 = new double[p, p]; var d2 = new double[p, p];
                foreach (var r in risk)
                {
                    var w = Math.Exp(Dot(r.X, b));
                    s0 += w;
                    for (var i = 0; i < p; i++) { s1[i] += w * r.X[i]; for (var k = 0; k < p; k++) s2[i, k] += w * r.X[i] * r.X[k]; }
                }
                foreach (var r in dead)
                {
                    var w = Math.Exp(Dot(r.X, b));
                    ll += Dot(r.X, b);
                    d0 += w;
                    for (var i = 0; i < p; i++) { g[i] += r.X[i]; d1[i] += w * r.X[i]; for (var k = 0; k < p; k++) d2[i, k] += w * r.X[i] * r.X[k]; }
                }
                var m = dead.Count;
                for (var l = 0; l < m; l++)
                {
                    var f = l / (double)m;
                    var den = s0 - f * d0;
                    ll -= Math.Log(den);
                    for (var i = 0; i < p; i++)
                    {
                        var mi = (s1[i] - f * d1[i]) / den;
                        g[i] -= mi;
                        for (var k = 0; k < p; k++)
                        {
                            var mk = (s1[k] - f * d1[k]) / den;
                            h[i, k] -= (s2[i, k] - f * d2[i, k]) / den - mi * mk;
                        }
                    }
                }
            }
        }
        return (ll, Vector<double>.Build.Dense(g), Matrix<double>.Build.DenseOfArray(h));
    }

    private static double Dot(double[] x, Vector<double> b)
    {
        double s = 0;
        for (var i = 0; i < x.Length; i++) s += x[i] * b[i];
        return s;
    }
}
