namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// What the Cox risk sets take from the rows' times alone, whatever their covariates: the rows with time at risk, and per
/// stratum those rows in descending order of stop and of start and the event times, descending, with the rows that have an
/// event then. A cohort fits many models over the same rows (each kind alone, adjusted, with a time interaction), so this
/// is arranged once and shared.
/// </summary>
internal sealed class CoxLayout
{
    internal sealed record Stratum(int[] ByStop, int[] ByStart, (double Time, int[] Rows)[] Events);

    public CoxLayout(IReadOnlyList<CoxInterval> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = rows;
        // A row with no time at risk (stop ≤ start, or not a number) can neither have an event nor be at risk: left out.
        var used = new List<int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Stop > r.Start && double.IsFinite(r.Start) && double.IsFinite(r.Stop)) used.Add(i);
        }
        Used = [.. used];
        var n = Used.Length;
        Start = new double[n];
        Stop = new double[n];
        for (var i = 0; i < n; i++)
        {
            Start[i] = rows[Used[i]].Start;
            Stop[i] = rows[Used[i]].Stop;
        }
        var start = Start;
        var stop = Stop;
        foreach (var g in Enumerable.Range(0, n).GroupBy(i => rows[Used[i]].Stratum).OrderBy(g => g.Key))
        {
            var members = g.ToArray();
            var byStop = members.OrderByDescending(i => stop[i]).ToArray();
            var byStart = members.OrderByDescending(i => start[i]).ToArray();
            var times = members.Where(i => rows[Used[i]].Event).GroupBy(i => stop[i]).OrderByDescending(t => t.Key)
                .Select(t => (t.Key, t.ToArray())).ToArray();
            Events += times.Sum(t => t.Item2.Length);
            if (times.Length > 0) Strata.Add(new Stratum(byStop, byStart, times));
        }
    }

    /// <summary>The rows laid out.</summary>
    public IReadOnlyList<CoxInterval> Rows { get; }

    /// <summary>Indexes into <see cref="Rows"/> of the rows with time at risk; the row numbers below count these.</summary>
    public int[] Used { get; }

    public double[] Start { get; }

    public double[] Stop { get; }

    /// <summary>Strata with at least one event, by stratum number.</summary>
    public List<Stratum> Strata { get; } = [];

    public int Events { get; }
}
