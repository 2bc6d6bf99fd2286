namespace CrampSignals.Signals;

/// <summary>
/// The findings judged over the run as a whole: fast start (a first part faster than the rest), no warm-up (a start at
/// full pace), no cool-down (an abrupt stop from running effort) and long-run hydration (runs long enough to call for a
/// drinking plan). Part of <see cref="SignalOptions"/>.
/// </summary>
public sealed record WholeRunOptions
{
    /// <summary>The defaults.</summary>
    public static WholeRunOptions Default { get; } = new();

    // ---- fast start ----

    /// <summary>Fraction of the running distance that makes the "first part". Default one third.</summary>
    public double FastStartFirstFraction { get; init; } = 1.0 / 3.0;

    /// <summary>The first part at least this much faster (grade-adjusted) than the rest. Default 5 %.</summary>
    public double FastStartMinPercent { get; init; } = 5;

    /// <summary>Shortest run judged for a fast start. Default 20 min of running.</summary>
    public TimeSpan FastStartMinRunning { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// A positive split this large is a fast start even when the rest of the run faded steadily (the trend test is
    /// skipped). Default 10 %.
    /// </summary>
    public double FastStartAlwaysPercent { get; init; } = 10;

    /// <summary>
    /// The opening stands out of a steady fade when it is at least this much above the rest's own trend extended back
    /// to it: a run that fades evenly from the start puts the opening on that line (about 0 %), a fast start puts it
    /// clearly above, though by less than the whole split, since the fade after it tilts the line up. Default 2.5 %.
    /// </summary>
    public double FastStartMinAboveTrendPercent { get; init; } = 2.5;

    /// <summary>Fast start of at least this much is moderate. Default 8 %.</summary>
    public double FastStartModeratePercent { get; init; } = 8;

    /// <summary>Fast start of at least this much is high. Default 12 %.</summary>
    public double FastStartHighPercent { get; init; } = 12;

    /// <summary>A fast start is not judged when the first part and the rest differ in mean grade by more than this (a climb out and a descent home). Default 0.03.</summary>
    public double FastStartMaxGradeDifference { get; init; } = 0.03;

    // ---- warm-up and cool-down ----

    /// <summary>Length of the warm-up examined. Default 5 min of moving time.</summary>
    public TimeSpan WarmUpLength { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The warm-up is missing when its mean speed is at least this fraction of the rest's median running speed. An easy
    /// warm-up jog is some 15-25 % slower than the run; a start at the run's pace still wanders by a few percent. Default 0.92.
    /// </summary>
    public double NoWarmUpMinFractionOfTypical { get; init; } = 0.92;

    /// <summary>Least running time after the warm-up window for the comparison (enough to know the run's pace; short runs need a warm-up too). Default 10 min.</summary>
    public TimeSpan NoWarmUpMinRestRunning { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A start at least this fast (percent of the run's typical speed) is moderate: the runner set off at full pace. Default 100 %.</summary>
    public double NoWarmUpModeratePercentOfTypical { get; init; } = 100;

    /// <summary>A start at least this fast (percent of the run's typical speed) is high: faster than the run itself. Default 105 %.</summary>
    public double NoWarmUpHighPercentOfTypical { get; init; } = 105;

    /// <summary>
    /// The last minute of moving before the stop at least this fraction of the run's typical hill-neutral speed counts as
    /// "at running effort"; slower moving seconds right before the stop are the ease-down. Default 0.9.
    /// </summary>
    public double NoCoolDownMinFractionOfTypical { get; init; } = 0.9;

    /// <summary>Length of the last stretch of moving before the ease-down that is examined. Default 60 s.</summary>
    public TimeSpan NoCoolDownLastRunning { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Coming down from running to standing (or the end of the recording) within this is abrupt. Default 30 s.</summary>
    public TimeSpan NoCoolDownMaxEase { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>This much walking or jogging after the last running second is a cool-down. Default 2 min.</summary>
    public TimeSpan CoolDownMinMoving { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Shortest run judged for a cool-down. Default 10 min of running.</summary>
    public TimeSpan NoCoolDownMinRunning { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A cramp logged this close before the end of moving makes the pace after it (a hobble to the line) the effort the
    /// runner stopped from: slower running after a cramp is not easing into a cool-down. Default 15 min.
    /// </summary>
    public TimeSpan NoCoolDownAfterCrampWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// After a late cramp, the last minute of running before the stop at least this fraction of the pace since the cramp
    /// is still the hobble to the line; easier than that, the runner eased down. Default 0.85.
    /// </summary>
    public double NoCoolDownLimpMinFraction { get; init; } = 0.85;

    /// <summary>
    /// A hobble slower than running speed (the track reads it as walking) is one only when its last minute holds at least
    /// this fraction of its pace since the cramp: with no running stride to tell it from a cool-down walk, an even pace
    /// to a dead stop is what marks it. Default 0.9.
    /// </summary>
    public double NoCoolDownSlowLimpMinFraction { get; init; } = 0.9;

    /// <summary>A stop from at least this speed (percent of the run's typical speed) is moderate: straight from full running pace. Default 100 %.</summary>
    public double NoCoolDownModeratePercentOfTypical { get; init; } = 100;

    // ---- long-run hydration ----

    /// <summary>Moving time that calls for a drinking plan. Default 60 min.</summary>
    public TimeSpan HydrationMinMoving { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Moving time that calls for a drinking plan in the heat. Default 45 min.</summary>
    public TimeSpan HydrationMinMovingHot { get; init; } = TimeSpan.FromMinutes(45);

    /// <summary>Moving time from which hydration matters more (moderate; high when also hot). Default 90 min.</summary>
    public TimeSpan HydrationLongMoving { get; init; } = TimeSpan.FromMinutes(90);
}
