using CrampSignals.Activities;

namespace CrampSignals.Signals.Track;

/// <summary>
/// The run's moving time, by the one rule both the summary and the findings use, so that "163 min on the move" in a
/// finding and the summary's moving time are the same number: the time between two timed samples at most
/// <see cref="MaxGapSeconds"/> apart, counted when the speed there (the device's speed channel, else the distance's rise
/// over the step, from the path estimated from the positions when the file has no distance of its own) is at least
/// <see cref="SpeedMetersPerSecond"/>.
/// </summary>
internal static class MovingTime
{
    /// <summary>Slowest speed that still counts as moving, m/s (a slow walk).</summary>
    public const double SpeedMetersPerSecond = 0.5;

    /// <summary>Longest gap between samples that still counts as moving time, s; longer gaps are pauses.</summary>
    public const double MaxGapSeconds = 30;

    /// <summary>The moving seconds of <paramref name="activity"/> and the path the speeds came from (null when none was estimated).</summary>
    /// <param name="activity">The run.</param>
    /// <param name="estimatePath">Estimate a path from the positions when the file has no distance of its own (a runner's path: not for a swim or a ride).</param>
    /// <param name="speeds">Given the speed of each moving step, when not null (the summary's typical pace); a detector leaves it null and allocates no column.</param>
    public static (double Seconds, SmoothedPath? Path) Measure(Activity activity, bool estimatePath = true, List<double>? speeds = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var s = activity.Samples;
        var t = s.UnixSeconds;
        var speed = s.SpeedMetersPerSecond;
        var path = estimatePath ? EstimatedPath(activity) : null;
        // A distance the reader computed from the fixes carries their scatter; the estimated path does not.
        var dist = path is null ? s.DistanceMeters : path.DistanceMeters;
        double moving = 0;
        var prev = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (double.IsNaN(t[i])) continue;
            if (prev >= 0)
            {
                var dt = t[i] - t[prev];
                if (dt > 0 && dt <= MaxGapSeconds)
                {
                    var v = !double.IsNaN(speed[i]) ? speed[i]
                        : !double.IsNaN(dist[i]) && !double.IsNaN(dist[prev]) ? (dist[i] - dist[prev]) / dt : double.NaN;
                    if (v >= SpeedMetersPerSecond)
                    {
                        moving += dt;
                        speeds?.Add(v);
                    }
                }
            }
            prev = i;
        }
        return (moving, path);
    }

    /// <summary>
    /// The path estimated from the positions when the file has no distance of the device's own (a distance column the
    /// reader computed from the fixes is not one); null otherwise, as the device's numbers win.
    /// </summary>
    private static SmoothedPath? EstimatedPath(Activity activity)
    {
        var s = activity.Samples;
        // A route without times has no path to estimate over time; the sum of its great-circle legs is its distance.
        if (double.IsNaN(ChannelStatistics.First(s.Latitude)) || !s.HasTime) return null;
        var deviceDistance = !activity.DistanceFromPositions
            && (!double.IsNaN(ChannelStatistics.First(s.DistanceMeters)) || activity.Sessions.Any(x => x.DistanceMeters > 0));
        if (deviceDistance) return null;
        using var rows = TimedRows.From(s);
        return PathSmoother.Smooth(rows, s, MaxGapSeconds);
    }
}
