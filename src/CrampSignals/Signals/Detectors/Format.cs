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

    /// <summary>"4:35 /km" from metres per second.</summary>
    public static string Pace(double metersPerSecond)
    {
        if (!(metersPerSecond > 0.1)) return "-";
        var secondsPerKm = (int)Math.Round(1000 / metersPerSecond);
        return $"{secondsPerKm / 60}:{secondsPerKm % 60:00} /km";
    }

    /// <summary>A number with invariant culture.</summary>
    public static string N(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Seconds per km from metres per second (NaN when not moving).</summary>
    public static double SecondsPerKm(double metersPerSecond) => metersPerSecond > 0.1 ? 1000 / metersPerSecond : double.NaN;

    /// <summary>Rounds evidence values to a sensible number of digits.</summary>
    public static double Round(double value, int digits = 2) => double.IsFinite(value) ? Math.Round(value, digits) : value;
}
