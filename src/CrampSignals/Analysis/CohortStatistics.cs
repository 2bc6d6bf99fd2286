using CrampSignals.Signals.Track;
using System.Collections.Immutable;
using CrampSignals.Advice;
using CrampSignals.Signals;

namespace CrampSignals.Analysis;

/// <summary>Counts, shares and odds ratios of findings against cramps over many runs.</summary>
public static partial class CohortStatistics
{
    /// <summary>The statistics of <paramref name="runs"/>, ready to put into a <see cref="CohortReport"/>.</summary>
    public static CohortReport Summarize(IReadOnlyList<RunReport> runs, IReadOnlyList<FileFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var runsWithCramps = runs.Count(r => r.HasCramps);
        var cramps = runs.Sum(r => r.Signals.Cramps.Length);
        var stats = new List<FindingCrampStat>();
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var with = runs.Where(r => r.Signals.Findings.Any(f => f.Kind == kind)).ToList();
            var withCramps = with.Count(r => r.HasCramps);
            var leads = new List<double>();
            var preceded = 0;
            foreach (var run in runs)
                foreach (var c in run.Signals.Cramps)
                {
                    var match = c.Preceding.Where(p => p.Finding.Kind == kind).ToList();
                    if (match.Count == 0) continue;
                    preceded++;
                    leads.Add(match.Min(p => p.LeadTimeSeconds));
                }
            double? odds = null;
            var without = runs.Count - with.Count;
            if (with.Count > 0 && without > 0)
            {
                double a = withCramps, b = with.Count - withCramps, c = runsWithCramps - withCramps, d = without - c;
                odds = (a + 0.5) * (d + 0.5) / ((b + 0.5) * (c + 0.5));
            }
            stats.Add(new FindingCrampStat(kind, with.Count, withCramps, preceded, cramps == 0 ? 0 : preceded / (double)cramps,
                odds, leads.Count > 0 ? Rolling.MedianOf(leads) : null));
        }
        var window = runs.SelectMany(r => r.Signals.Cramps).SelectMany(c => c.WindowVsRun)
            .Where(e => !double.IsNaN(e.Value))
            .GroupBy(e => e.Name)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Average(e => e.Value), StringComparer.Ordinal);
        return new CohortReport([.. runs], [.. failures], runsWithCramps, cramps,
            [.. stats.OrderByDescending(s => s.CrampsPreceded).ThenByDescending(s => s.RunsWithCramps).ThenByDescending(s => s.Runs).ThenBy(s => s.Kind)],
            window);
    }

    /// <summary>The rules most often given over <paramref name="runs"/>, with how many runs got each.</summary>
    public static ImmutableArray<(string RuleId, int Runs)> RuleCounts(IEnumerable<RunReport> runs) =>
        [.. runs.SelectMany(r => r.Advice.Select(a => a.RuleId).Distinct())
            .GroupBy(id => id).Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => RuleBook.Ids.IndexOf(x.Key))];
}
