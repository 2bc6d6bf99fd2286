using CrampSignals.Activities;

using CrampSignals.Text;
namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>FIT time: seconds since 1989-12-31T00:00:00Z in an unsigned 32-bit field, number 253 in every message.</summary>
internal static class FitTimestamps
{
    /// <summary>The field number every message uses for its timestamp.</summary>
    public const byte FieldNumber = 253;

    /// <summary>FIT timestamps count seconds from 1989-12-31T00:00:00Z; this is that epoch in Unix seconds.</summary>
    public const long EpochUnixSeconds = 631065600;

    /// <summary>FIT times below this are relative (seconds since the device started), not dates: the protocol's <c>date_time</c> minimum.</summary>
    public const uint RelativeLimit = 0x10000000;

    /// <summary>Unix seconds from FIT seconds.</summary>
    public static double ToUnixSeconds(uint fitSeconds) => fitSeconds + (double)FitTimestamps.EpochUnixSeconds;

    /// <summary>UTC time from FIT seconds.</summary>
    public static DateTime ToDateTime(uint fitSeconds) => DateTime.UnixEpoch.AddSeconds(fitSeconds + (double)FitTimestamps.EpochUnixSeconds);

    /// <summary>FIT seconds from a UTC time (rounded to the second, clamped to the 32-bit range).</summary>
    public static uint FromDateTime(DateTime time) => FromUnixSeconds(UnixTime.FromDateTime(time));

    /// <summary>FIT seconds from Unix seconds (rounded to the second, clamped to the 32-bit range).</summary>
    public static uint FromUnixSeconds(double unixSeconds)
    {
        var v = Math.Round(unixSeconds - FitTimestamps.EpochUnixSeconds);
        return v <= 0 ? 0u : v >= uint.MaxValue - 1 ? uint.MaxValue - 1 : (uint)v;
    }

    /// <summary>
    /// Expands a compressed-timestamp header's 5-bit offset against the last full timestamp: the offset is the low 5 bits
    /// of the new time, and a smaller offset than the reference's low bits means the 32-second window rolled over.
    /// </summary>
    public static uint Expand(uint reference, int timeOffset)
    {
        var low = (int)(reference & 0x1F);
        var delta = (timeOffset - low) & 0x1F;
        return reference + (uint)delta;
    }
}
