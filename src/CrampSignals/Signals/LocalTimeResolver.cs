using CrampSignals.Activities;
using CrampSignals.Signals.Track;

namespace CrampSignals.Signals;

/// <summary>
/// Decides how to turn the run's UTC times into local clock time: the file's own offset when it has one, else solar time
/// from the mean longitude (15° per hour), else UTC.
/// </summary>
internal static class LocalTimeResolver
{
    /// <summary>The local-time offset for <paramref name="activity"/> (the track gives the mean longitude).</summary>
    public static LocalTimeInfo Resolve(Activity activity, SignalTrack track)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(track);
        if (activity.UtcOffset is TimeSpan offset && offset.Duration() <= TimeSpan.FromHours(14))
            return new LocalTimeInfo(offset, LocalTimeSource.File);
        if (!double.IsNaN(track.MeanLongitude))
            return new LocalTimeInfo(TimeSpan.FromMinutes(Math.Round(track.MeanLongitude / 15.0 * 60.0)), LocalTimeSource.Solar);
        return new LocalTimeInfo(TimeSpan.Zero, LocalTimeSource.Unknown);
    }

    /// <summary>A short phrase for reports: "local time from the file (UTC+02:00)".</summary>
    public static string Describe(LocalTimeInfo info)
    {
        var off = (info.Offset < TimeSpan.Zero ? "-" : "+") + info.Offset.Duration().ToString("hh\\:mm", System.Globalization.CultureInfo.InvariantCulture);
        return info.Source switch
        {
            LocalTimeSource.File => $"local time from the file's own offset (UTC{off})",
            LocalTimeSource.Solar => $"local time estimated as solar time from the longitude (UTC{off}); clock time may differ by an hour or more",
            _ => "local time unknown (no offset in the file and no position): UTC used",
        };
    }
}
