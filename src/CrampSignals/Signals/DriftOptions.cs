namespace CrampSignals.Signals;

/// <summary>Cardiac drift: heart rate rising against a steady pace (aerobic decoupling). Part of <see cref="SignalOptions"/>.</summary>
public sealed record DriftOptions
{
    /// <summary>The defaults.</summary>
    public static DriftOptions Default { get; } = new();

    /// <summary>Least running time of the whole run for the decoupling to be judged. Default 40 min.</summary>
    public TimeSpan MinRunning { get; init; } = TimeSpan.FromMinutes(40);

    /// <summary>Least steady running with heart rate (after <see cref="SkipStart"/>, near the typical pace) for the decoupling. Default 30 min.</summary>
    public TimeSpan MinSteady { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Running seconds count as steady when their grade-adjusted speed is within this fraction of the run's typical speed. Default 15 %.</summary>
    public double SteadyBandPercent { get; init; } = 15;

    /// <summary>Running time skipped at the start while heart rate climbs to its working level (its fast phase takes a minute or two). Default 2 min.</summary>
    public TimeSpan SkipStart { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Steady running starts at the first second from which at least half of the running in this window is within
    /// <see cref="SteadyBandPercent"/> of the typical pace, so a warm-up near the edge of the band does not start it
    /// early (how many of a warm-up's seconds stray into the band depends on how noisy the speed is, and so on the file
    /// format). Default 2 min.
    /// </summary>
    public TimeSpan SustainedWindow { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Aerobic decoupling above this is drift: how far heart rate rose above what the pace needs, start to end of the
    /// steady running (at an even pace, heart rate's own rise). Default 5 %.
    /// </summary>
    public double MinPercent { get; init; } = 5;

    /// <summary>Decoupling of at least this much is moderate. Default 8 %.</summary>
    public double ModeratePercent { get; init; } = 8;

    /// <summary>Decoupling of at least this much is high. Default 12 %.</summary>
    public double HighPercent { get; init; } = 12;

    /// <summary>
    /// Resting heart rate assumed by the model of the heart rate a pace needs: the reserve above it grows in proportion
    /// to grade-adjusted speed (as oxygen uptake does). Default 60 bpm (at most <see cref="RestingMaxFractionOfEarly"/> of the early running heart rate).
    /// </summary>
    public double RestingHeartRateBpm { get; init; } = 60;

    /// <summary>
    /// The assumed resting heart rate is at most this fraction of the early running heart rate, so a runner whose easy
    /// running sits near 70 bpm still has a reserve to grow. Default 0.8.
    /// </summary>
    public double RestingMaxFractionOfEarly { get; init; } = 0.8;

    /// <summary>Length of the early steady running the heart rate model is learnt from (and of the late stretch shown beside it); at most a third of the steady running. Default 10 min.</summary>
    public TimeSpan ReferenceLength { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How far heart rate lags a change of pace (time constant of its response): the model follows the pace through this lag. Default 30 s.</summary>
    public TimeSpan HeartRateLag { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Heart rate itself must rise at least this much over the steady running (its fitted trend, start to end): drift is
    /// heart rate climbing against the pace, so a fading race whose heart rate falls with it is not drift, while one whose
    /// heart rate holds near its ceiling as the pace fades still is. Default 0 %.
    /// </summary>
    public double MinHeartRateRisePercent { get; init; }
}
