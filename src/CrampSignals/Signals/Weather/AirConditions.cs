namespace CrampSignals.Signals.Weather;

/// <summary>Air temperature, relative humidity, heat index and estimated WBGT for every second of a track (from weather input).</summary>
internal sealed class AirConditions
{
    /// <summary>Creates the columns; all must have the track's length (NaN where unknown).</summary>
    public AirConditions(double[] temperatureCelsius, double[] relativeHumidityPercent, double[] heatIndexCelsius, double[] wbgtCelsius)
    {
        ArgumentNullException.ThrowIfNull(temperatureCelsius);
        ArgumentNullException.ThrowIfNull(relativeHumidityPercent);
        ArgumentNullException.ThrowIfNull(heatIndexCelsius);
        ArgumentNullException.ThrowIfNull(wbgtCelsius);
        if (relativeHumidityPercent.Length != temperatureCelsius.Length || heatIndexCelsius.Length != temperatureCelsius.Length || wbgtCelsius.Length != temperatureCelsius.Length)
            throw new ArgumentException("All columns must have the same length.");
        Temperature = temperatureCelsius;
        Humidity = relativeHumidityPercent;
        HeatIndex = heatIndexCelsius;
        Wbgt = wbgtCelsius;
    }

    internal readonly double[] Temperature, Humidity, HeatIndex, Wbgt;

    /// <summary>Air temperature in °C.</summary>
    public ReadOnlySpan<double> TemperatureCelsius => Temperature;

    /// <summary>Relative humidity in %.</summary>
    public ReadOnlySpan<double> RelativeHumidityPercent => Humidity;

    /// <summary>Heat index in °C.</summary>
    public ReadOnlySpan<double> HeatIndexCelsius => HeatIndex;

    /// <summary>Estimated wet-bulb globe temperature in °C.</summary>
    public ReadOnlySpan<double> WbgtCelsius => Wbgt;

    /// <summary>True when at least one second has an air temperature.</summary>
    public bool HasData
    {
        get
        {
            foreach (var v in Temperature) if (!double.IsNaN(v)) return true;
            return false;
        }
    }
}
