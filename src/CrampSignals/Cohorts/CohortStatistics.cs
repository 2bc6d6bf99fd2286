using System.Collections.Immutable;
using CrampSignals.Advice;
using CrampSignals.Cohorts.Statistics;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Signals.Track;

namespace CrampSignals.Cohorts;

/// <summary>Counts, shares and odds ratios of findings against cramps over many runs.</summary>
public static partial class CohortStatistics
{
    private static readonly (string Name, Func<CohortCrampRecord, double?> Ratio)[] WindowRatios =
    [
        ("speed_ratio", c => c.WindowSpeedRatio),
        ("cadence_ratio", c => c.WindowCadenceRatio),
        ("heart_rate_ratio", c => c.WindowHeartRateRatio),
        ("temperature_ratio", c => c.WindowTemperatureRatio),
    ];

    /// <summary>
    /// Per finding kind, how it relates to cramps over <paramref name="runs"/>: runs with it, of those runs with a cramp, cramps
    /// it preceded and the median lead time, and the crude odds ratio of the 2×2 table (the same estimate as
    /// <see cref="KindAssociation.Crude"/>); the kinds that preceded most cramps first. Also the mean over all cramps of each
    /// window-against-run ratio (an event-triggered average).
    /// </summary>
    private static (ImmutableArray<FindingCrampStat> Findings, ImmutableSortedDictionary<string, double> WindowVsRun) KindCounts(IReadOnlyList<CohortRunRecord> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var runsWithCramps = runs.Count(r => r.CrampCount > 0);
        var cramps = runs.Sum(r => r.Cramps.Length);
        var stats = new List<FindingCrampStat>();
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var k = (int)kind;
            var with = runs.Count(r => r.FindingCounts[k] > 0);
            var withCramps = runs.Count(r => r.FindingCounts[k] > 0 && r.CrampCount > 0);
            var leads = runs.SelectMany(r => r.Cramps).Select(c => c.LeadSeconds[k]).OfType<double>().ToList();
            var table = new TwoByTwo(withCramps, with - withCramps, runsWithCramps - withCramps, runs.Count - with - (runsWithCramps - withCramps));
            stats.Add(new FindingCrampStat(kind, with, withCramps, leads.Count, cramps == 0 ? 0 : leads.Count / (double)cramps,
                table.SampleOddsRatio(), leads.Count > 0 ? Rolling.MedianOf(leads) : null));
        }
        var window = WindowRatios
            .Select(w => (w.Name, Values: runs.SelectMany(r => r.Cramps).Select(w.Ratio).OfType<double>().Where(v => !double.IsNaN(v)).ToList()))
            .Where(w => w.Values.Count > 0)
            .ToImmutableSortedDictionary(w => w.Name, w => w.Values.Average(), StringComparer.Ordinal);
        return ([.. stats.OrderByDescending(s => s.CrampsPreceded).ThenByDescending(s => s.RunsWithCramps).ThenByDescending(s => s.Runs).ThenBy(s => s.Kind)], window);
    }

    /// <summary>The report of runs already analysed one by one (their tracks gone), taken as one runner's.</summary>
    internal static CohortReport Summarize(IReadOnlyList<RunReport> runs, IReadOnlyList<FileFailure> failures) =>
        Report([.. runs], [.. runs.Select(r => CohortRowBuilder.Build(string.Empty, string.Empty, r.Summary.FileName, r))], failures, runs.Count);

    /// <summary>
    /// The one place a <see cref="CohortReport"/> is made from counted runs: the per-kind counts, the triggered window ratios and
    /// the statistics all come from <paramref name="records"/>, whichever way the runs were analysed.
    /// </summary>
    internal static CohortReport Report(ImmutableArray<RunReport> runs, IReadOnlyList<CohortRunRecord> records, IEnumerable<FileFailure> failures, int files)
    {
        var (findings, window) = KindCounts(records);
        return new CohortReport(runs, [.. failures], records.Count(r => r.CrampCount > 0), records.Sum(r => r.Cramps.Length), findings, window)
        {
            Records = [.. records],
            Statistics = Compute(records),
            Files = files,
        };
    }

    /// <summary>The rules most often given over <paramref name="runs"/>, with how many runs got each.</summary>
    public static ImmutableArray<(string RuleId, int Runs)> RuleCounts(IEnumerable<RunReport> runs) =>
        [.. runs.SelectMany(r => r.Advice.Select(a => a.RuleId).Distinct())
            .GroupBy(id => id).Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => RuleBook.Ids.IndexOf(x.Key))];
}
