using System.Globalization;
using System.Text.RegularExpressions;

namespace CrampSignals.Text;

/// <summary>What a time written without a UTC offset or Z means.</summary>
internal enum IsoZonePolicy
{
    /// <summary>Taken as UTC: what the GPX and TCX schemas intend and what watches write ("2019-09-20T14:10:03").</summary>
    AssumeUtc,

    /// <summary>
    /// Refused: a time a runner typed into a cramp log or a weather export could be on any clock, and guessing UTC would
    /// move it by hours.
    /// </summary>
    OffsetRequired,
}

/// <summary>
/// The one ISO-8601 / xsd:dateTime parser of the project ("2019-09-20T14:10:03Z", "…03.994+01:00", "…03" with no
/// zone); what a missing zone means is the caller's explicit <see cref="IsoZonePolicy"/>. The span form allocates
/// nothing (GPX and TCX carry one time per point). Formatting is <see cref="IsoUtc"/>'s.
/// </summary>
internal static partial class IsoTime
{
    /// <summary>Parses <paramref name="text"/> into a UTC time under <paramref name="policy"/>.</summary>
    /// <returns>The UTC time, or null with <paramref name="error"/> saying why (quoting the text).</returns>
    public static DateTime? TryParseUtc(string text, IsoZonePolicy policy, out string? error)
    {
        error = null;
        if (policy == IsoZonePolicy.AssumeUtc)
        {
            if (TryParse(text, out var ticks, out _)) return Plausible(new DateTime(ticks, DateTimeKind.Utc), text, out error);
            error = $"time '{Shorten(text)}' is not an ISO-8601 date and time";
            return null;
        }
        var s = text.Trim();
        if (!OffsetPattern().IsMatch(s))
        {
            error = LocalPattern().IsMatch(s)
                ? $"time '{Shorten(text)}' has no UTC offset or Z (write e.g. 2024-07-14T09:31:05+02:00 or 2024-07-14T07:31:05Z)"
                : $"time '{Shorten(text)}' is not an ISO-8601 date and time with an offset (e.g. 2024-07-14T09:31:05+02:00)";
            return null;
        }
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var t))
        {
            error = $"time '{Shorten(text)}' is not an ISO-8601 date and time";
            return null;
        }
        return Plausible(t.UtcDateTime, text, out error);
    }

    /// <summary>
    /// A date and time written without any zone ("2024-07-14T09:31:05", "2024-07-14 09:31"): its clock reading, Kind
    /// unspecified, or null when <paramref name="text"/> is not such a time or is out of the plausible range.
    /// </summary>
    public static DateTime? TryParseLocalClock(string text)
    {
        var s = text.Trim();
        if (!LocalPattern().IsMatch(s)) return null;
        if (!DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return null;
        return PlausibleTime.Contains(DateTime.SpecifyKind(t, DateTimeKind.Utc)) ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
    }

    // A side-car line dated in year 1 or 9999 would reach code that adds time zones to it: such a line is not kept.
    private static DateTime? Plausible(DateTime utc, string text, out string? error)
    {
        error = PlausibleTime.Contains(utc) ? null : $"time '{Shorten(text)}' is {PlausibleTime.RangeText}";
        return error is null ? utc : null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|[+-]\d{2}(:?\d{2})?)$")]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")]
    private static partial Regex LocalPattern();

    /// <summary>
    /// Parses <paramref name="text"/> into UTC ticks under <see cref="IsoZonePolicy.AssumeUtc"/>; <paramref name="offset"/>
    /// is the numeric zone offset written, if any ("Z" and no zone give null).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long utcTicks, out TimeSpan? offset)
    {
        text = text.Trim();
        if (TryParseStrict(text, out utcTicks, out offset)) return true;
        // Anything unusual but still a date (for example a lower-case or space-separated form) goes to the framework parser.
        if (text.Length is > 0 and < 64 &&
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            utcTicks = dto.UtcTicks;
            offset = dto.Offset == TimeSpan.Zero ? null : dto.Offset;
            return true;
        }
        utcTicks = 0;
        offset = null;
        return false;
    }

    /// <summary>
    /// Unix seconds for UTC <paramref name="utcTicks"/>, rounded once from the exact value: whole seconds plus the
    /// fraction, so that "…13.994Z" gives the same double as dividing the exact microseconds by a million.
    /// </summary>
    public static double ToUnixSeconds(long utcTicks)
    {
        var unixTicks = utcTicks - DateTime.UnixEpoch.Ticks;
        var whole = Math.DivRem(unixTicks, TimeSpan.TicksPerSecond, out var rest);
        if (rest < 0)
        {
            whole--;
            rest += TimeSpan.TicksPerSecond;
        }
        return whole + rest / (double)TimeSpan.TicksPerSecond;
    }

    /// <summary>UTC ticks closest to <paramref name="unixSeconds"/>, computed so that <see cref="ToUnixSeconds"/> gives the same double back.</summary>
    public static long FromUnixSeconds(double unixSeconds)
    {
        var whole = Math.Floor(unixSeconds);
        var fraction = unixSeconds - whole;
        var fractionTicks = (long)Math.Round(fraction * TimeSpan.TicksPerSecond);
        return DateTime.UnixEpoch.Ticks + (long)whole * TimeSpan.TicksPerSecond + fractionTicks;
    }

    private static bool TryParseStrict(ReadOnlySpan<char> s, out long ticks, out TimeSpan? offset)
    {
        ticks = 0;
        offset = null;
        var i = 0;
        if (!Digits(s, ref i, 4, out var year) || !Expect(s, ref i, '-') || !Digits(s, ref i, 2, out var month) ||
            !Expect(s, ref i, '-') || !Digits(s, ref i, 2, out var day))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        long time = 0;
        if (i < s.Length && s[i] is 'T' or 't' or ' ')
        {
            i++;
            if (!Digits(s, ref i, 2, out var hour) || !Expect(s, ref i, ':') || !Digits(s, ref i, 2, out var minute)) return false;
            var second = 0;
            if (i < s.Length && s[i] == ':')
            {
                i++;
                if (!Digits(s, ref i, 2, out second)) return false;
            }
            if (hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute != 0 || second != 0))) return false;
            time = hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond;
            if (i < s.Length && s[i] is '.' or ',')
            {
                i++;
                var start = i;
                long fraction = 0;
                var scale = TimeSpan.TicksPerSecond;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    // Digits past the tick (100 ns) are dropped: no device measures finer.
                    if (scale > 1)
                    {
                        scale /= 10;
                        fraction += (s[i] - '0') * scale;
                    }
                    i++;
                }
                if (i == start) return false;
                time += fraction;
            }
        }
        if (i < s.Length)
        {
            if (s[i] is 'Z' or 'z') i++;
            else if (s[i] is '+' or '-')
            {
                var sign = s[i] == '-' ? -1 : 1;
                i++;
                if (!Digits(s, ref i, 2, out var oh)) return false;
                var om = 0;
                if (i < s.Length && s[i] == ':') i++;
                if (i < s.Length && !Digits(s, ref i, 2, out om)) return false;
                if (oh > 14 || om > 59) return false;
                offset = TimeSpan.FromMinutes(sign * (oh * 60 + om));
                time -= offset.Value.Ticks;
            }
            else return false;
        }
        if (i != s.Length) return false;
        ticks = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc).Ticks + time;
        return ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks;
    }

    private static bool Digits(ReadOnlySpan<char> s, ref int i, int count, out int value)
    {
        value = 0;
        if (i + count > s.Length) return false;
        for (var k = 0; k < count; k++)
        {
            var c = s[i + k];
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        i += count;
        return true;
    }

    private static bool Expect(ReadOnlySpan<char> s, ref int i, char c)
    {
        if (i >= s.Length || s[i] != c) return false;
        i++;
        return true;
    }
}
