using CrampSignals.Formats;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Tests.Cli;
using System.Text.Json;

namespace CrampSignals.Tests.Signals;

/// <summary>The signals read from the files a watch would write: the FIT and the GPX of the same run agree, and the CLI reads them.</summary>
public class SignalFormatsTests
{
    [Theory]
    [InlineData("surges", 4)]
    [InlineData("fast-start-race", 5)]
    [InlineData("cadence-fatigue", 6)]
    [InlineData("hot-long-run", 7)]
    public void The_fit_and_the_gpx_of_one_run_give_the_same_findings_and_local_time(string scenario, int seed)
    {
        var run = RunSimulator.Simulate(scenario, seed);
        var fit = ActivityFile.Load(FitActivityWriter.ToBytes(run.Activity), "run.fit");
        using var gpxStream = new MemoryStream();
        GpxActivityWriter.Write(run.Activity, gpxStream);
        var gpx = ActivityFile.Load(gpxStream.ToArray(), "run.gpx");

        var fitReport = SignalAnalyzer.Analyze(fit, run.Cramps, run.Weather);
        var gpxReport = SignalAnalyzer.Analyze(gpx, run.Cramps, run.Weather);
        // GPX stores no UTC offset: its local time is the clock of the place, from the zone nearest its position,
        // which must be the watch's own clock; every finding, hot hours included, must agree.
        Assert.Equal(LocalTimeSource.File, fitReport.LocalTime.Source);
        Assert.Equal(LocalTimeSource.Zone, gpxReport.LocalTime.Source);
        Assert.Equal(fitReport.LocalTime.Offset, gpxReport.LocalTime.Offset);
        var fromFit = fitReport.Findings.ToList();
        var fromGpx = gpxReport.Findings.ToList();
        Assert.NotEmpty(fromFit);
        Assert.Equal(fromFit.Select(f => f.Kind), fromGpx.Select(f => f.Kind));
        foreach (var (a, b) in fromFit.Zip(fromGpx))
            Assert.True((a.Start - b.Start).Duration() <= TimeSpan.FromSeconds(30), $"{a.Kind.ToId()}: {a.Start:O} from FIT against {b.Start:O} from GPX");
    }

    [Fact]
    public void The_signals_command_writes_json_with_the_cramps_of_the_log()
    {
        var run = RunSimulator.Simulate("surges", 8);
        var dir = Path.Combine(Path.GetTempPath(), $"signals-{Guid.NewGuid():N}");
        try
        {
            var files = SimulationWriter.Write(run, dir);
            var (code, output, _) = CliRunner.Run("signals", files.Fit, "--cramps", files.Cramps, "--weather", files.Weather, "--format", "json");
            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(output);
            var kinds = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
            Assert.Contains("pace-surge", kinds);
            var cramp = Assert.Single(doc.RootElement.GetProperty("cramps").EnumerateArray());
            Assert.Contains(cramp.GetProperty("preceding").EnumerateArray(), p => p.GetProperty("kind").GetString() == "pace-surge");
            Assert.Equal("file", doc.RootElement.GetProperty("localTime").GetProperty("source").GetString());

            var (textCode, text, _) = CliRunner.Run("signals", files.Gpx, "--cramp-markers");
            Assert.Equal(0, textCode);
            Assert.Contains("pace-surge", text);
            Assert.Contains("cramps: 1", text);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
