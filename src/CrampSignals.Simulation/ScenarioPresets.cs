using CrampSignals.Cramps;

namespace CrampSignals.Simulation;

/// <summary>
/// The scenario presets: each turns a seed into a <see cref="RunPlan"/> (place, date, weather, runner, what is run
/// when, and what is injected). Times of day are chosen so only the scenario that should run in the hot hours does.
/// </summary>
internal static class ScenarioPresets
{
    public static RunPlan Create(string scenario, int seed) => scenario switch
    {
        "easy-cool" => EasyCool(seed),
        "hot-long-run" => HotLongRun(seed),
        "fast-start-race" => FastStartRace(seed),
        "surges" => Surges(seed),
        "cadence-fatigue" => CadenceFatigue(seed),
        _ => throw new ArgumentException($"unknown scenario '{scenario}' (known: {string.Join(", ", RunSimulator.Scenarios)})", nameof(scenario)),
    };

    private static RunPlan EasyCool(int seed)
    {
        var rng = Rng("easy-cool", seed);
        var place = Pick(rng);
        var runner = Runner(rng);
        var easy = runner.ThresholdSpeed * Draw.Uniform(rng, 0.74, 0.80);
        var evening = rng.Next(2) == 1;
        var (start, offset) = Start(rng, place, place.CoolMonth(rng), evening ? Draw.Uniform(rng, 17.5, 18.5) : Draw.Uniform(rng, 7.0, 8.0));
        var tmin = Draw.Uniform(rng, 3, 7);
        var weather = new DiurnalWeather(tmin, tmin + Draw.Uniform(rng, 5, 8), tmin - Draw.Uniform(rng, 0, 3), Draw.Uniform(rng, 1, 5), offset);

        var plan = new PlanBuilder();
        WarmUp(plan, rng, easy);
        var steadyStart = plan.Now;
        var steady = Draw.Uniform(rng, 26, 31) * 60;
        if (rng.Next(2) == 0)
        {
            // A red light half way: slow down, timer pauses, back to the same easy pace.
            var first = steady * Draw.Uniform(rng, 0.35, 0.6);
            plan.Run(first, easy).Walk(6, 0.8).Pause(Draw.Uniform(rng, 20, 45)).Run(steady - first, easy);
        }
        else plan.Run(steady, easy);
        var steadyEnd = plan.Now;
        CoolDown(plan, rng, easy);
        return new RunPlan
        {
            Scenario = "easy-cool", Seed = seed, Place = place, StartUtc = start, UtcOffset = offset, Runner = runner, Weather = weather,
            Segments = plan.Segments, Hilliness = Draw.Uniform(rng, 0.4, 0.7),
            SpeedFadePerHour = 0.01, HeartDriftBpmPerHour = 1.0, SteadyPart = (steadyStart, steadyEnd),
        };
    }

    private static RunPlan HotLongRun(int seed)
    {
        var rng = Rng("hot-long-run", seed);
        var place = Pick(rng);
        var runner = Runner(rng);
        var easy = runner.ThresholdSpeed * Draw.Uniform(rng, 0.72, 0.78);
        var (start, offset) = Start(rng, place, place.WarmMonth(rng), Draw.Uniform(rng, 8.5, 9.15));
        var tmin = Draw.Uniform(rng, 19, 21.5);
        var weather = new DiurnalWeather(tmin, Draw.Uniform(rng, 32, 35), Draw.Uniform(rng, 14, 19), Draw.Uniform(rng, 1, 3), offset);

        var plan = new PlanBuilder();
        WarmUp(plan, rng, easy);
        var steadyStart = plan.Now;
        var crampAt = Draw.Uniform(rng, 2.3, 2.9) * 3600;
        // Drink stops every 40-50 min: walk in, timer off at the fountain, walk off, run on.
        while (true)
        {
            var block = Draw.Uniform(rng, 40, 50) * 60;
            if (plan.Now + block + 12 * 60 > crampAt) break;
            plan.Run(block, easy).Walk(15, 1.2).Pause(Draw.Uniform(rng, 45, 90)).Walk(Draw.Uniform(rng, 30, 60));
        }
        plan.Run(crampAt - plan.Now, easy);
        var cramp = new PlannedCramp(plan.Now, Muscle.Calf, Side(rng), 6 + rng.Next(3),
            "calf knotted up in the heat; stopped to stretch it, walked, then jogged home slowly");
        AfterCramp(plan, rng, easy);
        return new RunPlan
        {
            Scenario = "hot-long-run", Seed = seed, Place = place, StartUtc = start, UtcOffset = offset, Runner = runner, Weather = weather,
            Segments = plan.Segments, Cramps = [cramp], Hilliness = Draw.Uniform(rng, 0.4, 0.7),
            SpeedFadePerHour = Draw.Uniform(rng, 0.035, 0.045), HeartDriftBpmPerHour = Draw.Uniform(rng, 8, 10),
            CardiacDrift = true, SteadyPart = (steadyStart, cramp.AtSeconds),
        };
    }

