namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// Run length as the adjustment sees it: bands of moving time (&lt; 45, 45-75, 75-120, ≥ 120 min) for the strata, and
/// hours plus band indicators as covariates (a straight line in hours, bent at the band edges).
/// </summary>
internal static class DurationBands
{
    private static readonly double[] Edges = [45, 75, 120];

    public static int Count => Edges.Length + 1;

    public static int Of(double movingMinutes)
    {
        var band = 0;
        while (band < Edges.Length && movingMinutes >= Edges[band]) band++;
        return band;
    }

    /// <summary>Covariates: hours, then one indicator per band above the first.</summary>
    public static int Columns => Edges.Length + 1;

    public static void Fill(double movingMinutes, Span<double> target)
    {
        target[0] = movingMinutes / 60;
        var band = Of(movingMinutes);
        for (var i = 1; i < Count; i++) target[i] = band == i ? 1 : 0;
    }
}
