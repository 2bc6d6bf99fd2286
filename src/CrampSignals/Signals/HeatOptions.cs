namespace CrampSignals.Signals;

/// <summary>Heat: blocks of running in heat (from the watch's sensor or from weather) and running in the hot hours of a warm-season day. Part of <see cref="SignalOptions"/>.</summary>
public sealed record HeatOptions
{
    /// <summary>The defaults.</summary>
    public static HeatOptions Default { get; } = new();

    /// <summary>
    /// Heat threshold for the watch's own temperature sensor. A wrist sensor reads several degrees above the air (body
    /// heat), so this is higher than <see cref="AirThresholdCelsius"/>. Default 30 °C.
    /// </summary>
    public double WristThresholdCelsius { get; init; } = 30;

    /// <summary>Heat threshold for air temperature from weather input. Default 25 °C.</summary>
    public double AirThresholdCelsius { get; init; } = 25;

    /// <summary>
    /// Estimated WBGT from weather input that makes heat exposure even below the air threshold: the ACSM black flag.
    /// Default 28 °C. (The yellow 18-23 and red 23-28 bands set the severity; the estimate assumes sun, so a lower
    /// threshold would flag mild humid mornings.)
    /// </summary>
    public double WbgtThresholdCelsius { get; init; } = 28;

    /// <summary>Heat threshold for the heat index from weather input. Default 27 °C (the "caution" band).</summary>
    public double HeatIndexThresholdCelsius { get; init; } = 27;

    /// <summary>Above the threshold by this much (wrist or air) makes heat exposure moderate; twice this, high. Default 4 °C.</summary>
    public double SeverityStepCelsius { get; init; } = 4;

    /// <summary>Shortest block above the threshold reported. Default 10 min.</summary>
    public TimeSpan MinBlock { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Dips below the threshold up to this long do not split a block (shade, a breeze, a noisy reading). Default 10 min.</summary>
    public TimeSpan MaxDip { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A block read on the watch's own sensor is dated from where its rise began (the sensor lags the air by minutes):
    /// back from the threshold crossing while the temperature rose at least this fast. Default 0.3 °C per minute (a
    /// wrist warming into the heat climbs several degrees a minute; a drifting one barely moves).
    /// </summary>
    public double OnsetMinRiseCelsiusPerMinute { get; init; } = 0.3;

    /// <summary>
    /// Length of the trailing window the rise rate of <see cref="OnsetMinRiseCelsiusPerMinute"/> is measured over:
    /// long enough to span a step of a sensor that reads in whole degrees. Default 2 min.
    /// </summary>
    public TimeSpan OnsetWindow { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Furthest a wrist block's start is moved back from its threshold crossing. Default 5 min.</summary>
    public TimeSpan OnsetMaxShift { get; init; } = TimeSpan.FromSeconds(300);

    // ---- hot hours ----

    /// <summary>Start of the hot hours, local clock hour. Default 10.</summary>
    public double HotHoursStartHour { get; init; } = 10;

    /// <summary>End of the hot hours, local clock hour. Default 16.</summary>
    public double HotHoursEndHour { get; init; } = 16;

    /// <summary>Least moving time inside the hot hours. Default 15 min.</summary>
    public TimeSpan HotHoursMinMoving { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Least fraction of the run's moving time inside the hot hours. Default 0.25.</summary>
    public double HotHoursMinFraction { get; init; } = 0.25;

    /// <summary>This much moving time inside the hot hours is moderate (an hour in the midday sun). Default 60 min.</summary>
    public TimeSpan HotHoursModerateMoving { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Warm-season months in the northern hemisphere (the southern one is shifted by six months: Nov-Mar). Default May to September.</summary>
    public IReadOnlyList<int> NorthernWarmMonths { get; init; } = [5, 6, 7, 8, 9];

    /// <summary>Warm-season months in the southern hemisphere. Default November to March.</summary>
    public IReadOnlyList<int> SouthernWarmMonths { get; init; } = [11, 12, 1, 2, 3];
}
