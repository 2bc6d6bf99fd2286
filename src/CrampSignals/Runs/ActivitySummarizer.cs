using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Signals.Track;

namespace CrampSignals.Runs;

/// <summary>Works out an <see cref="ActivitySummary"/> from the samples (and the sessions when the samples lack a number).</summary>
internal static class ActivitySummarizer
{
    /// <summary>Slowest speed that still counts as moving, m/s (a slow walk); see <see cref="MovingTime"/>.</summary>
    public const double MovingSpeedMetersPerSecond = MovingTime.SpeedMetersPerSecond;

    /// <summary>Longest gap between samples that still counts as moving time, s; longer gaps are pauses.</summary>
    public const double MaxMovingGapSeconds = MovingTime.MaxGapSeconds;

    /// <summary>
    /// Longest gap between two samples the timer of a file without one (GPX) keeps running through, s; longer gaps are
    /// pauses (a watch with auto-pause stops recording while paused). A sparsely recorded file allows more, see
    /// <see cref="SparseRecordingFactor"/>.
    /// </summary>
    public const double TimerGapSeconds = 30;

    /// <summary>
    /// The summary of <paramref name="activity"/>; <paramref name="localOffset"/> is the offset the report uses,
    /// <paramref name="file"/> the whole file when <paramref name="activity"/> is its running legs (its sessions are listed),
    /// <paramref name="notARun"/> why the file was not analysed as a run.
    /// </summary>
    public static ActivitySummary Summarize(Activity activity, TimeSpan? localOffset = null, Activity? file = null, string? notARun = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var s = activity.Samples;
        var t = s.UnixSeconds;
        // The path estimate is a runner's: a swim's or a ride's distance is the positions' own.
        var speeds = new List<double>(s.Count);
        var (moving, path) = MovingTime.Measure(activity, estimatePath: notARun is null, speeds);

        var distance = Distance(activity, path);
        TimeSpan? movingTime = speeds.Count > 0 ? TimeSpan.FromSeconds(moving) : null;
        var session = activity.Sessions.FirstOrDefault();
        return new ActivitySummary
        {
            FileName = activity.Source?.FileName ?? "<memory>",
            Format = activity.Source?.Format ?? ActivityFormat.Memory,
            Sport = activity.Sport,
            StartUtc = activity.Undated ? null : activity.StartTime ?? (s.HasTime ? s.TimeAt(FirstTimed(t)) : null),
            LocalOffset = activity.Undated ? null : localOffset ?? activity.UtcOffset,
            Duration = Elapsed(activity),
            TimerTime = Timer(activity),
            Sessions = (file ?? activity).Sessions,
            NotARun = notARun,
            MovingTime = movingTime,
            DistanceMeters = distance,
            AverageSpeedMetersPerSecond = distance is double d && moving > 0 ? d / moving : null,
            TypicalSpeedMetersPerSecond = speeds.Count > 0 ? Rolling.MedianOf(speeds) : null,
            AverageHeartRateBpm = SessionHeartRate(activity.Sessions) ?? Mean(s.HeartRateBpm, positiveOnly: true),
            MaxHeartRateBpm = SessionMaxHeartRate(activity.Sessions) ?? Value(ChannelStatistics.Max(s.HeartRateBpm)),
            AverageCadence = Mean(s.Cadence, positiveOnly: true),
            MeanTemperatureCelsius = Value(ChannelStatistics.Mean(s.TemperatureCelsius)) ?? Value(session?.AverageTemperatureCelsius),
            MaxTemperatureCelsius = Value(ChannelStatistics.Max(s.TemperatureCelsius)) ?? Value(session?.MaxTemperatureCelsius),
            StartLatitude = Value(ChannelStatistics.First(s.Latitude)),
            StartLongitude = Value(ChannelStatistics.First(s.Longitude)),
            SampleCount = s.Count,
        };
    }

