using System.Globalization;
using System.Text.RegularExpressions;
using CrampSignals.Signals;

namespace CrampSignals.Advice;

/// <summary>SI values printed in the runner's units: distance, pace, temperature, elevation and fluid amounts.</summary>
internal static partial class UnitFormat
{
    /// <summary>Metres in one statute mile.</summary>
    public const double MetersPerMile = 1609.344;

    /// <summary>Metres in one foot.</summary>
    public const double MetersPerFoot = 0.3048;

    /// <summary>Metres in one split: a kilometre or a mile.</summary>
    public static double SplitMeters(UnitSystem units) => units == UnitSystem.Imperial ? MetersPerMile : 1000;

    /// <summary>"km" or "mi".</summary>
    public static string DistanceUnit(UnitSystem units) => units == UnitSystem.Imperial ? "mi" : "km";

    /// <summary>"/km" or "/mi".</summary>
    public static string PaceUnit(UnitSystem units) => "/" + DistanceUnit(units);

    /// <summary>"°C" or "°F".</summary>
    public static string TemperatureUnit(UnitSystem units) => units == UnitSystem.Imperial ? "°F" : "°C";

    /// <summary>"m" or "ft".</summary>
    public static string ElevationUnit(UnitSystem units) => units == UnitSystem.Imperial ? "ft" : "m";

    /// <summary>Metres in the runner's distance unit.</summary>
    public static double Distance(double meters, UnitSystem units) => meters / SplitMeters(units);

    /// <summary>Seconds per km as seconds per km or per mile.</summary>
    public static double PaceSeconds(double secondsPerKm, UnitSystem units) =>
        units == UnitSystem.Imperial ? secondsPerKm * MetersPerMile / 1000 : secondsPerKm;

    /// <summary>°C in the runner's temperature unit.</summary>
    public static double Temperature(double celsius, UnitSystem units) => units == UnitSystem.Imperial ? celsius * 9 / 5 + 32 : celsius;

    /// <summary>A temperature difference (kelvin) in the runner's unit.</summary>
    public static double TemperatureDelta(double kelvin, UnitSystem units) => units == UnitSystem.Imperial ? kelvin * 9 / 5 : kelvin;

    /// <summary>Metres of climb in metres or feet.</summary>
    public static double Elevation(double meters, UnitSystem units) => units == UnitSystem.Imperial ? meters / MetersPerFoot : meters;

    /// <summary>"12.34 km" or "7.67 mi".</summary>
    public static string DistanceText(double meters, UnitSystem units, int decimals = 2) =>
        $"{Units.Num(Distance(meters, units), decimals)} {DistanceUnit(units)}";

    /// <summary>"5:12/km" or "8:22/mi"; "n/a" when not moving.</summary>
    public static string Pace(double secondsPerKm, UnitSystem units, bool withUnit = true) =>
        PaceText.Clock(PaceSeconds(secondsPerKm, units), withUnit ? PaceUnit(units) : "");

    /// <summary>"24.5 °C" or "76.1 °F".</summary>
    public static string TemperatureText(double celsius, UnitSystem units, int decimals = 1) =>
        $"{Units.Num(Temperature(celsius, units), decimals)} {TemperatureUnit(units)}";

    /// <summary>"42 m" or "138 ft".</summary>
    public static string ElevationText(double meters, UnitSystem units) => $"{Units.Num(Elevation(meters, units))} {ElevationUnit(units)}";

    /// <summary>A fluid range from the article's ounces: "4-6 oz (120-180 ml)" in imperial, "120-180 ml (4-6 oz)" in metric.</summary>
    public static string FluidRange(double ouncesLow, double ouncesHigh, UnitSystem units)
    {
        var oz = ouncesLow == ouncesHigh ? $"{Units.Num(ouncesLow)} oz" : $"{Units.Num(ouncesLow)}-{Units.Num(ouncesHigh)} oz";
        var lo = Units.RoundMilliliters(Units.OuncesToMilliliters(ouncesLow));
        var hi = Units.RoundMilliliters(Units.OuncesToMilliliters(ouncesHigh));
        var ml = lo == hi ? $"{lo} ml" : $"{lo}-{hi} ml";
        return units == UnitSystem.Imperial ? $"{oz} ({ml})" : $"{ml} ({oz})";
    }

    /// <summary>A volume to drink after the run: "at least 1.31 L (44 oz)" in metric, "44 oz (1.31 L)" in imperial.</summary>
    public static string Volume(double milliliters, UnitSystem units)
    {
        var litres = $"{Units.Num(milliliters / 1000, 2)} L";
        var oz = $"{Units.Num(milliliters / Units.MillilitersPerOunce)} oz";
        return units == UnitSystem.Imperial ? $"{oz} ({litres})" : $"{litres} ({oz})";
    }

    /// <summary>A body mass: "1.00 kg (2.2 lb)" or "2.2 lb (1.00 kg)".</summary>
    public static string Mass(double kilograms, UnitSystem units)
    {
        var kg = $"{Units.Num(kilograms, 2)} kg";
        var lb = $"{Units.Num(Units.KilogramsToPounds(kilograms), 1)} lb";
        return units == UnitSystem.Imperial ? $"{lb} ({kg})" : $"{kg} ({lb})";
    }

    /// <summary>
    /// The rule book's fixed steps quote the article in ounces with millilitres after ("4-8 oz (about 120-240 ml)");
    /// metric readers get the millilitres first ("about 120-240 ml (4-8 oz)").
    /// </summary>
    public static string FluidFirst(string text, UnitSystem units) =>
        units == UnitSystem.Imperial ? text : OuncesThenMilliliters().Replace(text, "about $2 ml ($1 oz)");

    [GeneratedRegex(@"(\d+(?:-\d+)?) oz \(about (\d+(?:-\d+)?) ml\)", RegexOptions.CultureInvariant)]
    private static partial Regex OuncesThenMilliliters();

    /// <summary>
    /// A sentence from the signal layer (written in SI: "air 29 °C", "6:10 /km", "first 2.1 km", "20 s/km") in the
    /// runner's units. Metric text is returned as it is.
    /// </summary>
    public static string InText(string text, UnitSystem units)
    {
        if (units != UnitSystem.Imperial || string.IsNullOrEmpty(text)) return text;
        text = Celsius().Replace(text, m =>
        {
            var decimals = m.Groups[2].Success ? m.Groups[2].Value.Length - 1 : 0;
            return $"{Units.Num(Temperature(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), units), decimals)} °F";
        });
        text = ClockPace().Replace(text, m =>
        {
            var seconds = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 60 + int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            return Pace(seconds, units, withUnit: false) + m.Groups[3].Value + "/mi";
        });
        text = SecondsPerKm().Replace(text, m => $"{Units.Num(PaceSeconds(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), units))} s/mi");
        text = Kilometres().Replace(text, m =>
        {
            var decimals = Math.Max(1, m.Groups[2].Success ? m.Groups[2].Value.Length - 1 : 0);
            return $"{Units.Num(Distance(1000 * double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), units), decimals)} mi";
        });
        return text;
    }

    [GeneratedRegex(@"(-?\d+(\.\d+)?) ?°C", RegexOptions.CultureInvariant)]
    private static partial Regex Celsius();

    [GeneratedRegex(@"\b(\d+):(\d\d)( ?)/km\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPace();

    [GeneratedRegex(@"\b(\d+(?:\.\d+)?) s/km\b", RegexOptions.CultureInvariant)]
    private static partial Regex SecondsPerKm();

    [GeneratedRegex(@"\b(\d+(\.\d+)?) km\b", RegexOptions.CultureInvariant)]
    private static partial Regex Kilometres();
}
