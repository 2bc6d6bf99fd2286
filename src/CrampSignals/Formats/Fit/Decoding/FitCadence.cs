using System.Buffers;
using CrampSignals.Activities;
using CrampSignals.Formats;

namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>
/// FIT stores running cadence per leg (strides per minute); runners count steps, twice that. The sport is only known from
/// sport and session messages, which usually follow the records, so the convention is a pass over the finished column.
/// </summary>
internal static class FitCadence
{
    /// <summary>
    /// Puts the cadence in the <see cref="CadenceConvention"/>: each row's sport is that of the session whose time span
    /// covers it, else <paramref name="fallback"/> (the file's first session or sport message).
    /// </summary>
    /// <param name="table">The rows, cadence still raw.</param>
    /// <param name="times">The time of each row in Unix seconds (NaN when none).</param>
    /// <param name="sessions">The sessions' sports and spans.</param>
    /// <param name="fallback">The sport of rows no session covers.</param>
    /// <param name="warn">Told when a running cadence was in steps per minute already.</param>
    public static void ApplySport(SampleTableBuilder table, ReadOnlySpan<double> times, IReadOnlyList<FitSportSpan> sessions, Sport fallback, Action<ParseWarning> warn)
    {
        if (sessions.Count == 0)
        {
            CadenceConvention.Apply(table, fallback, warn);
            return;
        }
        // Without a moving cadence nothing changes: the rows' sports are not worth finding.
        if (!CadenceConvention.AnyMoving(table.Column(SampleChannel.Cadence))) return;
        var sports = ArrayPool<Sport>.Shared.Rent(table.Count);
        try
        {
            for (var row = 0; row < table.Count; row++) sports[row] = SportAt(times[row], sessions, fallback);
            CadenceConvention.Apply(table, sports.AsSpan(0, table.Count), warn);
        }
        finally
        {
            ArrayPool<Sport>.Shared.Return(sports);
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
