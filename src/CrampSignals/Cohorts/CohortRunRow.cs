using System.Collections.Immutable;
using CrampSignals.Cohorts.Statistics;
using CrampSignals.Signals;

namespace CrampSignals.Cohorts;

/// <summary>A finding's place in its run, in seconds from the run's start.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="StartSeconds">When it started, seconds after the run's first sample.</param>
/// <param name="EndSeconds">When it ended, seconds after the run's first sample.</param>
internal readonly record struct FindingSpan(FindingKind Kind, double StartSeconds, double EndSeconds);

/// <summary>
/// One cramp as the cohort statistics see it: when it struck and how the run's channels looked before it, as ratios to
/// the run's own median sampled every <see cref="StepSeconds"/> from <see cref="WindowSeconds"/> before the cramp to the
/// cramp (<see cref="Points"/> values per channel, oldest first, NaN where the channel was missing).
/// </summary>
/// <param name="ElapsedSeconds">When it struck, seconds after the run's first sample.</param>
/// <param name="DuringRun">True when it struck while the run was recorded (false: after the run had ended).</param>
/// <param name="SpeedRatios">Speed over the run's median speed; empty when not known.</param>
/// <param name="CadenceRatios">Cadence over the run's median cadence; empty when not known.</param>
/// <param name="HeartRateRatios">Heart rate over the run's median heart rate; empty when not known.</param>
/// <param name="TemperatureRatios">Temperature (°C) over the run's median temperature; empty when not known.</param>
internal sealed record CohortCrampRow(
    double ElapsedSeconds,
    bool DuringRun,
    ImmutableArray<double> SpeedRatios,
    ImmutableArray<double> CadenceRatios,
    ImmutableArray<double> HeartRateRatios,
    ImmutableArray<double> TemperatureRatios)
{
    /// <summary>How far before the cramp the channel ratios reach back: 20 minutes.</summary>
    public const int WindowSeconds = 1200;

    /// <summary>The spacing of the channel ratios: 30 s.</summary>
    public const int StepSeconds = 30;

    /// <summary>Values per channel: from −<see cref="WindowSeconds"/> to 0 every <see cref="StepSeconds"/>, both ends included (41).</summary>
    public const int Points = WindowSeconds / StepSeconds + 1;

    /// <summary>A cramp known only by its time (no channel ratios).</summary>
    public static CohortCrampRow At(double elapsedSeconds, bool duringRun = true) => new(elapsedSeconds, duringRun, [], [], [], []);
}

/// <summary>
/// One run as the cohort statistics see it: a small row, all that is kept of a run once its samples are gone. Rows
/// computed live from files and rows read back from tables give the same statistics.
/// </summary>
/// <param name="RunId">Names the run (its file, relative to the cohort's folder).</param>
/// <param name="RunnerId">Names the runner; runs of one runner are compared with each other.</param>
/// <param name="DurationSeconds">From the first sample to the last.</param>
/// <param name="MovingMinutes">Time spent moving, in minutes; what the adjustment for run length uses.</param>
/// <param name="Findings">The run's findings with their times.</param>
/// <param name="Cramps">The cramps matched to the run.</param>
internal sealed record CohortRunRow(
    string RunId,
    string RunnerId,
    double DurationSeconds,
    double MovingMinutes,
    ImmutableArray<FindingSpan> Findings,
    ImmutableArray<CohortCrampRow> Cramps)
{
    /// <summary>True when at least one cramp was matched to the run (the run is a case).</summary>
    public bool HasCramps => !Cramps.IsDefaultOrEmpty;

    /// <summary>The run's length on its moving clock, in seconds: its moving time, or its duration when no moving time is known.</summary>
    /// <remarks>The summary's moving time and the track's can differ by a little; the clock never ends before its last known point.</remarks>
    public double MovingClockSeconds => Math.Max(MovingMinutes > 0 ? MovingMinutes * 60 : Math.Max(0, DurationSeconds), Clock.IsDefaultOrEmpty ? 0 : Clock[^1].Moving);

    /// <summary>
    /// Points (elapsed, moving seconds) where the run's moving clock is known from its track, in elapsed order; empty when
    /// only the run's totals are known.
    /// </summary>
    public ImmutableArray<(double Elapsed, double Moving)> Clock { get; init; } = [];

    /// <summary>
    /// Seconds after the start on the run's moving clock for <paramref name="elapsedSeconds"/> after its first sample: exact at
    /// the points of <see cref="Clock"/> and straight between them (with only the totals, pauses spread evenly); past the run's
    /// end the seconds after it added one for one.
    /// </summary>
    public double MovingAt(double elapsedSeconds)
    {
        if (!(DurationSeconds > 0)) return elapsedSeconds;
        var end = MovingClockSeconds;
        if (elapsedSeconds > DurationSeconds) return end + (elapsedSeconds - DurationSeconds);
        return MovingClock.Interpolate(Clock, elapsedSeconds, DurationSeconds, end);
    }

    /// <summary>The first cramp during the run on its moving clock, or null when none struck during the run.</summary>
    public double? FirstInRunCramp()
    {
        double? first = null;
        if (Cramps.IsDefaultOrEmpty) return null;
        foreach (var c in Cramps)
            if (c.DuringRun && double.IsFinite(c.ElapsedSeconds) && c.ElapsedSeconds >= 0 && (first is null || c.ElapsedSeconds < first)) first = c.ElapsedSeconds;
        return first is double t ? MovingAt(t) : null;
    }

    /// <summary>True when a cramp was logged after the run ended (a night cramp, say).</summary>
    public bool HasAfterRunCramp => !Cramps.IsDefaultOrEmpty && Cramps.Any(c => !c.DuringRun);

    /// <summary>True when the run holds at least one finding of <paramref name="kind"/> (the run is exposed).</summary>
    public bool Holds(FindingKind kind)
    {
        foreach (var f in Findings) if (f.Kind == kind) return true;
        return false;
    }
}
