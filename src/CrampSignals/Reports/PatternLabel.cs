using System.Globalization;
using CrampSignals.Advice;
using CrampSignals.History;

namespace CrampSignals.Reports;

/// <summary>A pattern group's label in the report's units: the temperature bands are set in °C and read in °F in imperial.</summary>
internal static class PatternLabel
{
    public static string Of(HistoryPattern pattern, UnitSystem units)
    {
        if (units != UnitSystem.Imperial || pattern.Dimension != "temperature") return pattern.Group;
        var bands = HistoryPatterns.TemperatureBoundsCelsius.Length + 1;
        for (var band = 0; band < bands; band++)
            if (HistoryPatterns.TemperatureGroup(band, HistoryPatterns.Celsius) == pattern.Group) return HistoryPatterns.TemperatureGroup(band, Fahrenheit);
        return pattern.Group;
    }

    private static string Fahrenheit(double c) => string.Create(CultureInfo.InvariantCulture, $"{UnitFormat.Temperature(c, UnitSystem.Imperial):0} °F");
}
