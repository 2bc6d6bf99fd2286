using CrampSignals.Signals.Track;

namespace CrampSignals.Signals;

/// <summary>How the 1 Hz signal track is prepared from the samples (gaps, GPS spikes, smoothing, grade, which seconds are running) and how the runner's own response to hills is fitted. Part of <see cref="SignalOptions"/>.</summary>
public sealed record TrackOptions
{
    /// <summary>The defaults.</summary>
    public static TrackOptions Default { get; } = new();

    /// <summary>Longest time between two samples that is still interpolated across; a longer gap is a pause. Default 10 s (smart recording writes every 1-8 s).</summary>
    public TimeSpan MaxSampleGap { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest activity the signal pass resamples; beyond it the track is cut and a note says so (bounded memory). Default 48 h.</summary>
    public TimeSpan MaxLength { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Fastest plausible speed on foot; a faster sample (or an implied speed from a position jump) is a GPS spike and is removed. Default 8 m/s (2:05 min/km).</summary>
    public double MaxPlausibleFootSpeedMetersPerSecond { get; init; } = 8.0;

    /// <summary>
    /// A file that does not name an on-foot sport is taken for a ride (and not judged) when its median moving speed is
    /// above this. Default 5 m/s (3:20 min/km, a pace few hold for long).
    /// </summary>
    public double MaxTypicalRunningSpeedMetersPerSecond { get; init; } = 5.0;

    /// <summary>
    /// ... or when a twentieth of its moving time is faster than this. Default 8.5 m/s (under 2:00 min/km: only
    /// sprinters, and only for seconds).
    /// </summary>
    public double MaxFastRunningSpeedMetersPerSecond { get; init; } = 8.5;

    /// <summary>Grade beyond which a second is left out of whole-run pace comparisons (fast start, warm-up, cardiac drift): on steep trails the cost of running is least certain, above all downhill. Default 0.08.</summary>
    public double ComparisonMaxAbsGrade { get; init; } = 0.08;

    /// <summary>Width of the rolling median that removes short spikes from speed and cadence. Default 11 s.</summary>
    public TimeSpan SpeedMedianWindow { get; init; } = TimeSpan.FromSeconds(11);

    /// <summary>Width of the light rolling mean after the median for speed and cadence. Default 5 s.</summary>
    public TimeSpan SpeedMeanWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Width of the rolling median and of the mean for heart rate. Default 5 s.</summary>
    public TimeSpan HeartRateSmoothingWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Width of the rolling median and of the mean for temperature (sensors step in whole degrees). Default 31 s.</summary>
    public TimeSpan TemperatureSmoothingWindow { get; init; } = TimeSpan.FromSeconds(31);

    /// <summary>Width of the rolling median and of the mean for altitude before grade is taken. Default 15 s.</summary>
    public TimeSpan AltitudeSmoothingWindow { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Distance over which grade is measured (centred on each second). Default 40 m.</summary>
    public double GradeWindowMeters { get; init; } = 40;

    /// <summary>Largest absolute grade used (the range Minetti et al. 2002 measured). Default 0.45.</summary>
    public double MaxAbsGrade { get; init; } = RunningCost.MeasuredGradeLimit;

    /// <summary>Below this speed the runner is standing still (a pause). Default 0.5 m/s.</summary>
    public double StillSpeedMetersPerSecond { get; init; } = 0.5;

    /// <summary>Slowest speed counted as running (a brisk walk is up to about 1.8-2 m/s). Default 1.9 m/s.</summary>
    public double RunningMinSpeedMetersPerSecond { get; init; } = 1.9;

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

    // ---- hill response ----

    /// <summary>Least downhill response fitted (runners who gain little speed on descents: braking, footing). Default 0.3.</summary>
    public double HillResponseMinDownhill { get; init; } = 0.3;

    /// <summary>
    /// Least uphill response fitted. Holding flat speed up a climb costs far more power (the cost rises by about 5 % per
    /// 1 % of grade), so every runner at a steady effort gives back a good part of it; a fit below this has mistaken an
    /// effort made on a climb for the runner's way of taking hills. Default 0.5.
    /// </summary>
    public double HillResponseMinUphill { get; init; } = 0.5;

    /// <summary>Width of the rolling mean over both grade cost and speed before the hill response is fitted. Default 31 s.</summary>
    public TimeSpan HillResponseSmoothingWindow { get; init; } = TimeSpan.FromSeconds(31);

    /// <summary>Least spread (standard deviation) of ln(C(grade)/C(0)) for the hill response to be fitted; flatter runs use 1. Default 0.03.</summary>
    public double HillResponseMinCostSpread { get; init; } = 0.03;

    /// <summary>
    /// The fitted hill responses are kept this many standard errors towards following the cost curve fully, so a noisy
    /// fit cannot invent hill efforts. Default 2.
    /// </summary>
    public double HillResponseShrinkStandardErrors { get; init; } = 1;
}
