using CrampSignals.Signals;
using CrampSignals.Simulation;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Simulation;

/// <summary>
/// The cohort truth model against its own definition, measured here second by second without the simulator's hazard code:
/// the rate of first in-run cramps while a kind's exposure window is open, over the rate while it is shut, each second
/// weighted by the known baseline hazard (frailty, base, time on feet) and the other planted ratios, is the planted
/// hazard ratio; the limp follows each cramp; a missing cool-down acts only after the run.
/// </summary>
public class CohortHazardModelTests(ITestOutputHelper output)
{
    private const int W = 20;

    /// <summary>The exposure windows of the analysis, written out again here: transient kinds to W after their end, fast start from its end, states from their start.</summary>
    private static (FindingKind Kind, double From, double To)[] Windows(CohortTruthRun run, int window) =>
    [
        .. run.Findings.Except(run.Limps).Where(f => f.Kind != FindingKind.NoCoolDown).Select(f => f.Kind switch
        {
            FindingKind.PaceSurge or FindingKind.CadenceDrop => (f.Kind, f.StartSeconds, f.EndSeconds + 60.0 * window),
            FindingKind.FastStart => (f.Kind, f.EndSeconds, double.MaxValue),
            _ => (f.Kind, f.StartSeconds, double.MaxValue),
        }),
    ];

