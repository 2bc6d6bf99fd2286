using CrampSignals.Activities;
using CrampSignals.Signals.Track;

namespace CrampSignals.Runs;

/// <summary>Works out an <see cref="ActivitySummary"/> from the samples (and the sessions when the samples lack a number).</summary>
internal static class ActivitySummarizer
{
    /// <summary>Slowest speed that still counts as moving, m/s (a slow walk).</summary>
    public const double MovingSpeedMetersPerSecond = 0.5;

    /// <summary>Longest gap between samples that still counts as moving time, s; longer gaps are pauses.</summary>
    public const double MaxMovingGapSeconds = 30;

    /// <summary>The summary of <paramref name="activity"/>; <paramref name="localOffset"/> is the offset the report uses.</summary>
    public static ActivitySummary Summarize(Activity activity, TimeSpan? localOffset = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var s = activity.Samples;
        var t = s.UnixSeconds;
        var speed = s.SpeedMetersPerSecond;
        var path = EstimatedPath(activity);
        // A distance the reader computed from the fixes carries their scatter; the estimated path does not.
        var dist = path is null ? s.DistanceMeters : path.DistanceMeters;
        double moving = 0;
        var speeds = new List<double>(s.Count);
        var prev = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (double.IsNaN(t[i])) continue;
            if (prev >= 0)
            {
                var dt = t[i] - t[prev];
                if (dt > 0 && dt <= MaxMovingGapSeconds)
                {
                    var v = !double.IsNaN(speed[i]) ? speed[i]
                        : !double.IsNaN(dist[i]) && !double.IsNaN(dist[prev]) ? (dist[i] - dist[prev]) / dt : double.NaN;
                    if (v >= MovingSpeedMetersPerSecond)
                    {
                        moving += dt;
                        speeds.Add(v);
                    }
                }
            }
            prev = i;
        }

        var distance = Distance(activity, path);
        TimeSpan? movingTime = speeds.Count > 0 ? TimeSpan.FromSeconds(moving) : null;
        var session = activity.Sessions.FirstOrDefault();
        return new ActivitySummary
        {
            FileName = activity.Source?.FileName ?? "<memory>",
            Format = activity.Source?.Format ?? ActivityFormat.Memory,
            Sport = activity.Sport,
            StartUtc = activity.StartTime ?? (s.HasTime ? s.TimeAt(FirstTimed(t)) : null),
            LocalOffset = localOffset ?? activity.UtcOffset,
            Duration = activity.Duration,
            MovingTime = movingTime,
            DistanceMeters = distance,
            AverageSpeedMetersPerSecond = distance is double d && moving > 0 ? d / moving : null,
            TypicalSpeedMetersPerSecond = speeds.Count > 0 ? Rolling.MedianOf(speeds) : null,
            AverageHeartRateBpm = Mean(s.HeartRateBpm, positiveOnly: true) ?? Value(session?.AverageHeartRateBpm),
            MaxHeartRateBpm = Value(ChannelStatistics.Max(s.HeartRateBpm)),
            AverageCadence = Mean(s.Cadence, positiveOnly: true),
            MeanTemperatureCelsius = Value(ChannelStatistics.Mean(s.TemperatureCelsius)) ?? Value(session?.AverageTemperatureCelsius),
            MaxTemperatureCelsius = Value(ChannelStatistics.Max(s.TemperatureCelsius)) ?? Value(session?.MaxTemperatureCelsius),
            StartLatitude = Value(ChannelStatistics.First(s.Latitude)),
            StartLongitude = Value(ChannelStatistics.First(s.Longitude)),
            SampleCount = s.Count,
        };
    }

    private static int FirstTimed(ReadOnlySpan<double> t)
    {
        for (var i = 0; i < t.Length; i++) if (!double.IsNaN(t[i])) return i;
        return 0;
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
        return deviceDistance ? null : PathSmoother.Smooth(TimedRows.From(s), s, MaxMovingGapSeconds);
    }

    private static double? Distance(Activity activity, SmoothedPath? path)
    {
        if (path is not null) return path.TotalMeters;
        // Summing the rises rather than last-minus-first survives a distance that restarts (chained files, some lap resets).
        var d = activity.Samples.DistanceMeters;
        double total = 0, previous = double.NaN;
        var any = false;
        foreach (var v in d)
        {
            if (double.IsNaN(v)) continue;
            if (!double.IsNaN(previous) && v > previous) total += v - previous;
            previous = v;
            any = true;
        }
        if (any) return total;
        var sessions = activity.Sessions.Where(x => !double.IsNaN(x.DistanceMeters)).Sum(x => x.DistanceMeters);
        if (sessions > 0) return sessions;
        return null;
    }

    private static double? Value(double? v) => v is double x && !double.IsNaN(x) ? x : null;

    private static double? Mean(ReadOnlySpan<double> values, bool positiveOnly)
    {
        double sum = 0; var n = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v) || (positiveOnly && v <= 0)) continue;
            sum += v; n++;
        }
        return n > 0 ? sum / n : null;
    }
}
