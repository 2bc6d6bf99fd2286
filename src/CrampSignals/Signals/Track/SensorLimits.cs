namespace CrampSignals.Signals.Track;

/// <summary>
/// Readings outside these ranges are sensor faults or decoding errors, not a runner: they are dropped before smoothing so
/// that one wild value cannot drag a rolling median or mean.
/// </summary>
internal static class SensorLimits
{
    /// <summary>Below 30 steps a minute nobody is running or walking; watches write small numbers while standing.</summary>
    public const double MinCadence = 30;

    /// <summary>Above 260 steps a minute is beyond even sprinters (about 240 at top speed).</summary>
    public const double MaxCadence = 260;

    /// <summary>Below 30 bpm is a strap losing contact, not a heart at work.</summary>
    public const double MinHeartRateBpm = 30;

    /// <summary>Above 240 bpm is above any measured maximum heart rate: interference or cadence lock.</summary>
    public const double MaxHeartRateBpm = 240;

    /// <summary>Colder than -40 °C no one runs, and watch sensors are not rated below it.</summary>
    public const double MinTemperatureCelsius = -40;

    /// <summary>Hotter than 60 °C is a sensor left in the sun, not air or a wrist.</summary>
    public const double MaxTemperatureCelsius = 60;

    /// <summary>Below 500 m under sea level there is no land to run on (the Dead Sea shore is about -430 m).</summary>
    public const double MinAltitudeMeters = -500;

    /// <summary>Above 9000 m is above Everest: a barometer or GPS altitude fault.</summary>
    public const double MaxAltitudeMeters = 9000;

    /// <summary>
    /// Within 25 m a fix wanders by itself (a few metres of error on each of two fixes a second apart); a jump that is
    /// both longer than this and faster than anyone runs is a position spike.
    /// </summary>
    public const double PositionJumpMinMeters = 25;

    /// <summary>
    /// Speed above which a second is surely running, not walking (about 7:35 min/km): the cadence read there tells steps
    /// per minute from strides per minute.
    /// </summary>
    public const double SurelyRunningMetersPerSecond = 2.2;
}
