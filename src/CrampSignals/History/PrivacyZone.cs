using CrampSignals.Activities;

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
        double sum = 0, lastLat = double.NaN, lastLon = double.NaN;
        for (var i = 0; i < s.Count; i++)
        {
            var (lat, lon) = (s.Latitude[i], s.Longitude[i]);
            if (!double.IsNaN(lat) && !double.IsNaN(lon))
            {
                if (!double.IsNaN(lastLat)) sum += GreatCircle.DistanceMeters(lastLat, lastLon, lat, lon);
                (lastLat, lastLon) = (lat, lon);
            }
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
