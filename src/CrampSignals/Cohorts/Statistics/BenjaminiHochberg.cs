namespace CrampSignals.Cohorts.Statistics;

/// <summary>Benjamini-Hochberg q-values: sort the m p-values, q_(i) = min over j ≥ i of m·p_(j)/j, capped at 1.</summary>
internal static class BenjaminiHochberg
{
    public static double[] QValues(IReadOnlyList<double> p)
    {
        var m = p.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).ToArray();
        var q = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, m * p[i] / rank);
            q[i] = Math.Min(1, running);
        }
        return q;
    }
}
