using CrampSignals.Signals;

namespace CrampSignals.Tests.Probe;

/// <summary>Single stories from the independent generator where the detectors go wrong; each should pass once the detector is right.</summary>
// Generates and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public sealed class ProbeRegressionTests
{
    private static IEnumerable<Finding> Of(SignalReport r, FindingKind k) => r.Findings.Where(f => f.Kind == k);

    private static double At(Finding f) => (f.Start - ProbeScene.Start).TotalSeconds;

    /// <summary>A runner who holds an even effort up a long 3.5 % climb (5.5 % at its steepest) slows by about 12 %, as runners do; that is not a surge.</summary>
    [Fact]
    public void A_long_gradual_climb_at_even_effort_is_not_a_surge()
    {
        var plan = ProbeScene.Plan(2400);
        // The climb starts about 3.3 km in, well after the baseline has settled, and rises 52 m over 1.5 km.
        var terrain = new Terrain([new Hill(3300, 1500, 52, 1500)], [(0, 0.7)], 40);
        var (activity, _) = ProbeScene.Build(plan, terrain);
        var report = SignalAnalyzer.Analyze(activity);
        Assert.Empty(Of(report, FindingKind.PaceSurge).Select(f => $"{At(f)}s {f.Summary}"));
    }

    /// <summary>Going from an 8-minute warm-up jog at 87 % of easy pace to easy pace is the run starting, not a surge.</summary>
    [Fact]
    public void The_end_of_a_warm_up_jog_is_not_a_surge()
    {
        var plan = ProbeScene.Plan(1800);
        plan.WarmUpJogFactor = 0.87;
        var (activity, _) = ProbeScene.Build(plan);
        var report = SignalAnalyzer.Analyze(activity);
        Assert.Empty(Of(report, FindingKind.PaceSurge).Select(f => $"{At(f)}s {f.Summary}"));
    }

    /// <summary>An even run with a warm-up and a cool-down has no fast start: the slow ends are not "the rest".</summary>
    [Fact]
    public void An_even_run_between_warm_up_and_cool_down_is_not_a_fast_start()
    {
        var (activity, _) = ProbeScene.Build(ProbeScene.Plan(1800));
        var report = SignalAnalyzer.Analyze(activity);
        Assert.Empty(Of(report, FindingKind.FastStart).Select(f => f.Summary));
    }

    /// <summary>A 20 % surge for 2 minutes, 20 s after a walk break of a run-walk runner, is found within a minute of its start.</summary>
    [Fact]
    public void A_surge_right_after_a_walk_break_is_found()
    {
        var plan = ProbeScene.Plan(2400);
        for (var t = plan.MainStart + 300; t < plan.MainEnd - 200; t += 360) plan.WalkBreaks.Add((t, 60));
        var walkEnd = plan.WalkBreaks[3].Start + 60;
        plan.Surges.Add(new SurgePlan(walkEnd + 20, 120, 0.20, 8, "after a walk break"));
        var (activity, _) = ProbeScene.Build(plan);
        var report = SignalAnalyzer.Analyze(activity);
        var surges = Of(report, FindingKind.PaceSurge).ToList();
        Assert.Contains(surges, f => Math.Abs(At(f) - (walkEnd + 20)) <= 60);
    }

    /// <summary>Heart rate creeping up 9 % over 70 minutes at an even pace on the flat is cardiac drift.</summary>
    [Fact]
    public void Heart_rate_creeping_nine_percent_over_seventy_minutes_is_cardiac_drift()
    {
        var (activity, _) = ProbeScene.Build(ProbeScene.Plan(4500), drift: 0.09, driftStart: 480 + 300);
        var report = SignalAnalyzer.Analyze(activity);
        Assert.NotEmpty(Of(report, FindingKind.CardiacDrift));
    }

    /// <summary>Twenty minutes of 31 °C air read only by the wrist sensor: the heat block starts when the air turned hot, within a minute.</summary>
    [Fact]
    public void A_heat_block_read_on_the_wrist_starts_when_the_air_turned_hot()
    {
        // Air goes from 16 °C to 31 °C; it crosses 25 °C about 9 s before the block's nominal start (ramps are centred on it).
        var (activity, world) = ProbeScene.Build(ProbeScene.Plan(2400), heat: [new HeatBlockPlan(1200, 1200, 31, 90)], air: 16);
        var hot = Array.FindIndex(world.Air, a => a >= 25);
        var report = SignalAnalyzer.Analyze(activity);
        var heat = Of(report, FindingKind.HeatExposure).ToList();
        Assert.Contains(heat, f => Math.Abs(At(f) - hot) <= 60);
    }

    /// <summary>A 10 % cadence drop for 4 minutes on the flat at unchanged pace is found within a minute.</summary>
    [Fact]
    public void A_cadence_drop_at_unchanged_pace_on_the_flat_is_found()
    {
        var (activity, _) = ProbeScene.Build(ProbeScene.Plan(2400), drops: [new CadenceDropPlan(1800, 240, 0.10, 12)]);
        var report = SignalAnalyzer.Analyze(activity);
        Assert.Contains(Of(report, FindingKind.CadenceDrop), f => Math.Abs(At(f) - 1800) <= 60);
    }

    /// <summary>A runner whose easy cadence is 154 spm drops 13 % (to about 134 spm) on the flat at unchanged pace: still running, and a cadence drop.</summary>
    [Fact]
    public void A_low_cadence_runner_dropping_thirteen_percent_is_still_running_and_a_cadence_drop()
    {
        var runner = ProbeScene.Steady with { EasySpeed = 2.6, EasyCadence = 154 };
        var (activity, _) = ProbeScene.Build(ProbeScene.Plan(2400), drops: [new CadenceDropPlan(1800, 300, 0.13, 12)], runner: runner);
        var report = SignalAnalyzer.Analyze(activity);
        Assert.Contains(Of(report, FindingKind.CadenceDrop), f => Math.Abs(At(f) - 1800) <= 60);
    }
}
