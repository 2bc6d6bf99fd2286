using System.Globalization;

namespace CrampSignals.Cli.Commands;

/// <summary>The tool's ISO-8601 UTC times: <c>2024-06-01T07:30:00Z</c>, the form the library's reports write.</summary>
internal static class UtcText
{
    /// <summary>With fractions of a second only when there are any.</summary>
    public static string Format(DateTime utc) => utc.Ticks % TimeSpan.TicksPerSecond == 0
        ? FormatWholeSeconds(utc)
        : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>A time given in seconds since 1970-01-01 UTC, as <see cref="Format(DateTime)"/> writes it.</summary>
    public static string Format(double unixSeconds)
    {
        // A damaged file can hold any time: past DateTime's ends it prints as the end, never throws.
        var ticks = unixSeconds * TimeSpan.TicksPerSecond + DateTime.UnixEpoch.Ticks;
        if (!(ticks > DateTime.MinValue.Ticks)) return Format(DateTime.MinValue);
        if (ticks >= DateTime.MaxValue.Ticks) return Format(DateTime.MaxValue);
        return Format(DateTime.UnixEpoch.AddTicks((long)Math.Round(unixSeconds * TimeSpan.TicksPerSecond)));
    }

    /// <summary>Fractions of a second dropped: for summaries, where they are noise.</summary>
    public static string FormatWholeSeconds(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
