using CrampSignals.Activities;

namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>
/// FIT stores running cadence per leg (strides per minute); runners count steps, twice that. The sport is only known from
/// sport and session messages, which usually follow the records, so the doubling is a pass over the finished column.
/// </summary>
internal static class FitCadence
{
    /// <summary>
    /// Doubles the cadence of every row whose sport is on foot: the sport of the session whose time span covers the row,
    /// else <paramref name="fallback"/> (the file's first session or sport message).
    /// </summary>
    /// <param name="table">The rows, cadence still raw.</param>
    /// <param name="times">The time of each row in Unix seconds (NaN when none).</param>
    /// <param name="sessions">The sessions' sports and spans.</param>
    /// <param name="fallback">The sport of rows no session covers.</param>
    public static void ApplySport(SampleTableBuilder table, ReadOnlySpan<double> times, IReadOnlyList<FitSportSpan> sessions, Sport fallback)
    {
        for (var row = 0; row < table.Count; row++)
        {
            var cadence = table.Get(row, SampleChannel.Cadence);
            if (double.IsNaN(cadence)) continue;
            if (SportAt(times[row], sessions, fallback).IsOnFoot()) table.Set(row, SampleChannel.Cadence, cadence * 2);
        }
    }

    /// <summary>The sport at time <paramref name="t"/>: the last session (in file order) covering it, else the fallback.</summary>
    public static Sport SportAt(double t, IReadOnlyList<FitSportSpan> sessions, Sport fallback)
    {
        if (double.IsNaN(t)) return fallback;
        for (var i = sessions.Count - 1; i >= 0; i--)
            if (sessions[i].Covers(t)) return sessions[i].Sport;
        return fallback;
    }
}
