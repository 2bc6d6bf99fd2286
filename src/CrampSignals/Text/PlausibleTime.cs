namespace CrampSignals.Text;

/// <summary>
/// The times a recorded activity (and its cramp log and weather) can plausibly carry: from 1980, before any GPS watch,
/// to a day after now, for a clock set slightly ahead. Readers drop times outside this with a warning, so that a
/// point dated in year 1 or 9999 never reaches code that adds a time zone to it.
/// </summary>
internal static class PlausibleTime
{
    /// <summary>The earliest plausible time (UTC).</summary>
    public static readonly DateTime Earliest = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The latest plausible time: a day after now (UTC).</summary>
    public static DateTime Latest => DateTime.UtcNow.AddDays(1);

    /// <summary>"between 1980-01-01 and a day after now", for warnings.</summary>
    public const string RangeText = "outside 1980 to a day after today";

    /// <summary>True when UTC <paramref name="ticks"/> lie in the plausible range.</summary>
    public static bool ContainsTicks(long ticks) => ticks >= Earliest.Ticks && ticks <= Latest.Ticks;

    /// <summary>True when <paramref name="time"/> lies in the plausible range.</summary>
    public static bool Contains(DateTime time) => ContainsTicks(time.Kind == DateTimeKind.Local ? time.ToUniversalTime().Ticks : time.Ticks);

    /// <summary>True when Unix seconds <paramref name="unixSeconds"/> lie in the plausible range (false for NaN).</summary>
    public static bool ContainsUnixSeconds(double unixSeconds) =>
        unixSeconds >= UnixTime.FromDateTime(Earliest) && unixSeconds <= UnixTime.FromDateTime(Latest);
}
