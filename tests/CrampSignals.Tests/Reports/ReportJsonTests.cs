using System.Text.Json;
using System.Text.RegularExpressions;
using CrampSignals.Cohorts;
using CrampSignals.Reports;

namespace CrampSignals.Tests.Reports;

public class ReportJsonTests
{
    [Fact]
    public void Run_report_json_has_the_signal_members_activity_advice_and_disclaimer()
    {
        var report = TestRun.Tempo.Report();
        using var doc = JsonDocument.Parse(ReportJsonWriter.ToJson(report));
        var root = doc.RootElement;

        var activity = root.GetProperty("activity");
        Assert.Equal("tempo<&>run.fit", activity.GetProperty("file").GetString());
        Assert.Equal("fit", activity.GetProperty("format").GetString());
        Assert.Equal("running", activity.GetProperty("sport").GetString());
        Assert.Equal("2025-07-12T09:30:00Z", activity.GetProperty("start").GetString());
        Assert.Equal(3600, activity.GetProperty("durationSeconds").GetDouble());
        // Distance counts from the first sample: seconds 1-599 at 3.6, 1500-1679 at 4.0, the other 2821 at 3.3 m/s.
        Assert.Equal(599 * 3.6 + 180 * 4.0 + 2821 * 3.3, activity.GetProperty("distanceMeters").GetDouble(), 1);
        Assert.Equal(JsonValueKind.Number, activity.GetProperty("averageHeartRateBpm").ValueKind);

        Assert.Equal(4, root.GetProperty("findings").GetArrayLength());
        Assert.Equal("pace-surge", root.GetProperty("findings")[1].GetProperty("kind").GetString());
        Assert.Equal(1, root.GetProperty("cramps").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("notMeasured").ValueKind);
        Assert.Equal(120, root.GetProperty("localTime").GetProperty("offsetMinutes").GetDouble());
        Assert.Equal(CrampSignals.Advice.Disclaimer.Text, root.GetProperty("disclaimer").GetString());

        var advice = root.GetProperty("advice");
        Assert.Equal(report.Advice.Length, advice.GetArrayLength());
        Assert.Equal("immediate-care", advice[0].GetProperty("ruleId").GetString());
        foreach (var item in advice.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrEmpty(item.GetProperty("evidence").GetString()));
            Assert.True(item.GetProperty("actions").GetArrayLength() > 0);
            Assert.All(item.GetProperty("actions").EnumerateArray(), a => Assert.Equal(JsonValueKind.String, a.ValueKind));
            var why = item.GetProperty("why");
            Assert.True(why.GetArrayLength() > 0);
            foreach (var r in why.EnumerateArray())
            {
                var m = Regex.Match(r.GetString()!, "^(finding|cramp):([0-9]+)$");
                Assert.True(m.Success, r.GetString());
                var list = root.GetProperty(m.Groups[1].Value == "finding" ? "findings" : "cramps");
                Assert.InRange(int.Parse(m.Groups[2].Value), 0, list.GetArrayLength() - 1);
            }
        }
    }

    [Fact]
    public void Several_runs_are_a_document_with_runs_and_cohort()
    {
        var run = TestRun.Tempo.Report();
        var cohort = CohortStatistics.Summarize([run, run with { Signals = run.Signals with { Cramps = [] } }], [new FileFailure("bad.fit", "bad.fit: not a FIT, GPX or TCX file")]);
        using var doc = JsonDocument.Parse(ReportJsonWriter.ToJson(cohort));
        var root = doc.RootElement;
        Assert.Equal(2, root.GetProperty("runs").GetArrayLength());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("runs")[0].GetProperty("activity").ValueKind);
        var c = root.GetProperty("cohort");
        Assert.Equal(2, c.GetProperty("runs").GetInt32());
        Assert.Equal(1, c.GetProperty("runsWithCramps").GetInt32());
        Assert.Equal(1, c.GetProperty("unreadableFiles").GetInt32());
        var top = c.GetProperty("findings")[0];
        Assert.Equal(1, top.GetProperty("crampsPreceded").GetInt32());
        Assert.Equal("bad.fit", root.GetProperty("failures")[0].GetProperty("file").GetString());
        // Said once for the whole document, not once per run.
        Assert.Equal(CrampSignals.Advice.Disclaimer.Text, root.GetProperty("disclaimer").GetString());
        Assert.False(root.GetProperty("runs")[0].TryGetProperty("disclaimer", out _));
    }
}
