using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Simulation;

/// <summary>Something the simulator put into a run on purpose: what a detector should find, and when.</summary>
/// <param name="Kind">The finding kind it should produce.</param>
/// <param name="Start">When it starts, UTC.</param>
/// <param name="End">When it ends, UTC.</param>
/// <param name="Description">What was injected, with its size ("speed +18 % for 150 s").</param>
public sealed record InjectedSignal(FindingKind Kind, DateTime Start, DateTime End, string Description);

/// <summary>A simulated run with the cramps it leads to and the ground truth of what was injected.</summary>
/// <param name="Scenario">The scenario preset's name.</param>
/// <param name="Seed">The seed; the same scenario and seed always give the same run.</param>
/// <param name="Activity">The run, 1 Hz samples.</param>
/// <param name="Cramps">The cramps the run leads to.</param>
/// <param name="Injected">What was injected on purpose.</param>
/// <param name="Weather">Hourly (or finer) air temperature and humidity over the run, as a weather CSV would give them.</param>
public sealed record SimulatedRun(
    string Scenario,
    int Seed,
    Activity Activity,
    CrampLog Cramps,
    ImmutableArray<InjectedSignal> Injected,
    WeatherSeries? Weather);
