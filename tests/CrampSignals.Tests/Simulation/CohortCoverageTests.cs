using System.Text;
using CrampSignals.Cohorts;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Simulation;

/// <summary>
/// The statistics against planted truth: many simulated cohorts (rows straight from the truth model, no files), counting
/// how often each adjusted interval covers the planted odds ratio and how often a kind without an effect is flagged.
/// </summary>
public class CohortCoverageTests(ITestOutputHelper output)
{
    private const int Cohorts = 60;

    private static readonly Dictionary<FindingKind, double> Planted = new()
    {
        [FindingKind.FastStart] = 3,
        [FindingKind.HeatExposure] = 2,
        [FindingKind.CadenceDrop] = 2,
    };

    /// <summary>Per kind, over the cohorts: how often each estimate existed, covered the planted value, was flagged.</summary>
    private sealed class Tally
    {
        public int Estimated, Covered, Flagged, MutualEstimated, MutualCovered, MutualFlagged, CrudeFlagged, CrossoverAboveOne, CrossoverBelowOne;
        public double SumLogAdjusted;
    }

    private static readonly Lazy<Dictionary<FindingKind, Tally>> Results = new(Run);

    private static Dictionary<FindingKind, Tally> Run()
    {
        var results = new CohortStatisticsResult[Cohorts];
        Parallel.For(0, Cohorts, i =>
        {
            var truth = CohortModel.Generate(30, 20, Planted, 1000 + i);
            results[i] = CohortStatistics.ComputeRows(truth.Runs.Select(r => r.ToRow()));
        });
        var tallies = Enum.GetValues<FindingKind>().ToDictionary(k => k, _ => new Tally());
        foreach (var result in results)
        {
            foreach (var a in result.Associations)
            {
                var planted = Planted.GetValueOrDefault(a.Kind, 1.0);
                var t = tallies[a.Kind];
                if (a.Adjusted.HasEstimate)
                {
                    t.Estimated++;
                    t.SumLogAdjusted += Math.Log(a.Adjusted.OddsRatio!.Value);
                    if (a.Adjusted.Ci95Low <= planted && planted <= a.Adjusted.Ci95High) t.Covered++;
                    if (a.Adjusted.QValue < 0.05) t.Flagged++;
                }
                if (a.MutuallyAdjusted.HasEstimate)
                {
                    t.MutualEstimated++;
                    if (a.MutuallyAdjusted.Ci95Low <= planted && planted <= a.MutuallyAdjusted.Ci95High) t.MutualCovered++;
                    if (a.MutuallyAdjusted.QValue < 0.05) t.MutualFlagged++;
                }
                if (a.Crude.PValue < 0.05) t.CrudeFlagged++;
            }
            foreach (var c in result.CaseCrossover.Where(x => x.Referents == "other-runs"))
            {
                if (c.Estimate.Ci95Low > 1) tallies[c.Kind].CrossoverAboveOne++;
                if (c.Estimate.Ci95High < 1) tallies[c.Kind].CrossoverBelowOne++;
            }
        }
        return tallies;
    }

    private static string Percent(int n, int of) => of == 0 ? "-" : $"{100.0 * n / of:0.0}";

    [Fact]
    [Trait("Category", "Slow")]
    public void Coverage_table()
    {
        var table = new StringBuilder($"{Cohorts} cohorts of 30 runners x 20 runs (rows from the truth model)\n"
            + "| kind | planted OR | mean adjusted OR | adjusted coverage % | adjusted q < 0.05 % | mutual coverage % | mutual q < 0.05 % | crude p < 0.05 % | case-crossover CI > 1 % |\n"
            + "|---|---|---|---|---|---|---|---|---|\n");
        foreach (var (kind, t) in Results.Value)
            table.Append($"| {kind.ToId()} | {Planted.GetValueOrDefault(kind, 1.0)} | {Math.Exp(t.SumLogAdjusted / Math.Max(1, t.Estimated)):0.00} | "
                + $"{Percent(t.Covered, t.Estimated)} | {Percent(t.Flagged, Cohorts)} | {Percent(t.MutualCovered, t.MutualEstimated)} | "
                + $"{Percent(t.MutualFlagged, Cohorts)} | {Percent(t.CrudeFlagged, Cohorts)} | {Percent(t.CrossoverAboveOne, Cohorts)} |\n");
        output.WriteLine(table.ToString());
        Assert.All(Results.Value.Values, t => Assert.Equal(Cohorts, t.Estimated));
    }

