using CrampSignals.Activities;

namespace CrampSignals.Cramps;

/// <summary>Which in-file cramp marks <see cref="CrampMarkers.FromActivity"/> reads.</summary>
[Flags]
internal enum CrampMarkerSources
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>FIT user-marker events (<c>event</c> 32, or <c>event_type</c> marker).</summary>
    FitMarkers = 1,
    /// <summary>GPX waypoints whose name or description says "cramp".</summary>
    GpxWaypoints = 2,
    /// <summary>Both.</summary>
    All = FitMarkers | GpxWaypoints,
}

/// <summary>
/// Cramps a runner marked inside the activity file itself (opt-in, since a marker can mean anything): FIT user-marker
/// events, and GPX waypoints named or described as a cramp, with the muscle, side and severity read from their text.
/// </summary>
internal static class CrampMarkers
{
    /// <summary>FIT <c>event_type</c> value for a marker.</summary>
    public const int MarkerEventType = 3;

    /// <summary>The cramps marked in <paramref name="activity"/>, in time order; waypoints that cannot be placed in time become warnings.</summary>
    public static CrampLog FromActivity(Activity activity, CrampMarkerSources sources = CrampMarkerSources.All)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var entries = new List<CrampEntry>();
        var warnings = new List<ParseWarning>();
        if (sources.HasFlag(CrampMarkerSources.FitMarkers))
        {
            foreach (var e in activity.Events)
                if (e.Event == ActivityEvent.UserMarkerEvent || (e.EventType == MarkerEventType && e.Event != ActivityEvent.TimerEvent))
                    entries.Add(new CrampEntry(e.Time, null, Muscle.Other, null, null, "marker pressed on the watch", CrampSource.FitMarker));
        }
        if (sources.HasFlag(CrampMarkerSources.GpxWaypoints))
        {
            foreach (var w in activity.Waypoints)
            {
                var text = $"{w.Name} {w.Description}";
                if (!text.Contains("cramp", StringComparison.OrdinalIgnoreCase)) continue;
                var time = w.Time ?? NearestTime(activity.Samples, w.Latitude, w.Longitude);
                if (time is null)
                {
                    warnings.Add(new ParseWarning($"waypoint '{w.Name}' says cramp but has no time and the track has no position near it; left out"));
                    continue;
                }
                entries.Add(new CrampEntry(time, null, MuscleNames.Find(text) ?? Muscle.Other, MuscleNames.FindSide(text),
                    CrampFieldParser.FindSeverity(text), string.IsNullOrWhiteSpace(w.Description) ? w.Name : w.Description, CrampSource.GpxWaypoint));
            }
        }
        return new CrampLog([.. entries.OrderBy(e => e.Time)], [.. warnings]);
    }

    /// <summary>The time of the track point closest to the position (within 200 m), for waypoints saved without a time.</summary>
    private static DateTime? NearestTime(SampleTable s, double lat, double lon)
    {
        if (double.IsNaN(lat) || double.IsNaN(lon)) return null;
        var best = double.MaxValue;
        var index = -1;
        var cos = Math.Cos(lat * Math.PI / 180);
        for (var i = 0; i < s.Count; i++)
        {
            var dLat = s.Latitude[i] - lat;
            var dLon = (s.Longitude[i] - lon) * cos;
            var d = dLat * dLat + dLon * dLon;
            if (d < best && !double.IsNaN(s.UnixSeconds[i])) { best = d; index = i; }
        }
        var meters = Math.Sqrt(best) * Math.PI / 180 * 6_371_000;
        return index >= 0 && meters <= 200 ? s.TimeAt(index) : null;
    }
}
