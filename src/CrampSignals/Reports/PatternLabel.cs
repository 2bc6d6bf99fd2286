using CrampSignals.Advice;
using CrampSignals.History;

namespace CrampSignals.Reports;

/// <summary>A pattern group's label in the report's units: the temperature bands are set in °C and read in °F in imperial.</summary>
internal static class PatternLabel
{
    private static readonly Dictionary<string, string> Fahrenheit = new(StringComparer.Ordinal)
    {
        ["below 10 °C"] = "below 50 °F",
        ["10-18 °C"] = "50-64 °F",
        ["18-23 °C"] = "64-73 °F",
        ["23-28 °C"] = "73-82 °F",
        ["28 °C and above"] = "82 °F and above",
    };

    public static string Of(HistoryPattern pattern, UnitSystem units) =>
        units == UnitSystem.Imperial && pattern.Dimension == "temperature" && Fahrenheit.TryGetValue(pattern.Group, out var f) ? f : pattern.Group;
}
