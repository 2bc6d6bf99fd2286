using System.Globalization;

namespace CrampSignals.Signals.Detectors;

/// <summary>Numbers as runners read them in summaries.</summary>
internal static class Format
{
    /// <summary>"3 min 20 s", "45 s", "1 h 05 min".</summary>
    public static string Duration(double seconds)
    {
        var s = (int)Math.Round(Math.Max(0, seconds));
        if (s < 60) return $"{s} s";
        if (s < 3600) return s % 60 == 0 ? $"{s / 60} min" : $"{s / 60} min {s % 60} s";
        return $"{s / 3600} h {(s % 3600) / 60:00} min";
    }

    /// <summary>A number with invariant culture.</summary>
    public static string N(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Rounds evidence values to a sensible number of digits.</summary>
    public static double Round(double value, int digits = 2) => double.IsFinite(value) ? Math.Round(value, digits) : value;
}
