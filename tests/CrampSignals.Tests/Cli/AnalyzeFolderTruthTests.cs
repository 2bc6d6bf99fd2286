using System.Text.Json;
using System.Text.RegularExpressions;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Cli;

/// <summary>
/// <c>analyze DIR</c> tells the truth: every file is accounted for in one line whose counts add up, a folder's cramps.csv
/// is used, and with no cramp anywhere no association number (share, odds ratio) is printed in any format.
/// </summary>
public sealed class AnalyzeFolderTruthTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("folder-truth-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly DateTime Start = new(2024, 6, 2, 7, 0, 0, DateTimeKind.Utc);

    private static TestRun Run => new() { Seconds = 2400, Start = Start };

    private string WriteRun(string name = "run.fit")
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, FitActivityWriter.ToBytes(Run.Build()));
        return path;
    }

    [Fact]
    public void The_final_line_accounts_for_every_file_and_the_counts_add_up()
    {
        WriteRun();
        File.WriteAllBytes(Path.Combine(_dir, "swim.fit"), FitActivityWriter.ToBytes(new TestRun { Seconds = 2400, Sport = Sport.Swimming, Start = Start.AddDays(1) }.Build()));
        using (var gpx = File.Create(Path.Combine(_dir, "run.gpx"))) GpxActivityWriter.Write(Run.Build(), gpx);
        File.WriteAllText(Path.Combine(_dir, "broken.fit"), "not a FIT file at all, just some text saved under the wrong name\n");

        var (code, _, error) = CliRunner.Run("analyze", _dir);
        Assert.Equal(0, code);
        var last = error.TrimEnd('\n').Split('\n')[^1];
        var m = Regex.Match(last, @"^(\d+) files?: (\d+) runs?, (\d+) skipped \(not runs\), (\d+) counted once, (\d+) unreadable$");
        Assert.True(m.Success, $"last stderr line: {last}");
        var n = Enumerable.Range(1, 5).Select(i => int.Parse(m.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([4, 1, 1, 1, 1], n);
        Assert.Equal(n[0], n[1] + n[2] + n[3] + n[4]);
        // Each file that is not a counted run is listed by name above the count.
        Assert.Contains("swim.fit", error);
        Assert.Contains("broken.fit", error);
        Assert.Matches("counted once: .*run\\.(gpx|fit) is the same run as", error);
        Assert.DoesNotContain("read 4 of 4 files", error);
    }

    [Fact]
    public void A_folders_cramps_csv_is_used()
    {
        WriteRun();
        var (_, without, _) = CliRunner.Run("analyze", _dir, "--format", "json");
        using (var doc = JsonDocument.Parse(without)) Assert.Equal(0, doc.RootElement.GetProperty("cohort").GetProperty("runsWithCramps").GetInt32());

        // 30 minutes into the run, written with an offset as a runner in UTC+2 would.
        File.WriteAllText(Path.Combine(_dir, "cramps.csv"), "time,muscle,side,severity\n2024-06-02T09:30:00+02:00,calf,left,7\n");
        var (code, with, _) = CliRunner.Run("analyze", _dir, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(with);
        Assert.Equal(1, json.RootElement.GetProperty("cohort").GetProperty("runsWithCramps").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("runs")[0].GetProperty("cramps").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("cohort").GetProperty("note").ValueKind);
    }

    [Fact]
    public void In_a_folder_a_cramp_time_without_offset_is_taken_as_utc_with_a_warning_when_the_run_names_no_offset()
    {
        WriteRun();
        File.WriteAllText(Path.Combine(_dir, "cramps.csv"), "time,muscle\n2024-06-02T07:30:00,calf\n");
        var (code, output, error) = CliRunner.Run("analyze", _dir, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("1 cramp time has no UTC offset and the run's offset is not known: read as UTC", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("2024-06-02T07:30:00Z", json.RootElement.GetProperty("runs")[0].GetProperty("cramps")[0].GetProperty("time").GetString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void In_a_folder_a_cramp_time_without_offset_is_read_in_the_runs_local_time_when_the_runs_name_it(int runs)
    {
        // FIT runs whose activity message says UTC+2; the second, a day later, makes the log a shared one split by time.
        for (var k = 0; k < runs; k++)
            File.WriteAllBytes(Path.Combine(_dir, $"run{k}.fit"), FitActivityWriter.ToBytes(new TestRun { Seconds = 2400, Start = Start.AddDays(k), UtcOffset = TimeSpan.FromHours(2) }.Build()));
        File.WriteAllText(Path.Combine(_dir, "cramps.csv"), "time,muscle\n2024-06-02T09:30:00,calf\n");
        var (code, output, error) = CliRunner.Run("analyze", _dir, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("1 cramp time has no UTC offset: read in the run's local time (UTC+02:00)", error);
        using var json = JsonDocument.Parse(output);
        var cramps = json.RootElement.GetProperty("runs").EnumerateArray().SelectMany(r => r.GetProperty("cramps").EnumerateArray()).ToList();
        var cramp = Assert.Single(cramps);
        // Read as UTC it would be 09:30Z, well after the 40-minute run.
        var time = DateTimeOffset.Parse(cramp.GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 7, 30, 0, TimeSpan.Zero), time);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("md")]
    [InlineData("html")]
    public void With_no_cramp_anywhere_no_association_number_is_printed(string format)
    {
        WriteRun("a.fit");
        File.WriteAllBytes(Path.Combine(_dir, "b.fit"), FitActivityWriter.ToBytes(new TestRun { Seconds = 2400, Start = Start.AddDays(2), Speed = s => s < 1200 ? 2.5 : 4.2 }.Build()));
        var (code, output, _) = CliRunner.Run("analyze", _dir, "--format", format);
        Assert.Equal(0, code);
        Assert.Contains("no cramp log was found for these runs", output);
        Assert.Contains("no association numbers", output);
        Assert.DoesNotContain("odds ratio", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("share of cramps", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("| share", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cramps it preceded", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void With_no_cramp_anywhere_the_json_has_null_shares_and_odds_ratios_and_a_note()
    {
        WriteRun();
        var (code, output, _) = CliRunner.Run("analyze", _dir, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var cohort = doc.RootElement.GetProperty("cohort");
        Assert.Contains("no association numbers", cohort.GetProperty("note").GetString());
        Assert.NotEqual(0, cohort.GetProperty("findings").GetArrayLength());
        foreach (var f in cohort.GetProperty("findings").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Null, f.GetProperty("shareOfCrampsPreceded").ValueKind);
            Assert.Equal(JsonValueKind.Null, f.GetProperty("oddsRatio").ValueKind);
        }
    }
}
