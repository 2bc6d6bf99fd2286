namespace CrampSignals.Signals;

/// <summary>Where surges and cadence drops begin and how long they last (hysteresis). Part of <see cref="SignalOptions"/>.</summary>
public sealed record OnsetOptions
{
    /// <summary>The defaults.</summary>
    public static OnsetOptions Default { get; } = new();

    /// <summary>
    /// Hysteresis of surges and cadence drops: one starts past the full threshold and lasts while the deviation stays
    /// at least this fraction of the threshold; it is also dated from where the deviation first reached this fraction
    /// (its onset). The mean deviation over it must still reach the full threshold. Default 0.5.
    /// </summary>
    public double FractionOfThreshold { get; init; } = 0.5;

    /// <summary>Furthest the onset is moved back (a surge ramps up over a few seconds; smoothing blurs it by a few more). Default 20 s.</summary>
    public TimeSpan MaxShift { get; init; } = TimeSpan.FromSeconds(20);
}
