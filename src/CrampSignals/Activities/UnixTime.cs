namespace CrampSignals.Activities;

/// <summary>Conversions between Unix seconds and <see cref="DateTime"/> (UTC).</summary>
internal static class UnixTime
{
    /// <summary>A UTC <see cref="DateTime"/> from Unix seconds (fractions kept to the tick).</summary>
    public static DateTime ToDateTime(double unixSeconds) =>
        DateTime.UnixEpoch.AddTicks((long)Math.Round(unixSeconds * TimeSpan.TicksPerSecond));

    /// <summary>Unix seconds from a <see cref="DateTime"/> (treated as UTC unless it says local).</summary>
    public static double FromDateTime(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        return (utc.Ticks - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerSecond;
    }
}
