using CrampSignals.Cramps;
using CrampSignals.Text;

namespace CrampSignals.Cohorts;

/// <summary>
/// Gathers each run's cramps from every log that covers it. Shared logs (the one given for all runs, folder logs) are split
/// over their runs by time; a run's own side-car log keeps what struck during the run or within the window after it, as a
/// shared log would, and says what it leaves out. The same cramp (same run, same time, same muscle) from several logs counts
/// once, with a warning naming the logs.
/// </summary>
internal sealed class CrampSources(IReadOnlyList<CohortFile> files, CohortProbe?[] probes, TimeSpan afterRunWindow, List<string> warnings)
{
    private readonly Dictionary<int, List<(CrampEntry Entry, string Source)>> _perRun = [];

    /// <summary>Splits <paramref name="log"/> over the runs <paramref name="scope"/> (indexes into the files).</summary>
    public void AddShared(string name, CrampLog log, int[] scope)
    {
        // One run takes the whole log as its own: entries by elapsed time belong to it too.
        if (scope.Length == 1) { AddSideCar(name, log, scope[0], named: false); return; }
        // One log over runs in one place: the runs' offset places its local times when they all agree on one (as CrampMatcher.Assign).
        var offsets = scope.Select(i => probes[i]!.UtcOffset).Distinct().ToList();
        log = CrampMatcher.ResolveLocal(log, offsets.Count == 1 ? offsets[0] : null, offsets.Count > 1 ? "the runs are in different time zones" : null);
        foreach (var w in log.Warnings) warnings.Add($"{name}: {w}");
        var assignment = CrampMatcher.AssignBySpan(log, [.. scope.Select(i => probes[i]!.Span)], afterRunWindow);
        for (var k = 0; k < scope.Length; k++)
            foreach (var e in assignment.PerRun[k].Entries) Add(scope[k], e, name);
        foreach (var w in assignment.Warnings) warnings.Add($"{name}: {w}");
    }

    /// <summary>Adds run <paramref name="run"/>'s own log: entries by elapsed time, and clock times during the run or within the window after it.</summary>
    public void AddSideCar(string name, CrampLog log, int run, bool named = true)
    {
        var prefix = named ? $"{files[run].Id}: " : string.Empty;
        log = CrampMatcher.ResolveLocal(log, probes[run]?.UtcOffset);
        foreach (var w in log.Warnings) warnings.Add($"{prefix}{name}: {w}");
        var span = probes[run]?.Span;
        foreach (var e in log.Entries)
        {
            if (e.Time is DateTime t && span is var (start, end) && (t < start || t > end + afterRunWindow))
            {
                var line = e.Line is int n ? $" (line {n})" : string.Empty;
                warnings.Add($"{prefix}{name}{line}: the cramp at {IsoUtc.Format(t)} is during none of the run nor within {afterRunWindow.TotalHours:0.#} h after it; not counted");
                continue;
            }
            Add(run, e, name);
        }
    }

    /// <summary>Each file's cramps, each once and in time order; null where none.</summary>
    public CrampLog?[] PerRun()
    {
        var result = new CrampLog?[files.Count];
        foreach (var (run, entries) in _perRun)
        {
            var kept = new List<CrampEntry>();
            foreach (var same in entries.GroupBy(x => Key(run, x.Entry)))
            {
                kept.Add(same.First().Entry);
                var sources = same.Select(x => x.Source).Distinct(StringComparer.Ordinal).ToList();
                if (same.Count() > 1)
                    warnings.Add($"{files[run].Id}: the {same.Key.Muscle.ToString().ToLowerInvariant()} cramp at {Describe(same.First().Entry)} is in {(sources.Count > 1 ? string.Join(" and ", sources) : sources[0] + " " + same.Count() + " times")}; counted once");
            }
            result[run] = new CrampLog([.. kept.OrderBy(e => TimeOf(run, e) ?? DateTime.MaxValue)], []);
        }
        return result;
    }

    private void Add(int run, CrampEntry entry, string source)
    {
        if (!_perRun.TryGetValue(run, out var list)) _perRun[run] = list = [];
        list.Add((entry, source));
    }

    /// <summary>When the cramp struck, whether given by the clock or by elapsed time; null when neither places it.</summary>
    private DateTime? TimeOf(int run, CrampEntry e) =>
        e.Time ?? (e.Elapsed is TimeSpan elapsed && probes[run]?.Start is DateTime start ? start + elapsed : null);

    private (DateTime? Time, TimeSpan? Elapsed, Muscle Muscle) Key(int run, CrampEntry e) =>
        TimeOf(run, e) is DateTime t ? (t, null, e.Muscle) : (null, e.Elapsed, e.Muscle);

    private static string Describe(CrampEntry e) =>
        e.Time is DateTime t ? IsoUtc.Format(t) : e.Elapsed is TimeSpan el ? $"{(int)el.TotalMinutes} min {el.Seconds:00} s into the run" : "an unknown time";
}
