using System.Collections.Immutable;
using CrampSignals.Cramps;

namespace CrampSignals.Simulation;

/// <summary>
/// Deterministic, seeded, realistic 1 Hz runs with injected surges, heat and cadence decay, and the cramps that follow.
/// The same scenario and seed always give the same run (System.Random with the seed, no clock, no machine state).
/// </summary>
/// <remarks>
/// Scenarios: <c>easy-cool</c> (easy run in cool weather with warm-up and cool-down: nothing to find),
/// <c>hot-long-run</c> (2.5-3.5 h in the warm season's heat, drink stops, cardiac drift, calf cramp late),
/// <c>fast-start-race</c> (10 km out too fast, fading, no warm-up, dead stop at the line, cramp near the end),
/// <c>surges</c> (steady run with 3-5 surges of +15 to +30 % for 90-240 s, cramp after the last),
/// <c>cadence-fatigue</c> (long run with 2-3 cadence drops of 7-12 % late at unchanged speed, cramp after).
/// Every run also carries what the detectors must not flag: warm-up step-ups, hills, getting back to pace after
/// stops, GPS noise, single-sample GPS spikes and short GPS dropouts.
/// </remarks>
public static class RunSimulator
{
    /// <summary>The scenario presets, by name.</summary>
    public static IReadOnlyList<string> Scenarios { get; } = ["easy-cool", "hot-long-run", "fast-start-race", "surges", "cadence-fatigue"];

    /// <summary>Simulates scenario <paramref name="scenario"/> with <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="scenario"/> is not one of <see cref="Scenarios"/>.</exception>
    public static SimulatedRun Simulate(string scenario, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var plan = ScenarioPresets.Create(scenario, seed);
        var result = RunEngine.Run(plan);
        var cramps = plan.Cramps
            .Select(c => new CrampEntry(plan.StartUtc.AddSeconds(c.AtSeconds), null, c.Muscle, c.Side, c.Severity, c.Note))
            .ToImmutableArray();
        var weather = plan.Weather.ToSeries(plan.StartUtc, plan.StartUtc.AddSeconds(result.EndSeconds), ScenarioPresets.Rng(scenario + "/weather", seed));
        return new SimulatedRun(scenario, seed, result.Activity, new CrampLog(cramps, []), GroundTruth.Build(plan, result, weather), weather);
    }
}
