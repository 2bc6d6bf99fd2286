using System.Collections.Immutable;
using CrampSignals.Activities;

namespace CrampSignals.Runs;

/// <summary>The headline numbers of one run, for the top of a report. Missing numbers are null.</summary>
public sealed record ActivitySummary
{
    /// <summary>The file name the run was read from ("&lt;memory&gt;" when built in memory).</summary>
    public required string FileName { get; init; }

    /// <summary>The file format.</summary>
    public required ActivityFormat Format { get; init; }

    /// <summary>The sport.</summary>
    public required Sport Sport { get; init; }

    /// <summary>Start, UTC.</summary>
    public DateTime? StartUtc { get; init; }

    /// <summary>The offset of local time used for the report (from the file, else solar time from the longitude).</summary>
    public TimeSpan? LocalOffset { get; init; }

    /// <summary>
    /// Elapsed time, pauses included: the device's own (FIT <c>total_elapsed_time</c>) where it recorded one, else from the
    /// first to the last sample.
    /// </summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>
    /// The device's timer time, pauses left out: FIT <c>total_timer_time</c>, or the sum of the TCX laps'
    /// <c>TotalTimeSeconds</c>; for a file without one (GPX) the time between samples, a gap of more than
    /// 30 s between two samples counting as a pause.
    /// </summary>
    public TimeSpan? TimerTime { get; init; }

    /// <summary>
    /// Every session of the file, in order (a multisport file has one per leg, transitions included), whatever part of it
    /// the summary describes.
    /// </summary>
    public ImmutableArray<ActivitySession> Sessions { get; init; } = [];

    /// <summary>Why the file was not analysed as a run ("a swimming activity, not a run"); null for a run.</summary>
    public string? NotARun { get; init; }

    /// <summary>Time spent moving faster than a slow walk (pauses and stops left out).</summary>
    public TimeSpan? MovingTime { get; init; }

    /// <summary>Distance, metres: the device's own where it recorded one.</summary>
    public double? DistanceMeters { get; init; }

    /// <summary>Distance over moving time, m/s.</summary>
    public double? AverageSpeedMetersPerSecond { get; init; }

    /// <summary>Median speed while moving, m/s: the run's typical pace, not pulled by stops or sprints.</summary>
    public double? TypicalSpeedMetersPerSecond { get; init; }

    /// <summary>Mean heart rate, bpm.</summary>
    public double? AverageHeartRateBpm { get; init; }

    /// <summary>Highest heart rate, bpm.</summary>
    public double? MaxHeartRateBpm { get; init; }

    /// <summary>Mean cadence while moving (steps/min on foot).</summary>
    public double? AverageCadence { get; init; }

    /// <summary>Mean temperature, °C (the watch's sensor: reads warm when worn on the wrist).</summary>
    public double? MeanTemperatureCelsius { get; init; }

    /// <summary>Highest temperature, °C.</summary>
    public double? MaxTemperatureCelsius { get; init; }

    /// <summary>Latitude of the first position, degrees.</summary>
    public double? StartLatitude { get; init; }

    /// <summary>Longitude of the first position, degrees.</summary>
    public double? StartLongitude { get; init; }

    /// <summary>Number of samples.</summary>
    public int SampleCount { get; init; }

    /// <summary>Average pace, s/km, from <see cref="AverageSpeedMetersPerSecond"/>.</summary>
    public double? AveragePaceSecondsPerKm => AverageSpeedMetersPerSecond is > 0 ? 1000 / AverageSpeedMetersPerSecond : null;
}
