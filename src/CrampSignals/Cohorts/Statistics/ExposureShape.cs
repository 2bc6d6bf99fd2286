using CrampSignals.Signals;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// How long a finding can act on the hazard of a cramp, on the run's moving clock: a transient trigger for a while after it,
/// a state until the run ends, or only after the run.
/// </summary>
internal enum ExposureShape
{
    /// <summary>From the finding's start until the trigger window has passed after its end (pace surge, cadence drop).</summary>
    Transient,
    /// <summary>From the moment the finding holds until the run ends.</summary>
    State,
    /// <summary>Only at the end of the run (no cool-down): it cannot come before a cramp during the run.</summary>
    AfterRun,
}

/// <summary>Each finding kind's exposure in the time-to-event analysis, the one definition the analysis and its documentation share.</summary>
internal static class Exposures
{
    /// <summary>The trigger window after a transient finding, in minutes, unless the caller chooses another.</summary>
    public const int DefaultWindowMinutes = 20;

    /// <summary>Moving minutes after which long-run hydration holds; 45 when the run was hot, as the detector's rule.</summary>
    private const double HydrationMinutes = 60, HydrationMinutesHot = 45;

    public static ExposureShape Shape(FindingKind kind) => kind switch
    {
        FindingKind.PaceSurge or FindingKind.CadenceDrop => ExposureShape.Transient,
        FindingKind.NoCoolDown => ExposureShape.AfterRun,
        _ => ExposureShape.State,
    };

    /// <summary>The kinds the time-to-event analysis models: every kind that can come before a cramp during the run.</summary>
    public static FindingKind[] InRunKinds { get; } = [.. Enum.GetValues<FindingKind>().Where(k => Shape(k) != ExposureShape.AfterRun)];

    /// <summary>The kinds the after-run outcome is compared with: what the article ties to cramps after the run.</summary>
    public static FindingKind[] AfterRunKinds { get; } = [FindingKind.NoCoolDown, FindingKind.HeatExposure, FindingKind.LongRunHydration];

    /// <summary>
    /// When one finding starts to expose the run and when it stops, on the moving clock (seconds); the end is infinite for a
    /// state. Fast start exposes from the end of its opening window (what it leaves behind), long-run hydration from the moving
    /// minute its rule is met (60, or 45 in a run that also holds heat exposure).
    /// </summary>
    public static (double From, double To) Span(FindingKind kind, double start, double end, double windowSeconds, bool hot) => kind switch
    {
        FindingKind.PaceSurge or FindingKind.CadenceDrop => (start, end + windowSeconds),
        FindingKind.FastStart => (end, double.PositiveInfinity),
        FindingKind.LongRunHydration => (Math.Max(start, 60 * (hot ? HydrationMinutesHot : HydrationMinutes)), double.PositiveInfinity),
        _ => (start, double.PositiveInfinity),
    };

    public static string Id(ExposureShape shape) => shape switch
    {
        ExposureShape.Transient => "transient",
        ExposureShape.State => "state",
        _ => "after-run",
    };
}