    /// <summary>Observed over expected first cramps with the window open, over the same with it shut.</summary>
    private static (double Ratio, int Inside, int Outside) Estimate(CohortTruth truth, FindingKind kind, int window)
    {
        var kinds = Enum.GetValues<FindingKind>().Length;
        double expectedIn = 0, expectedOut = 0;
        int inside = 0, outside = 0;
        var open = new bool[kinds];
        foreach (var run in truth.Runs)
        {
            var windows = Windows(run, window);
            void Open(double t)
            {
                Array.Clear(open);
                foreach (var (k, from, to) in windows) if (t >= from && t < to) open[(int)k] = true;
            }
            var end = run.CrampSeconds.IsEmpty ? run.MovingSeconds : run.CrampSeconds[0];
            for (var t = 0.5; t < end; t++)
            {
                Open(t);
                var log = run.Runner.Frailty + CohortHazard.BaseLogHazardPerMinute + CohortHazard.SlopePerHour * t / 3600;
                for (var k = 0; k < kinds; k++)
                    if (k != (int)kind && open[k]) log += Math.Log(truth.HazardRatio((FindingKind)k));
                var h = Math.Exp(log) / 60;
                if (open[(int)kind]) expectedIn += h;
                else expectedOut += h;
            }
            if (run.CrampSeconds.IsEmpty) continue;
            Open(run.CrampSeconds[0]);
            if (open[(int)kind]) inside++;
            else outside++;
        }
        return (inside / expectedIn / (outside / expectedOut), inside, outside);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Empirical_rates_match_the_planted_hazard_ratios_and_unplanted_kinds_have_none()
    {
        var planted = new Dictionary<FindingKind, double> { [FindingKind.PaceSurge] = 3, [FindingKind.FastStart] = 2, [FindingKind.HeatExposure] = 1.5 };
        var truth = CohortModel.Generate(100, 50, planted, 3);
        foreach (var kind in new[] { FindingKind.PaceSurge, FindingKind.FastStart, FindingKind.HeatExposure, FindingKind.CadenceDrop, FindingKind.NoWarmUp, FindingKind.LongRunHydration })
        {
            var (ratio, inside, outside) = Estimate(truth, kind, W);
            var hr = truth.HazardRatio(kind);
            output.WriteLine($"{kind.ToId()}: planted HR {hr}, empirical {ratio:0.000} ({inside} first cramps with the window open, {outside} shut)");
            Assert.InRange(ratio, 0.8 * hr, 1.25 * hr);
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_shorter_window_is_planted_as_asked()
    {
        var truth = CohortModel.Generate(60, 50, new Dictionary<FindingKind, double> { [FindingKind.PaceSurge] = 3 }, 4, windowMinutes: 5);
        Assert.Equal(5, truth.WindowMinutes);
        var (ratio, inside, outside) = Estimate(truth, FindingKind.PaceSurge, 5);
        output.WriteLine($"W = 5: empirical HR {ratio:0.000} ({inside} / {outside})");
        Assert.InRange(ratio, 2.4, 3.75);
        // Measured with the default window instead, the ratio is diluted by the 15 minutes that carry no effect.
        Assert.True(Estimate(truth, FindingKind.PaceSurge, W).Ratio < ratio);
    }

    [Fact]
    public void A_share_of_runs_cramp_during_the_run_and_fewer_after_it()
    {
        var truth = CohortModel.Generate(30, 40, new Dictionary<FindingKind, double>(), 5);
        var during = truth.Runs.Average(r => r.CrampSeconds.IsEmpty ? 0.0 : 1.0);
        var after = truth.Runs.Average(r => r.AfterRunDelaySeconds.IsEmpty ? 0.0 : 1.0);
        output.WriteLine($"no planted effects: {during:P1} of runs with an in-run cramp, {after:P1} with one after the run, "
            + $"mean in-run chance {truth.Runs.Average(r => r.CrampProbability):P1}");
        Assert.InRange(during, 0.25, 0.40);
        // With the effects the statistics tests plant the share rises, but stays a minority of runs.
        var planted = CohortModel.Generate(30, 40, new Dictionary<FindingKind, double> { [FindingKind.FastStart] = 3, [FindingKind.HeatExposure] = 2, [FindingKind.CadenceDrop] = 2 }, 5);
        var plantedDuring = planted.Runs.Average(r => r.CrampSeconds.IsEmpty ? 0.0 : 1.0);
        output.WriteLine($"fast-start 3, heat-exposure 2, cadence-drop 2: {plantedDuring:P1} in-run, {planted.Runs.Average(r => r.AfterRunDelaySeconds.IsEmpty ? 0.0 : 1.0):P1} after");
        Assert.InRange(plantedDuring, during, 0.5);
        Assert.InRange(after, 0.05, 0.18);
        Assert.All(truth.Runs, r => Assert.All(r.CrampSeconds, t => Assert.InRange(t, 0, r.MovingSeconds - 2)));
        Assert.All(truth.Runs, r => Assert.All(r.AfterRunDelaySeconds, d => Assert.InRange(d, 30 * 60, 180 * 60)));
        // The row puts in-run cramps at their moving second and after-run ones past the end, flagged as such.
        var row = truth.Runs.First(r => !r.AfterRunDelaySeconds.IsEmpty).ToRow();
        Assert.Contains(row.Cramps, c => !c.DuringRun && c.ElapsedSeconds > row.DurationSeconds + 1799);
    }

    [Fact]
    public void A_limp_follows_every_in_run_cramp_planted_effect_or_not()
    {
        foreach (var effects in new[] { new Dictionary<FindingKind, double>(), new() { [FindingKind.CadenceDrop] = 3 } })
        {
            var truth = CohortModel.Generate(20, 30, effects, 6);
            Assert.Contains(truth.Runs, r => !r.CrampSeconds.IsEmpty);
            foreach (var run in truth.Runs)
            {
                if (run.CrampSeconds.IsEmpty) { Assert.Empty(run.Limps); continue; }
                var limp = Assert.Single(run.Limps);
                Assert.Equal(FindingKind.CadenceDrop, limp.Kind);
                Assert.Contains(limp, run.Findings);
                Assert.InRange(limp.StartSeconds - run.CrampSeconds[0], 0, 60);
                if (limp.EndSeconds < run.MovingSeconds) Assert.InRange(limp.EndSeconds - limp.StartSeconds, 180, 480);
            }
        }
    }

    [Fact]
    public void Long_run_hydration_sets_in_at_an_hour_and_only_long_runs_hold_it()
    {
        var truth = CohortModel.Generate(20, 30, new Dictionary<FindingKind, double>(), 8);
        Assert.Contains(truth.Runs, r => r.MovingMinutes >= 60);
        foreach (var run in truth.Runs)
        {
            var spans = run.Findings.Where(f => f.Kind == FindingKind.LongRunHydration).ToList();
            if (run.MovingMinutes < 60) Assert.Empty(spans);
            else Assert.Equal((3600.0, run.MovingSeconds), (Assert.Single(spans).StartSeconds, spans[0].EndSeconds));
        }
    }

    [Fact]
    public void A_missing_cool_down_changes_only_the_cramps_after_the_run()
    {
        var none = CohortModel.Generate(40, 40, new Dictionary<FindingKind, double>(), 9);
        var planted = CohortModel.Generate(40, 40, new Dictionary<FindingKind, double> { [FindingKind.NoCoolDown] = 4 }, 9);
        Assert.Equal(1, planted.HazardRatio(FindingKind.NoCoolDown));
        Assert.Equal(4, planted.AfterRunOddsRatio(FindingKind.NoCoolDown));
        Assert.Equal(none.Runs.Select(r => r.CrampSeconds.ToArray()), planted.Runs.Select(r => r.CrampSeconds.ToArray()));
        double Odds(CohortTruth t, bool stop)
        {
            var share = t.Runs.Where(r => r.Holds(FindingKind.NoCoolDown) == stop).Average(r => r.AfterRunDelaySeconds.IsEmpty ? 0.0 : 1.0);
            return share / (1 - share);
        }
        var ratio = Odds(planted, true) / Odds(planted, false);
        output.WriteLine($"after-run odds ratio of no-cool-down: {ratio:0.00} planted 4, {Odds(none, true) / Odds(none, false):0.00} without");
        Assert.InRange(ratio, 2.5, 6.5);
        Assert.InRange(Odds(none, true) / Odds(none, false), 0.6, 1.6);
    }
}
