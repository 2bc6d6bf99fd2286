namespace CrampSignals.Signals;

/// <summary>Cadence drops: fewer steps a minute than the runner's own recent cadence at a similar speed. Part of <see cref="SignalOptions"/>.</summary>
public sealed record CadenceOptions
{
    /// <summary>The defaults.</summary>
    public static CadenceOptions Default { get; } = new();

    /// <summary>Length of the rolling cadence baseline window. Default 10 min.</summary>
    public TimeSpan BaselineWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Least running time at similar speed in the baseline window. Default 3 min.</summary>
    public TimeSpan BaselineMinRunning { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Baseline seconds count only when their grade-adjusted speed is within this fraction of the current one. Default 15 %.</summary>
    public double SimilarSpeedPercent { get; init; } = 15;

    /// <summary>
    /// How cadence follows speed: cadence ∝ speed^k, so a slower pace is allowed a slightly lower cadence. Runners add
    /// about 2 % cadence per 10 % speed. Default 0.2.
    /// </summary>
    public double SpeedExponent { get; init; } = 0.2;

    /// <summary>Cadence at least this much below the baseline. Default 5 %.</summary>
    public double MinDropPercent { get; init; } = 5;

    /// <summary>Shortest cadence drop. Default 60 s.</summary>
    public TimeSpan MinDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Least time a cadence drop spends past the full drop. Default 45 s.</summary>
    public TimeSpan MinDurationAtFullDrop { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Dips out of the drop up to this long do not end it. Default 10 s.</summary>
    public TimeSpan MaxGap { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Seconds on a steeper grade than this are not judged (stride changes on hills are not fatigue). Default 0.06.</summary>
    public double MaxAbsGrade { get; init; } = 0.06;

    /// <summary>Cadence drop of at least this much is moderate. Default 8 %.</summary>
    public double ModeratePercent { get; init; } = 8;

    /// <summary>Cadence drop of at least this much is high. Default 12 %.</summary>
    public double HighPercent { get; init; } = 12;

    // ---- onset ----

    /// <summary>
    /// Hysteresis of surges and cadence drops: one starts past the full threshold and lasts while the deviation stays
    /// at least this fraction of the threshold; it is also dated from where the deviation first reached this fraction
    /// (its onset). The mean deviation over it must still reach the full threshold. Default 0.5.
    /// </summary>
    public double OnsetFractionOfThreshold { get; init; } = 0.5;

    /// <summary>Furthest the onset is moved back (a surge ramps up over a few seconds; smoothing blurs it by a few more). Default 20 s.</summary>
    public TimeSpan MaxOnsetShift { get; init; } = TimeSpan.FromSeconds(20);
}
