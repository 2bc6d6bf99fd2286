using System.Globalization;

namespace CrampSignals.Text;

/// <summary>ISO-8601 UTC times ending in <c>Z</c>, the one form every output of the project writes.</summary>
internal static class IsoUtc
{
    /// <summary>
    /// <c>2024-06-01T07:30:00Z</c>, with fractions of a second only when there are any. A <see cref="DateTimeKind.Local"/>
    /// time is converted; any other kind is taken as UTC already (watch files store UTC).
    /// </summary>
    public static string Format(DateTime time)
    {
        var utc = ToUtc(time);
        return utc.Ticks % TimeSpan.TicksPerSecond == 0
            ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The time of <paramref name="unixSeconds"/> as <see cref="Format(DateTime)"/> writes it.</summary>
    public static string Format(double unixSeconds) => Format(UnixTime.ToDateTime(unixSeconds));

    /// <summary><c>2024-06-01T07:30:00Z</c>, fractions of a second dropped: for summaries, where they are noise.</summary>
    public static string FormatWholeSeconds(DateTime time) =>
        ToUtc(time).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Formats a UTC time as local time with its offset, <c>yyyy-MM-ddTHH:mm:ss+hh:mm</c>.</summary>
    public static string FormatLocal(DateTime utc, TimeSpan offset) =>
        new DateTimeOffset(DateTime.SpecifyKind(UnixTime.Shift(utc, offset), DateTimeKind.Unspecified), offset)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DateTime ToUtc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
}
