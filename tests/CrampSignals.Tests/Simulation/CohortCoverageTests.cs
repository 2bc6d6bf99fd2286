using System.Text;
using CrampSignals.Cohorts;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Simulation;

/// <summary>
/// The statistics against planted truth: many simulated cohorts (rows straight from the truth model's per-minute hazards, no
/// files), counting per kind how often the time-to-event interval covers the planted hazard ratio and how often a kind without an
/// effect gets q &lt; 0.05. The limp after every cramp is a cadence drop that the cramp caused: the run-level odds ratio calls it a
/// risk, the time-to-event analysis must not.
/// </summary>
public class CohortCoverageTests(ITestOutputHelper output)
{
    private const int Cohorts = 60;

    /// <summary>A transient trigger (HR 4 for 20 minutes after each surge) and a state (HR 2 while the run is hot).</summary>
    private static readonly Dictionary<FindingKind, double> Planted = new()
    {
        [FindingKind.PaceSurge] = 4,
        [FindingKind.HeatExposure] = 2,
    };

    private sealed class Tally
    {
        public int Estimated, Covered, Flagged, MutualEstimated, MutualCovered, MutualFlagged, RunLevelFlagged, CrossoverAboveOne, CrossoverNumbers;
        public double SumLogMutual;
    }

    private static readonly Lazy<(Dictionary<FindingKind, Tally> Tallies, bool EventsMatch)> Results = new(Run);

    private static (Dictionary<FindingKind, Tally>, bool) Run()
    {
        var results = new CohortStatisticsResult[Cohorts];
        var eventsMatch = new bool[Cohorts];
        Parallel.For(0, Cohorts, i =>
        {
            var truth = CohortModel.Generate(30, 20, Planted, 1000 + i);
            results[i] = CohortStatistics.ComputeRows(truth.Runs.Select(r => r.ToRow()));
            eventsMatch[i] = results[i].InRunEvents == truth.Runs.Count(r => !r.CrampSeconds.IsEmpty);
        });
        var tallies = Enum.GetValues<FindingKind>().ToDictionary(k => k, _ => new Tally());
        foreach (var result in results)
        {
            foreach (var t in result.TimeToEvent)
            {
                var planted = Planted.GetValueOrDefault(t.Kind, 1.0);
                var tally = tallies[t.Kind];
                if (t.Alone.HasEstimate)
                {
                    tally.Estimated++;
                    if (t.Alone.Ci95Low <= planted && planted <= t.Alone.Ci95High) tally.Covered++;
                }
                if (t.Alone.QValue < 0.05 && (t.Alone.HazardRatio ?? t.Alone.BoundLower) > 1) tally.Flagged++;
                if (t.Mutual.HasEstimate)
                {
                    tally.MutualEstimated++;
                    tally.SumLogMutual += Math.Log(t.Mutual.HazardRatio!.Value);
                    if (t.Mutual.Ci95Low <= planted && planted <= t.Mutual.Ci95High) tally.MutualCovered++;
                }
                if (t.Mutual.QValue < 0.05 && (t.Mutual.HazardRatio ?? t.Mutual.BoundLower) > 1) tally.MutualFlagged++;
            }
            foreach (var a in result.Associations)
                if (a.Adjusted.QValue < 0.05 && a.Adjusted.OddsRatio > 1) tallies[a.Kind].RunLevelFlagged++;
            foreach (var c in result.CaseCrossover.Where(x => x.Referents == "other-runs"))
            {
                if (c.Estimate.PValue is not null) tallies[c.Kind].CrossoverNumbers++;
                if (c.Estimate.Ci95Low > 1) tallies[c.Kind].CrossoverAboveOne++;
            }
        }
        return (tallies, eventsMatch.All(m => m));
    }

    private static string Percent(int n, int of) => of == 0 ? "-" : $"{100.0 * n / of:0}";

