using CrampSignals.Activities;
using CrampSignals.Cramps;

namespace CrampSignals.Signals;

/// <summary>The cramps that belong to a run (by <see cref="CrampMatcher"/>), with their times resolved against the run's start.</summary>
internal static class RunCramps
{
    /// <summary>A marker this close to a logged cramp is that cramp: a runner presses the button and writes the time down after.</summary>
    public const double SameCrampSeconds = 120;

    public static IEnumerable<(CrampEntry Entry, DateTime Time)> Resolve(Activity activity, CrampLog? log, SignalOptions o)
    {
        var entries = new List<CrampEntry>();
        if (log is not null) entries.AddRange(log.Entries);
        if (o.UseCrampMarkers)
        {
            // A cramp logged and also marked on the watch is one cramp: the log's entry, which says more, stands for it.
            var logged = entries.Select(e => CrampMatcher.TimeIn(e, activity)).OfType<DateTime>().ToList();
            entries.AddRange(CrampMarkers.FromActivity(activity).Entries.Where(m =>
                m.Time is not DateTime t || !logged.Any(l => Math.Abs((l - t).TotalSeconds) <= SameCrampSeconds)));
        }
        if (entries.Count == 0) yield break;
        var matched = CrampMatcher.ForRun(new CrampLog([.. entries], []), activity, o.CrampAfterRunWindow);
        foreach (var e in matched.Entries)
        {
            if (CrampMatcher.TimeIn(e, activity) is not DateTime when) continue;
            yield return (e, DateTime.SpecifyKind(when, DateTimeKind.Utc));
        }
    }
}