    private static RunPlan FastStartRace(int seed)
    {
        var rng = Rng("fast-start-race", seed);
        var place = Pick(rng);
        var runner = Runner(rng);
        var pace = runner.ThresholdSpeed * Draw.Uniform(rng, 0.98, 1.02);
        var month = rng.Next(2) == 0 ? place.CoolMonth(rng) : 1 + rng.Next(12);
        var (start, offset) = Start(rng, place, month, Draw.Uniform(rng, 8.0, 8.75));
        var tmin = Draw.Uniform(rng, 6, 10);
        var weather = new DiurnalWeather(tmin, tmin + Draw.Uniform(rng, 7, 10), tmin - Draw.Uniform(rng, 1, 4), Draw.Uniform(rng, 1, 4), offset);

        // A 10 km race: out too fast over the first 1.5-2.5 km, then fading to the finish, with no warm-up and a dead stop.
        var size = Draw.Uniform(rng, 0.08, 0.12);
        var fastMeters = Draw.Uniform(rng, 1500, 2500);
        var fade = Draw.Uniform(rng, 0.93, 0.95);
        var fastSeconds = fastMeters / (pace * (1 + size));
        var restSeconds = (10000 - fastMeters) / (pace * (1 + fade) / 2);
        var plan = new PlanBuilder();
        plan.Run(fastSeconds, pace * (1 + size));
        var crampFraction = Draw.Uniform(rng, 0.80, 0.90);
        var beforeCramp = restSeconds * crampFraction;
        plan.Run(beforeCramp, pace);
        var cramp = new PlannedCramp(plan.Now, rng.Next(2) == 0 ? Muscle.Hamstring : Muscle.Calf, Side(rng), 4 + rng.Next(3),
            "grabbed in the last part of the race; eased off for a few seconds, then pushed on to the line");
        var dip = Draw.Uniform(rng, 15, 25);
        plan.Run(dip, pace * 0.7);
        plan.Run(restSeconds - beforeCramp - dip * 0.7, pace);
        plan.Walk(4, 0.5);
        var end = plan.Now;
        return new RunPlan
        {
            Scenario = "fast-start-race", Seed = seed, Place = place, StartUtc = start, UtcOffset = offset, Runner = runner, Weather = weather,
            Segments = plan.Segments, Cramps = [cramp], Hilliness = Draw.Uniform(rng, 0.15, 0.3),
            SpeedFadePerHour = (1 - fade) / ((fastSeconds + restSeconds) / 3600), FatigueKeepsHeartRate = true,
            HeartDriftBpmPerHour = Draw.Uniform(rng, 16, 20), FastStart = (0, Math.Round(fastSeconds), size), NoWarmUp = true, NoCoolDown = true,
            CardiacDrift = true, SteadyPart = (0, end - 4),
        };
    }

