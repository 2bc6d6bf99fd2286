namespace CrampSignals.Weather;

/// <summary>
/// Heat-stress numbers from air temperature and relative humidity: vapour pressure, the US National Weather
/// Service heat index, an estimated wet-bulb globe temperature, and the ACSM flag bands.
/// </summary>
internal static class HeatStress
{
    /// <summary>Water vapour pressure in hPa at <paramref name="temperatureCelsius"/> and <paramref name="relativeHumidityPercent"/> (Magnus form used by the Australian Bureau of Meteorology).</summary>
    public static double VapourPressureHectopascals(double temperatureCelsius, double relativeHumidityPercent) =>
        relativeHumidityPercent / 100.0 * 6.105 * Math.Exp(17.27 * temperatureCelsius / (237.7 + temperatureCelsius));

    /// <summary>
    /// The NWS heat index ("feels like" in the shade) in °C. Uses the NWS procedure: the simple Steadman fit
    /// 0.5·(T + 61 + 1.2·(T − 68) + 0.094·RH) in °F; when that averaged with the temperature reaches 80 °F, the Rothfusz
    /// regression with its low- and high-humidity adjustments instead. NaN when either input is NaN.
    /// </summary>
    public static double HeatIndexCelsius(double temperatureCelsius, double relativeHumidityPercent)
    {
        if (double.IsNaN(temperatureCelsius) || double.IsNaN(relativeHumidityPercent)) return double.NaN;
        var t = temperatureCelsius * 9.0 / 5.0 + 32.0;
        var rh = Math.Clamp(relativeHumidityPercent, 0, 100);
        var hi = 0.5 * (t + 61.0 + (t - 68.0) * 1.2 + rh * 0.094);
        if ((hi + t) / 2.0 >= 80.0)
        {
            hi = -42.379 + 2.04901523 * t + 10.14333127 * rh - 0.22475541 * t * rh - 0.00683783 * t * t
                 - 0.05481717 * rh * rh + 0.00122874 * t * t * rh + 0.00085282 * t * rh * rh - 0.00000199 * t * t * rh * rh;
            if (rh < 13 && t is >= 80 and <= 112)
                hi -= (13 - rh) / 4.0 * Math.Sqrt((17 - Math.Abs(t - 95.0)) / 17.0);
            else if (rh > 85 && t is >= 80 and <= 87)
                hi += (rh - 85) / 10.0 * ((87 - t) / 5.0);
        }
        return (hi - 32.0) * 5.0 / 9.0;
    }

    /// <summary>
    /// An estimated wet-bulb globe temperature in °C from air temperature and humidity alone, with the Australian
    /// Bureau of Meteorology approximation WBGT = 0.567·T + 0.393·e + 3.94 (e = vapour pressure in hPa).
    /// It assumes shade or moderate sun and light wind: in full sun at midday the real WBGT runs higher, in a breeze lower.
    /// NaN when either input is NaN.
    /// </summary>
    public static double EstimatedWbgtCelsius(double temperatureCelsius, double relativeHumidityPercent)
    {
        if (double.IsNaN(temperatureCelsius) || double.IsNaN(relativeHumidityPercent)) return double.NaN;
        var e = VapourPressureHectopascals(temperatureCelsius, Math.Clamp(relativeHumidityPercent, 0, 100));
        return 0.567 * temperatureCelsius + 0.393 * e + 3.94;
    }

    /// <summary>The ACSM flag for a WBGT in °C (see <see cref="WbgtFlag"/> for the bands).</summary>
    /// <exception cref="ArgumentException"><paramref name="wbgtCelsius"/> is NaN.</exception>
    public static WbgtFlag FlagFor(double wbgtCelsius)
    {
        if (double.IsNaN(wbgtCelsius)) throw new ArgumentException("WBGT is NaN: no flag can be told.", nameof(wbgtCelsius));
        return wbgtCelsius switch
        {
            < 10 => WbgtFlag.White,
            < 18 => WbgtFlag.Green,
            < 23 => WbgtFlag.Yellow,
            <= 28 => WbgtFlag.Red,
            _ => WbgtFlag.Black,
        };
    }
}
