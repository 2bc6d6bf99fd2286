using CrampSignals.Cli;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Weather;

namespace CrampSignals.Tests.Simulation;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"simcli-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void An_archive_is_written_as_a_zip_when_the_path_ends_in_zip_with_its_truth_beside_it()
    {
        var zip = Path.Combine(_dir, "garmin.zip");
        var (code, output, error) = Run("simulate", "--archive", "garmin", "--activities", "12", "--years", "1", "--seed", "4", "--out", zip);
        Assert.Equal(CliApp.Success, code);
        Assert.Equal("", error);
        Assert.True(File.Exists(zip));
        var truth = Path.Combine(_dir, "garmin.truth.json");
        Assert.True(File.Exists(truth));
        Assert.Contains($"wrote {zip}", output);
        Assert.Contains($"wrote {truth}", output);
        Assert.Contains("12 activities", output);

        var folder = Path.Combine(_dir, "strava");
        (code, _, error) = Run("simulate", "--archive", "strava", "--activities", "5", "--out", folder);
        Assert.Equal(CliApp.Success, code);
        Assert.True(File.Exists(Path.Combine(folder, "activities.csv")), error);

        (code, _, error) = Run("simulate", "--archive", "strava", "--activities", "0", "--out", folder);
        Assert.NotEqual(CliApp.Success, code);
        Assert.Contains("--activities", error);
        (code, _, error) = Run("simulate", "--archive", "polar", "--out", folder);
        Assert.NotEqual(CliApp.Success, code);
    }

    [Fact]
    public void Writes_the_five_files_and_says_so_and_they_read_back()
    {
        var (code, output, error) = Run("simulate", "--scenario", "cadence-fatigue", "--seed", "3", "--out", _dir);
        Assert.Equal(CliApp.Success, code);
        Assert.Equal("", error);
        var expected = new[] { ".fit", ".gpx", ".cramps.csv", ".weather.csv", ".truth.json" }.Select(x => Path.Combine(_dir, "cadence-fatigue-3" + x)).ToArray();
        foreach (var path in expected)
        {
            Assert.True(File.Exists(path), path);
            Assert.Contains($"wrote {path}", output);
        }
        var run = RunSimulator.Simulate("cadence-fatigue", 3);
        var fit = ActivityFile.Load(expected[0]);
        Assert.Equal(run.Activity.Samples.Count, fit.Samples.Count);
        Assert.Equal(run.Activity.Samples.SpeedMetersPerSecond.ToArray(), fit.Samples.SpeedMetersPerSecond.ToArray());
        Assert.Equal(run.Activity.Samples.Count, ActivityFile.Load(expected[1]).Samples.Count);
        Assert.Equal(run.Cramps.Entries.Length, CrampLogReader.Load(expected[2]).Entries.Length);
        Assert.Equal(run.Weather!.Observations.Length, WeatherSeries.Load(expected[3]).Observations.Length);
        using var truth = File.OpenRead(expected[4]);
        Assert.Equal(run.Injected.ToArray(), GroundTruthJson.Read(truth).Injected.ToArray());
    }

    [Fact]
    public void The_seed_defaults_to_seven_and_the_inspect_command_reads_the_result()
    {
        var (code, _, _) = Run("simulate", "-s", "easy-cool", "-o", _dir);
        Assert.Equal(CliApp.Success, code);
        var path = Path.Combine(_dir, "easy-cool-7.fit");
        var (inspect, text, _) = Run("inspect", path);
        Assert.Equal(CliApp.Success, inspect);
        Assert.Contains("sports:      running", text);
    }

    [Theory]
    [InlineData("simulate", "--scenario", "moon-run")]
    [InlineData("simulate", "--seed", "3")]
    [InlineData("simulate", "--scenario", "surges", "--seed", "many")]
    public void Usage_errors_exit_with_two(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(CliApp.UsageError, code);
        Assert.StartsWith("crampsignals:", error);
    }

    [Fact]
    public void Help_names_the_files_it_writes()
    {
        var (_, output, _) = Run("simulate", "--help");
        Assert.Contains(".truth.json", output);
        Assert.Contains("cadence-fatigue", output);
    }
}
