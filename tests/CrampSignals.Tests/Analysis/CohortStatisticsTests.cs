using CrampSignals.Cohorts;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Tests.Advice;

namespace CrampSignals.Tests.Analysis;

public class CohortStatisticsTests
{
    private static RunReport Run(SignalReport signals) => CrampAnalyzer.Report(TestRun.Tempo.Activity(), signals);

    [Fact]
    public void Counts_shares_and_odds_ratio_follow_the_runs()
    {
        // Surges in runs 1-3; cramps after a surge in runs 1-2, a cramp without a surge in run 4; run 5 quiet.
        var runs = new[]
        {
            Run(new TestReports().Finding(FindingKind.PaceSurge, 10, 12).Cramp(15, preceding: FindingKind.PaceSurge).Build()),
            Run(new TestReports().Finding(FindingKind.PaceSurge, 20, 22).Cramp(25, preceding: FindingKind.PaceSurge).Build()),
            Run(new TestReports().Finding(FindingKind.PaceSurge, 20, 22).Build()),
            Run(new TestReports().Finding(FindingKind.HeatExposure, 0, 50).Cramp(40).Build()),
            Run(new TestReports().Build()),
        };
        var cohort = CohortStatistics.Summarize(runs, []);
        Assert.Equal(3, cohort.RunsWithCramps);
        Assert.Equal(3, cohort.Cramps);
        var surge = cohort.Findings[0];
        Assert.Equal(FindingKind.PaceSurge, surge.Kind);
        Assert.Equal((3, 2, 2), (surge.Runs, surge.RunsWithCramps, surge.CrampsPreceded));
        Assert.Equal(2.0 / 3, surge.ShareOfCrampsPreceded, 6);
        Assert.Equal(300, surge.MedianLeadTimeSeconds!.Value, 6);
        // a = 2 surge runs with cramps, b = 1 without; c = 1 other run with cramps, d = 1 without; +0.5 each: 2.5*1.5/(1.5*1.5).
        // No cell is empty, so no correction: (2 × 1) / (1 × 1).
        Assert.Equal(2.0, surge.OddsRatio!.Value, 6);
        var heat = cohort.Findings.Single(f => f.Kind == FindingKind.HeatExposure);
        Assert.Equal(0, heat.CrampsPreceded);
        var none = cohort.Findings.Single(f => f.Kind == FindingKind.NoWarmUp);
        Assert.Equal(0, none.Runs);
        Assert.Null(none.OddsRatio);
    }
}
