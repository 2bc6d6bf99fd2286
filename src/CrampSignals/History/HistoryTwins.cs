using CrampSignals.Cohorts;
using CrampSignals.Runs;

namespace CrampSignals.History;

/// <summary>
/// The same run found twice (a FIT and its GPX; one run in both a Strava and a Garmin export) counted once. Of twins the one
/// carrying cramps is kept, since only one export may hold the words that tell of them; else the FIT, as <c>cohort</c> does.
/// </summary>
internal static class HistoryTwins
{
    /// <summary>The runs to count, and each run left out with the one counted in its place (by id).</summary>
    public static (List<(HistoryRun Run, CohortRunRecord Record, CohortRunRecord Exposure)> Kept, List<DuplicateRun> Duplicates) Keep(List<(HistoryRun Run, CohortRunRecord Record, CohortRunRecord Exposure)> runs)
    {
        var (keptAt, dropped) = TwinRuns.Find([.. runs.Select(r => r.Record.Identity)]);
        var keep = keptAt.ToHashSet();
        var index = runs.Select((r, i) => (r.Record.File, i)).GroupBy(x => x.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var duplicates = new List<DuplicateRun>();
        foreach (var d in dropped)
        {
            var (k, x) = (index[d.Kept], index[d.Dropped]);
            if (keep.Contains(k) && runs[x].Run.Cramps.Length > runs[k].Run.Cramps.Length)
            {
                keep.Remove(k);
                keep.Add(x);
                duplicates.Add(new DuplicateRun(Name(runs[x].Run), Name(runs[k].Run)));
            }
            else duplicates.Add(new DuplicateRun(Name(runs[k].Run), Name(runs[x].Run)));
        }
        return ([.. keep.Order().Select(i => runs[i])], duplicates);
    }

    private static string Name(HistoryRun run) => run.Id == run.File ? run.File : $"{run.Id} ({run.File})";
}
