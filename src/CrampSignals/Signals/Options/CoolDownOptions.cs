namespace CrampSignals.Signals;

/// <summary>No cool-down: a run that stops abruptly from its running effort. Part of <see cref="SignalOptions"/>.</summary>
public sealed record CoolDownOptions
{
    /// <summary>The defaults.</summary>
    public static CoolDownOptions Default { get; } = new();

    /// <summary>
    /// The last minute of moving before the stop at least this fraction of the run's typical hill-neutral speed counts as
    /// "at running effort"; slower moving seconds right before the stop are the ease-down. Default 0.9.
    /// </summary>
    public double MinFractionOfTypical { get; init; } = 0.9;

    /// <summary>Length of the last stretch of moving before the ease-down that is examined. Default 60 s.</summary>
    public TimeSpan LastRunning { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Coming down from running to standing (or the end of the recording) within this is abrupt. Default 30 s.</summary>
    public TimeSpan MaxEase { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>This much walking or jogging after the last running second is a cool-down. Default 2 min.</summary>
    public TimeSpan MinMoving { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A cramp logged this close before the end of moving makes the pace after it (a hobble to the line) the effort the
    /// runner stopped from: slower running after a cramp is not easing into a cool-down. Default 15 min.
    /// </summary>
    public TimeSpan AfterCrampWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// After a late cramp, the last minute of running before the stop at least this fraction of the pace since the cramp
    /// is still the hobble to the line; easier than that, the runner eased down. Default 0.85.
    /// </summary>
    public double LimpMinFraction { get; init; } = 0.85;

    /// <summary>Shortest run judged for a cool-down. Default 10 min of running.</summary>
    public TimeSpan MinRunning { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A stop from at least this speed (percent of the run's typical speed) is moderate: straight from full running pace. Default 100 %.</summary>
    public double ModeratePercentOfTypical { get; init; } = 100;
}
