using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals.Track;

namespace CrampSignals.Signals;

/// <summary>The cramps that belong to a run, with their times resolved (elapsed times count from the run's start).</summary>
internal static class RunCramps
{
    public static IEnumerable<(CrampEntry Entry, DateTime Time)> Resolve(Activity activity, SignalTrack track, CrampLog? log, SignalOptions o)
    {
        var entries = new List<CrampEntry>();
        if (log is not null) entries.AddRange(log.Entries);
        if (o.UseCrampMarkers) entries.AddRange(CrampMarkers.From(activity));
        var start = activity.StartTime ?? track.TimeAt(0);
        var first = track.TimeAt(0);
        var end = track.TimeAt(track.Length - 1);
        foreach (var e in entries)
        {
            DateTime? time = e.Time is DateTime t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : e.Elapsed is TimeSpan el ? start + el : null;
            if (time is not DateTime when) continue;
            if (when < first.AddMinutes(-1) || when > end + o.CrampAfterRunWindow) continue;
            yield return (e, when);
        }
    }
}
