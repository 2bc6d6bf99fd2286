namespace CrampSignals.Signals;

/// <summary>
/// Every threshold of the signal module, with documented defaults. Speeds are in metres per second, cadence in steps
/// per minute, temperatures in °C, durations as <see cref="TimeSpan"/> or seconds as named.
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

    // ---- cramps ----

    /// <summary>How far before a cramp to look for findings. Default 20 min.</summary>
    public TimeSpan CrampLookback { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>How long after a run's end a cramp still belongs to it (cramps can strike hours later, at rest). Default 12 h.</summary>
    public TimeSpan CrampAfterRunWindow { get; init; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Also read cramps from FIT user-marker events and GPX waypoints named as cramps. Default off: a marker can mean
    /// anything (a split, a photo), so the runner has to ask for it.
    /// </summary>
    public bool UseCrampMarkers { get; init; }

    // ---- preparing the track ----

    /// <summary>Longest time between two samples that is still interpolated across; a longer gap is a pause. Default 10 s (smart recording writes every 1-8 s).</summary>
    public double MaxSampleGapSeconds { get; init; } = 10;

    /// <summary>Longest activity the signal pass resamples; beyond it the track is cut and a note says so (bounded memory). Default 48 h.</summary>
    public TimeSpan MaxTrackLength { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Fastest plausible speed on foot; a faster sample (or an implied speed from a position jump) is a GPS spike and is removed. Default 8 m/s (2:05 min/km).</summary>
    public double MaxPlausibleFootSpeed { get; init; } = 8.0;

    /// <summary>
    /// A file that does not name an on-foot sport is taken for a ride (and not judged) when its median moving speed is
    /// above this. Default 5 m/s (3:20 min/km, a pace few hold for long).
    /// </summary>
    public double MaxTypicalRunningSpeed { get; init; } = 5.0;

    /// <summary>
    /// ... or when a twentieth of its moving time is faster than this. Default 8.5 m/s (under 2:00 min/km: only
    /// sprinters, and only for seconds).
    /// </summary>
    public double MaxFastRunningSpeed { get; init; } = 8.5;

    /// <summary>Grade beyond which a second is left out of whole-run pace comparisons (fast start, warm-up, cardiac drift): on steep trails the cost of running is least certain, above all downhill. Default 0.08.</summary>
    public double ComparisonMaxAbsGrade { get; init; } = 0.08;

    /// <summary>A fast start is not judged when the first part and the rest differ in mean grade by more than this (a climb out and a descent home). Default 0.03.</summary>
    public double FastStartMaxGradeDifference { get; init; } = 0.03;

    /// <summary>Width of the rolling median that removes short spikes from speed and cadence. Default 11 s.</summary>
    public int SpeedMedianSeconds { get; init; } = 11;

    /// <summary>Width of the light rolling mean after the median for speed and cadence. Default 5 s.</summary>
    public int SpeedMeanSeconds { get; init; } = 5;

    /// <summary>Width of the rolling median and of the mean for heart rate. Default 5 s.</summary>
    public int HeartRateSmoothingSeconds { get; init; } = 5;

    /// <summary>Width of the rolling median and of the mean for temperature (sensors step in whole degrees). Default 31 s.</summary>
    public int TemperatureSmoothingSeconds { get; init; } = 31;

    /// <summary>Width of the rolling median and of the mean for altitude before grade is taken. Default 15 s.</summary>
    public int AltitudeSmoothingSeconds { get; init; } = 15;

    /// <summary>Distance over which grade is measured (centred on each second). Default 40 m.</summary>
    public double GradeWindowMeters { get; init; } = 40;

    /// <summary>Largest absolute grade used (the range Minetti et al. 2002 measured). Default 0.45.</summary>
    public double MaxAbsGrade { get; init; } = 0.45;

    /// <summary>Below this speed the runner is standing still (a pause). Default 0.5 m/s.</summary>
    public double StillSpeed { get; init; } = 0.5;

    /// <summary>Least downhill response fitted (runners who gain little speed on descents: braking, footing). Default 0.3.</summary>
    public double HillResponseMin { get; init; } = 0.3;

    /// <summary>
    /// Least uphill response fitted. Holding flat speed up a climb costs far more power (the cost rises by about 5 % per
    /// 1 % of grade), so every runner at a steady effort gives back a good part of it; a fit below this has mistaken an
    /// effort made on a climb for the runner's way of taking hills. Default 0.5.
    /// </summary>
    public double HillResponseUphillMin { get; init; } = 0.5;

    /// <summary>Width of the rolling mean over both grade cost and speed before the hill response is fitted. Default 31 s.</summary>
    public int HillResponseSmoothingSeconds { get; init; } = 31;

    /// <summary>Least spread (standard deviation) of ln(C(grade)/C(0)) for the hill response to be fitted; flatter runs use 1. Default 0.03.</summary>
    public double HillResponseMinCostSpread { get; init; } = 0.03;

    /// <summary>
    /// The fitted hill responses are kept this many standard errors towards following the cost curve fully, so a noisy
    /// fit cannot invent hill efforts. Default 2.
    /// </summary>
    public double HillResponseShrinkErrors { get; init; } = 1;

    /// <summary>Slowest speed counted as running (a brisk walk is up to about 1.8-2 m/s). Default 1.9 m/s.</summary>
    public double RunningMinSpeed { get; init; } = 1.9;

    /// <summary>Lowest cadence counted as running, when cadence is recorded (walking is about 100-130 spm). Default 135 spm.</summary>
    public double RunningMinCadence { get; init; } = 135;

    /// <summary>Running also needs at least this fraction of the run's typical speed (a walk break of a fast runner). Default 0.6.</summary>
    public double RunningMinFractionOfTypical { get; init; } = 0.6;

    /// <summary>Median running cadence below this is taken as strides (one foot) per minute and doubled to steps per minute. Default 115.</summary>
    public double StrideCadenceBelow { get; init; } = 115;

    /// <summary>
    /// With a speed, a runner whose own cadence is low still runs down to this fraction of their median cadence at running
    /// speed when that is below <see cref="RunningMinCadence"/>: a 154 spm runner slowing their turnover to 134 spm at an
    /// unchanged 2.6 m/s is still running (walks are slower, and the speed tells them apart). Default 0.8.
    /// </summary>
    public double RunningMinCadenceFraction { get; init; } = 0.8;

    // ---- pace surge ----

    /// <summary>Length of the rolling baseline window before each second. Default 10 min.</summary>
    public TimeSpan SurgeBaselineWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Least running time in the baseline window for a comparison (the window must be mostly running). Default 6 min.</summary>
    public TimeSpan SurgeBaselineMinRunning { get; init; } = TimeSpan.FromMinutes(6);

    /// <summary>Grade-adjusted speed at least this much above the baseline median. Default 10 %.</summary>
    public double SurgeMinIncreasePercent { get; init; } = 10;

    /// <summary>
    /// Length of the window, centred on each second, whose median running speed is the pace held around that time.
    /// A fade over hours moves it along; a surge of a few minutes hardly does. Default 30 min.
    /// </summary>
    public TimeSpan SurgeContextWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Grade-adjusted speed also at least this much above the pace held around that time
    /// (<see cref="SurgeContextWindow"/>), so that getting back to pace after a slow warm-up, a walk break or a cramp is
    /// not a surge. Default 5 %.
    /// </summary>
    public double SurgeMinAboveTypicalPercent { get; init; } = 5;

    /// <summary>
    /// The baseline must be steady: its median at least this fraction of the pace held around that time (a window of
    /// warm-up or recovery jogging is no baseline). Default 0.9.
    /// </summary>
    public double SurgeBaselineMinFractionOfTypical { get; init; } = 0.9;

    /// <summary>
    /// The baseline must be steady: at least this fraction of its seconds within <see cref="SurgeBaselineSteadyBand"/>
    /// of its median. A window half warm-up and half running pace has a median that few seconds are near. Default 0.6.
    /// </summary>
    public double SurgeBaselineMinSteadyFraction { get; init; } = 0.6;

    /// <summary>Relative band around the baseline median that counts as steady. Default ±8 %.</summary>
    public double SurgeBaselineSteadyBand { get; init; } = 0.08;

    /// <summary>
    /// The baseline must be steady: the median running speeds of its earlier and its later half differ by at most this
    /// (relative). A window of warm-up jogging and then running pace, or one the runner's pace drifted across, is a step,
    /// not a baseline; a rise of <see cref="SurgeMinIncreasePercent"/> cannot be measured against a reference that itself
    /// moved by half as much. Default 0.05.
    /// </summary>
    public double SurgeBaselineMaxHalvesDifference { get; init; } = 0.05;

    /// <summary>
    /// Width of the rolling mean over the running speed on which the baseline's steadiness is read, so that GPS scatter of
    /// single seconds does not pass for an unsteady runner. Default 31 s.
    /// </summary>
    public int SurgeSteadinessSmoothingSeconds { get; init; } = 31;

    /// <summary>A rise whose mean grade is steeper than this is a climb, not a surge (altitude error is magnified there). Default 0.08.</summary>
    public double SurgeMaxMeanGrade { get; init; } = 0.08;

    /// <summary>
    /// A rise whose mean grade is at least this is on a climb: how much the climb is credited decides whether it is a
    /// rise at all, and one or two climbs calibrate the runner's own hill response poorly, so the rise must also show in
    /// cadence or heart rate when they are recorded (a steady effort up a hill keeps both). Default 0.03.
    /// </summary>
    public double SurgeClimbMinGrade { get; init; } = 0.03;

    /// <summary>Shortest surge, from its onset. Default 60 s.</summary>
    public double SurgeMinSeconds { get; init; } = 60;

    /// <summary>Least time a surge spends past the full threshold (the rest may sit between half and full: its ramps). Default 45 s.</summary>
    public double SurgeMinSecondsAtFullRise { get; init; } = 45;

    /// <summary>Dips below the threshold up to this long do not end a surge. Default 10 s.</summary>
    public double SurgeMaxDipSeconds { get; init; } = 10;

    /// <summary>Surge of at least this much is moderate. Default 15 %.</summary>
    public double SurgeModeratePercent { get; init; } = 15;

    /// <summary>Surge of at least this much is high. Default 25 %.</summary>
    public double SurgeHighPercent { get; init; } = 25;

    /// <summary>
    /// A surge is temporary: the pace held after it is the median running speed over this long after its end, and the
    /// surge must stand above that too (<see cref="SurgeMinAboveAfterPercent"/>, <see cref="SurgeMinReturnFraction"/>).
    /// A permanent step up (the end of a warm-up, getting back to pace after a stop or a walk break) is then not a surge.
    /// Default 10 min.
    /// </summary>
    public TimeSpan SurgeAfterWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Least running time after a surge for the pace after it to be judged; with less (a surge at the end of the run, a
    /// cool-down walk) only the pace before counts. Default 2 min.
    /// </summary>
    public TimeSpan SurgeAfterMinRunning { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A surge stands at least this much above the pace held after it (<see cref="SurgeAfterWindow"/>). Default 5 %.</summary>
    public double SurgeMinAboveAfterPercent { get; init; } = 5;

    /// <summary>
    /// After a surge the runner comes back at least this fraction of the way down from the surge's speed to the pace
    /// before it; a runner who holds most of the rise has stepped up, not surged. Default 0.5.
    /// </summary>
    public double SurgeMinReturnFraction { get; init; } = 0.5;

    /// <summary>
    /// A faster stride is a quicker one too: when cadence is recorded, a real surge lifts it by at least this fraction of
    /// the speed rise (0.07: a 20 % surge, at least 1.4 % more steps a minute; runners gain speed mostly by longer
    /// strides). A GPS excursion or drift lifts the speed alone. A marginal surge (<see cref="SurgeClearNoiseMultiple"/>)
    /// is kept when cadence or heart rate (<see cref="SurgeMinHeartRateResponse"/>) responds, or when neither was
    /// recorded. Default 0.07.
    /// </summary>
    public double SurgeMinCadenceResponse { get; init; } = 0.07;

    /// <summary>
    /// When heart rate is recorded, a real surge lifts it (after <see cref="SurgeHeartRateLagSeconds"/>) by at least this
    /// fraction of the speed rise (0.2: a 20 % surge, at least 4 % more beats a minute). Default 0.2.
    /// </summary>
    public double SurgeMinHeartRateResponse { get; init; } = 0.2;

    /// <summary>Heart rate takes this long to answer a change of pace; the surge's heart rate is read after it. Default 30 s.</summary>
    public double SurgeHeartRateLagSeconds { get; init; } = 30;

    /// <summary>Running time just before a surge whose cadence and heart rate are the reference for its response. Default 2 min.</summary>
    public double SurgeResponseReferenceSeconds { get; init; } = 120;

    /// <summary>
    /// Running seconds this soon after a walk break or a stop do not serve as the heart-rate and cadence reference of a
    /// surge: both are still climbing back to the running level then. Default 90 s.
    /// </summary>
    public double SurgeResponseSettleSeconds { get; init; } = 90;

    /// <summary>
    /// A rise of at least this many times the baseline's own scatter (robust relative spread of the speed over
    /// <see cref="SurgeBaselineWindow"/>) stands out of the speed alone; a smaller one, where GPS error of the same size
    /// is common, must be confirmed by cadence or heart rate. Default 3.
    /// </summary>
    public double SurgeClearNoiseMultiple { get; init; } = 3;

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

    // ---- heat ----

    /// <summary>
    /// Heat threshold for the watch's own temperature sensor. A wrist sensor reads several degrees above the air (body
    /// heat), so this is higher than <see cref="HeatAirThresholdCelsius"/>. Default 30 °C.
    /// </summary>
    public double HeatWristThresholdCelsius { get; init; } = 30;

    /// <summary>Heat threshold for air temperature from weather input. Default 25 °C.</summary>
    public double HeatAirThresholdCelsius { get; init; } = 25;

    /// <summary>
    /// Estimated WBGT from weather input that makes heat exposure even below the air threshold: the ACSM black flag.
    /// Default 28 °C. (The yellow 18-23 and red 23-28 bands set the severity; the estimate assumes sun, so a lower
    /// threshold would flag mild humid mornings.)
    /// </summary>
    public double HeatWbgtThresholdCelsius { get; init; } = 28;

    /// <summary>Heat threshold for the heat index from weather input. Default 27 °C (the "caution" band).</summary>
    public double HeatIndexThresholdCelsius { get; init; } = 27;

    /// <summary>Above the threshold by this much (wrist or air) makes heat exposure moderate; twice this, high. Default 4 °C.</summary>
    public double HeatSeverityStepCelsius { get; init; } = 4;

    /// <summary>Shortest block above the threshold reported. Default 10 min.</summary>
    public TimeSpan HeatMinBlock { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Dips below the threshold up to this long do not split a block (shade, a breeze, a noisy reading). Default 10 min.</summary>
    public TimeSpan HeatMaxDip { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A block read on the watch's own sensor is dated from where its rise began (the sensor lags the air by minutes):
    /// back from the threshold crossing while the temperature rose at least this fast. Default 0.3 °C per minute (a
    /// wrist warming into the heat climbs several degrees a minute; a drifting one barely moves).
    /// </summary>
    public double HeatOnsetMinRiseCelsiusPerMinute { get; init; } = 0.3;

    /// <summary>
    /// Length of the trailing window the rise rate of <see cref="HeatOnsetMinRiseCelsiusPerMinute"/> is measured over:
    /// long enough to span a step of a sensor that reads in whole degrees. Default 2 min.
    /// </summary>
    public double HeatOnsetWindowSeconds { get; init; } = 120;

    /// <summary>Furthest a wrist block's start is moved back from its threshold crossing. Default 5 min.</summary>
    public double HeatOnsetMaxSeconds { get; init; } = 300;

    // ---- hot hours ----

    /// <summary>Start of the hot hours, local clock hour. Default 10.</summary>
    public double HotHoursStartHour { get; init; } = 10;

    /// <summary>End of the hot hours, local clock hour. Default 16.</summary>
    public double HotHoursEndHour { get; init; } = 16;

    /// <summary>Least moving time inside the hot hours. Default 15 min.</summary>
    public TimeSpan HotHoursMinMoving { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Least fraction of the run's moving time inside the hot hours. Default 0.25.</summary>
    public double HotHoursMinFraction { get; init; } = 0.25;

    /// <summary>Warm-season months in the northern hemisphere (the southern one is shifted by six months: Nov-Mar). Default May to September.</summary>
    public IReadOnlyList<int> NorthernWarmMonths { get; init; } = [5, 6, 7, 8, 9];

    /// <summary>Warm-season months in the southern hemisphere. Default November to March.</summary>
    public IReadOnlyList<int> SouthernWarmMonths { get; init; } = [11, 12, 1, 2, 3];

    // ---- cadence drop ----

    /// <summary>Length of the rolling cadence baseline window. Default 10 min.</summary>
    public TimeSpan CadenceBaselineWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Least running time at similar speed in the baseline window. Default 3 min.</summary>
    public TimeSpan CadenceBaselineMinRunning { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Baseline seconds count only when their grade-adjusted speed is within this fraction of the current one. Default 0.15.</summary>
    public double CadenceSimilarSpeedFraction { get; init; } = 0.15;

    /// <summary>
    /// How cadence follows speed: cadence ∝ speed^k, so a slower pace is allowed a slightly lower cadence. Runners add
    /// about 2 % cadence per 10 % speed. Default 0.2.
    /// </summary>
    public double CadenceSpeedExponent { get; init; } = 0.2;

    /// <summary>Cadence at least this much below the baseline. Default 5 %.</summary>
    public double CadenceMinDropPercent { get; init; } = 5;

    /// <summary>Shortest cadence drop. Default 60 s.</summary>
    public double CadenceMinSeconds { get; init; } = 60;

    /// <summary>Least time a cadence drop spends past the full drop. Default 45 s.</summary>
    public double CadenceMinSecondsAtFullDrop { get; init; } = 45;

    /// <summary>Dips out of the drop up to this long do not end it. Default 10 s.</summary>
    public double CadenceMaxGapSeconds { get; init; } = 10;

    /// <summary>Seconds on a steeper grade than this are not judged (stride changes on hills are not fatigue). Default 0.06.</summary>
    public double CadenceMaxAbsGrade { get; init; } = 0.06;

    /// <summary>Cadence drop of at least this much is moderate. Default 8 %.</summary>
    public double CadenceModeratePercent { get; init; } = 8;

    /// <summary>Cadence drop of at least this much is high. Default 12 %.</summary>
    public double CadenceHighPercent { get; init; } = 12;

    // ---- onset ----

    /// <summary>
    /// Hysteresis of surges and cadence drops: one starts past the full threshold and lasts while the deviation stays
    /// at least this fraction of the threshold; it is also dated from where the deviation first reached this fraction
    /// (its onset). The mean deviation over it must still reach the full threshold. Default 0.5.
    /// </summary>
    public double OnsetFractionOfThreshold { get; init; } = 0.5;

    /// <summary>Furthest the onset is moved back (a surge ramps up over a few seconds; smoothing blurs it by a few more). Default 20 s.</summary>
    public double MaxOnsetSeconds { get; init; } = 20;

    // ---- warm-up ----

    /// <summary>Length of the warm-up examined. Default 5 min of moving time.</summary>
    public TimeSpan WarmUpLength { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The warm-up is missing when its mean speed is at least this fraction of the rest's median running speed. An easy
    /// warm-up jog is some 15-25 % slower than the run; a start at the run's pace still wanders by a few percent. Default 0.92.
    /// </summary>
    public double NoWarmUpMinFractionOfTypical { get; init; } = 0.92;

    /// <summary>Least running time after the warm-up window for the comparison (enough to know the run's pace; short runs need a warm-up too). Default 10 min.</summary>
    public TimeSpan NoWarmUpMinRestRunning { get; init; } = TimeSpan.FromMinutes(10);

    // ---- cool-down ----

    /// <summary>
    /// The last minute of moving before the stop at least this fraction of the run's typical hill-neutral speed counts as
    /// "at running effort"; slower moving seconds right before the stop are the ease-down. Default 0.9.
    /// </summary>
    public double NoCoolDownMinFractionOfTypical { get; init; } = 0.9;

    /// <summary>Length of the last stretch of moving before the ease-down that is examined. Default 60 s.</summary>
    public double NoCoolDownLastRunningSeconds { get; init; } = 60;

    /// <summary>Coming down from running to standing (or the end of the recording) within this is abrupt. Default 30 s.</summary>
    public double NoCoolDownMaxEaseSeconds { get; init; } = 30;

    /// <summary>This much walking or jogging after the last running second is a cool-down. Default 2 min.</summary>
    public TimeSpan CoolDownMinMoving { get; init; } = TimeSpan.FromMinutes(2);

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

    /// <summary>Shortest run judged for a cool-down. Default 10 min of running.</summary>
    public TimeSpan NoCoolDownMinRunning { get; init; } = TimeSpan.FromMinutes(10);

    // ---- hydration ----

    /// <summary>Moving time that calls for a drinking plan. Default 60 min.</summary>
    public TimeSpan HydrationMinMoving { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Moving time that calls for a drinking plan in the heat. Default 45 min.</summary>
    public TimeSpan HydrationMinMovingHot { get; init; } = TimeSpan.FromMinutes(45);

    /// <summary>Moving time from which hydration matters more (moderate; high when also hot). Default 90 min.</summary>
    public TimeSpan HydrationLongMoving { get; init; } = TimeSpan.FromMinutes(90);

    // ---- cardiac drift ----

    /// <summary>Least running time of the whole run for the decoupling to be judged. Default 40 min.</summary>
    public TimeSpan DriftMinRunning { get; init; } = TimeSpan.FromMinutes(40);

    /// <summary>Least steady running with heart rate (after <see cref="DriftSkipStart"/>, near the typical pace) for the decoupling. Default 30 min.</summary>
    public TimeSpan DriftMinSteady { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Running seconds count as steady when their grade-adjusted speed is within this fraction of the run's typical speed. Default 0.15.</summary>
    public double DriftSteadyFraction { get; init; } = 0.15;

    /// <summary>Running time skipped at the start while heart rate climbs to its working level (its fast phase takes a minute or two). Default 2 min.</summary>
    public TimeSpan DriftSkipStart { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Aerobic decoupling above this is drift: how far heart rate rose above what the pace needs, start to end of the
    /// steady running (at an even pace, heart rate's own rise). Default 5 %.
    /// </summary>
    public double DriftMinPercent { get; init; } = 5;

    /// <summary>Decoupling of at least this much is moderate. Default 8 %.</summary>
    public double DriftModeratePercent { get; init; } = 8;

    /// <summary>Decoupling of at least this much is high. Default 12 %.</summary>
    public double DriftHighPercent { get; init; } = 12;

    /// <summary>
    /// Resting heart rate assumed by the model of the heart rate a pace needs: the reserve above it grows in proportion
    /// to grade-adjusted speed (as oxygen uptake does). Default 60 bpm (at most 80 % of the early running heart rate).
    /// </summary>
    public double DriftRestingHeartRateBpm { get; init; } = 60;

    /// <summary>Length of the early steady running the heart rate model is learnt from (and of the late stretch shown beside it); at most a third of the steady running. Default 10 min.</summary>
    public TimeSpan DriftReferenceLength { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How far heart rate lags a change of pace (time constant of its response): the model follows the pace through this lag. Default 30 s.</summary>
    public double DriftHeartRateLagSeconds { get; init; } = 30;

    /// <summary>
    /// Heart rate itself must rise at least this much over the steady running (its fitted trend, start to end): drift is
    /// heart rate climbing against the pace, so a fading race whose heart rate falls with it is not drift, while one whose
    /// heart rate holds near its ceiling as the pace fades still is. Default 0 %.
    /// </summary>
    public double DriftMinHeartRateRisePercent { get; init; }
}
