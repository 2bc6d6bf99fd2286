namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// What the Cox risk sets take from the rows' times alone, whatever their covariates: the rows with time at risk, and per
/// stratum those rows in descending order of stop and of start and the event times, descending, with the rows that have an
/// event then; and which covariate array each row holds. A cohort fits many models over the same rows (each kind alone,
/// adjusted, with a time interaction), so this is arranged once and shared.
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
        Pattern = new int[n];
        // Rows that hold the same covariate array (as the pieces of one exposure pattern do) are one pattern: a fit then
        // keeps its centred covariates, η and e^η once a pattern instead of once a row.
        var patterns = new Dictionary<double[], int>(ReferenceEqualityComparer.Instance);
        var patternArrays = new List<double[]?>();
        var noCovariates = -1;
        for (var i = 0; i < n; i++)
        {
            var r = rows[Used[i]];
            Start[i] = r.Start;
            Stop[i] = r.Stop;
            if (r.X is null)
            {
                if (noCovariates < 0) { noCovariates = patternArrays.Count; patternArrays.Add(null); }
                Pattern[i] = noCovariates;
            }
            else if (patterns.TryGetValue(r.X, out var k)) Pattern[i] = k;
            else
            {
                Pattern[i] = patterns[r.X] = patternArrays.Count;
                patternArrays.Add(r.X);
            }
        }
        Patterns = [.. patternArrays];
        var start = Start;
        var stop = Stop;
        foreach (var g in Enumerable.Range(0, n).GroupBy(i => rows[Used[i]].Stratum).OrderBy(g => g.Key))
        {
            var members = g.ToArray();
            // Descending by time, ties in row order: the order a stable sort gives, without its key and index copies.
            var byStop = (int[])members.Clone();
            Array.Sort(byStop, (a, b) => stop[b].CompareTo(stop[a]) is var c && c != 0 ? c : a.CompareTo(b));
            var byStart = (int[])members.Clone();
            Array.Sort(byStart, (a, b) => start[b].CompareTo(start[a]) is var c && c != 0 ? c : a.CompareTo(b));
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

    /// <summary>Each row's pattern: the index into <see cref="Patterns"/> of the covariate array it holds.</summary>
    public int[] Pattern { get; }

    /// <summary>The distinct covariate arrays of the rows (by reference), in the order their first rows come; null for rows without one.</summary>
    public double[]?[] Patterns { get; }

    /// <summary>Strata with at least one event, by stratum number.</summary>
    public List<Stratum> Strata { get; } = [];

    public int Events { get; }
}
