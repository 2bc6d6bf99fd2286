using CrampSignals.Activities;
using CrampSignals.Cramps;

namespace CrampSignals.Signals;

/// <summary>The cramps that belong to a run (by <see cref="CrampMatcher"/>), with their times resolved against the run's start.</summary>
internal static class RunCramps
{
    public static IEnumerable<(CrampEntry Entry, DateTime Time)> Resolve(Activity activity, CrampLog? log, SignalOptions o)
    {
        var entries = new List<CrampEntry>();
        if (log is not null) entries.AddRange(log.Entries);
        if (o.UseCrampMarkers) entries.AddRange(CrampMarkers.FromActivity(activity).Entries);
        if (entries.Count == 0) yield break;
        var matched = CrampMatcher.ForRun(new CrampLog([.. entries], []), activity, o.CrampAfterRunWindow);
        foreach (var e in matched.Entries)
        {
            if (CrampMatcher.TimeIn(e, activity) is not DateTime when) continue;
            yield return (e, DateTime.SpecifyKind(when, DateTimeKind.Utc));
        }
    }
}
