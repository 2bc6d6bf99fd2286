namespace CrampSignals.Signals;

/// <summary>No warm-up: a run that starts at its full pace. Part of <see cref="SignalOptions"/>.</summary>
public sealed record WarmUpOptions
{
    /// <summary>The defaults.</summary>
    public static WarmUpOptions Default { get; } = new();

    /// <summary>Length of the warm-up examined. Default 5 min of moving time.</summary>
    public TimeSpan Length { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The warm-up is missing when its mean speed is at least this fraction of the rest's median running speed. An easy
    /// warm-up jog is some 15-25 % slower than the run; a start at the run's pace still wanders by a few percent. Default 0.92.
    /// </summary>
    public double MinFractionOfTypical { get; init; } = 0.92;

    /// <summary>Least running time after the warm-up window for the comparison (enough to know the run's pace; short runs need a warm-up too). Default 10 min.</summary>
    public TimeSpan MinRestRunning { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A start at least this fast (percent of the run's typical speed) is moderate: the runner set off at full pace. Default 100 %.</summary>
    public double ModeratePercentOfTypical { get; init; } = 100;

    /// <summary>A start at least this fast (percent of the run's typical speed) is high: faster than the run itself. Default 105 %.</summary>
    public double HighPercentOfTypical { get; init; } = 105;
}
