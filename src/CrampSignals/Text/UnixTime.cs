namespace CrampSignals.Text;

/// <summary>Conversions between Unix seconds and <see cref="DateTime"/> (UTC).</summary>
internal static class UnixTime
{
    /// <summary>A UTC <see cref="DateTime"/> from Unix seconds (fractions kept to the tick); times beyond what DateTime holds stop at its ends.</summary>
    public static DateTime ToDateTime(double unixSeconds)
    {
        var ticks = unixSeconds * TimeSpan.TicksPerSecond + DateTime.UnixEpoch.Ticks;
        if (!(ticks > DateTime.MinValue.Ticks)) return DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);
        if (ticks >= DateTime.MaxValue.Ticks) return DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);
        return DateTime.UnixEpoch.AddTicks((long)Math.Round(unixSeconds * TimeSpan.TicksPerSecond));
    }

    /// <summary>
    /// <paramref name="time"/> moved by <paramref name="offset"/> (a time zone, usually), stopping at DateTime's ends instead
    /// of throwing: a local clock for a time at the edge of the calendar is shown as that edge.
    /// </summary>
    internal static DateTime Shift(DateTime time, TimeSpan offset)
    {
        var ticks = time.Ticks + offset.Ticks;
        var clamped = Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        return new DateTime(clamped, time.Kind);
    }

    /// <summary>Unix seconds from a <see cref="DateTime"/> (treated as UTC unless it says local).</summary>
    public static double FromDateTime(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        return (utc.Ticks - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerSecond;
    }
}
