using CrampSignals.Signals;

namespace CrampSignals.Simulation;

/// <summary>
/// Turns a run of the cohort truth model into a second-by-second plan, so the detectors meet what was planted: a
/// warm-up or none, a fast first part, surges and cadence drops where the truth put them, a limp after each cramp (slower
/// and with shorter steps), hot or mild weather, heart-rate drift, a cool-down or a dead stop. The plan has no pauses and
/// lasts the truth's moving seconds (unless they leave no room for a warm-up, a fast start, two steady minutes and the
/// cool-down), so the files' elapsed seconds are the truth's moving seconds.
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
        // The cool-down's parts drawn first, so the steady part can end where the recording ends on the truth's last second.
        var (jog, walk) = coolDown ? (Math.Round(Draw.Uniform(rng, 180, 300)), Math.Round(Draw.Uniform(rng, 60, 150))) : (0.0, 4.0);
        var steadyEnd = Math.Max(plan.Now + 120, seconds - jog - walk);
        plan.Run(steadyEnd - plan.Now, easy);
        if (coolDown) plan.Run(jog, easy * 0.88, easy * 0.78);
        plan.Walk(walk, coolDown ? 1.35 : 0.5);
        // A limp: a little slower (within the detector's similar-speed band) and with clearly shorter steps.
        var limps = run.Limps.Select(l => (Start: l.StartSeconds, Seconds: l.EndSeconds - l.StartSeconds, Slower: Math.Round(Draw.Uniform(rng, 0.88, 0.93), 3),
            Shorter: Math.Round(Draw.Uniform(rng, 0.09, 0.13), 3))).ToList();

        var heat = run.Holds(FindingKind.HeatExposure);
        var tmin = heat ? Draw.Uniform(rng, 22, 25) : Draw.Uniform(rng, 3, 9);
        var tmax = heat ? Draw.Uniform(rng, 33, 36) : tmin + Draw.Uniform(rng, 5, 8);
        var weather = new DiurnalWeather(tmin, tmax, tmin - Draw.Uniform(rng, 2, 5), Draw.Uniform(rng, 1, 4), run.UtcOffset);
        var drift = run.Holds(FindingKind.CardiacDrift);
        return new RunPlan
        {
            Scenario = Scenario, Seed = run.Seed, Place = run.Runner.Place, StartUtc = run.StartUtc, UtcOffset = run.UtcOffset,
            Runner = runner, Weather = weather, Segments = Slowed(plan.Segments, limps.Select(l => (l.Start, l.Start + l.Seconds, l.Slower))), Hilliness = Draw.Uniform(rng, 0.2, 0.5),
            Surges = [.. run.Findings.Where(f => f.Kind == FindingKind.PaceSurge && f.EndSeconds < steadyEnd)
                .Select(f => new PlannedSurge(f.StartSeconds, Math.Min(240, f.EndSeconds - f.StartSeconds), Math.Round(Draw.Uniform(rng, 0.18, 0.28), 3)))],
            CadenceDrops = [.. run.Findings.Except(run.Limps).Where(f => f.Kind == FindingKind.CadenceDrop && f.EndSeconds < steadyEnd)
                .Select(f => new PlannedCadenceDrop(f.StartSeconds, Math.Min(300, f.EndSeconds - f.StartSeconds), Math.Round(Draw.Uniform(rng, 0.08, 0.12), 3)))
                .Concat(limps.Select(l => new PlannedCadenceDrop(l.Start, l.Seconds, l.Shorter)))
                .OrderBy(d => d.StartSeconds)],
            FastStart = fastSize is double size ? (steadyStart, fastEnd, size) : null,
            NoWarmUp = run.Holds(FindingKind.NoWarmUp), NoCoolDown = !coolDown,
            SpeedFadePerHour = 0.015, HeartDriftBpmPerHour = drift ? Draw.Uniform(rng, 10, 14) : 1.0, CardiacDrift = drift,
            SteadyPart = (steadyStart, steadyEnd),
        };
    }

    /// <summary>The segments with their running speeds times a factor inside each window, cut where a window opens or closes.</summary>
    private static List<PlanSegment> Slowed(IReadOnlyList<PlanSegment> segments, IEnumerable<(double From, double To, double Factor)> windows)
    {
        var list = windows.ToList();
        var result = new List<PlanSegment>(segments.Count + 2 * list.Count);
        foreach (var seg in segments)
        {
            if (seg.Kind != SegmentKind.Run) { result.Add(seg); continue; }
            var cuts = list.SelectMany(w => new[] { w.From, w.To }).Where(t => t > seg.StartSeconds && t < seg.EndSeconds)
                .Append(seg.StartSeconds).Append(seg.EndSeconds).Distinct().Order().ToList();
            for (var i = 0; i + 1 < cuts.Count; i++)
            {
                var (a, b) = (cuts[i], cuts[i + 1]);
                var factor = list.Where(w => w.From <= (a + b) / 2 && (a + b) / 2 < w.To).Select(w => w.Factor).DefaultIfEmpty(1).Min();
                result.Add(new PlanSegment(SegmentKind.Run, a, b - a, seg.SpeedAt(a) * factor, seg.SpeedAt(b) * factor));
            }
        }
        return result;
    }
}
