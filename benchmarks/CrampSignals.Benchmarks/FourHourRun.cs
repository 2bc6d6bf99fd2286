using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Simulation;
using CrampSignals.Weather;

namespace CrampSignals.Benchmarks;

/// <summary>
/// The benchmarks' 4-hour run at 1 Hz: simulated runs joined end to end (a hot long run, a run with surges, a long run with
/// cadence drops) and cut at 4 hours, with the first run's cramps and weather.
/// </summary>
internal static class FourHourRun
{
    public static (Activity Run, CrampLog Cramps, WeatherSeries? Weather) Build()
    {
        var first = RunSimulator.Simulate("hot-long-run", 3);
        var second = RunSimulator.Simulate("surges", 3);
        var third = RunSimulator.Simulate("cadence-fatigue", 3);
        var run = first.Activity with { Samples = JoinedRuns.Join([first.Activity.Samples, second.Activity.Samples, third.Activity.Samples], 4 * 3600), Events = [] };
        return (run, first.Cramps, first.Weather);
    }
}
