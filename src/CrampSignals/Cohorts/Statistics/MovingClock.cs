using System.Collections.Immutable;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// A run's moving clock as the few points where it is known: the elapsed and moving seconds of its findings' ends and its cramps,
/// taken from the track when the run was analysed. The statistics only ask for the clock at those points, so a handful of pairs
/// per run gives exact moving times without keeping the track.
/// </summary>
internal static class MovingClock
{
    public static ImmutableArray<(double Elapsed, double Moving)> From(IEnumerable<(double Elapsed, double? Moving)> points)
    {
        var known = new List<(double Elapsed, double Moving)>(points.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var (e, m) in points)
            if (m is double moving && double.IsFinite(e) && double.IsFinite(moving) && e >= 0 && moving >= 0) known.Add((e, moving));
        known.Sort();
        return [.. known];
    }

    /// <summary>
    /// The moving seconds at <paramref name="elapsed"/> (within the run): exact at a known point, straight between the neighbours
    /// (the start (0, 0) and the end (<paramref name="duration"/>, <paramref name="movingTotal"/>) included), never decreasing.
    /// </summary>
    public static double Interpolate(ImmutableArray<(double Elapsed, double Moving)> clock, double elapsed, double duration, double movingTotal)
    {
        (double Elapsed, double Moving) before = (0, 0), after = (duration, movingTotal);
        if (!clock.IsDefaultOrEmpty)
            foreach (var p in clock)
            {
                if (p.Elapsed == elapsed) return p.Moving;
                if (p.Elapsed < elapsed) before = p;
                else { after = (p.Elapsed, Math.Max(p.Moving, before.Moving)); break; }
            }
        if (after.Moving < before.Moving) after.Moving = before.Moving;
        var span = after.Elapsed - before.Elapsed;
        return span > 0 ? before.Moving + (elapsed - before.Elapsed) / span * (after.Moving - before.Moving) : before.Moving;
    }
}
