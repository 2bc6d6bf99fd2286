namespace CrampSignals.Weather;

/// <summary>One weather reading: air temperature, relative humidity and wind at a moment. Missing values are NaN.</summary>
/// <param name="Time">When it was observed, UTC.</param>
/// <param name="TemperatureCelsius">Air temperature in °C (shade, as a weather station measures it).</param>
/// <param name="RelativeHumidityPercent">Relative humidity in percent (0-100), NaN when not given.</param>
/// <param name="WindMetersPerSecond">Wind speed in metres per second, NaN when not given.</param>
public sealed record WeatherObservation(DateTime Time, double TemperatureCelsius, double RelativeHumidityPercent, double WindMetersPerSecond)
{
    /// <summary>The heat index in °C (NaN when temperature or humidity is missing); see <see cref="HeatStress.HeatIndexCelsius"/>.</summary>
    public double HeatIndexCelsius => HeatStress.HeatIndexCelsius(TemperatureCelsius, RelativeHumidityPercent);

    /// <summary>The estimated WBGT in °C (NaN when temperature or humidity is missing); see <see cref="HeatStress.EstimatedWbgtCelsius"/>.</summary>
    public double EstimatedWbgtCelsius => HeatStress.EstimatedWbgtCelsius(TemperatureCelsius, RelativeHumidityPercent);
}
