using CrampSignals.Activities;
using CrampSignals.Formats;

namespace CrampSignals.History;

/// <summary>
/// Hides where runs begin and end, as runners expect from a service's privacy zones: positions within the first and last
/// N metres of the route are removed from what a shared page draws. Only positions go; times, pace and heart rate stay, so
/// the analysis is the same.
/// </summary>
internal static class PrivacyZone
{
    /// <summary><paramref name="run"/> with no position (and no waypoint) within <paramref name="meters"/> of its start or end along the route.</summary>
    public static Activity Hide(Activity run, double meters)
    {
        if (!(meters > 0) || run.Samples.Count == 0) return run;
        var s = run.Samples;
        var along = new double[s.Count];
        var summed = new CumulativeDistance();
        double sum = 0;
        for (var i = 0; i < s.Count; i++)
        {
            // A point without a position stands where the last one was.
            if (summed.Add(s.Latitude[i], s.Longitude[i]) is var d && !double.IsNaN(d)) sum = d;
            along[i] = sum;
        }
        var builder = new SampleTableBuilder(s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            builder.CopyRow(s, i);
            if (along[i] <= meters || along[i] >= sum - meters)
            {
                builder.Set(SampleChannel.Latitude, double.NaN);
                builder.Set(SampleChannel.Longitude, double.NaN);
            }
        }
        return run with { Samples = builder.Build(), Waypoints = [] };
    }
}