    private static RunPlan Surges(int seed)
    {
        var rng = Rng("surges", seed);
        var place = Pick(rng);
        var runner = Runner(rng);
        var easy = runner.ThresholdSpeed * Draw.Uniform(rng, 0.74, 0.80);
        var (start, offset) = Start(rng, place, 1 + rng.Next(12), Draw.Uniform(rng, 6.5, 7.5));
        var tmin = Draw.Uniform(rng, 6, 12);
        var weather = new DiurnalWeather(tmin, tmin + Draw.Uniform(rng, 8, 11), tmin - Draw.Uniform(rng, 1, 4), Draw.Uniform(rng, 1, 4), offset);

        var plan = new PlanBuilder();
        WarmUp(plan, rng, easy);
        var steadyStart = plan.Now;
        var crampAt = Draw.Uniform(rng, 80, 90) * 60;
        var count = 3 + rng.Next(3);
        var windowStart = steadyStart + Draw.Uniform(rng, 11, 13) * 60;
        var windowEnd = crampAt - Draw.Uniform(rng, 3, 8) * 60;
        var slot = (windowEnd - windowStart) / count;
        var surges = new List<PlannedSurge>();
        for (var k = 0; k < count; k++)
        {
            // Each surge sits at the end of its slot so at least 6.5 min of steady running (and the last 10 min mostly steady) lie before it.
            var duration = Math.Round(Draw.Uniform(rng, 90, Math.Max(95, Math.Min(240, slot - 390))));
            var s = Math.Round(windowStart + slot * (k + 1) - duration - Draw.Uniform(rng, 0, Math.Max(0, slot - duration - 390)) * 0.3);
            surges.Add(new PlannedSurge(s, duration, Math.Round(Draw.Uniform(rng, 0.15, 0.30), 3)));
        }
        // The cramp follows the last surge by a few minutes, wherever the jitter put that surge.
        crampAt = surges[^1].StartSeconds + surges[^1].DurationSeconds + Math.Round(Draw.Uniform(rng, 3, 8) * 60);
        plan.Run(crampAt - plan.Now, easy);
        var cramp = new PlannedCramp(plan.Now, rng.Next(2) == 0 ? Muscle.Hamstring : Muscle.Calf, Side(rng), 5 + rng.Next(4),
            "cramped a few minutes after the last hard push; stopped, stretched, walked, then jogged home");
        AfterCramp(plan, rng, easy);
        return new RunPlan
        {
            Scenario = "surges", Seed = seed, Place = place, StartUtc = start, UtcOffset = offset, Runner = runner, Weather = weather,
            Segments = plan.Segments, Surges = surges, Cramps = [cramp], Hilliness = Draw.Uniform(rng, 0.3, 0.6),
            SpeedFadePerHour = 0.01, HeartDriftBpmPerHour = 1.0, SteadyPart = (steadyStart, cramp.AtSeconds),
        };
    }

    private static RunPlan CadenceFatigue(int seed)
    {
        var rng = Rng("cadence-fatigue", seed);
        var place = Pick(rng);
        var runner = Runner(rng);
        var easy = runner.ThresholdSpeed * Draw.Uniform(rng, 0.74, 0.79);
        var (start, offset) = Start(rng, place, 1 + rng.Next(12), Draw.Uniform(rng, 6.5, 7.25));
        var tmin = Draw.Uniform(rng, 5, 11);
        var weather = new DiurnalWeather(tmin, tmin + Draw.Uniform(rng, 8, 11), tmin - Draw.Uniform(rng, 1, 4), Draw.Uniform(rng, 1, 4), offset);

        var plan = new PlanBuilder();
        WarmUp(plan, rng, easy);
        var steadyStart = plan.Now;
        var crampAt = Draw.Uniform(rng, 95, 112) * 60;
        var count = 2 + rng.Next(2);
        var windowStart = Math.Max(crampAt * 0.55, steadyStart + 30 * 60);
        var windowEnd = crampAt - Draw.Uniform(rng, 2, 8) * 60;
        var slot = (windowEnd - windowStart) / count;
        var drops = new List<PlannedCadenceDrop>();
        for (var k = 0; k < count; k++)
        {
            var duration = Math.Round(Draw.Uniform(rng, 90, Math.Min(300, slot - 360)));
            var s = Math.Round(windowStart + slot * (k + 1) - duration);
            drops.Add(new PlannedCadenceDrop(s, duration, Math.Round(Draw.Uniform(rng, 0.07, 0.12), 3)));
        }
        plan.Run(crampAt - plan.Now, easy);
        var cramp = new PlannedCramp(plan.Now, rng.Next(2) == 0 ? Muscle.Hamstring : Muscle.Calf, Side(rng), 5 + rng.Next(4),
            "legs felt heavy and steps got short late in the long run, then it cramped; stretched and walked before jogging home");
        AfterCramp(plan, rng, easy);
        return new RunPlan
        {
            Scenario = "cadence-fatigue", Seed = seed, Place = place, StartUtc = start, UtcOffset = offset, Runner = runner, Weather = weather,
            Segments = plan.Segments, CadenceDrops = drops, Cramps = [cramp], Hilliness = Draw.Uniform(rng, 0.2, 0.35),
            SpeedFadePerHour = 0.015, HeartDriftBpmPerHour = 1.5, CadenceFadePerHour = 0.01, SteadyPart = (steadyStart, cramp.AtSeconds),
        };
    }

