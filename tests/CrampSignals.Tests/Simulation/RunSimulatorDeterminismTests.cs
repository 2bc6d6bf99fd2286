using CrampSignals.Activities;
using CrampSignals.Simulation;

namespace CrampSignals.Tests.Simulation;

public class RunSimulatorDeterminismTests
{
    [Theory]
    [InlineData("easy-cool")]
    [InlineData("hot-long-run")]
    [InlineData("fast-start-race")]
    [InlineData("surges")]
    [InlineData("cadence-fatigue")]
    public void Same_scenario_and_seed_give_the_same_run(string scenario)
    {
        var a = RunSimulator.Simulate(scenario, 5);
        var b = RunSimulator.Simulate(scenario, 5);
        Assert.Equal(a.Activity.StartTime, b.Activity.StartTime);
        Assert.Equal(a.Activity.Samples.UnixSeconds.ToArray(), b.Activity.Samples.UnixSeconds.ToArray());
        foreach (var channel in Enum.GetValues<SampleChannel>())
            Assert.Equal(a.Activity.Samples[channel].ToArray(), b.Activity.Samples[channel].ToArray());
        Assert.Equal(a.Activity.Events.ToArray(), b.Activity.Events.ToArray());
        Assert.Equal(a.Activity.Laps.ToArray(), b.Activity.Laps.ToArray());
        Assert.Equal(a.Injected.ToArray(), b.Injected.ToArray());
        Assert.Equal(a.Cramps.Entries.ToArray(), b.Cramps.Entries.ToArray());
        Assert.Equal(a.Weather!.Observations.ToArray(), b.Weather!.Observations.ToArray());
    }

    [Fact]
    public void Different_seeds_give_different_runs()
    {
        var a = RunSimulator.Simulate("surges", 1);
        var b = RunSimulator.Simulate("surges", 2);
        Assert.NotEqual(a.Activity.Samples.HeartRateBpm.ToArray(), b.Activity.Samples.HeartRateBpm.ToArray());
    }

    [Fact]
    public void Seeds_spread_runs_over_both_hemispheres_and_several_time_zones()
    {
        var runs = Enumerable.Range(1, 30).Select(s => RunSimulator.Simulate("easy-cool", s).Activity).ToArray();
        Assert.Contains(runs, r => r.Samples.Latitude[0] < 0);
        Assert.Contains(runs, r => r.Samples.Latitude[0] > 0);
        Assert.True(runs.Select(r => r.UtcOffset).Distinct().Count() >= 4);
    }
}
