using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.History;

/// <summary>
/// What a run was exposed to before its cramp. A cramp changes the run after it (the runner walks, stops, jogs home), and
/// what the detectors then see (no cool-down, a second half slower than the first) is its consequence, not its cause. So a
/// run whose first cramp during the run has a time is analysed again up to that moment, and the findings of that part are
/// what the history's statistics and advice count; a run whose cramps have no time, or struck after it, counts all of its
/// findings (nothing in it came after them).
/// </summary>
internal static class CrampExposure
{
    /// <summary>Seconds from the start of the first cramp during the run with a time; null when there is none.</summary>
    public static double? FirstInRunSeconds(CohortRunRecord record)
    {
        double? first = null;
        foreach (var c in record.Cramps)
            if (c.DuringRun && double.IsFinite(c.ElapsedSeconds) && (first is null || c.ElapsedSeconds < first)) first = c.ElapsedSeconds;
        return first;
    }

    /// <summary>
    /// The record as the history's statistics count it: the findings of the run up to its first timed cramp during the run
    /// (the part analysed on its own), or the record itself when it has none.
    /// </summary>
    public static CohortRunRecord Before(CohortRunRecord record, Activity run, WeatherSeries? weather, SignalOptions options)
    {
        if (FirstInRunSeconds(record) is not double t) return record;
        var part = Cut(run, t);
        var findings = ImmutableArray<CohortFindingRecord>.Empty;
        if (part.Samples.Count > 1)
        {
            var (signals, track) = SignalAnalyzer.AnalyzeWithTrack(part, null, weather, options);
            var analysed = CohortRowBuilder.Build(record.Runner, record.Folder, record.File, part, signals, track, weather);
            track.Release();
            // The cut itself is an abrupt stop: a cool-down is about the end of the run, which an in-run cramp never follows.
            findings = [.. analysed.Findings.Where(f => f.Kind != FindingKind.NoCoolDown)];
        }
        var counts = new int[record.FindingCounts.Length];
        foreach (var f in findings) counts[(int)f.Kind]++;
        return record with { Findings = findings, FindingCounts = [.. counts] };
    }

    /// <summary>The kinds of a record's findings, each once, in kind order.</summary>
    public static ImmutableArray<FindingKind> Kinds(CohortRunRecord record) => [.. record.Findings.Select(f => f.Kind).Distinct().Order()];

    /// <summary>The run's samples from its start up to <paramref name="seconds"/> after it, its events in that time.</summary>
    private static Activity Cut(Activity run, double seconds)
    {
        var s = run.Samples;
        var end = s.FirstUnixSeconds + seconds;
        var builder = new SampleTableBuilder(s.Count);
        var times = s.UnixSeconds;
        for (var i = 0; i < s.Count; i++)
            if (!double.IsNaN(times[i]) && times[i] < end) builder.CopyRow(s, i);
        var cut = Text.UnixTime.ToDateTime(end);
        return run with
        {
            Samples = builder.Build(),
            Events = [.. run.Events.Where(e => e.Time < cut)],
            Laps = [.. run.Laps.Where(l => l.Start < cut)],
            Waypoints = [],
        };
    }
}
