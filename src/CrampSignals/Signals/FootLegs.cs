using CrampSignals.Activities;

namespace CrampSignals.Signals;

/// <summary>The running part of a multisport activity: the signals are about running, so a bike leg must not count.</summary>
internal static class FootLegs
{
    /// <summary>
    /// When <paramref name="activity"/> mixes running sessions with others (cycling, swimming, transitions), a copy
    /// holding only the running legs (see <see cref="RunLegs"/>); otherwise the activity itself.
    /// </summary>
    public static Activity Of(Activity activity, ICollection<string> notes)
    {
        var (run, _) = RunLegs.Select(activity, null);
        if (run is null || run.Sessions.Length == activity.Sessions.Length) return activity;
        notes.Add($"a multisport activity: only its {run.Sessions.Length} running leg(s) were examined");
        return run;
    }
}
