using CrampSignals.History;
using CrampSignals.Signals;

namespace CrampSignals.Tests.History;

public class CrampExposureTests
{
    [Fact]
    public void What_followed_a_cramp_is_not_counted_as_before_it()
    {
        // Steady running, then the cramp at km 6 (2,000 s) and a walk home: an hour on the feet (61 min: 3,600 samples a
        // second apart are 59:59 of moving time) calls for a drinking plan, the 33 minutes before the cramp do not.
        var run = new TestRun { Seconds = 3660, Speed = t => t < 2000 ? 3.0 : 1.0, Seed = 3 }.Build();
        using var export = new TestExport().Add("1", "Run", run, "fit.gz", "Long one", "calf cramp at km 6").Done();
        var h = HistoryAnalyzer.Analyze([export.Folder]);
        var r = Assert.Single(h.Runs);
        Assert.Contains(FindingKind.LongRunHydration, r.Findings);
        Assert.DoesNotContain(FindingKind.LongRunHydration, r.FindingsBeforeCramp);
        Assert.Contains(FindingKind.NoWarmUp, r.FindingsBeforeCramp);
        Assert.DoesNotContain(FindingKind.NoCoolDown, r.FindingsBeforeCramp);
        var hydration = h.Statistics.Associations.Single(a => a.Kind == FindingKind.LongRunHydration);
        Assert.Equal(0, hydration.RunsWithCramps);
        // The tables keep every finding with its time; only the statistics count the part before the cramp.
        Assert.Equal(r.Findings.ToArray(), h.Records.Single().Findings.Select(f => f.Kind).Distinct().Order().ToArray());
    }

    [Fact]
    public void A_run_whose_cramp_has_no_time_counts_all_its_findings()
    {
        var run = new TestRun { Seconds = 3600, Speed = t => t < 2000 ? 3.0 : 1.0, Seed = 3 }.Build();
        using var export = new TestExport().Add("1", "Run", run, "fit.gz", "Cramped", "").Done();
        var r = Assert.Single(HistoryAnalyzer.Analyze([export.Folder]).Runs);
        Assert.Null(Assert.Single(r.Cramps).TimeUtc);
        Assert.NotEmpty(r.Findings);
        Assert.Equal(r.Findings.ToArray(), r.FindingsBeforeCramp.ToArray());
    }
}
