using CrampSignals.Signals;

namespace CrampSignals.Simulation;

/// <summary>
/// Turns a run of the cohort truth model into a second-by-second plan, so the detectors meet what was planted: a
/// warm-up or none, a fast first part, surges and cadence drops where the truth put them, hot or mild weather, heart-rate
/// drift, a cool-down or a dead stop.
/// </summary>
internal static class CohortPlans
{
    public const string Scenario = "cohort";

    public static RunPlan ToPlan(CohortTruthRun run)
    {
        var rng = new Random(unchecked(run.Seed * 31 + 5));
        var runner = run.Runner.Profile;
        var easy = runner.ThresholdSpeed * Draw.Uniform(rng, 0.74, 0.80);
        var seconds = Math.Round(run.MovingMinutes * 60);
        var plan = new PlanBuilder();
        if (!run.Holds(FindingKind.NoWarmUp)) ScenarioPresets.WarmUp(plan, rng, easy);
        var steadyStart = plan.Now;
        double? fastSize = null;
        var fast = run.Findings.FirstOrDefault(f => f.Kind == FindingKind.FastStart);
        var fastEnd = 0.0;
        if (run.Holds(FindingKind.FastStart))
        {
            // The fast part is as long as the truth says, after the warm-up when there is one.
            fastSize = Draw.Uniform(rng, 0.11, 0.15);
            plan.Run(fast.EndSeconds - fast.StartSeconds, easy * (1 + fastSize.Value));
            fastEnd = plan.Now;
        }
        var coolDown = !run.Holds(FindingKind.NoCoolDown);
        var steadyEnd = Math.Max(plan.Now + 120, seconds - (coolDown ? 360 : 4));
        plan.Run(steadyEnd - plan.Now, easy);
        if (coolDown) ScenarioPresets.CoolDown(plan, rng, easy);
        else plan.Walk(4, 0.5);

        var heat = run.Holds(FindingKind.HeatExposure);
        var tmin = heat ? Draw.Uniform(rng, 22, 25) : Draw.Uniform(rng, 3, 9);
        var tmax = heat ? Draw.Uniform(rng, 33, 36) : tmin + Draw.Uniform(rng, 5, 8);
        var weather = new DiurnalWeather(tmin, tmax, tmin - Draw.Uniform(rng, 2, 5), Draw.Uniform(rng, 1, 4), run.UtcOffset);
        var drift = run.Holds(FindingKind.CardiacDrift);
        return new RunPlan
        {
            Scenario = Scenario, Seed = run.Seed, Place = run.Runner.Place, StartUtc = run.StartUtc, UtcOffset = run.UtcOffset,
            Runner = runner, Weather = weather, Segments = plan.Segments, Hilliness = Draw.Uniform(rng, 0.2, 0.5),
            Surges = [.. run.Findings.Where(f => f.Kind == FindingKind.PaceSurge && f.EndSeconds < steadyEnd)
                .Select(f => new PlannedSurge(f.StartSeconds, Math.Min(240, f.EndSeconds - f.StartSeconds), Math.Round(Draw.Uniform(rng, 0.18, 0.28), 3)))],
            CadenceDrops = [.. run.Findings.Where(f => f.Kind == FindingKind.CadenceDrop && f.EndSeconds < steadyEnd)
                .Select(f => new PlannedCadenceDrop(f.StartSeconds, Math.Min(300, f.EndSeconds - f.StartSeconds), Math.Round(Draw.Uniform(rng, 0.08, 0.12), 3)))],
            FastStart = fastSize is double size ? (steadyStart, fastEnd, size) : null,
            NoWarmUp = run.Holds(FindingKind.NoWarmUp), NoCoolDown = !coolDown,
            SpeedFadePerHour = 0.015, HeartDriftBpmPerHour = drift ? Draw.Uniform(rng, 10, 14) : 1.0, CardiacDrift = drift,
            SteadyPart = (steadyStart, steadyEnd),
        };
    }
}
