using System.Collections.Immutable;

namespace CrampSignals.Activities;

/// <summary>
/// One recorded activity, whatever file it came from: sport, device, start, laps, sessions, events, and the
/// columnar <see cref="SampleTable"/>. Immutable.
/// </summary>
public sealed record Activity
{
    /// <summary>The main sport (of the first session, else of the file).</summary>
    public Sport Sport { get; init; } = Sport.Generic;

    /// <summary>The recording device.</summary>
    public Device Device { get; init; } = Device.Unknown;

    /// <summary>Start of the activity, UTC; null when the file holds no time at all.</summary>
    public DateTime? StartTime { get; init; }

    /// <summary>
    /// The local time's offset from UTC at the start, when the file reveals it (FIT <c>activity.local_timestamp</c>
    /// or <c>timestamp_correlation</c>); null otherwise.
    /// </summary>
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>
    /// True when the reader computed the distance column from the positions (GPX, TCX without distances) rather than
    /// reading a device's own: such a column carries the positions' scatter and is not a measurement of its own.
    /// </summary>
    internal bool DistanceFromPositions { get; init; }

    /// <summary>
    /// True when the file named no sport and <see cref="Sport"/> was told from its names or its pace (a GPX without a
    /// track type): a sport an account export states for the activity is then the better word.
    /// </summary>
    internal bool SportInferred { get; init; }

    /// <summary>FIT <c>file_id.type</c> (4 = activity, 2 = settings, 15 = monitoring, 6 = course, ...); null for other formats.</summary>
    internal int? FitFileType { get; init; }

    /// <summary>
    /// True when the file's clock was never set (FIT times below 0x10000000, which the protocol defines as seconds since the
    /// device powered up): the sample times count on the run's own clock but name no date, so <see cref="StartTime"/> is null.
    /// </summary>
    internal bool Undated { get; init; }

    /// <summary>The samples, one row per record or trackpoint, in file order.</summary>
    public SampleTable Samples { get; init; } = SampleTable.Empty;

    /// <summary>Laps, in file order.</summary>
    public ImmutableArray<Lap> Laps { get; init; } = [];

    /// <summary>Sessions, in file order.</summary>
    public ImmutableArray<ActivitySession> Sessions { get; init; } = [];

    /// <summary>Events (timer start/stop, markers), in file order.</summary>
    public ImmutableArray<ActivityEvent> Events { get; init; } = [];

    /// <summary>Waypoints the file holds (GPX).</summary>
    public ImmutableArray<Waypoint> Waypoints { get; init; } = [];

    /// <summary>Everything that was wrong with the file but did not stop it from being read.</summary>
    public ImmutableArray<ParseWarning> Warnings { get; init; } = [];

    /// <summary>What the reader learnt about the file itself.</summary>
    public ActivitySourceInfo? Source { get; init; }

    /// <summary>Time from the first to the last sample with a time, or the sessions' elapsed time when there are no samples.</summary>
    public TimeSpan? Duration
    {
        get
        {
            var t = Samples.UnixSeconds;
            double first = double.NaN, last = double.NaN;
            foreach (var v in t)
            {
                if (double.IsNaN(v)) continue;
                if (double.IsNaN(first)) first = v;
                last = v;
            }
            if (!double.IsNaN(first)) return TimeSpan.FromSeconds(last - first);
            var elapsed = Sessions.Where(s => !double.IsNaN(s.ElapsedSeconds)).Sum(s => s.ElapsedSeconds);
            return Sessions.IsEmpty ? null : TimeSpan.FromSeconds(elapsed);
        }
    }
}
