using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Weather;

namespace CrampSignals.Tests.Simulation;

public sealed class SimulationWriterTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sim-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Written_files_read_back_to_the_simulated_run()
    {
        var run = RunSimulator.Simulate("surges", 4);
        var files = SimulationWriter.Write(run, _dir);
        Assert.Equal(Path.Combine(_dir, "surges-4.fit"), files.Fit);

        var fit = ActivityFile.Load(files.Fit);
        Assert.Empty(fit.Warnings);
        Assert.Equal(ActivityFormat.Fit, fit.Source!.Format);
        Assert.Equal(run.Activity.StartTime, fit.StartTime);
        Assert.Equal(run.Activity.UtcOffset, fit.UtcOffset);
        Assert.Equal(Sport.Running, fit.Sport);
        Assert.Equal(run.Activity.Samples.Count, fit.Samples.Count);
        Assert.Equal(run.Activity.Samples.HeartRateBpm.ToArray(), fit.Samples.HeartRateBpm.ToArray());
        Assert.Equal(run.Activity.Samples.Cadence.ToArray(), fit.Samples.Cadence.ToArray());
        Assert.Equal(run.Activity.Laps.Length, fit.Laps.Length);
        var fitCramps = CrampMarkers.FromActivity(fit, CrampMarkerSources.FitMarkers);
        Assert.Equal(run.Cramps.Entries.Select(c => c.Time).ToArray(), fitCramps.Entries.Select(c => c.Time).ToArray());

        var gpx = ActivityFile.Load(files.Gpx);
        Assert.Equal(ActivityFormat.Gpx, gpx.Source!.Format);
        Assert.Equal(run.Activity.Samples.Count, gpx.Samples.Count);
        var waypoint = Assert.Single(gpx.Waypoints);
        Assert.StartsWith($"cramp: {run.Cramps.Entries[0].Muscle.ToId()}", waypoint.Name);
        var gpxCramp = Assert.Single(CrampMarkers.FromActivity(gpx).Entries);
        Assert.Equal((run.Cramps.Entries[0].Time, run.Cramps.Entries[0].Muscle, run.Cramps.Entries[0].Side), (gpxCramp.Time, gpxCramp.Muscle, gpxCramp.Side));

        var log = CrampLogReader.Load(files.Cramps);
        Assert.Empty(log.Warnings);
        Assert.Equal(run.Cramps.Entries.ToArray(), log.Entries.Select(e => e with { Line = null }).ToArray());
        Assert.Equal(run.Cramps.Entries.ToArray(), CrampMatcher.ForRun(log, fit).Entries.Select(e => e with { Line = null }).ToArray());

        var weather = WeatherSeries.Load(files.Weather);
        Assert.Empty(weather.Warnings);
        Assert.Equal(run.Weather!.Observations.ToArray(), weather.Observations.ToArray());

        using var truthStream = File.OpenRead(files.Truth);
        var truth = GroundTruthJson.Read(truthStream, files.Truth);
        Assert.Equal(("surges", 4), (truth.Scenario, truth.Seed));
        Assert.Equal(run.Injected.ToArray(), truth.Injected.ToArray());
        Assert.Equal(run.Cramps.Entries.ToArray(), truth.Cramps.Select(e => e with { Line = null }).ToArray());
        Assert.Equal(fit.StartTime, truth.Start);
    }

    [Fact]
    public void Same_scenario_and_seed_write_the_same_bytes()
    {
        var a = SimulationWriter.Write(RunSimulator.Simulate("fast-start-race", 9), Path.Combine(_dir, "a"));
        var b = SimulationWriter.Write(RunSimulator.Simulate("fast-start-race", 9), Path.Combine(_dir, "b"));
        foreach (var (x, y) in a.All.Zip(b.All))
        {
            Assert.Equal(Path.GetFileName(x), Path.GetFileName(y));
            Assert.Equal(File.ReadAllBytes(x), File.ReadAllBytes(y));
        }
        var other = SimulationWriter.Write(RunSimulator.Simulate("fast-start-race", 10), Path.Combine(_dir, "c"), "race");
        Assert.Equal(Path.Combine(_dir, "c", "race.fit"), other.Fit);
        Assert.NotEqual(File.ReadAllBytes(a.Fit), File.ReadAllBytes(other.Fit));
    }

    [Fact]
    public void A_damaged_truth_file_is_refused_naming_it()
    {
        var e = Assert.Throws<InputFormatException>(() => GroundTruthJson.Read(new MemoryStream("{\"scenario\": 1}"u8.ToArray()), "x.truth.json"));
        Assert.Contains("x.truth.json", e.Message);
    }
}
