using System.Collections.Immutable;
using System.Xml.Linq;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.History;
using CrampSignals.Reports;
using CrampSignals.Signals;
using CrampSignals.Tests.TestKit;
using static CrampSignals.Tests.Reports.HtmlReportTests;

namespace CrampSignals.Tests.Reports;

public class HistoryHtmlTests
{
    /// <summary>
    /// A history built by hand: <paramref name="runs"/> runs two days apart, every <paramref name="every"/>th with a cramp,
    /// one title holding markup, one association with no number.
    /// </summary>
    internal static HistoryReport History(int runs, int every, int seed = 3)
    {
        var rng = new Random(seed);
        var start = new DateTime(2019, 3, 1, 6, 30, 0, DateTimeKind.Utc);
        var list = new List<HistoryRun>();
        for (var i = 0; i < runs; i++)
        {
            var cramp = i % every == every - 1;
            ImmutableArray<HistoryCramp> cramps = cramp
                ? [new HistoryCramp(CrampSource.Title, "calf cramp at km 30 <b>ouch</b>", null, i % 3 == 0 ? null : 5400 + i, Muscle.Calf, AfterRun: i % 5 == 0)]
                : [];
            list.Add(new HistoryRun($"a{i}", $"activities/{i}.fit", start.AddDays(2 * i).AddMinutes(rng.Next(600)), Sport.Running, cramp ? [FindingKind.HeatExposure] : [], cramps)
            {
                Title = i == every - 1 ? "<script>alert(1)</script> long run" : $"Run {i}",
                DistanceMeters = 4000 + rng.NextDouble() * 20000,
                MovingSeconds = 1500 + rng.NextDouble() * 6000,
                LocalOffset = TimeSpan.FromHours(1),
            });
        }
        var withEstimate = new OddsRatioEstimate(2.4, 1.3, 4.4, 0.01, "Woolf interval", null) { QValue = 0.04 };
        var none = new OddsRatioEstimate(null, null, null, null, "conditional logistic", "no run with a cramp held the finding <too few>");
        ImmutableArray<KindAssociation> associations =
        [
            new(FindingKind.HeatExposure, 40, 12, withEstimate, withEstimate, withEstimate, withEstimate),
            new(FindingKind.FastStart, 30, 0, none, none, none, none),
        ];
        var crampRuns = list.Count(r => r.HasCramps);
        return new HistoryReport
        {
            Activities = runs + 2,
            Runs = [.. list],
            Skipped = [new SkippedActivity("s1", "activities/s1.fit", Sport.Cycling, "a ride <not a run>")],
            Failures = [new FileFailure("activities/bad.fit", "bad header at byte 0")],
            Statistics = new CohortStatisticsResult(runs, 1, crampRuns, crampRuns, associations, [], [], []),
            Patterns = [new HistoryPattern("season", "summer", 50, 10, withEstimate), new HistoryPattern("race", "race", 3, 0, none)],
            Advice = [new RankedAdvice(RuleIds.ImmediateCare, FindingKind.HeatExposure, 12, crampRuns, 28, runs - crampRuns, withEstimate, "Heat exposure came in 12 of your runs with cramps.")],
        };
    }

    private static string? Attr(XElement e, string name) => (string?)e.Attribute(name);

    [Fact]
    public void Timeline_marks_each_run_with_cramps_once_with_its_id_and_links_it_to_its_page()
    {
        var history = History(300, 7);
        var html = HtmlReportWriter.ToHistoryHtml(history, r => r.HasCramps ? $"runs/{r.Id}.html" : null);
        var doc = Parse(html);
        var chart = All(doc, "svg").Single(s => Attr(s, "data-chart") == "history");
        var marks = All(chart, "circle").Where(c => Attr(c, "data-cramp-run") is not null).ToList();
        var expected = history.Runs.Where(r => r.HasCramps).Select(r => r.Id).ToList();
        Assert.Equal(expected, marks.Select(m => Attr(m, "data-cramp-run")!).ToList());
        Assert.All(marks, m => Assert.Equal($"runs/{Attr(m, "data-cramp-run")}.html", Attr(m.Parent!, "href")));
        // The runs without a cramp are one path, not one element each.
        Assert.Single(All(chart, "path"), p => Attr(p, "class") == "history-runs");
        Assert.Empty(All(doc, "script"));
        Assert.Empty(All(doc, "link"));
    }

