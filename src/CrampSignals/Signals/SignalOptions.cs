namespace CrampSignals.Signals;

/// <summary>
/// Every threshold of the signal module, grouped by concern, with documented defaults. One unit convention throughout:
/// durations are <see cref="TimeSpan"/>, speeds end in <c>MetersPerSecond</c>, percentages are in percent (5 means 5 %)
/// and end in <c>Percent</c>, ratios of one quantity to another end in <c>Fraction</c>, cadence is in steps per minute,
/// temperatures in °C and grades are rise over run.
/// </summary>
/// <remarks>
/// The defaults come from the physiology of running rather than from any one data set: a runner's pace, cadence and
/// heart rate are compared with the runner's own recent steady effort, so the same numbers work for a 4:00 min/km
/// racer and a 7:30 min/km jogger.
/// </remarks>
public sealed record SignalOptions
{
    /// <summary>The defaults.</summary>
    public static SignalOptions Default { get; } = new();

    /// <summary>How far before a cramp to look for findings. Default 20 min.</summary>
    public TimeSpan CrampLookback { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>How long after a run's end a cramp still belongs to it (cramps can strike hours later, at rest). Default 12 h.</summary>
    public TimeSpan CrampAfterRunWindow { get; init; } = Cramps.CrampMatcher.DefaultAfterRunWindow;

    /// <summary>
    /// Also read cramps from FIT user-marker events and GPX waypoints named as cramps. Default off: a marker can mean
    /// anything (a split, a photo), so the runner has to ask for it.
    /// </summary>
    public bool UseCrampMarkers { get; init; }

    /// <summary>How the 1 Hz signal track is prepared from the samples: gaps, GPS spikes, smoothing, grade, and which seconds are running.</summary>
    public TrackOptions Track { get; init; } = TrackOptions.Default;

    /// <summary>Pace surges: a rise of grade-adjusted speed above a steady recent baseline.</summary>
    public SurgeOptions Surge { get; init; } = SurgeOptions.Default;

    /// <summary>Heat exposure: blocks of running in heat, from the watch's sensor or from weather, and running in the hot hours of a warm-season day.</summary>
    public HeatOptions Heat { get; init; } = HeatOptions.Default;

    /// <summary>Cadence drops: fewer steps a minute than the runner's own recent cadence at a similar speed.</summary>
    public CadenceOptions Cadence { get; init; } = CadenceOptions.Default;

    /// <summary>Fast start, no warm-up, no cool-down and long-run hydration: the findings judged over the run as a whole.</summary>
    public WholeRunOptions WholeRun { get; init; } = WholeRunOptions.Default;

    /// <summary>Cardiac drift: heart rate rising against a steady pace (aerobic decoupling).</summary>
    public DriftOptions Drift { get; init; } = DriftOptions.Default;
}
