namespace CrampSignals.Activities;

/// <summary>
/// What of an activity is a run: the whole of a run, the running legs of a multisport file, or nothing (a swim, a ride, a
/// FIT settings or monitoring file), with the reason. The signals and the advice are about running, so only this part is
/// analysed; the rest gets its summary only.
/// </summary>
internal static class RunLegs
{
    /// <summary>FIT <c>file_id.type</c> of an activity file.</summary>
    public const int FitActivityFile = 4;

    /// <summary>
    /// The part of <paramref name="activity"/> to analyse as a run, or null with the reason it is not one. A file without a
    /// sport (<see cref="Sport.Generic"/>) is taken as a run; the signal pass still tells a ride by its speed.
    /// </summary>
    /// <param name="activity">The activity as read.</param>
    /// <param name="include">Sports analysed as runs besides running (walking, hiking).</param>
    public static (Activity? Run, string? Reason) Select(Activity activity, IReadOnlySet<Sport>? include)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.FitFileType is int type && type != FitActivityFile)
            return (null, $"a FIT {FitFileTypes.Name(type)} file, not an activity");
        var sessions = activity.Sessions;
        var named = sessions.Where(s => s.Sport != Sport.Generic).ToList();
        if (named.Count == 0)
        {
            var sport = activity.Sport;
            return sport == Sport.Generic || sport.IsRun(include) ? (activity, null) : (null, NotARun(sport));
        }
        var runs = sessions.Where(s => s.Sport.IsRun(include)).ToList();
        if (runs.Count == 0)
            return (null, named.Select(s => s.Sport).Distinct().Count() == 1 ? NotARun(named[0].Sport) : $"a multisport activity ({Legs(named)}) without a running leg");
        if (runs.Count == sessions.Length) return (activity with { Sport = runs[0].Sport }, null);
        return (Cut(activity, runs), null);
    }

    /// <summary>The one line a report gives for what is not a run.</summary>
    public static string NotARun(Sport sport) =>
        sport == Sport.Other ? "an activity of another sport, not a run" : $"a {sport.Name()} activity, not a run";

    /// <summary>The note of a multisport file cut to its running legs: "a multisport activity (swimming, transition, ...): only its running leg is analysed".</summary>
    public static string CutNote(Activity file, Activity run) =>
        $"a multisport activity ({Legs(file.Sessions)}): only its {(run.Sessions.Length == 1 ? "running leg is" : $"{run.Sessions.Length} running legs are")} analysed";

    private static string Legs(IEnumerable<ActivitySession> sessions) => string.Join(", ", sessions.Select(s => s.Sport.Name()));

    /// <summary>The activity cut to <paramref name="legs"/>' time spans: their samples, laps, events and sessions.</summary>
    private static Activity Cut(Activity activity, List<ActivitySession> legs)
    {
        var spans = legs.Select(Span).ToList();
        bool Inside(double t) => spans.Any(l => t >= l.From && t <= l.To);
        var source = activity.Samples;
        var builder = new SampleTableBuilder(source.Count);
        var times = source.UnixSeconds;
        for (var i = 0; i < source.Count; i++)
            if (!double.IsNaN(times[i]) && Inside(times[i])) builder.CopyRow(source, i);
        return activity with
        {
            Sport = legs[0].Sport,
            StartTime = legs[0].Start,
            Samples = builder.Build(),
            Sessions = [.. legs],
            Laps = [.. activity.Laps.Where(l => Inside(Text.UnixTime.FromDateTime(l.Start)))],
            Events = [.. activity.Events.Where(e => Inside(Text.UnixTime.FromDateTime(e.Time)))],
        };
    }

    private static (double From, double To) Span(ActivitySession s)
    {
        var from = Text.UnixTime.FromDateTime(s.Start);
        var length = !double.IsNaN(s.ElapsedSeconds) ? s.ElapsedSeconds : !double.IsNaN(s.TimerSeconds) ? s.TimerSeconds : 0;
        return (from, from + length);
    }
}
