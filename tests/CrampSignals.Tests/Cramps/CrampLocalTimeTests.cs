using System.Text;
using CrampSignals.Cramps;
using CrampSignals.Runs;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Cramps;

/// <summary>
/// A cramp time typed without an offset is the runner's local clock: placed by the run's offset when the run has one,
/// taken as UTC when it has none, with one warning per log either way. Two-part elapsed times are minutes:seconds, with a
/// warning when they could be an h:mm.
/// </summary>
public sealed class CrampLocalTimeTests
{
    private static readonly DateTime Start = new(2024, 6, 2, 7, 0, 0, DateTimeKind.Utc);

    private static CrampLog Log(string csv) => CrampLog.Read(Encoding.UTF8.GetBytes(csv), "log.csv");

    [Fact]
    public void A_time_without_offset_is_kept_not_skipped()
    {
        var log = Log("time,muscle\n2024-06-02T09:30:00,calf\n");
        Assert.Single(log.Entries);
        Assert.Empty(log.Warnings);
    }

    [Theory]
    [InlineData(2, "2024-06-02T09:30:00", "UTC+02:00")]
    [InlineData(-5, "2024-06-02T02:30:00", "UTC-05:00")]
    public void A_time_without_offset_is_read_in_the_runs_local_time(int offsetHours, string local, string zone)
    {
        var run = new TestRun { Seconds = 3600, Start = Start, UtcOffset = TimeSpan.FromHours(offsetHours) }.Build();
        var log = Log($"time,muscle\n{local},calf\n{local.Replace(":30:00", ":40:00", StringComparison.Ordinal)},calf\n");
        var report = CrampAnalyzer.Analyze(run, log);
        var times = report.Signals.Cramps.Select(c => c.Time).ToList();
        Assert.Equal([Start.AddMinutes(30), Start.AddMinutes(40)], times);
        var note = Assert.Single(report.Warnings, w => w.Contains("no UTC offset", StringComparison.Ordinal));
        Assert.Contains($"2 cramp times have no UTC offset: read in the run's local time ({zone})", note);
    }

    [Fact]
    public void Without_the_runs_offset_a_time_without_offset_is_taken_as_utc_with_a_note()
    {
        var run = new TestRun { Seconds = 3600, Start = Start }.Build();
        var report = CrampAnalyzer.Analyze(run, Log("time,muscle\n2024-06-02T07:30:00,calf\n"));
        Assert.Equal(Start.AddMinutes(30), Assert.Single(report.Signals.Cramps).Time);
        Assert.Contains(report.Warnings, w => w.Contains("1 cramp time has no UTC offset and the run's offset is not known: read as UTC", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_with_an_offset_gets_no_note()
    {
        var run = new TestRun { Seconds = 3600, Start = Start, UtcOffset = TimeSpan.FromHours(2) }.Build();
        var report = CrampAnalyzer.Analyze(run, Log("time,muscle\n2024-06-02T09:30:00+02:00,calf\n"));
        Assert.Equal(Start.AddMinutes(30), Assert.Single(report.Signals.Cramps).Time);
        Assert.DoesNotContain(report.Warnings, w => w.Contains("no UTC offset", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2:10", 130, true)]
    [InlineData("9:59", 599, true)]
    [InlineData("10:00", 600, false)]
    [InlineData("45:10", 2710, false)]
    [InlineData("0:02:10", 130, false)]
    [InlineData("2:10:00", 7800, false)]
    public void Two_part_elapsed_is_minutes_seconds_with_a_warning_when_it_could_be_hours_minutes(string elapsed, int seconds, bool warned)
    {
        var log = Log($"elapsed,muscle\n{elapsed},calf\n");
        Assert.Equal(TimeSpan.FromSeconds(seconds), Assert.Single(log.Entries).Elapsed);
        Assert.Equal(warned, log.Warnings.Any(w => w.Message.Contains("two parts are always minutes:seconds", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_json_elapsed_in_seconds_is_not_called_ambiguous()
    {
        var log = CrampLog.Read(Encoding.UTF8.GetBytes("[{\"elapsed\": 130, \"muscle\": \"calf\"}]"), "log.json");
        Assert.Equal(TimeSpan.FromSeconds(130), Assert.Single(log.Entries).Elapsed);
        Assert.Empty(log.Warnings);
    }
}
