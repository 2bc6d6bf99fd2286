using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Simulation;

/// <summary>
/// A day's weather at the run's place: air temperature on a smooth daily curve (coolest at 05:00, warmest at 15:00
/// local time), a steady dew point (so humidity falls as the air warms) and a light wind.
/// </summary>
/// <param name="MinTemperatureCelsius">The day's low, at 05:00 local.</param>
/// <param name="MaxTemperatureCelsius">The day's high, at 15:00 local.</param>
/// <param name="DewPointCelsius">The dew point, constant over the day.</param>
/// <param name="WindMetersPerSecond">Mean wind speed.</param>
/// <param name="UtcOffset">The local clock's offset.</param>
internal sealed record DiurnalWeather(double MinTemperatureCelsius, double MaxTemperatureCelsius, double DewPointCelsius, double WindMetersPerSecond, TimeSpan UtcOffset)
{
    /// <summary>Air temperature in °C at <paramref name="utc"/>.</summary>
    public double AirTemperatureAt(DateTime utc)
    {
        var h = (utc + UtcOffset).TimeOfDay.TotalHours;
        var span = MaxTemperatureCelsius - MinTemperatureCelsius;
        if (h >= 5 && h <= 15) return MinTemperatureCelsius + span * (1 - Math.Cos(Math.PI * (h - 5) / 10)) / 2;
        var sinceMax = h > 15 ? h - 15 : h + 9;
        return MinTemperatureCelsius + span * (1 + Math.Cos(Math.PI * sinceMax / 14)) / 2;
    }

    /// <summary>Relative humidity in percent at <paramref name="utc"/>, from the dew point.</summary>
    public double HumidityAt(DateTime utc)
    {
        var t = AirTemperatureAt(utc);
        var rh = 100 * HeatStress.VapourPressureHectopascals(DewPointCelsius, 100) / HeatStress.VapourPressureHectopascals(t, 100);
        return Math.Min(rh, 100);
    }

    /// <summary>
    /// Half-hourly observations from an hour before <paramref name="startUtc"/> to an hour after <paramref name="endUtc"/>,
    /// rounded as a weather service would publish them, with a little station noise.
    /// </summary>
    public WeatherSeries ToSeries(DateTime startUtc, DateTime endUtc, Random rng)
    {
        var first = new DateTime(startUtc.Year, startUtc.Month, startUtc.Day, startUtc.Hour, 0, 0, DateTimeKind.Utc).AddHours(-1);
        var observations = new List<WeatherObservation>();
        for (var t = first; t <= endUtc.AddHours(1); t = t.AddMinutes(30))
        {
            var temp = Math.Round(AirTemperatureAt(t) + 0.2 * Draw.Normal(rng), 1);
            var rh = Math.Round(Math.Clamp(HumidityAt(t) + Draw.Normal(rng), 5, 100));
            var wind = Math.Round(Math.Max(0, WindMetersPerSecond + 0.6 * Draw.Normal(rng)), 1);
            observations.Add(new WeatherObservation(t, temp, rh, wind));
        }
        return new WeatherSeries(observations);
    }
}
