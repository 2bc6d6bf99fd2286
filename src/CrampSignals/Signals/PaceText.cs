using System.Globalization;

namespace CrampSignals.Signals;

/// <summary>
/// Pace the way runners read it: seconds per kilometre from a speed, and "m:ss" clock text. The one place detectors,
/// advice and reports turn speeds into paces, so a summary and a report never disagree about a runner's pace.
/// </summary>
internal static class PaceText
{
    /// <summary>Slower than this (0.1 m/s, 2 h 47 min per km) a runner is standing, and a pace means nothing.</summary>
    public const double StandingMetersPerSecond = 0.1;

    /// <summary>Seconds per km from metres per second; NaN when standing.</summary>
    public static double SecondsPerKm(double metersPerSecond) =>
        metersPerSecond > StandingMetersPerSecond ? 1000 / metersPerSecond : double.NaN;

    /// <summary>
    /// "4:35" from seconds per unit of distance, followed by <paramref name="unit"/> ("/km", "/mi") when given; "n/a"
    /// (never with a unit) when there is no pace.
    /// </summary>
    public static string Clock(double secondsPerUnit, string unit = "")
    {
        if (!double.IsFinite(secondsPerUnit) || secondsPerUnit <= 0) return "n/a";
        var s = (long)Math.Round(secondsPerUnit);
        return string.Create(CultureInfo.InvariantCulture, $"{s / 60}:{s % 60:00}{unit}");
    }

    /// <summary>"4:35/km" from metres per second; "n/a" when standing.</summary>
    public static string PerKm(double metersPerSecond) => Clock(SecondsPerKm(metersPerSecond), "/km");
}
