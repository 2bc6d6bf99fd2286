using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Cli;

/// <summary><c>analyze --cramp-markers</c> adds the cramps marked on the watch to those of the run's log, for one file and a folder.</summary>
public sealed class AnalyzeCrampMarkersTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("analyze-markers-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteMarkedRun()
    {
        var run = new TestRun { Seconds = 3600 };
        run.Events.Add(new ActivityEvent(run.At(2400), ActivityEvent.UserMarkerEvent, 3, null));
        var path = Path.Combine(_dir, "marked.fit");
        File.WriteAllBytes(path, FitActivityWriter.ToBytes(run.Build()));
        return path;
    }

    private static int Cramps(string json) => JsonDocument.Parse(json).RootElement.GetProperty("cramps").GetArrayLength();

    [Fact]
    public void Markers_count_only_when_asked_and_add_to_the_side_car_log()
    {
        var path = WriteMarkedRun();
        var (code, without, _) = CliRunner.Run("analyze", path, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(0, Cramps(without));
        var (code2, with, error) = CliRunner.Run("analyze", path, "--format", "json", "--cramp-markers");
        Assert.True(code2 == 0, error);
        Assert.Equal(1, Cramps(with));
        Assert.Contains("marker pressed on the watch", with);

        // A cramp in the log next to the run is kept beside the marker's.
        File.WriteAllText(Path.Combine(_dir, "marked.cramps.csv"), "time,muscle\n2024-03-10T07:10:00Z,calf\n");
        var (code3, both, _) = CliRunner.Run("analyze", path, "--format", "json", "--cramp-markers");
        Assert.Equal(0, code3);
        Assert.Equal(2, Cramps(both));
    }

    [Fact]
    public void A_cramp_both_logged_and_marked_counts_once()
    {
        var path = WriteMarkedRun();
        // The marker is at 07:40:00; the runner wrote 07:41 down afterwards.
        File.WriteAllText(Path.Combine(_dir, "marked.cramps.csv"), "time,muscle,note\n2024-03-10T07:41:00Z,hamstring,written later\n");
        var (code, json, error) = CliRunner.Run("analyze", path, "--format", "json", "--cramp-markers");
        Assert.True(code == 0, error);
        Assert.Equal(1, Cramps(json));
        Assert.Contains("written later", json);
        Assert.DoesNotContain("marker pressed on the watch", json);
    }

    [Fact]
    public void Markers_count_in_folder_mode_too()
    {
        WriteMarkedRun();
        var (code, without, _) = CliRunner.Run("analyze", _dir, "--format", "json");
        Assert.Equal(0, code);
        var (code2, with, error) = CliRunner.Run("analyze", _dir, "--format", "json", "--cramp-markers");
        Assert.True(code2 == 0, error);
        Assert.DoesNotContain("marker pressed on the watch", without);
        Assert.Contains("marker pressed on the watch", with);
    }
}
