using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Reports;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Signals;

public class SignalAnalyzerTests
{
    private static TestRun SurgeRun => new()
    {
        Seconds = 3600,
        Speed = t => t is >= 1500 and < 1680 ? 3.6 : 3.0,
        // The runner's steps quicken with the surge and, half a minute on, the heart follows: a rise the body does not
        // answer is no surge.
        Cadence = t => t is >= 1500 and < 1680 ? 176 : 170,
        HeartRate = t => t is >= 1530 and < 1710 ? 160 : 150,
        Temperature = _ => 24,
    };

    [Fact]
    public void A_missing_channel_is_not_measured_rather_than_nothing_found()
    {
        var report = SignalAnalyzer.Analyze(new TestRun { Seconds = 3000, Cadence = null }.Build());
        Assert.Contains("cadence-drop: no cadence", report.NotMeasured);
        Assert.Contains("cardiac-drift: no heart rate", report.NotMeasured);
        Assert.Contains(report.NotMeasured, m => m.StartsWith("heat-exposure:", StringComparison.Ordinal));
        Assert.DoesNotContain(report.NotMeasured, m => m.StartsWith("pace-surge", StringComparison.Ordinal));
    }

    [Fact]
    public void A_faster_stretch_in_the_first_minutes_is_said_to_be_unjudged()
    {
        var report = SignalAnalyzer.Analyze(new TestRun { Seconds = 2400, Speed = t => t is >= 60 and < 240 ? 3.6 : 3.0 }.Build());
        Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.PaceSurge);
        Assert.Contains(report.NotMeasured, m => m.StartsWith("pace-surge: too short a baseline", StringComparison.Ordinal));
        var even = SignalAnalyzer.Analyze(new TestRun { Seconds = 2400 }.Build());
        Assert.DoesNotContain(even.NotMeasured, m => m.StartsWith("pace-surge", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_run_lists_the_detectors_it_is_too_short_for()
    {
        var report = SignalAnalyzer.Analyze(new TestRun { Seconds = 1800, HeartRate = _ => 150 }.Build());
        Assert.Contains(report.NotMeasured, m => m.StartsWith("cardiac-drift: too short", StringComparison.Ordinal));
        var tiny = SignalAnalyzer.Analyze(new TestRun { Seconds = 240, HeartRate = _ => 150 }.Build());
        Assert.Contains(tiny.NotMeasured, m => m.StartsWith("pace-surge: too short", StringComparison.Ordinal));
        Assert.Contains(tiny.NotMeasured, m => m.StartsWith("no-cool-down: too short", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ride_is_not_judged_as_a_run()
    {
        var report = SignalAnalyzer.Analyze(new TestRun { Seconds = 3000, Sport = Sport.Cycling, Speed = _ => 8 }.Build());
        Assert.Empty(report.Findings);
        Assert.Equal(Enum.GetValues<FindingKind>().Length, report.NotMeasured.Length);
    }

    [Fact]
    public void Notes_say_the_wrist_sensor_reads_warm_and_where_local_time_came_from()
    {
        var report = SignalAnalyzer.Analyze(SurgeRun.Build());
        Assert.Single(report.Notes, n => n.Contains("reads several degrees warm", StringComparison.Ordinal));
        Assert.Equal(LocalTimeSource.Zone, report.LocalTime.Source);
        Assert.Contains(report.Notes, n => n.Contains("time zone Europe/Zurich", StringComparison.Ordinal));
    }

    [Fact]
    public void Findings_are_in_time_order_and_a_surge_is_among_them()
    {
        var report = SignalAnalyzer.Analyze(SurgeRun.Build());
        Assert.Contains(report.Findings, f => f.Kind == FindingKind.PaceSurge);
        Assert.Equal(report.Findings.OrderBy(f => f.Start), report.Findings);
    }

    [Fact]
    public void A_cramp_lists_what_came_before_it_nearest_first_with_lead_times()
    {
        var run = SurgeRun;
        // Logged as elapsed time: 35 min into the run, 10 min after the surge started.
        var log = new CrampLog([new CrampEntry(null, TimeSpan.FromMinutes(35), Muscle.Calf, "left", 6, null)], []);
        var report = SignalAnalyzer.Analyze(run.Build(), log);
        var cramp = Assert.Single(report.Cramps);
        Assert.Equal(run.At(35 * 60), cramp.Time);
        Assert.False(cramp.AfterRun);
        var surge = Assert.Single(cramp.Preceding, p => p.Finding.Kind == FindingKind.PaceSurge);
        Assert.InRange(surge.LeadTimeSeconds, 600 - 20, 600 + 20);
        Assert.Equal(cramp.Preceding.OrderBy(p => p.LeadTimeSeconds), cramp.Preceding);
        // The no-warm-up finding of the first minutes lies outside the 20 min window.
        Assert.DoesNotContain(cramp.Preceding, p => p.Finding.Kind == FindingKind.NoWarmUp);
        Assert.Contains(cramp.WindowVsRun, e => e.Name == "speed_ratio" && e.Unit == "×" && e.Value > 1.0);
        Assert.Contains(cramp.WindowVsRun, e => e.Name == "heart_rate_ratio" && Math.Abs(e.Value - 1) < 0.02);
    }

    [Fact]
    public void A_cramp_after_the_run_looks_back_over_the_whole_run()
    {
        var run = SurgeRun;
        var log = new CrampLog([new CrampEntry(run.At(3600 + 3 * 3600), null, Muscle.Hamstring, null, 3, "at night")], []);
        var report = SignalAnalyzer.Analyze(run.Build(), log);
        var cramp = Assert.Single(report.Cramps);
        Assert.True(cramp.AfterRun);
        Assert.Contains(cramp.Preceding, p => p.Finding.Kind == FindingKind.NoWarmUp);
        Assert.Contains(cramp.Preceding, p => p.Finding.Kind == FindingKind.PaceSurge);
    }

    [Fact]
    public void A_cramp_from_another_day_does_not_belong_to_the_run()
    {
        var run = SurgeRun;
        var log = new CrampLog([new CrampEntry(run.At(-2 * 86400), null, Muscle.Calf, null, null, null)], []);
        Assert.Empty(SignalAnalyzer.Analyze(run.Build(), log).Cramps);
    }

    [Fact]
    public void In_file_markers_are_cramps_only_when_asked_for()
    {
        var run = SurgeRun;
        var activity = run.Build() with { Events = [new ActivityEvent(run.At(2000), ActivityEvent.UserMarkerEvent, 3, null)] };
        Assert.Empty(SignalAnalyzer.Analyze(activity).Cramps);
        var withMarkers = SignalAnalyzer.Analyze(activity, options: SignalOptions.Default with { UseCrampMarkers = true });
        Assert.Equal(run.At(2000), Assert.Single(withMarkers.Cramps).Time);
    }

    [Fact]
    public void Json_has_the_agreed_shape()
    {
        var run = SurgeRun;
        var log = new CrampLog([new CrampEntry(run.At(2100), null, Muscle.Calf, "right", 7, "sharp")], []);
        var json = SignalReportJson.ToJson(SignalAnalyzer.Analyze(run.Build(), log));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        foreach (var f in findings)
        {
            Assert.NotNull(FindingKinds.FromId(f.GetProperty("kind").GetString()!));
            Assert.EndsWith("Z", f.GetProperty("start").GetString(), StringComparison.Ordinal);
            Assert.EndsWith("Z", f.GetProperty("end").GetString(), StringComparison.Ordinal);
            Assert.Contains(f.GetProperty("severity").GetString(), new[] { "low", "moderate", "high" });
            Assert.Equal(JsonValueKind.Object, f.GetProperty("evidence").ValueKind);
            foreach (var e in f.GetProperty("evidence").EnumerateObject())
            {
                Assert.Equal(JsonValueKind.Number, e.Value.ValueKind);
                Assert.False(string.IsNullOrEmpty(f.GetProperty("evidenceUnits").GetProperty(e.Name).GetString()));
            }
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("summary").GetString()));
        }
        Assert.Contains(findings, f => f.GetProperty("kind").GetString() == "pace-surge");
        var cramp = Assert.Single(root.GetProperty("cramps").EnumerateArray());
        Assert.Equal("2024-03-10T07:35:00Z", cramp.GetProperty("time").GetString());
        Assert.Equal("calf", cramp.GetProperty("muscle").GetString());
        Assert.Equal(7, cramp.GetProperty("severity").GetInt32());
        var preceding = cramp.GetProperty("preceding").EnumerateArray().ToList();
        Assert.Contains(preceding, p => p.GetProperty("kind").GetString() == "pace-surge" && p.GetProperty("leadTimeSeconds").GetDouble() > 500);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("notMeasured").ValueKind);
        Assert.Equal("zone:Europe/Zurich (estimated from position)", root.GetProperty("localTime").GetProperty("source").GetString());
        Assert.Equal(60, root.GetProperty("localTime").GetProperty("offsetMinutes").GetDouble());
    }

    [Fact]
    public void An_activity_without_samples_is_reported_as_not_measured_not_an_error()
    {
        var report = SignalAnalyzer.Analyze(new Activity());
        Assert.Empty(report.Findings);
        Assert.All(report.NotMeasured, m => Assert.Contains("no timed samples", m, StringComparison.Ordinal));
        Assert.Equal(LocalTimeSource.Unknown, report.LocalTime.Source);
    }

    [Fact]
    public void The_text_report_is_a_table_of_findings_and_cramps()
    {
        var run = SurgeRun;
        var log = new CrampLog([new CrampEntry(run.At(2100), null, Muscle.Calf, "right", 7, null)], []);
        var writer = new StringWriter();
        SignalReportText.Write(writer, SignalAnalyzer.Analyze(run.Build(), log));
        var text = writer.ToString();
        Assert.Contains("kind", text);
        Assert.Contains("pace-surge", text);
        Assert.Contains("cramps: 1", text);
        Assert.Contains("calf right, severity 7/10", text);
        Assert.Contains("before: pace-surge", text);
    }

    [Fact]
    public void Cramps_of_a_run_without_timed_samples_are_still_listed()
    {
        var start = new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc);
        var activity = new Activity { StartTime = start, Sessions = [new ActivitySession(start, Sport.Running, 0, 3600, 3600, 10000, 150, 85, double.NaN, double.NaN)] };
        var log = new CrampLog([new CrampEntry(start.AddMinutes(30), null, Muscle.Calf, null, null, null)], []);
        var cramp = Assert.Single(SignalAnalyzer.Analyze(activity, log).Cramps);
        Assert.Empty(cramp.Preceding);
    }
}
