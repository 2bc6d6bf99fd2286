using System.Text.Json;
using CrampSignals.Simulation;

namespace CrampSignals.Tests.Cli;

/// <summary>
/// A weather file saved next to a run ("run.weather.csv") is used for that run in folder mode as it is for one file, and the
/// summary line says which temperature it shows.
/// </summary>
public sealed class AnalyzeSideCarWeatherTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sidecar-weather-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Two different runs, each with its cramp log and weather next to it; the GPX twins are left out.</summary>
    private (string Hot, string Easy) WriteFolder()
    {
        var hot = SimulationWriter.Write(RunSimulator.Simulate("hot-long-run", 21), _dir, "hot");
        var easy = SimulationWriter.Write(RunSimulator.Simulate("easy-cool", 22), _dir, "easy");
        File.Delete(hot.Gpx);
        File.Delete(easy.Gpx);
        return (hot.Fit, easy.Fit);
    }

    [Fact]
    public void Folder_mode_uses_each_runs_own_weather_file_as_one_file_mode_does()
    {
        var (hot, easy) = WriteFolder();
        var (code, folderJson, error) = CliRunner.Run("analyze", _dir, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("using the weather next to the run for 2 of 2 files", error);
        using var folder = JsonDocument.Parse(folderJson);
        foreach (var path in new[] { hot, easy })
        {
            var (singleCode, singleJson, _) = CliRunner.Run("analyze", path, "--format", "json");
            Assert.Equal(0, singleCode);
            using var single = JsonDocument.Parse(singleJson);
            var run = folder.RootElement.GetProperty("runs").EnumerateArray()
                .Single(r => r.GetProperty("activity").GetProperty("file").GetString() == path);
            // The same findings, to the evidence, and no note that the wrist sensor stood in for the air.
            Assert.Equal(Compact(single.RootElement.GetProperty("findings")), Compact(run.GetProperty("findings")));
            Assert.Equal(Compact(single.RootElement.GetProperty("notes")), Compact(run.GetProperty("notes")));
            Assert.DoesNotContain("watch's own sensor", run.GetProperty("notes").GetRawText());
        }
    }

    [Fact]
    public void Without_side_car_weather_folder_mode_judges_heat_on_the_wrist_sensor_and_says_so()
    {
        var (hot, easy) = WriteFolder();
        File.Delete(Path.ChangeExtension(hot, null) + ".weather.csv");
        File.Delete(Path.ChangeExtension(easy, null) + ".weather.csv");
        var (code, json, error) = CliRunner.Run("analyze", _dir, "--format", "json");
        Assert.Equal(0, code);
        Assert.DoesNotContain("using the weather next to the run", error);
        using var doc = JsonDocument.Parse(json);
        Assert.All(doc.RootElement.GetProperty("runs").EnumerateArray(),
            run => Assert.Contains("watch's own sensor", run.GetProperty("notes").GetRawText()));
    }

    [Fact]
    public void The_summary_line_names_the_air_with_weather_and_the_wrist_sensor_without()
    {
        var (hot, _) = WriteFolder();
        var (code, withWeather, _) = CliRunner.Run("analyze", hot);
        Assert.Equal(0, code);
        var summary = SummaryLine(withWeather);
        Assert.Matches(@"\d °C air$", summary);
        Assert.DoesNotContain("wrist", summary);

        File.Delete(Path.ChangeExtension(hot, null) + ".weather.csv");
        var (_, withoutWeather, _) = CliRunner.Run("analyze", hot);
        var wristLine = SummaryLine(withoutWeather);
        Assert.Matches(@"\d °C wrist sensor$", wristLine);
        Assert.DoesNotContain(" air", wristLine);
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    /// <summary>The run's one-line description, which the text report wraps under its "== file" header.</summary>
    private static string SummaryLine(string report) =>
        string.Join(" ", report.Split('\n').Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Trim()));
}
