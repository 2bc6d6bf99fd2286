using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Weather;

/// <summary>Writes a <see cref="WeatherSeries"/> as the weather CSV <see cref="WeatherCsvReader"/> reads.</summary>
internal static class WeatherCsvWriter
{
    /// <summary>Writes <c>time,temperature_c,humidity_pct,wind_mps</c>, one observation a line, times in UTC with Z; missing values left empty.</summary>
    public static void Write(WeatherSeries weather, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(weather);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("time,temperature_c,humidity_pct,wind_mps\n");
        foreach (var o in weather.Observations)
            output.Write($"{IsoUtc.Format(o.Time)},{Num(o.TemperatureCelsius)},{Num(o.RelativeHumidityPercent)},{Num(o.WindMetersPerSecond)}\n");
    }

    private static string Num(double v) => double.IsNaN(v) ? "" : v.ToString("0.##", CultureInfo.InvariantCulture);
}
