using CrampSignals.Activities;
using CrampSignals.Cramps;

namespace CrampSignals.Signals;

/// <summary>Cramps the runner marked in the file itself: FIT user markers and GPX waypoints named as cramps (opt-in).</summary>
public static class CrampMarkers
{
    /// <summary>The marked cramps of <paramref name="activity"/>.</summary>
    public static IEnumerable<CrampEntry> From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var e in activity.Events)
            if (e.Event == ActivityEvent.UserMarkerEvent)
                yield return new CrampEntry(e.Time, null, Muscle.Other, null, null, "FIT user marker", CrampSource.FitMarker);
        foreach (var w in activity.Waypoints)
        {
            if (w.Time is not DateTime t) continue;
            var text = $"{w.Name} {w.Description}";
            if (!text.Contains("cramp", StringComparison.OrdinalIgnoreCase)) continue;
            yield return new CrampEntry(t, null, MuscleIn(text), SideIn(text), null, w.Name, CrampSource.GpxWaypoint);
        }
    }

    private static Muscle MuscleIn(string text) =>
        text.Contains("calf", StringComparison.OrdinalIgnoreCase) || text.Contains("calves", StringComparison.OrdinalIgnoreCase) ? Muscle.Calf
        : text.Contains("hamstring", StringComparison.OrdinalIgnoreCase) ? Muscle.Hamstring
        : text.Contains("quad", StringComparison.OrdinalIgnoreCase) ? Muscle.Quadriceps
        : text.Contains("foot", StringComparison.OrdinalIgnoreCase) || text.Contains("toe", StringComparison.OrdinalIgnoreCase) ? Muscle.Foot
        : Muscle.Other;

    private static string? SideIn(string text) =>
        text.Contains("left", StringComparison.OrdinalIgnoreCase) ? "left"
        : text.Contains("right", StringComparison.OrdinalIgnoreCase) ? "right"
        : null;
}