    /// <summary>The table in the README.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void Coverage_table()
    {
        var table = new StringBuilder($"{Cohorts} cohorts of 30 runners x 20 runs (rows from the truth model)\n"
            + "| kind | planted HR | mean adjusted HR | coverage % (alone) | coverage % (adjusted) | q < 0.05 % (adjusted) | run-level adjusted OR q < 0.05 % | case-crossover CI > 1 % |\n"
            + "|---|---|---|---|---|---|---|---|\n");
        foreach (var (kind, t) in Results.Value.Tallies)
            table.Append($"| {kind.ToId()} | {Planted.GetValueOrDefault(kind, 1.0)} | {(t.MutualEstimated == 0 ? "-" : $"{Math.Exp(t.SumLogMutual / t.MutualEstimated):0.00}")} | "
                + $"{Percent(t.Covered, t.Estimated)} | {Percent(t.MutualCovered, t.MutualEstimated)} | {Percent(t.MutualFlagged, Cohorts)} | "
                + $"{Percent(t.RunLevelFlagged, Cohorts)} | {(t.CrossoverNumbers == 0 ? "no number" : Percent(t.CrossoverAboveOne, Cohorts))} |\n");
        output.WriteLine(table.ToString());
        Assert.True(Results.Value.EventsMatch, "the event count differs from the number of runs with an in-run cramp in some cohort");
        // Long-run hydration here starts at the 60th moving minute of every run that long: at each cramp the runner's runs still at
        // risk all hold it or all lack it, so time alone decides it and the model rightly gives no number.
        foreach (var kind in Enum.GetValues<FindingKind>().Where(k => k is not (FindingKind.NoCoolDown or FindingKind.LongRunHydration)))
            Assert.True(Results.Value.Tallies[kind].MutualEstimated >= 0.9 * Cohorts, $"{kind.ToId()}: adjusted estimate in {Results.Value.Tallies[kind].MutualEstimated} of {Cohorts}");
        Assert.Equal(0, Results.Value.Tallies[FindingKind.LongRunHydration].MutualEstimated);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_intervals_cover_each_planted_hazard_ratio_in_at_least_90_percent_of_cohorts()
    {
        foreach (var (kind, hr) in Planted)
        {
            var t = Results.Value.Tallies[kind];
            Assert.True(t.Covered >= 0.9 * t.Estimated && t.Estimated >= 0.9 * Cohorts, $"{kind.ToId()}: interval covered HR {hr} in {t.Covered} of {t.Estimated}");
            Assert.True(t.MutualCovered >= 0.9 * t.MutualEstimated && t.MutualEstimated >= 0.9 * Cohorts,
                $"{kind.ToId()}: adjusted interval covered HR {hr} in {t.MutualCovered} of {t.MutualEstimated}");
            Assert.True(t.MutualFlagged >= 0.8 * Cohorts, $"{kind.ToId()}: found (q < 0.05) in only {t.MutualFlagged} of {Cohorts}");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_kind_without_an_effect_is_called_a_risk_in_at_most_5_percent_of_cohorts_the_limp_and_run_length_included()
    {
        // Hot hours cause heat exposure in the declared graph (and in the simulation, where warm midday runs are more often hot), so
        // its model is not adjusted for heat: its total effect, through heat, is real. Every other unplanted kind has none.
        foreach (var (kind, t) in Results.Value.Tallies.Where(kv => !Planted.ContainsKey(kv.Key) && kv.Key is not (FindingKind.NoCoolDown or FindingKind.HotHours)))
        {
            Assert.True(t.MutualFlagged <= 0.05 * Cohorts, $"{kind.ToId()}: adjusted q < 0.05 in {t.MutualFlagged} of {Cohorts}");
            Assert.True(t.Flagged <= 0.05 * Cohorts, $"{kind.ToId()}: alone q < 0.05 in {t.Flagged} of {Cohorts}");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_limp_after_a_cramp_is_a_risk_at_run_level_but_not_in_time()
    {
        var cadence = Results.Value.Tallies[FindingKind.CadenceDrop];
        Assert.True(cadence.RunLevelFlagged >= 0.9 * Cohorts, $"run-level adjusted OR flagged the limp in only {cadence.RunLevelFlagged} of {Cohorts}: the test lost its reverse causation");
        Assert.True(cadence.MutualFlagged <= 0.05 * Cohorts, $"time-to-event called the limp a risk in {cadence.MutualFlagged} of {Cohorts}");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_case_crossover_finds_the_transient_trigger_and_gives_no_number_for_state_kinds()
    {
        var surge = Results.Value.Tallies[FindingKind.PaceSurge];
        Assert.True(surge.CrossoverAboveOne >= 0.9 * Cohorts, $"pace-surge case-crossover above 1 in {surge.CrossoverAboveOne} of {Cohorts}");
        var cadence = Results.Value.Tallies[FindingKind.CadenceDrop];
        Assert.True(cadence.CrossoverAboveOne <= 0.05 * Cohorts, $"the limp's case-crossover above 1 in {cadence.CrossoverAboveOne} of {Cohorts}");
        foreach (var kind in Enum.GetValues<FindingKind>().Where(k => k is not (FindingKind.PaceSurge or FindingKind.CadenceDrop)))
            Assert.Equal(0, Results.Value.Tallies[kind].CrossoverNumbers);
    }
}