    // The truth model now plants per-minute hazard ratios, not run-level odds ratios: heat-exposure (HR 2 from 10 % of the
    // run, also OR 2 on after-run cramps) gives a run-level adjusted OR near 2.5 (covered in 83 % of cohorts), and the limp
    // after every in-run cramp is a cadence drop, so cadence-drop's run-level OR is ~36 (covered in 0 %). To be reworked
    // against the hazard ratios with the Cox analysis.
    [Fact(Skip = "planted values are hazard ratios now: run-level odds ratios of heat-exposure and cadence-drop (reverse causation by the limp) no longer equal them")]
    [Trait("Category", "Slow")]
    public void Adjusted_intervals_cover_each_planted_odds_ratio_in_at_least_90_percent_of_cohorts()
    {
        foreach (var kind in Planted.Keys)
        {
            var t = Results.Value[kind];
            Assert.True(t.Covered >= 0.9 * Cohorts, $"{kind.ToId()}: adjusted interval covered OR {Planted[kind]} in {t.Covered} of {Cohorts}");
            Assert.True(t.MutualCovered >= 0.9 * Cohorts, $"{kind.ToId()}: mutual interval covered OR {Planted[kind]} in {t.MutualCovered} of {Cohorts}");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_kind_without_an_effect_is_flagged_in_at_most_5_percent_of_cohorts()
    {
        foreach (var (kind, t) in Results.Value.Where(kv => !Planted.ContainsKey(kv.Key)))
        {
            Assert.True(t.MutualFlagged <= 0.05 * Cohorts, $"{kind.ToId()}: mutual q < 0.05 in {t.MutualFlagged} of {Cohorts}");
            // Hot hours share warm, midday runs with heat exposure inside each runner: adjusted for runner and duration
            // only, heat stays a confounder (that is what the mutual model is for), so it is held to the mutual model.
            if (kind != FindingKind.HotHours)
                Assert.True(t.Flagged <= 0.05 * Cohorts, $"{kind.ToId()}: adjusted q < 0.05 in {t.Flagged} of {Cohorts}");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_finding_that_only_tracks_duration_is_flagged_crude_but_not_after_adjustment()
    {
        var t = Results.Value[FindingKind.LongRunHydration];
        Assert.True(t.CrudeFlagged >= 0.5 * Cohorts, $"crude p < 0.05 in only {t.CrudeFlagged} of {Cohorts}: the test cohort lost its duration effect");
        Assert.True(t.Flagged <= 0.05 * Cohorts, $"adjusted q < 0.05 in {t.Flagged} of {Cohorts}");
        Assert.True(t.MutualFlagged <= 0.05 * Cohorts, $"mutual q < 0.05 in {t.MutualFlagged} of {Cohorts}");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void The_planted_trigger_inside_runs_is_found_by_the_case_crossover_and_an_unplanted_one_is_not()
    {
        var cadence = Results.Value[FindingKind.CadenceDrop];
        Assert.True(cadence.CrossoverAboveOne >= 0.9 * Cohorts, $"cadence-drop case-crossover above 1 in {cadence.CrossoverAboveOne} of {Cohorts}");
        var surge = Results.Value[FindingKind.PaceSurge];
        Assert.True(surge.CrossoverAboveOne + surge.CrossoverBelowOne <= 0.1 * Cohorts,
            $"pace-surge (no effect) case-crossover interval excluded 1 in {surge.CrossoverAboveOne + surge.CrossoverBelowOne} of {Cohorts}");
    }
}
