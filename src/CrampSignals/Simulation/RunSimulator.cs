namespace CrampSignals.Simulation;

/// <summary>Deterministic, seeded, realistic 1 Hz runs with injected surges, heat and cadence decay, and the cramps that follow.</summary>
public static class RunSimulator
{
    /// <summary>The scenario presets, by name.</summary>
    public static IReadOnlyList<string> Scenarios { get; } = ["easy-cool", "hot-long-run", "fast-start-race", "surges", "cadence-fatigue"];

    /// <summary>Simulates scenario <paramref name="scenario"/> with <paramref name="seed"/>.</summary>
    public static SimulatedRun Simulate(string scenario, int seed) => throw new NotImplementedException();
}
