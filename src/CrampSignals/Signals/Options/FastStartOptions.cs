namespace CrampSignals.Signals;

/// <summary>Fast start: a first part of the run faster than the rest. Part of <see cref="SignalOptions"/>.</summary>
public sealed record FastStartOptions
{
    /// <summary>The defaults.</summary>
    public static FastStartOptions Default { get; } = new();

    /// <summary>Fraction of the running distance that makes the "first part". Default one third.</summary>
    public double FirstFraction { get; init; } = 1.0 / 3.0;

    /// <summary>The first part at least this much faster (grade-adjusted) than the rest. Default 5 %.</summary>
    public double MinPercent { get; init; } = 5;

    /// <summary>Shortest run judged for a fast start. Default 20 min of running.</summary>
    public TimeSpan MinRunning { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// A positive split this large is a fast start even when the rest of the run faded steadily (the trend test is
    /// skipped). Default 10 %.
    /// </summary>
    public double AlwaysPercent { get; init; } = 10;

    /// <summary>
    /// The opening stands out of a steady fade when it is at least this much above the rest's own trend extended back
    /// to it: a run that fades evenly from the start puts the opening on that line (about 0 %), a fast start puts it
    /// clearly above, though by less than the whole split, since the fade after it tilts the line up. Default 2.5 %.
    /// </summary>
    public double MinAboveTrendPercent { get; init; } = 2.5;

    /// <summary>Fast start of at least this much is moderate. Default 8 %.</summary>
    public double ModeratePercent { get; init; } = 8;

    /// <summary>Fast start of at least this much is high. Default 12 %.</summary>
    public double HighPercent { get; init; } = 12;

    /// <summary>A fast start is not judged when the first part and the rest differ in mean grade by more than this (a climb out and a descent home). Default 0.03.</summary>
    public double MaxGradeDifference { get; init; } = 0.03;
}
