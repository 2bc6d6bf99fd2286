using CrampSignals.Activities;
using CrampSignals.Simulation;

namespace CrampSignals.Tests.Simulation;

public class RunPlausibilityTests
{
    public static TheoryData<string, int> Runs()
    {
        var data = new TheoryData<string, int>();
        foreach (var s in RunSimulator.Scenarios) foreach (var seed in new[] { 3, 8 }) data.Add(s, seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Speeds_cadence_and_heart_rate_stay_in_human_ranges(string scenario, int seed)
    {
        var s = RunSimulator.Simulate(scenario, seed).Activity.Samples;
        var speed = s.SpeedMetersPerSecond.ToArray();
        var cadence = s.Cadence.ToArray();
        var hr = s.HeartRateBpm.ToArray();
        var runningIdx = Enumerable.Range(0, s.Count).Where(i => cadence[i] > 140).ToArray();
        Assert.True(runningIdx.Length > s.Count * 0.8, "mostly running");
        var runSpeeds = runningIdx.Select(i => speed[i]).Order().ToArray();
        Assert.InRange(runSpeeds[runSpeeds.Length / 2], 2.3, 5.0);
        Assert.True(runSpeeds[(int)(runSpeeds.Length * 0.995)] < 7.0, "no sustained sprinting beyond human pace");
        Assert.All(speed, v => Assert.InRange(v, 0, 10));
        var runCadence = runningIdx.Select(i => cadence[i]).ToArray();
        Assert.True(runCadence.Count(c => c is >= 140 and <= 196) >= runCadence.Length * 0.99, "running cadence 140-196 spm (injected drops reach the low end)");
        var mean = runCadence.Average();
        Assert.InRange(mean, 158, 186);
        Assert.All(hr, v => Assert.InRange(v, 40, 200));
        Assert.InRange(runningIdx.Select(i => hr[i]).Average(), 115, 185);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Time_distance_laps_and_events_are_consistent(string scenario, int seed)
    {
        var a = RunSimulator.Simulate(scenario, seed).Activity;
        var t = a.Samples.UnixSeconds.ToArray();
        var d = a.Samples.DistanceMeters.ToArray();
        for (var i = 1; i < a.Samples.Count; i++)
        {
            Assert.True(t[i] - t[i - 1] >= 1, "time moves forward");
            Assert.True(d[i] >= d[i - 1], "distance never shrinks");
        }
        Assert.Equal(a.StartTime, a.Samples.TimeAt(0));
        Assert.Equal(Sport.Running, a.Sport);
        Assert.NotNull(a.UtcOffset);
        Assert.Equal((int)Math.Ceiling(d[^1] / 1000), a.Laps.Length);
        Assert.Equal(d[^1], a.Laps.Sum(l => l.DistanceMeters), 0.5);
        Assert.True(a.Events[0].IsTimerStart && a.Events[0].Time == a.StartTime);
        Assert.True(a.Events[^1].IsTimerStop);
        for (var i = 0; i < a.Events.Length; i++) Assert.Equal(i % 2 == 0, a.Events[i].IsTimerStart);
        var session = Assert.Single(a.Sessions);
        Assert.Equal(d[^1], session.DistanceMeters, 0.5);
        var pauses = Enumerable.Range(1, a.Samples.Count - 1).Sum(i => t[i] - t[i - 1] - 1);
        Assert.Equal(session.ElapsedSeconds - pauses, session.TimerSeconds, 0.5);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Gps_track_is_noisy_but_continuous_with_rare_spikes_and_dropouts(string scenario, int seed)
    {
        var s = RunSimulator.Simulate(scenario, seed).Activity.Samples;
        var lat = s.Latitude.ToArray();
        var lon = s.Longitude.ToArray();
        var steps = new List<double>();
        for (var i = 1; i < s.Count; i++)
        {
            if (double.IsNaN(lat[i]) || double.IsNaN(lat[i - 1]) || s.UnixSeconds[i] - s.UnixSeconds[i - 1] > 1) continue;
            steps.Add(Meters(lat[i - 1], lon[i - 1], lat[i], lon[i]));
        }
        Assert.True(steps.Count(m => m < 12) >= steps.Count * 0.995, "almost every 1 s step is a few metres");
        Assert.Contains(steps, m => m > 30);
        Assert.True(steps.Count(m => m > 30) <= 2 * s.Count / 600, "spikes are rare");
        var missing = Enumerable.Range(0, s.Count).Count(i => double.IsNaN(lat[i]));
        Assert.InRange(missing, 4, 40);
        var last = Enumerable.Range(0, s.Count).Last(i => !double.IsNaN(lat[i]));
        Assert.True(Meters(lat[0], lon[0], lat[last], lon[last]) < 1500, "the route comes back near the start");
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Wrist_sensor_reads_warmer_than_the_air(string scenario, int seed)
    {
        var run = RunSimulator.Simulate(scenario, seed);
        var s = run.Activity.Samples;
        var diffs = Enumerable.Range(0, s.Count)
            .Where(i => s.UnixSeconds[i] - s.UnixSeconds[0] > 900)
            .Select(i => s.TemperatureCelsius[i] - run.Weather!.TemperatureCelsiusAt(s.TimeAt(i)!.Value))
            .ToArray();
        Assert.InRange(diffs.Average(), 2.5, 7);
    }

    internal static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180 * Math.Cos(lat1 * Math.PI / 180);
        return 6_371_000 * Math.Sqrt(dLat * dLat + dLon * dLon);
    }
}
