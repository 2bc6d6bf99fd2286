using CrampSignals.Cli.Commands;
using CrampSignals.Formats.Fit;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Cli;

/// <summary>What the tool prints from its input cannot forge lines, and long spans print their days.</summary>
public class OutputHygieneTests
{
    [Fact]
    public void A_file_name_with_a_line_break_cannot_forge_a_line_on_standard_error()
    {
        var folder = Directory.CreateTempSubdirectory("cli-names-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "good.fit"), FitActivityWriter.ToBytes(new TestRun { Seconds = 1200 }.Build()));
            File.WriteAllText(Path.Combine(folder.FullName, "bad\nwarning: forged\u001B[2K.fit"), "not an activity");
            var (code, _, error) = CliRunner.Run("analyze", folder.FullName);
            Assert.Equal(0, code);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.DoesNotContain(lines, l => l.StartsWith("warning: forged", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("warning: skipped ", StringComparison.Ordinal) && l.Contains("bad\\nwarning: forged\\u001B[2K.fit", StringComparison.Ordinal));
            Assert.DoesNotContain('\u001B', error);
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public void A_missing_file_named_with_a_line_break_is_one_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}\ncrampsignals: forged.fit");
        var (code, _, error) = CliRunner.Run("inspect", path);
        Assert.Equal(1, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("\\ncrampsignals: forged.fit", line);
    }

    [Theory]
    [InlineData("plain /a/b.fit", "plain /a/b.fit")]
    [InlineData("a\r\nb\tc", "a\\r\\nb\\tc")]
    [InlineData("x\u202Ey\u0085z\u2028", "x\\u202Ey\\u0085z\\u2028")]
    [InlineData(@"C:\runs\a.fit", @"C:\runs\a.fit")]
    public void Log_text_escapes_controls_only(string text, string escaped) => Assert.Equal(escaped, LogText.Escape(text));

    [Theory]
    [InlineData(0, "0:00:00")]
    [InlineData(3599, "0:59:59")]
    [InlineData(86399, "23:59:59")]
    [InlineData(90000, "1 d 01:00:00")]
    [InlineData(1388534999, "16071 d 00:09:59")]
    [InlineData(1388498999, "16070 d 14:09:59")]
    public void Durations_past_a_day_keep_their_days(long seconds, string text) =>
        Assert.Equal(text, DurationText.Format(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData(59, "0:59")]
    [InlineData(3600, "1:00:00")]
    [InlineData(-90000, "-1 d 01:00:00")]
    [InlineData(1388498999, "16070 d 14:09:59")]
    public void Report_durations_past_a_day_keep_their_days(long seconds, string text) =>
        Assert.Equal(text, CrampSignals.Advice.Units.Clock(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Report_durations_at_the_ends_of_time_span_do_not_throw()
    {
        Assert.StartsWith("-10675199 d", CrampSignals.Advice.Units.Clock(TimeSpan.MinValue));
        Assert.StartsWith("10675199 d", DurationText.Format(TimeSpan.MaxValue));
    }

    [Fact]
    public void Inspect_prints_a_span_of_days_with_its_days()
    {
        // Points six hours apart: a long recording, not a clock jump (a gap of half a day or more would be closed as one).
        var path = Path.Combine(Path.GetTempPath(), $"days-{Guid.NewGuid():N}.gpx");
        File.WriteAllText(path, """
            <?xml version="1.0" encoding="UTF-8"?>
            <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
            <trkpt lat="47" lon="8"><time>2024-01-01T09:50:01Z</time></trkpt>
            <trkpt lat="47.001" lon="8"><time>2024-01-01T15:50:01Z</time></trkpt>
            <trkpt lat="47.002" lon="8"><time>2024-01-01T21:50:01Z</time></trkpt>
            <trkpt lat="47.003" lon="8"><time>2024-01-02T03:50:01Z</time></trkpt>
            <trkpt lat="47.004" lon="8"><time>2024-01-02T09:50:01Z</time></trkpt>
            <trkpt lat="47.005" lon="8"><time>2024-01-02T15:50:01Z</time></trkpt>
            <trkpt lat="47.006" lon="8"><time>2024-01-02T21:50:01Z</time></trkpt>
            <trkpt lat="47.007" lon="8"><time>2024-01-03T00:00:00Z</time></trkpt>
            </trkseg></trk></gpx>
            """);
        try
        {
            var (code, output, _) = CliRunner.Run("inspect", path);
            Assert.Equal(0, code);
            Assert.Contains("duration:    1 d 14:09:59 (137399 s)", output);
        }
        finally { File.Delete(path); }
    }
}
