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

    [Fact]
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
        // Every run with a cramp during it is one event of the time-to-event analysis, found through the files.
        Assert.Equal(truth.Runs.Count(r => !r.CrampSeconds.IsEmpty), stats.InRunEvents);
        // Each planted hazard comes through the detectors: its adjusted interval holds the planted ratio and lies above 1.
        foreach (var (kind, hr) in effects)
        {
            var e = stats.TimeToEvent.Single(t => t.Kind == kind).Mutual;
            Assert.True(e.Ci95Low > 1 && e.Ci95Low <= hr && hr <= e.Ci95High, $"{kind.ToId()} {e.HazardRatio} [{e.Ci95Low}, {e.Ci95High}]");
        }
        // The cramp follows a cadence drop within minutes: the case-crossover finds it.
        var crossover = stats.CaseCrossover.Single(c => c.Kind == FindingKind.CadenceDrop && c.Referents == "other-runs").Estimate;
        Assert.True(crossover.Ci95Low > 1, $"cadence-drop case-crossover {crossover.OddsRatio} [{crossover.Ci95Low}, {crossover.Ci95High}]");
        // Long-run hydration tracks time on feet only: it is not called a risk, at run level or in time.
        var hydration = stats.Associations.Single(a => a.Kind == FindingKind.LongRunHydration);
        Assert.True(!hydration.Adjusted.HasEstimate || (hydration.Adjusted.Ci95Low <= 1 && 1 <= hydration.Adjusted.Ci95High),
            $"long-run-hydration adjusted {hydration.Adjusted.OddsRatio} [{hydration.Adjusted.Ci95Low}, {hydration.Adjusted.Ci95High}]");
        var hydrationInTime = stats.TimeToEvent.Single(t => t.Kind == FindingKind.LongRunHydration).Mutual;
        Assert.False(hydrationInTime.QValue < 0.05 && (hydrationInTime.HazardRatio ?? hydrationInTime.BoundLower) > 1, $"long-run-hydration in time: {hydrationInTime.HazardRatio}");
    }
}