    [Fact]
    public void Two_thousand_runs_draw_the_runs_without_cramps_as_one_path_and_each_run_with_cramps_as_its_own_mark()
    {
        var history = History(2000, 13);
        var doc = Parse(HtmlReportWriter.ToHistoryHtml(history));
        var chart = All(doc, "svg").Single(s => Attr(s, "data-chart") == "history");
        var path = Assert.Single(All(chart, "path"), p => Attr(p, "class") == "history-runs");
        var dots = int.Parse(Attr(path, "data-dots")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(dots, 1, history.Runs.Count(r => !r.HasCramps));
        Assert.Equal(history.RunsWithCramps, All(chart, "circle").Count(c => Attr(c, "data-cramp-run") is not null));
        Assert.Equal(history.RunsWithCramps + 1, chart.Descendants().Count(e => e.Name.LocalName is "circle" or "path"));
    }

    [Fact]
    public void Every_cramp_is_listed_with_its_words_source_and_when()
    {
        var history = History(60, 4);
        var doc = Parse(HtmlReportWriter.ToHistoryHtml(history, runPage: null, UnitSystem.Imperial));
        var rows = All(doc, "table").Single(t => Attr(t, "data-table") == "cramps").Descendants().Where(e => e.Name.LocalName == "tr" && Attr(e, "data-run") is not null).ToList();
        Assert.Equal(history.Cramps, rows.Count);
        var first = history.Runs.First(r => r.HasCramps);
        var row = rows.First(r => Attr(r, "data-run") == first.Id);
        Assert.Contains("calf cramp at km 30 <b>ouch</b>", row.Value, StringComparison.Ordinal);
        Assert.Contains("title", row.Value, StringComparison.Ordinal);
        Assert.Empty(All(row, "a")); // no page given, no link
        Assert.Contains(rows, r => r.Value.Contains("after the run", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Value.Contains("no time stated", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Value.Contains("into the run", StringComparison.Ordinal));
        Assert.Contains("distance (mi)", doc.Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_text_is_escaped()
    {
        var html = HtmlReportWriter.ToHistoryHtml(History(30, 3), r => "runs/\"x\".html");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>ouch", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; long run", html, StringComparison.Ordinal);
        Assert.Contains("a ride &lt;not a run&gt;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"runs/&quot;x&quot;.html\"", html, StringComparison.Ordinal);
        Parse(html); // still well-formed
    }

    [Fact]
    public void An_estimate_without_a_number_says_no_estimate_and_why_and_prints_none()
    {
        var doc = Parse(HtmlReportWriter.ToHistoryHtml(History(50, 5)));
        var row = All(doc, "tr").Single(r => Attr(r, "data-row") == "fast-start");
        Assert.Equal(2, All(row, "td").Count(td => td.Value == "no estimate"));
        Assert.Equal("-", All(row, "td").Single(td => Attr(td, "data-label") == "q").Value);
        var forest = All(doc, "svg").Single(s => Attr(s, "data-chart") == "associations");
        Assert.Contains(All(forest, "text"), t => Attr(t, "data-none") == "fast-start" && t.Value.StartsWith("no estimate", StringComparison.Ordinal));
        Assert.DoesNotContain(All(forest, "rect").Concat(All(forest, "circle")), e => Attr(e, "data-estimate") == "fast-start");
        Assert.Contains(All(doc, "li"), li => Attr(li, "data-kind") == "fast-start" && li.Value.Contains("no run with a cramp held the finding <too few>", StringComparison.Ordinal));
        var heat = All(doc, "tr").Single(r => Attr(r, "data-row") == "heat-exposure");
        Assert.Contains(All(heat, "td"), td => td.Value == "2.4 (1.3-4.4)");
        var race = All(doc, "tr").Single(r => Attr(r, "data-group") == "race");
        Assert.Contains(All(race, "td"), td => td.Value == "no estimate");
    }

    [Fact]
    public void Headline_counts_and_the_top_advice_come_from_the_history()
    {
        var history = History(80, 8);
        var doc = Parse(HtmlReportWriter.ToHistoryHtml(history));
        string Tile(string key) => All(doc, "div").Single(d => Attr(d, "data-tile") == key).Elements().First().Value;
        Assert.Equal("82", Tile("activities"));
        Assert.Equal("80", Tile("runs"));
        Assert.Equal(history.RunsWithCramps.ToString(System.Globalization.CultureInfo.InvariantCulture), Tile("runs-with-cramps"));
        Assert.Equal("1", Tile("skipped"));
        Assert.Equal("1", Tile("failures"));
        var advice = All(doc, "article").Single(a => Attr(a, "data-rule") == RuleIds.ImmediateCare);
        Assert.Contains("Heat exposure came in 12 of your runs with cramps.", advice.Value, StringComparison.Ordinal);
        Assert.Contains(RuleBook.Get(RuleIds.ImmediateCare).Title, advice.Value, StringComparison.Ordinal);
        Assert.Contains(All(doc, "details"), d => Attr(d, "data-details") == "skipped");
    }

    [Fact]
    public void A_history_read_from_a_folder_of_generated_files_marks_its_runs_with_cramps()
    {
        var dir = Directory.CreateTempSubdirectory("crampsignals-history-page-").FullName;
        try
        {
            for (var i = 0; i < 6; i++)
            {
                var start = new DateTime(2023, 4, 2, 7, 0, 0, DateTimeKind.Utc).AddDays(9 * i);
                var activity = new TestRun { Start = start, Seconds = 1800 + 300 * i, Seed = i + 1 }.Build();
                // Two of the GPX runs (odd ones) have a cramp marked as a waypoint.
                if (i % 4 == 1)
                    activity = activity with { Waypoints = [new Waypoint(start.AddSeconds(1200), 47.0, 8.0 + 0.01, "Cramp: left calf", null)] };
                var fit = i % 2 == 0;
                using var file = File.Create(Path.Combine(dir, $"run{i}.{(fit ? "fit" : "gpx")}"));
                if (fit) CrampSignals.Formats.Fit.FitActivityWriter.Write(activity, file);
                else CrampSignals.Formats.Gpx.GpxActivityWriter.Write(activity, file);
            }
            var history = HistoryAnalyzer.Analyze([dir], new HistoryOptions { CrampMarkers = true, MaxParallelism = 1 });
            Assert.Equal(6, history.Runs.Length);
            Assert.Equal(2, history.RunsWithCramps);
            var doc = Parse(HtmlReportWriter.ToHistoryHtml(history, r => $"runs/{r.Id}.html"));
            var chart = All(doc, "svg").Single(s => Attr(s, "data-chart") == "history");
            Assert.Equal(history.Runs.Where(r => r.HasCramps).Select(r => r.Id), All(chart, "circle").Select(c => Attr(c, "data-cramp-run")!));
            Assert.Equal(history.Cramps, All(doc, "tr").Count(r => Attr(r, "data-run") is not null));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_history_without_runs_still_makes_a_page()
    {
        var empty = new HistoryReport { Statistics = new CohortStatisticsResult(0, 0, 0, 0, [], [], [], []) };
        var doc = Parse(HtmlReportWriter.ToHistoryHtml(empty));
        Assert.DoesNotContain(All(doc, "svg"), s => Attr(s, "data-chart") == "history");
        Assert.Contains(All(doc, "p"), p => Attr(p, "data-missing") == "timeline");
    }
}

public class HistoryTimeToEventHtmlTests
{
    [Fact]
    public void The_time_to_event_table_lists_every_kind_with_its_window_and_only_when_a_cramp_struck_during_a_run()
    {
        var alone = new HazardRatioEstimate(3.1, 1.6, 6.0, 0.001, "Cox", null) { QValue = 0.004 };
        var none = new HazardRatioEstimate(null, null, null, null, "Cox", "no runs with this finding");
        var history = HistoryHtmlTests.History(60, 4);
        var statistics = history.Statistics with
        {
            InRunEvents = 9,
            TimeToEvent =
            [
                new TimeToEventResult(FindingKind.PaceSurge, "transient", 20, 9, 5, 20, alone, alone),
                new TimeToEventResult(FindingKind.HeatExposure, "state", null, 9, 0, 0, none, none),
            ],
        };
        var doc = HtmlReportTests.Parse(HtmlReportWriter.ToHistoryHtml(history with { Statistics = statistics }));
        var rows = HtmlReportTests.All(doc, "table").Single(t => (string?)t.Attribute("data-table") == "time-to-event")
            .Descendants().Where(e => e.Name.LocalName == "tr" && e.Attribute("data-row") is not null).ToList();
        Assert.Equal(["pace-surge", "heat-exposure"], rows.Select(r => (string)r.Attribute("data-row")!));
        Assert.Contains("20 min after", rows[0].Value, StringComparison.Ordinal);
        Assert.Contains("3.1 (1.6-6)", rows[0].Value, StringComparison.Ordinal);
        Assert.Contains("no estimate", rows[1].Value, StringComparison.Ordinal);

        var without = HtmlReportTests.Parse(HtmlReportWriter.ToHistoryHtml(history with { Statistics = statistics with { InRunEvents = 0 } }));
        Assert.DoesNotContain(HtmlReportTests.All(without, "table"), t => (string?)t.Attribute("data-table") == "time-to-event");
    }
}
