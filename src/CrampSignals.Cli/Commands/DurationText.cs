using System.Globalization;

namespace CrampSignals.Cli.Commands;

/// <summary>The tool's durations: "h:mm:ss", and "d d hh:mm:ss" from a day on, the form the library's reports write.</summary>
internal static class DurationText
{
    /// <summary>
    /// "0:42:07", "25:00:00" is written "1 d 01:00:00": a damaged file's span of decades ("16070 d 14:09:59") reads as
    /// what it is instead of wrapping at a day.
    /// </summary>
    public static string Format(TimeSpan span)
    {
        var sign = span < TimeSpan.Zero ? "-" : "";
        // TimeSpan.MinValue has no positive counterpart; a tick less changes nothing that is printed.
        span = span == TimeSpan.MinValue ? TimeSpan.MaxValue : span.Duration();
        var total = (long)Math.Round(span.TotalSeconds);
        var d = total / 86400; var h = total / 3600 % 24; var m = total / 60 % 60; var s = total % 60;
        return d > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{d} d {h:00}:{m:00}:{s:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{h}:{m:00}:{s:00}");
    }
}
