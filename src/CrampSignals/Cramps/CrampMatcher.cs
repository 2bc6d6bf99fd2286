using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Cramps;

/// <summary>A multi-run cramp log split over runs.</summary>
/// <param name="PerRun">The cramps of each run, in the order the runs were given.</param>
/// <param name="Unmatched">Entries that belong to none of the runs.</param>
/// <param name="Warnings">Why entries were left unmatched.</param>
internal sealed record CrampAssignment(ImmutableArray<CrampLog> PerRun, ImmutableArray<CrampEntry> Unmatched, ImmutableArray<ParseWarning> Warnings);

/// <summary>
/// Matches logged cramps to runs: a cramp belongs to a run when it struck during it or up to a window after its end
/// (<see cref="DefaultAfterRunWindow"/> unless the caller says otherwise), since cramps also strike later, at rest.
/// Entries given as elapsed time always belong to the run they are given with.
/// </summary>
internal static class CrampMatcher
{
    /// <summary>How long after a run's end a cramp still belongs to it when the caller gives no window: 12 h.</summary>
    public static readonly TimeSpan DefaultAfterRunWindow = TimeSpan.FromHours(12);

    /// <summary>Start and end (UTC) of <paramref name="run"/>, or null when it has no time.</summary>
    public static (DateTime Start, DateTime End)? Span(Activity run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var first = run.Samples.FirstUnixSeconds;
        DateTime? start = run.StartTime ?? (double.IsNaN(first) ? null : UnixTime.ToDateTime(first));
        if (start is not DateTime s) return null;
        var sampleEnd = LastTime(run.Samples);
        var end = sampleEnd ?? s + (run.Duration ?? TimeSpan.Zero);
        return (s, end < s ? s : end);
    }

    /// <summary>When <paramref name="entry"/> struck in <paramref name="run"/>: its clock time, else the run's start plus its elapsed time.</summary>
    public static DateTime? TimeIn(CrampEntry entry, Activity run)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Time is DateTime t) return t;
        return entry.Elapsed is TimeSpan e && Span(run) is var (start, _) ? start + e : null;
    }

    /// <summary>
    /// <paramref name="log"/> with its times typed without an offset placed on the UTC line: read in the run's local time
    /// when <paramref name="utcOffset"/> is known, else taken as UTC; one warning per log says which and how many.
    /// </summary>
    public static CrampLog ResolveLocal(CrampLog log, TimeSpan? utcOffset, string? unknownBecause = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var count = log.Entries.Count(e => e.NoOffset);
        if (count == 0) return log;
        var entries = log.Entries.Select(e => !e.NoOffset || e.Time is not DateTime t ? e
            : e with { Time = DateTime.SpecifyKind(utcOffset is TimeSpan off ? t - off : t, DateTimeKind.Utc), NoOffset = false });
        var what = count == 1 ? "1 cramp time has" : $"{count} cramp times have";
        var note = utcOffset is TimeSpan o
            ? $"{what} no UTC offset: read in the run's local time (UTC{(o < TimeSpan.Zero ? "-" : "+")}{o.Duration():hh\\:mm})"
            : $"{what} no UTC offset and {unknownBecause ?? "the run's offset is not known"}: read as UTC (write e.g. 2024-07-14T09:31:05+02:00)";
        return new CrampLog([.. entries], [.. log.Warnings, new ParseWarning(note)]);
    }

    /// <summary>The entries of <paramref name="log"/> that belong to <paramref name="run"/>, in time order; the log's warnings are kept.</summary>
    public static CrampLog ForRun(CrampLog log, Activity run, TimeSpan? afterRunWindow = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(run);
        log = ResolveLocal(log, run.UtcOffset);
        var window = afterRunWindow ?? DefaultAfterRunWindow;
        var span = Span(run);
        var kept = log.Entries.Where(e => e.Time is not DateTime t
                ? e.Elapsed is not null
                : span is var (start, end) && t >= start && t <= end + window)
            .OrderBy(e => TimeIn(e, run) ?? DateTime.MaxValue);
        return new CrampLog([.. kept], log.Warnings);
    }

    /// <summary>
    /// Splits a log kept over many runs: each timed entry goes to the run it struck during, else to the most recent run
    /// that ended before it and within the window. Elapsed-time entries cannot be placed among several runs and are unmatched.
    /// </summary>
    public static CrampAssignment Assign(CrampLog log, IReadOnlyList<Activity> runs, TimeSpan? afterRunWindow = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(runs);
        // One log over runs in one place: the runs' offset places its local times when they all agree on one.
        var offsets = runs.Select(r => r.UtcOffset).Distinct().ToList();
        log = ResolveLocal(log, offsets.Count == 1 ? offsets[0] : null, offsets.Count > 1 ? "the runs are in different time zones" : null);
        var assignment = AssignBySpan(log, [.. runs.Select(Span)], afterRunWindow);
        return assignment with { Warnings = [.. log.Warnings.Where(w => w.Message.Contains("no UTC offset", StringComparison.Ordinal)), .. assignment.Warnings] };
    }

    /// <summary>
    /// As <see cref="Assign(CrampLog, IReadOnlyList{Activity}, TimeSpan?)"/> over the runs' start and end times alone, so a
    /// cohort can place a shared log's cramps in a cheap first pass before any run's samples are analysed.
    /// </summary>
    internal static CrampAssignment AssignBySpan(CrampLog log, IReadOnlyList<(DateTime Start, DateTime End)?> spans, TimeSpan? afterRunWindow = null)
    {
        var window = afterRunWindow ?? DefaultAfterRunWindow;
        var runs = spans;
        log = ResolveLocal(log, null);
        var perRun = runs.Select(_ => new List<CrampEntry>()).ToArray();
        var unmatched = new List<CrampEntry>();
        var warnings = new List<ParseWarning>();
        foreach (var e in log.Entries)
        {
            if (e.Time is not DateTime t)
            {
                unmatched.Add(e);
                warnings.Add(new ParseWarning("a cramp given as elapsed time cannot be matched among several runs; give it with its run", Line: e.Line));
                continue;
            }
            var during = Enumerable.Range(0, runs.Count).FirstOrDefault(i => spans[i] is var (s, en) && t >= s && t <= en, -1);
            var index = during >= 0 ? during : Enumerable.Range(0, runs.Count)
                .Where(i => spans[i] is var (_, en) && t > en && t <= en + window)
                .OrderByDescending(i => spans[i]!.Value.End)
                .FirstOrDefault(-1);
            if (index < 0)
            {
                unmatched.Add(e);
                warnings.Add(new ParseWarning($"the cramp at {IsoUtc.Format(t)} is during none of the runs nor within {window.TotalHours:0.#} h after one", Line: e.Line));
                continue;
            }
            perRun[index].Add(e);
        }
        return new CrampAssignment([.. perRun.Select(l => new CrampLog([.. l.OrderBy(e => e.Time)], []))], [.. unmatched], [.. warnings]);
    }

    private static DateTime? LastTime(SampleTable s)
    {
        var t = s.UnixSeconds;
        for (var i = t.Length - 1; i >= 0; i--) if (!double.IsNaN(t[i])) return UnixTime.ToDateTime(t[i]);
        return null;
    }
}