    /// <summary>The device's elapsed time (its sessions' sum) where it gives one, else the samples' span.</summary>
    internal static TimeSpan? Elapsed(Activity activity)
    {
        var sessions = activity.Sessions;
        if (!sessions.IsEmpty && sessions.All(x => x.ElapsedSeconds >= 0))
        {
            var total = sessions.Sum(x => x.ElapsedSeconds);
            if (total > 0) return TimeSpan.FromSeconds(total);
        }
        return activity.Duration;
    }

    /// <summary>
    /// The device's timer time: its sessions' (FIT <c>total_timer_time</c>, TCX laps summed per activity), else its laps';
    /// else, for a file without a timer of its own (GPX), the time between samples with gaps longer than
    /// <see cref="TimerGapSeconds"/> left out as pauses.
    /// </summary>
    internal static TimeSpan? Timer(Activity activity)
    {
        var sessions = activity.Sessions.Where(x => x.TimerSeconds >= 0).Sum(x => x.TimerSeconds);
        if (sessions > 0) return TimeSpan.FromSeconds(sessions);
        var laps = activity.Laps.Where(x => x.TimerSeconds >= 0).Sum(x => x.TimerSeconds);
        if (laps > 0) return TimeSpan.FromSeconds(laps);
        var t = activity.Samples.UnixSeconds;
        var gap = Math.Max(TimerGapSeconds, SparseRecordingFactor * MedianStep(t));
        double total = 0, previous = double.NaN;
        var any = false;
        foreach (var v in t)
        {
            if (double.IsNaN(v)) continue;
            var dt = v - previous;
            if (dt > 0 && dt <= gap) total += dt;
            if (!(v < previous)) previous = v;
            any = true;
        }
        return any ? TimeSpan.FromSeconds(total) : null;
    }

    /// <summary>
    /// A file recorded sparsely (an open-water swim every 45 s) pauses only in a gap this many times its usual step: its
    /// usual step is no pause.
    /// </summary>
    public const double SparseRecordingFactor = 4;

    private static double MedianStep(ReadOnlySpan<double> t)
    {
        var steps = new List<double>(t.Length);
        var previous = double.NaN;
        foreach (var v in t)
        {
            if (double.IsNaN(v)) continue;
            if (v - previous > 0) steps.Add(v - previous);
            if (!(v < previous)) previous = v;
        }
        return steps.Count == 0 ? 0 : Rolling.MedianOf(steps);
    }

    /// <summary>The device's average heart rate: its sessions', weighted by their timer time; null when a session lacks one.</summary>
    private static double? SessionHeartRate(ImmutableArray<ActivitySession> sessions)
    {
        if (sessions.IsEmpty || sessions.Any(x => !(x.AverageHeartRateBpm > 0))) return null;
        if (sessions.Length == 1) return sessions[0].AverageHeartRateBpm;
        var weight = sessions.Sum(x => x.TimerSeconds > 0 ? x.TimerSeconds : 0);
        return weight > 0 ? sessions.Sum(x => x.AverageHeartRateBpm * (x.TimerSeconds > 0 ? x.TimerSeconds : 0)) / weight : null;
    }

    private static double? SessionMaxHeartRate(ImmutableArray<ActivitySession> sessions)
    {
        var max = sessions.Select(x => x.MaxHeartRateBpm).Where(v => v > 0).DefaultIfEmpty(double.NaN).Max();
        return double.IsNaN(max) ? null : max;
    }

    private static int FirstTimed(ReadOnlySpan<double> t)
    {
        for (var i = 0; i < t.Length; i++) if (!double.IsNaN(t[i])) return i;
        return 0;
    }

    private static double? Distance(Activity activity, SmoothedPath? path)
    {
        // The device's own distance wins: its sessions' (FIT total_distance, the TCX laps'), else its laps'.
        var own = activity.Sessions.Where(x => x.DistanceMeters >= 0).Sum(x => x.DistanceMeters);
        if (own > 0) return own;
        var laps = activity.Laps.Where(x => x.DistanceMeters >= 0).Sum(x => x.DistanceMeters);
        if (laps > 0) return laps;
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
