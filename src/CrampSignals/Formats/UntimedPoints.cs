using CrampSignals.Activities;

namespace CrampSignals.Formats;

/// <summary>
/// The warning for a file whose points carry no time at all: a planned route (GPX <c>rte</c>, a TCX Course) or a
/// track drawn on a map. Its distance is the sum of the great-circle distances between the points; a duration, pace
/// or moving time would have to be invented, so there is none.
/// </summary>
internal static class UntimedPoints
{
    /// <summary>The warning when no row of <paramref name="samples"/> has a time; null otherwise.</summary>
    /// <param name="samples">The rows read.</param>
    /// <param name="what">What the rows are, e.g. "route points", "trackpoints".</param>
    public static ParseWarning? Check(SampleTableBuilder samples, string what)
    {
        if (samples.Count == 0) return null;
        var lastDistance = double.NaN;
        for (var row = 0; row < samples.Count; row++)
        {
            if (!double.IsNaN(samples.TimeAt(row))) return null;
            var d = samples.Get(row, SampleChannel.Distance);
            if (!double.IsNaN(d)) lastDistance = d;
        }
        var distance = double.IsNaN(lastDistance) ? "no distance either (no positions)"
            : FormattableString.Invariant($"a distance of {lastDistance / 1000:0.###} km from its positions");
        return new ParseWarning($"none of the {samples.Count} {what} has a time (a planned route, not a recording): " +
            $"{distance}, and no duration, pace or moving time");
    }
}
