using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Weather;

namespace CrampSignals.Tests.Simulation;

/// <summary>
/// Checks the ground truth against what the simulated data really shows, measured here independently of the
/// simulator's own truth builder: injected things are there at the promised size, confounders stay below thresholds.
/// </summary>
// Generates and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class GroundTruthAgreementTests
{
    public static TheoryData<int> Seeds => [1, 4, 7, 9, 13];

    /// <summary>Stretches of at least 60 s where the 30 s mean grade-adjusted speed is 10 % or more above the median of the previous 10 min of running.</summary>
    private static List<(double From, double To)> ReferenceSurges(EngineResult r, double fromSeconds)
    {
        var found = new List<(double, double)>();
        double? open = null;
        double lastHit = 0;
        for (var i = 0; i < r.WallSeconds.Length; i++)
        {
            var t = r.WallSeconds[i];
            var hit = false;
            if (t >= fromSeconds + 600 && r.Running[i])
            {
                var history = Enumerable.Range(0, i).Where(j => r.Running[j] && r.WallSeconds[j] >= t - 600 && r.WallSeconds[j] >= fromSeconds)
                    .Select(j => r.GradeAdjustedSpeed[j]).Order().ToArray();
                var recent = Enumerable.Range(Math.Max(0, i - 29), Math.Min(30, i + 1)).Select(j => r.GradeAdjustedSpeed[j]).Average();
                hit = history.Length > 300 && recent >= 1.10 * history[history.Length / 2];
            }
            if (hit) { open ??= t; lastHit = t; }
            else if (open is double o) { if (lastHit - o >= 60) found.Add((o, lastHit)); open = null; }
        }
        return found;
    }

    internal static List<(double From, double To)> ReferenceSurgesPublic(EngineResult r, double f) => ReferenceSurges(r, f);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Easy_cool_grade_adjusted_speed_never_surges_after_the_warm_up_despite_hills_and_stops(int seed)
    {
        var plan = ScenarioPresets.Create("easy-cool", seed);
        var r = RunEngine.Run(plan);
        Assert.Empty(ReferenceSurges(r, plan.SteadyPart.Start));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_injected_surge_is_found_by_a_plain_rolling_median_reference(int seed)
    {
        var plan = ScenarioPresets.Create("surges", seed);
        var r = RunEngine.Run(plan);
        var truth = GroundTruth.Build(plan, r, WeatherSeries.Empty).Where(i => i.Kind == FindingKind.PaceSurge).ToArray();
        var found = ReferenceSurges(r, plan.SteadyPart.Start);
        Assert.Equal(truth.Length, found.Count);
        foreach (var s in truth)
        {
            var from = (s.Start - plan.StartUtc).TotalSeconds;
            var to = (s.End - plan.StartUtc).TotalSeconds;
            Assert.Contains(found, f => f.From < to && f.To > from);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cadence_drops_are_real_drops_at_unchanged_grade_adjusted_speed(int seed)
    {
        var plan = ScenarioPresets.Create("cadence-fatigue", seed);
        var r = RunEngine.Run(plan);
        var cadence = r.Activity.Samples.Cadence.ToArray();
        foreach (var drop in GroundTruth.Build(plan, r, WeatherSeries.Empty).Where(i => i.Kind == FindingKind.CadenceDrop))
        {
            var from = (drop.Start - plan.StartUtc).TotalSeconds;
            var to = (drop.End - plan.StartUtc).TotalSeconds;
            var during = Enumerable.Range(0, r.WallSeconds.Length).Where(i => r.WallSeconds[i] >= from && r.WallSeconds[i] <= to).ToArray();
            var before = Enumerable.Range(0, r.WallSeconds.Length).Where(i => r.Running[i] && r.WallSeconds[i] >= from - 300 && r.WallSeconds[i] < from - 15).ToArray();
            Assert.True(during.Select(i => cadence[i]).Average() <= 0.95 * before.Select(i => cadence[i]).Average(), $"cadence drop at {from}");
            var gasRatio = during.Select(i => r.GradeAdjustedSpeed[i]).Average() / before.Select(i => r.GradeAdjustedSpeed[i]).Average();
            Assert.InRange(gasRatio, 0.96, 1.04);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Easy_cool_has_a_real_warm_up_and_cool_down_and_no_drift(int seed)
    {
        var plan = ScenarioPresets.Create("easy-cool", seed);
        var r = RunEngine.Run(plan);
        var s = r.Activity.Samples;
        var speed = s.SpeedMetersPerSecond.ToArray();
        var gas = r.GradeAdjustedSpeed;
        var typical = RunSimulatorScenarioTests.Median([.. gas.Where((_, i) => r.Running[i])]);
        var first5 = gas.Where((_, i) => r.WallSeconds[i] < 300).Average();
        Assert.True(first5 < 0.86 * typical, $"first 5 min at {first5 / typical:P0} of typical");
        var rawTypical = RunSimulatorScenarioTests.Median([.. speed.Where((_, i) => r.Running[i])]);
        Assert.True(speed.Where((_, i) => r.WallSeconds[i] < 300).Average() < 0.95 * rawTypical, "slower also by raw speed (hills pull the raw median down, so the margin is smaller)");
        var last60 = speed.Where((_, i) => r.WallSeconds[i] > r.EndSeconds - 60).Average();
        Assert.True(last60 < 2.0, "walking at the end");
        var hr = s.HeartRateBpm.ToArray();
        var decoupling = AerobicDecoupling.Percent(r.WallSeconds, gas, hr, r.Running, plan.SteadyPart.Start, plan.SteadyPart.End);
        Assert.InRange(decoupling, -3, 3);
        Assert.True(plan.Weather.AirTemperatureAt(plan.StartUtc.AddSeconds(r.EndSeconds)) < 20);
        var localStart = (plan.StartUtc + plan.UtcOffset).TimeOfDay.TotalHours;
        Assert.True(localStart < 9 || localStart > 16.5, "outside the hot hours");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Drift_scenarios_decouple_clearly_and_the_others_do_not(int seed)
    {
        foreach (var scenario in RunSimulator.Scenarios)
        {
            var plan = ScenarioPresets.Create(scenario, seed);
            var r = RunEngine.Run(plan);
            var s = r.Activity.Samples;
            var d = AerobicDecoupling.Percent(r.WallSeconds, r.GradeAdjustedSpeed, s.HeartRateBpm.ToArray(), r.Running, plan.SteadyPart.Start, plan.SteadyPart.End);
            if (plan.CardiacDrift) Assert.True(d > 6.0, $"{scenario}: decoupling {d:0.0} %");
            else Assert.True(d < 3.5, $"{scenario}: decoupling {d:0.0} %");
        }
    }
}
