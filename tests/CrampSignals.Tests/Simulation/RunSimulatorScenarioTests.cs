using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Simulation;

namespace CrampSignals.Tests.Simulation;

// Generates and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class RunSimulatorScenarioTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 7, 42];

    private static FindingKind[] Kinds(SimulatedRun run) => [.. run.Injected.Select(i => i.Kind).Distinct().Order()];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Easy_cool_injects_nothing_and_leads_to_no_cramp(int seed)
    {
        var run = RunSimulator.Simulate("easy-cool", seed);
        Assert.Empty(run.Injected);
        Assert.Empty(run.Cramps.Entries);
        Assert.InRange(run.Activity.Duration!.Value.TotalMinutes, 35, 52);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Hot_long_run_has_heat_hot_hours_hydration_drift_and_a_late_calf_cramp(int seed)
    {
        var run = RunSimulator.Simulate("hot-long-run", seed);
        Assert.Equal([FindingKind.HeatExposure, FindingKind.HotHours, FindingKind.LongRunHydration, FindingKind.CardiacDrift], Kinds(run));
        var duration = run.Activity.Duration!.Value;
        Assert.InRange(duration.TotalHours, 2.5, 3.5);
        var cramp = Assert.Single(run.Cramps.Entries);
        Assert.Equal(Muscle.Calf, cramp.Muscle);
        Assert.True(cramp.Time > run.Activity.StartTime!.Value + duration * 0.7, "the cramp comes late");
        Assert.True(run.Weather!.TemperatureCelsiusAt(cramp.Time!.Value) >= 25, "it is hot when the cramp strikes");
        var heat = run.Injected.Single(i => i.Kind == FindingKind.HeatExposure);
        Assert.True(run.Weather.TemperatureCelsiusAt(heat.Start) >= 25 && run.Weather.TemperatureCelsiusAt(heat.End) >= 25);
        if (heat.Start > run.Activity.StartTime) Assert.True(run.Weather.TemperatureCelsiusAt(heat.Start.AddSeconds(-2)) < 25, "the block starts where the air reaches 25 °C");
        Assert.True(heat.Duration() >= TimeSpan.FromMinutes(60));
        var hot = run.Injected.Single(i => i.Kind == FindingKind.HotHours);
        var local = hot.Start + run.Activity.UtcOffset!.Value;
        Assert.InRange(local.TimeOfDay.TotalHours, 10, 16);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Fast_start_race_has_fast_start_no_warm_up_no_cool_down_and_a_cramp_near_the_end(int seed)
    {
        var run = RunSimulator.Simulate("fast-start-race", seed);
        Assert.Equal([FindingKind.FastStart, FindingKind.NoWarmUp, FindingKind.NoCoolDown, FindingKind.CardiacDrift], Kinds(run));
        var a = run.Activity;
        Assert.InRange(a.Samples.DistanceMeters[^1], 9700, 10300);
        var cramp = Assert.Single(run.Cramps.Entries);
        Assert.True(cramp.Time > a.StartTime!.Value + a.Duration!.Value * 0.7);

        // The split really is positive, measured from the samples: first half by distance faster than the second.
        var d = a.Samples.DistanceMeters;
        var t = a.Samples.UnixSeconds;
        var mid = 0;
        while (d[mid] < d[^1] / 2) mid++;
        var firstSpeed = d[mid] / (t[mid] - t[0]);
        var secondSpeed = (d[^1] - d[mid]) / (t[^1] - t[mid]);
        Assert.True(secondSpeed < firstSpeed * 0.97, $"positive split expected: {firstSpeed:0.00} then {secondSpeed:0.00} m/s");

        // Abrupt stop: the runner is still near race pace 10 s before the last sample.
        var s = a.Samples.SpeedMetersPerSecond;
        Assert.True(s[^10] > 0.8 * Median(s.ToArray()), "running pace right up to the stop");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Surges_has_three_to_five_surges_and_a_cramp_minutes_after_the_last(int seed)
    {
        var run = RunSimulator.Simulate("surges", seed);
        Assert.Equal([FindingKind.PaceSurge, FindingKind.LongRunHydration], Kinds(run));
        var surges = run.Injected.Where(i => i.Kind == FindingKind.PaceSurge).ToArray();
        Assert.InRange(surges.Length, 3, 5);
        Assert.All(surges, s => Assert.InRange(s.Duration().TotalSeconds, 60, 250));
        var cramp = Assert.Single(run.Cramps.Entries);
        Assert.Contains(cramp.Muscle, new[] { Muscle.Calf, Muscle.Hamstring });
        Assert.InRange((cramp.Time!.Value - surges[^1].End).TotalMinutes, 2, 10);
        for (var k = 1; k < surges.Length; k++) Assert.True((surges[k].Start - surges[k - 1].End).TotalMinutes >= 5);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cadence_fatigue_has_late_drops_and_a_cramp_after(int seed)
    {
        var run = RunSimulator.Simulate("cadence-fatigue", seed);
        Assert.Equal([FindingKind.CadenceDrop, FindingKind.LongRunHydration], Kinds(run));
        var drops = run.Injected.Where(i => i.Kind == FindingKind.CadenceDrop).ToArray();
        Assert.InRange(drops.Length, 2, 3);
        var start = run.Activity.StartTime!.Value;
        var duration = run.Activity.Duration!.Value;
        Assert.All(drops, d =>
        {
            Assert.InRange(d.Duration().TotalSeconds, 60, 310);
            Assert.True(d.Start > start + duration * 0.45, "drops come late in the run");
        });
        var cramp = Assert.Single(run.Cramps.Entries);
        Assert.InRange((cramp.Time!.Value - drops[^1].End).TotalMinutes, 1, 10);
    }

    [Theory]
    [InlineData("easy-cool")]
    [InlineData("hot-long-run")]
    [InlineData("fast-start-race")]
    [InlineData("surges")]
    [InlineData("cadence-fatigue")]
    public void Injected_signals_and_cramps_lie_within_the_run_and_the_weather_covers_it(string scenario)
    {
        var run = RunSimulator.Simulate(scenario, 11);
        var start = run.Activity.StartTime!.Value;
        var end = start + run.Activity.Duration!.Value;
        Assert.All(run.Injected, i =>
        {
            Assert.True(i.Start >= start && i.End <= end && i.Start < i.End, $"{i.Kind} {i.Start:O}-{i.End:O} outside {start:O}-{end:O}");
            Assert.False(string.IsNullOrWhiteSpace(i.Description));
        });
        Assert.All(run.Cramps.Entries, c => Assert.InRange(c.Time!.Value, start, end));
        Assert.True(run.Weather!.Covers(start, end));
    }

    [Fact]
    public void Unknown_scenario_is_refused_with_the_known_names()
    {
        var e = Assert.Throws<ArgumentException>(() => RunSimulator.Simulate("marathon-on-the-moon", 1));
        Assert.Contains("easy-cool", e.Message);
    }

    internal static double Median(double[] values)
    {
        var v = values.Where(x => !double.IsNaN(x)).Order().ToArray();
        return v[v.Length / 2];
    }
}

internal static class InjectedSignalExtensions
{
    public static TimeSpan Duration(this InjectedSignal s) => s.End - s.Start;
}
