using System.Collections.Immutable;
using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Analysis.Statistics;

public class CohortStatisticsComputeTests
{
    private static CohortRunRow Run(string runner, double minutes, bool cramp, params FindingKind[] kinds) => new(
        $"{runner}/{Guid.NewGuid():N}", runner, minutes * 60, minutes,
        [.. kinds.Select(k => new FindingSpan(k, 0, minutes * 60))],
        cramp ? [CohortCrampRow.At(minutes * 60 - 60)] : []);

    [Fact]
    public void A_cohort_without_cramps_gives_no_odds_ratio_and_says_why()
    {
        var rows = Enumerable.Range(0, 20).Select(i => Run($"r{i % 4}", 30 + i * 5, false, i % 2 == 0 ? [FindingKind.CadenceDrop] : [])).ToList();
        var result = CohortStatistics.ComputeRows(rows);
        Assert.Equal((20, 4, 0, 0), (result.Runs, result.Runners, result.RunsWithCramps, result.Cramps));
        var cadence = result.Associations.Single(a => a.Kind == FindingKind.CadenceDrop);
        Assert.Equal(10, cadence.RunsWith);
        Assert.All(new[] { cadence.Crude, cadence.Adjusted, cadence.MantelHaenszel, cadence.MutuallyAdjusted }, e =>
        {
            Assert.Null(e.OddsRatio);
            Assert.False(string.IsNullOrEmpty(e.Note));
        });
        Assert.Contains(result.Notes, n => n.Contains("no run has a cramp"));
    }

    [Fact]
    public void A_finding_decided_by_duration_alone_has_no_adjusted_estimate_though_its_crude_one_is_high()
    {
        // Long runs (≥ 120 min) always hold the finding, shorter ones never; cramps follow length only.
        var rng = new Random(5);
        var rows = new List<CohortRunRow>();
        for (var runner = 0; runner < 10; runner++)
            for (var i = 0; i < 30; i++)
            {
                var minutes = 30 + rng.NextDouble() * 150;
                var cramp = rng.NextDouble() < (minutes >= 120 ? 0.4 : 0.1);
                rows.Add(Run($"r{runner}", minutes, cramp, minutes >= 120 ? [FindingKind.LongRunHydration] : []));
            }
        var a = CohortStatistics.ComputeRows(rows).Associations.Single(x => x.Kind == FindingKind.LongRunHydration);
        Assert.True(a.Crude.OddsRatio > 2, $"crude {a.Crude.OddsRatio}");
        Assert.Null(a.Adjusted.OddsRatio);
        Assert.Contains("run length", a.Adjusted.Note);
        Assert.Null(a.MantelHaenszel.OddsRatio);
        Assert.Equal(["runner", "duration"], a.Adjusted.AdjustedFor.ToArray());
    }
}
