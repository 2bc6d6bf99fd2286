using CrampSignals.Activities;

using CrampSignals.Text;
namespace CrampSignals.Signals;

/// <summary>The on-foot part of a multisport activity: the signals are about running, so a bike leg must not count.</summary>
internal static class FootLegs
{
    /// <summary>
    /// When <paramref name="activity"/> mixes on-foot sessions with others (cycling, swimming, transitions), a copy
    /// holding only the samples and events inside the on-foot sessions; otherwise the activity itself.
    /// </summary>
    public static Activity Of(Activity activity, ICollection<string> notes)
    {
        var sessions = activity.Sessions;
        if (sessions.Length < 2 || !sessions.Any(s => s.Sport.IsOnFoot())) return activity;
        var others = sessions.Where(s => !s.Sport.IsOnFoot() && s.Sport != Sport.Generic).ToList();
        if (others.Count == 0) return activity;

        var legs = sessions.Where(s => s.Sport.IsOnFoot() && !double.IsNaN(s.ElapsedSeconds))
            .Select(s => (From: UnixTime.FromDateTime(s.Start), To: UnixTime.FromDateTime(s.Start) + s.ElapsedSeconds))
            .ToList();
        if (legs.Count == 0) return activity;
        bool Inside(double t) => legs.Any(l => t >= l.From && t <= l.To);

        var source = activity.Samples;
        var builder = new SampleTableBuilder(source.Count);
        var channels = Enum.GetValues<SampleChannel>();
        for (var i = 0; i < source.Count; i++)
        {
            var t = source.UnixSeconds[i];
            if (double.IsNaN(t) || !Inside(t)) continue;
            builder.AddRow(t);
            foreach (var c in channels) builder.Set(c, source[c][i]);
        }
        notes.Add($"a multisport activity: only its {legs.Count} on-foot leg(s) were examined");
        return activity with
        {
            Sport = Sport.Running,
            Samples = builder.Build(),
            Sessions = [.. sessions.Where(s => s.Sport.IsOnFoot())],
            Events = [.. activity.Events.Where(e => Inside(UnixTime.FromDateTime(e.Time)))],
        };
    }
}
