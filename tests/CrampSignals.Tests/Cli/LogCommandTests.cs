using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Formats.Fit;
using CrampSignals.History;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Cli;

/// <summary>
/// <c>log RUN --at ...</c> places a cramp where the runner remembers it (distance on the run's own channel, time into the
/// run, local clock time), appends it to the run's side-car log, and <c>analyze RUN</c> then reads it.
/// </summary>
public sealed class LogCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("log-command-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Two hours from 07:00 UTC (09:00 local at UTC+2): fast first hour, slower second, so distance and time disagree.</summary>
    private static readonly TestRun TwoHours = new()
    {
        Seconds = 7200,
        Speed = t => t < 3600 ? 3.2 : 2.6,
        UtcOffset = TimeSpan.FromHours(2),
    };

    private string Write(Activity run, string name = "run")
    {
        var path = Path.Combine(_dir, name + ".fit");
        File.WriteAllBytes(path, FitActivityWriter.ToBytes(run));
        return path;
    }

    private string LogPath(string name = "run") => Path.Combine(_dir, name + ".cramps.csv");

    /// <summary>Seconds after the first sample at which the written distance channel first reaches <paramref name="meters"/>.</summary>
    private static double ChannelSecondsAt(Activity run, double meters)
    {
        var s = run.Samples;
        for (var i = 0; i < s.Count; i++)
            if (s.DistanceMeters[i] >= meters) return s.UnixSeconds[i] - s.FirstUnixSeconds;
        throw new InvalidOperationException("not reached");
    }

    [Theory]
    [InlineData("km10", 10_000)]
    [InlineData("km 10", 10_000)]
    [InlineData("10km", 10_000)]
    [InlineData("km15.5", 15_500)]
    [InlineData("mile6", 6 * 1609.344)]
    [InlineData("mi6", 6 * 1609.344)]
    [InlineData("6mi", 6 * 1609.344)]
    public void A_distance_is_placed_where_the_runs_distance_channel_reached_it(string at, double meters)
    {
        var run = ActivityFile.Load(Write(TwoHours.Build()));
        var (code, stdout, error) = CliRunner.Run("log", Path.Combine(_dir, "run.fit"), "--at", at, "--muscle", "calf");
        Assert.True(code == 0, error);
        Assert.Contains("calf cramp at ", stdout);
        Assert.Contains("added to run.cramps.csv", stdout);
        var entry = Assert.Single(CrampLog.Load(LogPath()).Entries);
        Assert.Equal(Muscle.Calf, entry.Muscle);
        var expected = ChannelSecondsAt(run, meters);
        Assert.InRange(entry.Elapsed!.Value.TotalSeconds, expected - 5, expected + 5);
        // Both clocks are written and agree.
        Assert.NotNull(entry.Time);
        Assert.InRange((entry.Time!.Value - TwoHours.Start).TotalSeconds, expected - 5, expected + 5);
    }

    [Theory]
    [InlineData("1:45", 6300)]
    [InlineData("+1:45", 6300)]
    [InlineData("1:45:30", 6330)]
    [InlineData("+0:05", 300)]
    [InlineData("01:45", 6300)]   // two-digit hour: no local 01:45 in or within 12 h after a 09:00-11:00 run
    [InlineData("10:15", 4500)]   // local clock 10:15, 1 h 15 min after the 09:00 start; 10 h is past the run's end
    [InlineData("@09:30", 1800)]
    [InlineData("13:00", 14400)]  // after the run: the log keeps it, analyze matches it as an after-run cramp
    public void A_time_is_read_as_time_into_the_run_or_local_clock_by_the_rules(string at, double seconds)
    {
        var path = Write(TwoHours.Build());
        var (code, stdout, error) = CliRunner.Run("log", path, "--at", at);
        Assert.True(code == 0, error);
        var entry = Assert.Single(CrampLog.Load(LogPath()).Entries);
        Assert.Equal(seconds, entry.Elapsed!.Value.TotalSeconds, 0.5);
        Assert.Equal(TwoHours.Start.AddSeconds(seconds), entry.Time);
        // The file holds the runner's own clock (UTC+2), not UTC.
        Assert.Contains("+02:00", File.ReadAllText(LogPath()));
        if (seconds <= 7200) Assert.Contains($"{TwoHours.Start.AddSeconds(seconds).AddHours(2):HH:mm} local", stdout);
    }

    [Fact]
    public void A_two_digit_hour_that_could_be_both_is_refused_with_what_to_write()
    {
        // 01:00 to 04:00 local: "01:30" is half past one on the clock and an hour and a half in.
        var run = new TestRun { Start = new DateTime(2024, 3, 9, 23, 0, 0, DateTimeKind.Utc), Seconds = 3 * 3600, UtcOffset = TimeSpan.FromHours(2) };
        var path = Write(run.Build());
        var (code, _, error) = CliRunner.Run("log", path, "--at", "01:30");
        Assert.Equal(2, code);
        Assert.Contains("+1:30", error);
        Assert.Contains("@01:30", error);
        Assert.False(File.Exists(LogPath()));
        // Each prefix settles it.
        Assert.Equal(0, CliRunner.Run("log", path, "--at", "+1:30").ExitCode);
        Assert.Equal(0, CliRunner.Run("log", path, "--at", "@01:45").ExitCode);
        var entries = CrampLog.Load(LogPath()).Entries;
        Assert.Equal([5400.0, 2700.0], entries.Select(e => e.Elapsed!.Value.TotalSeconds));
    }

    [Theory]
    [InlineData("km30", "km")]
    [InlineData("mile20", "km")]
    [InlineData("2:30", "lasted 1:59:59")]
    [InlineData("+3:00", "lasted 1:59:59")]
    [InlineData("@08:00", "09:00 to 10:59")]
    [InlineData("yesterday", "not a place in the run")]
    public void A_place_past_the_runs_end_or_no_place_is_refused(string at, string says)
    {
        var path = Write(TwoHours.Build());
        var (code, _, error) = CliRunner.Run("log", path, "--at", at);
        Assert.Equal(2, code);
        Assert.Contains(says, error);
        Assert.DoesNotContain("(Parameter", error);
        Assert.False(File.Exists(LogPath()));
    }

    [Fact]
    public void Past_the_end_names_the_runs_distance()
    {
        var run = TwoHours.Build();
        var ex = Assert.Throws<ArgumentException>(() => HistoryAnalyzer.PlaceCramp(run, "km30"));
        // 3.2 m/s for an hour and 2.6 m/s for another: 20.88 km.
        Assert.Contains("20.88 km", ex.Message);
        // Within 3 % over the end is the end.
        Assert.Equal(7199, HistoryAnalyzer.PlaceCramp(run, "km21.3").Elapsed!.Value.TotalSeconds, 1.0);
    }

    [Fact]
    public void A_clock_time_on_a_run_with_no_known_offset_is_refused_and_says_why()
    {
        var path = Write(new TestRun { Positions = false, Seconds = 3600 }.Build());
        var (code, _, error) = CliRunner.Run("log", path, "--at", "@07:30");
        Assert.Equal(2, code);
        Assert.Contains("no UTC offset", error);
        // The time into the run needs no offset; the log is then written in UTC.
        Assert.Equal(0, CliRunner.Run("log", path, "--at", "0:30").ExitCode);
        Assert.Contains("Z", File.ReadAllText(LogPath()).Split('\n')[1]);
    }

    [Fact]
    public void Appending_keeps_every_existing_entry_and_its_fields()
    {
        var path = Write(TwoHours.Build());
        File.WriteAllText(LogPath(),
            "time,elapsed,muscle,side,severity,note\n" +
            "2024-03-10T09:20:00+02:00,,hamstring,left,4,\"tight, then gone\"\n" +
            ",1:10:00,foot,right,,\n");
        var before = CrampLog.Load(LogPath()).Entries;
        var (code, _, error) = CliRunner.Run("log", path, "--at", "km12", "--muscle", "quads", "--side", "both", "--severity", "7", "--note", "downhill, hard");
        Assert.True(code == 0, error);
        var after = CrampLog.Load(LogPath());
        Assert.Empty(after.Warnings);
        Assert.Equal(3, after.Entries.Length);
        for (var i = 0; i < 2; i++)
            Assert.Equal(before[i] with { Line = null }, after.Entries[i] with { Line = null });
        var added = after.Entries[2];
        Assert.Equal((Muscle.Quadriceps, "both", 7, "downhill, hard"), (added.Muscle, added.Side, added.Severity, added.Note));
    }

    [Fact]
    public void A_log_with_unreadable_lines_is_left_unchanged()
    {
        var path = Write(TwoHours.Build());
        var text = "time,muscle\n2024-03-10T07:20:00Z,calf\nnot a time,calf\n";
        File.WriteAllText(LogPath(), text);
        var (code, _, error) = CliRunner.Run("log", path, "--at", "km5");
        Assert.Equal(1, code);
        Assert.Contains("left unchanged", error);
        Assert.Equal(text, File.ReadAllText(LogPath()));
    }

    [Fact]
    public void A_json_side_car_is_not_rewritten()
    {
        var path = Write(TwoHours.Build());
        var json = Path.Combine(_dir, "run.cramps.json");
        File.WriteAllText(json, """[{"time":"2024-03-10T07:20:00Z","muscle":"calf"}]""");
        var (code, _, error) = CliRunner.Run("log", path, "--at", "km5");
        Assert.Equal(1, code);
        Assert.Contains("JSON", error);
        Assert.False(File.Exists(LogPath()));
    }

    [Fact]
    public void An_unreadable_run_is_an_input_error()
    {
        var path = Path.Combine(_dir, "broken.fit");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
        Assert.Equal(1, CliRunner.Run("log", path, "--at", "km5").ExitCode);
        Assert.Equal(1, CliRunner.Run("log", Path.Combine(_dir, "missing.fit"), "--at", "km5").ExitCode);
        Assert.Equal(2, CliRunner.Run("log", path, "--at", "km5", "--muscle", "elbow").ExitCode);
    }

    [Fact]
    public void Analyze_reads_the_logged_cramp()
    {
        var path = Write(TwoHours.Build());
        var (before, json0, _) = CliRunner.Run("analyze", path, "--format", "json");
        Assert.Equal(0, before);
        Assert.Equal(0, JsonDocument.Parse(json0).RootElement.GetProperty("cramps").GetArrayLength());
        Assert.Equal(0, CliRunner.Run("log", path, "--at", "km15", "--muscle", "calf", "--note", "logged later").ExitCode);
        var (code, json, error) = CliRunner.Run("analyze", path, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("using the cramp log next to the run", error);
        using var doc = JsonDocument.Parse(json);
        var cramp = Assert.Single(doc.RootElement.GetProperty("cramps").EnumerateArray());
        Assert.Contains("logged later", cramp.GetRawText());
        Assert.Contains("calf", cramp.GetRawText());
    }
}
