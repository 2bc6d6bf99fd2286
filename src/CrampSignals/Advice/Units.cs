using System.Globalization;

namespace CrampSignals.Advice;

/// <summary>The imperial-to-metric conversions the rules need, and the number formats the advice prints.</summary>
internal static class Units
{
    /// <summary>Millilitres in one US fluid ounce.</summary>
    public const double MillilitersPerOunce = 29.5735;

    /// <summary>Kilograms in one pound.</summary>
    public const double KilogramsPerPound = 0.45359237;

    /// <summary>Millilitres per kilogram of body mass lost that match a number of ounces per pound lost.</summary>
    public static double MillilitersPerKilogram(double ouncesPerPound) => ouncesPerPound * MillilitersPerOunce / KilogramsPerPound;

    /// <summary>Ounces to millilitres.</summary>
    public static double OuncesToMilliliters(double ounces) => ounces * MillilitersPerOunce;

    /// <summary>Kilograms to pounds.</summary>
    public static double KilogramsToPounds(double kilograms) => kilograms / KilogramsPerPound;

    /// <summary>Millilitres rounded to the nearest 10 ml, the precision a bottle's marks allow.</summary>
    public static int RoundMilliliters(double milliliters) => (int)(Math.Round(milliliters / 10, MidpointRounding.AwayFromZero) * 10);

    /// <summary>A number with invariant culture and at most <paramref name="decimals"/> decimals.</summary>
    public static string Num(double value, int decimals = 0) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "0" : "0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>
    /// A time span as "m:ss" under an hour, "h:mm:ss" under a day, and "d d hh:mm:ss" from a day on ("16070 d 14:09:59"),
    /// so that a span of years (a damaged file's clock) still reads as what it is instead of wrapping at a day.
    /// </summary>
    public static string Clock(TimeSpan span)
    {
        var sign = span < TimeSpan.Zero ? "-" : "";
        // TimeSpan.MinValue has no positive counterpart; a tick less changes nothing that is printed.
        span = span == TimeSpan.MinValue ? TimeSpan.MaxValue : span.Duration();
        var total = (long)Math.Round(span.TotalSeconds);
        var d = total / 86400; var h = total / 3600 % 24; var m = total / 60 % 60; var sec = total % 60;
        if (d > 0) return string.Create(CultureInfo.InvariantCulture, $"{sign}{d} d {h:00}:{m:00}:{sec:00}");
        return h > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{h}:{m:00}:{sec:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{m}:{sec:00}");
    }
}
