using CrampSignals.Activities;

namespace CrampSignals.Formats.Gpx;

/// <summary>Writes an <see cref="Activity"/> as GPX 1.1 with Garmin TrackPointExtension v2 (hr, cad, atemp, speed) and waypoints.</summary>
public static class GpxActivityWriter
{
    /// <summary>Writes <paramref name="activity"/> to <paramref name="output"/> as UTF-8 GPX 1.1.</summary>
    public static void Write(Activity activity, Stream output) => throw new NotImplementedException();
}
