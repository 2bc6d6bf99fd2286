using System.Globalization;
using System.Text.RegularExpressions;

namespace CrampSignals.Cramps;

/// <summary>Parses and formats the ISO-8601 times the side-car files use: a date, a time, and a UTC offset or Z.</summary>
public static partial class IsoTime
{
    /// <summary>
    /// Parses <paramref name="text"/> as an ISO-8601 time with an offset or <c>Z</c> ("2024-07-14T09:31:05+02:00").
    /// A time without an offset is refused: the reader cannot know which clock it was read from.
    /// </summary>
    /// <returns>The UTC time, or null with <paramref name="error"/> saying why.</returns>
    public static DateTime? TryParseUtc(string text, out string? error)
    {
        error = null;
        var s = text.Trim();
        if (s.Length > 40) s = s[..40] + "…";
        if (!OffsetPattern().IsMatch(s))
        {
            error = LocalPattern().IsMatch(s)
                ? $"time '{s}' has no UTC offset or Z (write e.g. 2024-07-14T09:31:05+02:00 or 2024-07-14T07:31:05Z)"
                : $"time '{s}' is not an ISO-8601 date and time with an offset (e.g. 2024-07-14T09:31:05+02:00)";
            return null;
        }
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var t))
        {
            error = $"time '{s}' is not an ISO-8601 date and time";
            return null;
        }
        if (!Activities.PlausibleTime.Contains(t.UtcDateTime))
        {
            error = $"time '{s}' is {Activities.PlausibleTime.RangeText}";
            return null;
        }
        return t.UtcDateTime;
    }

    /// <summary>Formats a UTC time as local time with its offset, <c>yyyy-MM-ddTHH:mm:ss+hh:mm</c>.</summary>
    public static string FormatLocal(DateTime utc, TimeSpan offset) =>
        new DateTimeOffset(DateTime.SpecifyKind(Activities.UnixTime.Shift(utc, offset), DateTimeKind.Unspecified), offset)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|[+-]\d{2}(:?\d{2})?)$")]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")]
    private static partial Regex LocalPattern();
}
