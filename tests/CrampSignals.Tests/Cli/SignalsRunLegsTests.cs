using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Cli;

/// <summary><c>signals</c> picks the run out of a file as <c>analyze</c> does: a multisport file's running legs, a swim not at all.</summary>
public sealed class SignalsRunLegsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("signals-legs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly DateTime Start = new(2024, 3, 10, 7, 0, 0, DateTimeKind.Utc);

    private string Write(string name, Activity activity)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, FitActivityWriter.ToBytes(activity));
        return path;
    }

    private static (List<string> Kinds, List<string> Notes) Signals(string path, params string[] extra)
    {
        var (code, output, error) = CliRunner.Run(["signals", path, "--format", "json", .. extra]);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        return ([.. root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!)],
            [.. root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!)]);
    }

    [Fact]
    public void A_long_swim_gets_no_running_findings_and_the_line_analyze_gives()
    {
        // 65 min at 0.9 m/s: long enough that a drinking plan would be found in a run.
        var swim = Write("swim.fit", new TestRun { Sport = Sport.Swimming, Seconds = 65 * 60, Speed = _ => 0.9, Cadence = null, HeartRate = _ => 140 }.Build());
        var (kinds, notes) = Signals(swim);
        Assert.Empty(kinds);
        Assert.Contains(notes, n => n.StartsWith("a swimming activity, not a run", StringComparison.Ordinal));
    }

    [Fact]
    public void A_multisport_file_is_cut_to_its_running_leg_with_analyzes_note()
    {
        // A 70 min ride then a 40 min run: over an hour in all, under it on foot.
        var both = TestRun.RideThenRun(Start, 4200, 4200, 2400, 2400, 150);
        var path = Write("brick.fit", both);
        var (kinds, notes) = Signals(path);
        Assert.Contains("a multisport activity (cycling, running): only its running leg is analysed", notes);
        Assert.DoesNotContain("long-run-hydration", kinds);

        var (code, analyzed, _) = CliRunner.Run("analyze", path, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(analyzed);
        Assert.Equal(kinds, json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()!));
    }
}
