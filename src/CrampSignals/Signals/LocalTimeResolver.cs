using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Signals.Track;

namespace CrampSignals.Signals;

/// <summary>
/// Decides how to turn the run's UTC times into local clock time: the file's own offset when it has one; else the
/// clock of the place, from the time zone whose principal location is nearest the run's first position and that
/// zone's rules on the run's date (summer time included); else solar time from the mean longitude (15° per hour)
/// when the zone database cannot say; else UTC.
/// </summary>
internal static class LocalTimeResolver
{
    /// <summary>The local-time offset for <paramref name="activity"/> (the track gives the positions' mean and the start).</summary>
    public static LocalTimeInfo Resolve(Activity activity, SignalTrack track)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(track);
        return Resolve(activity, track.Length > 0 ? track.TimeAt(0) : null, track.MeanLatitude, track.MeanLongitude);
    }

    /// <summary>The local-time offset for an activity that gets no track (one that is not a run): its first position and start.</summary>
    public static LocalTimeInfo Resolve(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var first = FirstPosition(activity.Samples);
        var start = activity.StartTime ?? (activity.Samples.HasTime ? Text.UnixTime.ToDateTime(activity.Samples.FirstUnixSeconds) : null);
        return Resolve(activity, start, first?.Latitude ?? double.NaN, first?.Longitude ?? double.NaN);
    }

    private static LocalTimeInfo Resolve(Activity activity, DateTime? start, double meanLatitude, double meanLongitude)
    {
        // A clock never set names no date, so no zone's rules apply to it.
        if (activity.Undated) return new LocalTimeInfo(TimeSpan.Zero, LocalTimeSource.Unknown);
        if (activity.UtcOffset is TimeSpan offset && offset.Duration() <= TimeSpan.FromHours(14))
            return new LocalTimeInfo(offset, LocalTimeSource.File);
        if (double.IsNaN(meanLongitude)) return new LocalTimeInfo(TimeSpan.Zero, LocalTimeSource.Unknown);
        var (latitude, longitude) = FirstPosition(activity.Samples) ?? (meanLatitude, meanLongitude);
        if (start is DateTime at && ZoneLocator.Nearest(latitude, longitude) is { } zone)
            return new LocalTimeInfo(ZoneLocator.OffsetAt(zone, at), LocalTimeSource.Zone, zone.Id);
        return new LocalTimeInfo(TimeSpan.FromMinutes(Math.Round(meanLongitude / 15.0 * 60.0)), LocalTimeSource.Solar);
    }

    /// <summary>
    /// Where the local time came from, as the reports' <c>localTime.source</c> gives it: <c>file</c>, <c>solar</c>,
    /// <c>unknown</c>, or <c>zone:Europe/Madrid (estimated from position)</c>.
    /// </summary>
    public static string SourceId(LocalTimeInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return info.Source == LocalTimeSource.Zone
            ? $"zone:{info.ZoneId} (estimated from position)"
            : info.Source.ToString().ToLowerInvariant();
    }

    /// <summary>A short phrase for reports: "local time from the file (UTC+02:00)".</summary>
    public static string Describe(LocalTimeInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var off = (info.Offset < TimeSpan.Zero ? "-" : "+") + info.Offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
        return info.Source switch
        {
            LocalTimeSource.File => $"local time from the file's own offset (UTC{off})",
            LocalTimeSource.Zone => $"local time of the time zone {info.ZoneId} (UTC{off} on the run's date), estimated from the run's position",
            LocalTimeSource.Solar => $"local time estimated as solar time from the longitude (UTC{off}); clock time may differ by an hour or more",
            _ => "local time unknown (no offset in the file and no position): UTC used",
        };
    }

    private static (double Latitude, double Longitude)? FirstPosition(SampleTable samples)
    {
        var la = samples.Latitude;
        var lo = samples.Longitude;
        for (var i = 0; i < samples.Count; i++)
            if (PathSmoother.ValidPosition(la[i], lo[i])) return (la[i], lo[i]);
        return null;
    }
}