    /// <summary>6-8 min clearly slower than the run's pace, then a 1-1.5 min step-up to it.</summary>
    internal static void WarmUp(PlanBuilder plan, Random rng, double pace)
    {
        var slow = pace * Draw.Uniform(rng, 0.72, 0.78);
        plan.Run(Draw.Uniform(rng, 6, 8) * 60, slow, slow * 1.03).Run(Draw.Uniform(rng, 60, 90), slow * 1.03, pace);
    }

    /// <summary>Easing to a jog for 3-5 min, then walking 1-2.5 min before stopping the watch.</summary>
    internal static void CoolDown(PlanBuilder plan, Random rng, double pace) =>
        plan.Run(Draw.Uniform(rng, 180, 300), pace * 0.88, pace * 0.78).Walk(Draw.Uniform(rng, 60, 150));

    /// <summary>After a cramp: a few limping seconds, the timer stopped while stretching, a walk, an easy jog home, a walk.</summary>
    private static void AfterCramp(PlanBuilder plan, Random rng, double pace) =>
        plan.Walk(10, 0.9).Pause(Draw.Uniform(rng, 90, 200)).Walk(Draw.Uniform(rng, 90, 180))
            .Run(Draw.Uniform(rng, 8, 14) * 60, pace * 0.84).Walk(Draw.Uniform(rng, 90, 150));

    /// <summary>The plan's random source: the seed mixed with a stable hash of the scenario's name, so one seed gives each scenario its own place and date.</summary>
    internal static Random Rng(string scenario, int seed)
    {
        var hash = 17;
        foreach (var ch in scenario) hash = unchecked(hash * 31 + ch);
        return new Random(unchecked(seed * 1_000_003 + hash));
    }

    internal static RunPlace Pick(Random rng) => RunPlace.All[rng.Next(RunPlace.All.Count)];

    internal static string Side(Random rng) => rng.Next(5) switch { 0 or 1 => "left", 2 or 3 => "right", _ => "both" };

    internal static RunnerProfile Runner(Random rng) => new(
        RestingHeartRateBpm: Math.Round(Draw.Uniform(rng, 46, 60)),
        MaxHeartRateBpm: Math.Round(Draw.Uniform(rng, 182, 198)),
        ThresholdSpeed: Draw.Uniform(rng, 3.5, 4.3),
        CadenceOffsetSpm: Math.Clamp(3 * Draw.Normal(rng), -5, 5),
        WristBiasCelsius: Draw.Uniform(rng, 3.5, 5.5));

    /// <summary>A date in <paramref name="month"/> of 2024 or 2025 and a local start hour, as UTC start and local offset (whole seconds).</summary>
    private static (DateTime StartUtc, TimeSpan Offset) Start(Random rng, RunPlace place, int month, double localHour)
    {
        var date = new DateOnly(2024 + rng.Next(2), month, 1 + rng.Next(28));
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(Math.Round(localHour * 3600));
        var offset = place.OffsetAt(date, TimeOnly.FromDateTime(local));
        return (local - offset, offset);
    }
}
