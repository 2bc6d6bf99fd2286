namespace CrampSignals.Signals;

/// <summary>Pace surges: a rise of grade-adjusted speed above a steady recent baseline. Part of <see cref="SignalOptions"/>.</summary>
public sealed record SurgeOptions
{
    /// <summary>The defaults.</summary>
    public static SurgeOptions Default { get; } = new();

    /// <summary>Length of the rolling baseline window before each second. Default 10 min.</summary>
    public TimeSpan BaselineWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Least running time in the baseline window for a comparison (the window must be mostly running). Default 6 min.</summary>
    public TimeSpan BaselineMinRunning { get; init; } = TimeSpan.FromMinutes(6);

    /// <summary>
    /// A standstill at least this long (a cramp stop, a long wait) is followed by a recovery: see
    /// <see cref="RecoveryAfterStop"/>. Shorter stops (traffic lights) are not. Default 2 min.
    /// </summary>
    public TimeSpan StopBeforeRecovery { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Running time after a stop of at least <see cref="StopBeforeRecovery"/> (a cramp stop, a long wait) that is left
    /// out of the baseline: a runner who takes a few slower minutes after a stop and then goes back to their own pace
    /// has not surged, and the slow minutes would otherwise pull the baseline down under that pace. Default 5 min.
    /// </summary>
    public TimeSpan RecoveryAfterStop { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Grade-adjusted speed at least this much above the baseline median. Default 10 %.</summary>
    public double MinIncreasePercent { get; init; } = 10;

    /// <summary>
    /// Length of the window, centred on each second, whose median running speed is the pace held around that time.
    /// A fade over hours moves it along; a surge of a few minutes hardly does. Default 30 min.
    /// </summary>
    public TimeSpan ContextWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Grade-adjusted speed also at least this much above the pace held around that time
    /// (<see cref="ContextWindow"/>), so that getting back to pace after a slow warm-up, a walk break or a cramp is
    /// not a surge. Default 5 %.
    /// </summary>
    public double MinAboveTypicalPercent { get; init; } = 5;

    /// <summary>
    /// The baseline must be steady: its median at least this fraction of the pace held around that time (a window of
    /// warm-up or recovery jogging is no baseline). Default 0.9.
    /// </summary>
    public double BaselineMinFractionOfTypical { get; init; } = 0.9;

    /// <summary>
    /// The baseline must be steady: at least this fraction of its seconds within <see cref="BaselineSteadyBandPercent"/>
    /// of its median. A window half warm-up and half running pace has a median that few seconds are near. Default 0.6.
    /// </summary>
    public double BaselineMinSteadyFraction { get; init; } = 0.6;

    /// <summary>Relative band around the baseline median that counts as steady. Default ±8 %.</summary>
    public double BaselineSteadyBandPercent { get; init; } = 8;

    /// <summary>
    /// The baseline must be steady: the median running speeds of its earlier and its later half differ by at most this
    /// (relative). A window of warm-up jogging and then running pace, or one the runner's pace drifted across, is a step,
    /// not a baseline; a rise of <see cref="MinIncreasePercent"/> cannot be measured against a reference that itself
    /// moved by half as much. Default 5 %.
    /// </summary>
    public double BaselineMaxHalvesDifferencePercent { get; init; } = 5;

    /// <summary>
    /// Width of the rolling mean over the running speed on which the baseline's steadiness is read, so that GPS scatter of
    /// single seconds does not pass for an unsteady runner. Default 31 s.
    /// </summary>
    public TimeSpan SteadinessSmoothingWindow { get; init; } = TimeSpan.FromSeconds(31);

    /// <summary>A rise whose mean grade is steeper than this is a climb, not a surge (altitude error is magnified there). Default 0.08.</summary>
    public double MaxMeanGrade { get; init; } = 0.08;

    /// <summary>Shortest surge, from where the runner began to speed up (see <see cref="MaxRamp"/>). Default 60 s.</summary>
    public TimeSpan MinDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A surge's length counts its ramp: from its onset (half the threshold) back while the speed was still climbing and
    /// at least a quarter of the threshold above the baseline, at most this far. A runner takes a few seconds to speed up, and a one-minute surge measured
    /// only from the half-threshold line comes out a few seconds short. Default 10 s.
    /// </summary>
    public TimeSpan MaxRamp { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Least time a surge spends past the full threshold (the rest may sit between half and full: its ramps). Default 45 s.</summary>
    public TimeSpan MinDurationAtFullRise { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Dips below the threshold up to this long do not end a surge. Default 10 s.</summary>
    public TimeSpan MaxDip { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Surge of at least this much is moderate. Default 15 %.</summary>
    public double ModeratePercent { get; init; } = 15;

    /// <summary>Surge of at least this much is high. Default 25 %.</summary>
    public double HighPercent { get; init; } = 25;

    /// <summary>
    /// A surge is temporary: the pace held after it is the median running speed over this long after its end, and the
    /// surge must stand above that too (<see cref="MinAboveAfterPercent"/>, <see cref="MinReturnFraction"/>).
    /// A permanent step up (the end of a warm-up, getting back to pace after a stop or a walk break) is then not a surge.
    /// Default 10 min.
    /// </summary>
    public TimeSpan AfterWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Least running time after a surge for the pace after it to be judged; with less (a surge at the end of the run, a
    /// cool-down walk) only the pace before counts. Default 2 min.
    /// </summary>
    public TimeSpan AfterMinRunning { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A surge stands at least this much above the pace held after it (<see cref="AfterWindow"/>). Default 5 %.</summary>
    public double MinAboveAfterPercent { get; init; } = 5;

    /// <summary>
    /// After a surge the runner comes back at least this fraction of the way down from the surge's speed to the pace
    /// before it; a runner who holds most of the rise has stepped up, not surged. Default 0.5.
    /// </summary>
    public double MinReturnFraction { get; init; } = 0.5;

    /// <summary>
    /// A faster stride is a quicker one too: when cadence is recorded, a real surge lifts it by at least this fraction of
    /// the speed rise (0.085: a 20 % surge, at least 1.7 % more steps a minute; runners gain speed mostly by longer
    /// strides, and gain about a fifth of it in cadence; at 0.07 a step or two of cadence scatter confirmed GPS
    /// excursions). A GPS excursion or drift, or a climb the run's fitted hill response over-credits, lifts the speed alone:
    /// when cadence or heart rate is recorded, a rise that neither answers (this, or <see cref="MinHeartRateResponse"/>)
    /// is no surge; with neither, see <see cref="ClearNoiseMultiple"/>. Default 0.085.
    /// </summary>
    public double MinCadenceResponse { get; init; } = 0.085;

    /// <summary>
    /// When heart rate is recorded, a real surge lifts it (after <see cref="HeartRateLag"/>) by at least this
    /// fraction of the speed rise (0.2: a 20 % surge, at least 4 % more beats a minute). Default 0.2.
    /// </summary>
    public double MinHeartRateResponse { get; init; } = 0.2;

    /// <summary>Heart rate takes this long to answer a change of pace; the surge's heart rate is read after it. Default 30 s.</summary>
    public TimeSpan HeartRateLag { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Running time just before a surge whose cadence and heart rate are the reference for its response. Default 2 min.</summary>
    public TimeSpan ResponseReferenceLength { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Running seconds this soon after a walk break or a stop do not serve as the heart-rate and cadence reference of a
    /// surge: both are still climbing back to the running level then. Default 90 s.
    /// </summary>
    public TimeSpan ResponseSettleTime { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// When neither cadence nor heart rate is recorded, the body cannot be asked: a rise must then be at least this many
    /// times the baseline's own scatter (robust relative spread of the speed over <see cref="BaselineWindow"/>) to stand
    /// out of the speed alone, where GPS error of a smaller size is common. Default 3.
    /// </summary>
    public double ClearNoiseMultiple { get; init; } = 3;

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
