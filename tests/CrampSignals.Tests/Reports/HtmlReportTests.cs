using System.Globalization;
using System.Xml.Linq;
using CrampSignals.Advice;
using CrampSignals.Reports;

namespace CrampSignals.Tests.Reports;

public class HtmlReportTests
{
    internal static XDocument Parse(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>", html);
        return XDocument.Parse(html["<!DOCTYPE html>".Length..]);
    }

    internal static IEnumerable<XElement> All(XContainer doc, string name) => doc.Descendants().Where(e => e.Name.LocalName == name);

    private static string? Attr(XElement e, string name) => (string?)e.Attribute(name);

    private static double Num(XElement e, string name) => double.Parse(Attr(e, name)!, CultureInfo.InvariantCulture);

    private static XElement Svg(XDocument doc, string id) => All(doc, "svg").Single(s => Attr(s, "id") == id);

    [Fact]
    public void Report_is_well_formed_and_self_contained()
    {
        var html = HtmlReportWriter.ToHtml(TestRun.Tempo.Report());
        var doc = Parse(html);
        Assert.Empty(All(doc, "script"));
        Assert.Empty(All(doc, "link"));
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("@import", html);
        Assert.Contains("tempo&lt;&amp;&gt;run.fit", html);
        Assert.Single(All(doc, "footer"));
        Assert.Contains("prefers-color-scheme:dark", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public void Each_channel_gets_a_chart_with_a_path_through_its_data_and_a_title()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report()));
        var charts = All(doc, "svg").Where(s => Attr(s, "class")?.StartsWith("chart", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(new[] { "r0-pace", "r0-cadence", "r0-heart-rate", "r0-temperature" }, charts.Select(s => Attr(s, "id")));
        foreach (var svg in charts)
        {
            Assert.Equal("img", Attr(svg, "role"));
            Assert.False(string.IsNullOrWhiteSpace(All(svg, "title").First().Value));
            var path = All(svg, "path").First(e => Attr(e, "class")?.StartsWith("series", StringComparison.Ordinal) == true);
            var d = Attr(path, "d")!;
            Assert.StartsWith("M", d);
            Assert.True(d.Count(ch => ch == 'L') > 100, $"{Attr(svg, "id")}: the line has too few points");
        }
    }

    [Fact]
    public void Elevation_is_drawn_under_the_pace_on_the_same_time_axis()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report()));
        var svg = Svg(doc, "r0-pace");
        var pace = All(svg, "path").Single(p => Attr(p, "class") == "series pace");
        var elevation = All(svg, "path").Single(p => Attr(p, "class") == "series elevation");
        double[] Point(string d, int which)
        {
            var points = d.Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries);
            return [.. points[which < 0 ? points.Length + which : which].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
        }
        // Same x at both ends: one time axis.
        Assert.Equal(Point(Attr(pace, "d")!, 0)[0], Point(Attr(elevation, "d")!, 0)[0], 1);
        Assert.Equal(Point(Attr(pace, "d")!, -1)[0], Point(Attr(elevation, "d")!, -1)[0], 1);
        // Below it: every elevation point is lower on the page than every pace point.
        var lowestPace = Attr(pace, "d")!.Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries).Max(p => double.Parse(p.Split(',')[1], CultureInfo.InvariantCulture));
        Assert.True(Point(Attr(elevation, "d")!, 0)[1] > lowestPace);
    }

    [Fact]
    public void Temperature_line_rises_like_the_data()
    {
        // The test run warms from 22 to 30 °C: the line must end higher on the page (smaller y) than it starts.
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report()));
        var d = Attr(All(Svg(doc, "r0-temperature"), "path").First(p => Attr(p, "class")?.StartsWith("series", StringComparison.Ordinal) == true), "d")!;
        var points = d.Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.True(points[^1][1] < points[0][1] - 50);
        Assert.True(points[^1][0] > points[0][0]);
    }

    [Fact]
    public void Cramp_markers_sit_at_the_cramps_time_with_labels_above_the_lines()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report()));
        // The cramp is at 46 min of a 60 min run.
        var expected = SvgChart.Left + 46.0 / 60 * SvgChart.PlotWidth;
        var lines = All(doc, "line").Where(l => Attr(l, "class")?.StartsWith("cramp", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(4, lines.Count); // one per chart
        foreach (var l in lines)
        {
            Assert.Equal("0", Attr(l, "data-cramp"));
            Assert.Equal(expected, Num(l, "x1"), 0);
        }
        // Labels in the top margin: above every plot area, so they never sit on a line.
        foreach (var label in All(doc, "text").Where(t => Attr(t, "class") == "cramp-label"))
        {
            var plotTop = All(label.Parent!, "rect").Where(r => Attr(r, "class") == "plot").Min(r => Num(r, "y"));
            Assert.True(Num(label, "y") < plotTop, "a cramp label overlaps the plot");
        }
    }

    [Fact]
    public void Findings_are_shaded_and_labelled_on_the_chart_of_their_channel()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report()));
        var bands = All(doc, "rect").Where(r => Attr(r, "class")?.StartsWith("band", StringComparison.Ordinal) == true).ToList();
        string ChartOf(XElement e) => Attr(e.Ancestors().First(a => a.Name.LocalName == "svg"), "id")!;
        var surge = bands.Single(b => Attr(b, "data-kind") == "pace-surge");
        Assert.Equal("r0-pace", ChartOf(surge));
        Assert.Equal(SvgChart.Left + 25.0 / 60 * SvgChart.PlotWidth, Num(surge, "x"), 0);
        Assert.Equal(3.0 / 60 * SvgChart.PlotWidth, Num(surge, "width"), 0);
        Assert.Equal("r0-cadence", ChartOf(bands.Single(b => Attr(b, "data-kind") == "cadence-drop")));
        Assert.Equal("r0-temperature", ChartOf(bands.Single(b => Attr(b, "data-kind") == "heat-exposure")));
        // A band wide enough carries its name: the 30-minute heat block does.
        Assert.Contains(All(Svg(doc, "r0-temperature"), "text"), t => Attr(t, "class") == "band-label" && t.Value == "heat-exposure");
    }

    [Fact]
    public void Finding_colours_are_distinct_and_from_the_colour_blind_safe_palette()
    {
        string[] okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999", "#882255"];
        var colours = Enum.GetValues<CrampSignals.Signals.FindingKind>().Select(HtmlStyle.Color).ToList();
        Assert.Equal(colours.Count, colours.Distinct().Count());
        Assert.All(colours, c => Assert.Contains(c, okabeIto));
    }

    [Fact]
    public void Advice_cards_carry_titles_reasons_and_evidence()
    {
        var report = TestRun.Tempo.Report();
        var doc = Parse(HtmlReportWriter.ToHtml(report));
        var cards = All(doc, "article").ToList();
        Assert.Equal(report.Advice.Select(a => a.RuleId), cards.Select(c => Attr(c, "data-rule")));
        Assert.Equal("immediate-care", Attr(cards[0], "data-rule"));
        foreach (var (card, item) in cards.Zip(report.Advice))
        {
            Assert.Equal(item.Rule.Title, All(card, "h3").First().Value);
            var refs = card.Descendants().Where(e => e.Attribute("data-ref") is not null).Select(e => Attr(e, "data-ref"));
            Assert.Equal(item.Why.Select(w => w.Reference), refs);
            Assert.Contains(item.Rule.Evidence, card.Value);
            var first = All(card, "li").FirstOrDefault()?.Value;
            Assert.NotEqual(item.Headline.TrimEnd('.'), first?.TrimEnd('.'));
        }
    }

    [Fact]
    public void A_missing_channel_is_said_instead_of_drawn()
    {
        var html = HtmlReportWriter.ToHtml(TestRun.Tempo.Report(withHeartRate: false));
        var doc = Parse(html);
        Assert.DoesNotContain(All(doc, "svg"), s => Attr(s, "id") == "r0-heart-rate");
        Assert.Contains("Heart rate: not in this file.", html);
    }

    [Fact]
    public void The_route_is_drawn_with_start_finish_markers_and_the_cramp_where_it_struck()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report()));
        var route = All(doc, "svg").Single(s => Attr(s, "data-chart") == "route");
        Assert.NotEmpty(All(route, "title").First().Value);
        var start = All(route, "circle").Single(c => Attr(c.Parent!, "class") == "start");
        var finish = All(route, "rect").Single(c => Attr(c.Parent!, "class") == "finish");
        var pins = route.Descendants().Where(e => e.Attribute("data-cramp") is not null).ToList();
        Assert.Equal("0", Attr(Assert.Single(pins), "data-cramp"));
        // The test route runs due east at constant speed-weighted distance; the cramp at 46 min sits where the runner was then.
        var translate = Attr(pins[0], "transform")!["translate(".Length..^1].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var x0 = Num(start, "cx");
        var x1 = Num(finish, "x") + 8;
        Assert.Equal(x0 + 46.0 / 60 * (x1 - x0), translate[0], 0);
        Assert.Equal(Num(start, "cy"), translate[1], 0);
        // A marker every kilometre: 12 full ones in 12.2 km.
        var km = route.Descendants().Where(e => Attr(e, "class") == "km").Select(e => Attr(e, "data-distance")).ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => i.ToString(CultureInfo.InvariantCulture)), km);
        // Finding stretches lie under the line.
        Assert.Contains(route.Descendants(), e => Attr(e, "data-kind") == "pace-surge");
        Assert.Contains(route.Descendants(), e => Attr(e, "class") == "pace");
    }

    [Fact]
    public void A_run_without_positions_says_so_instead_of_a_map()
    {
        var html = HtmlReportWriter.ToHtml(TestRun.Tempo.Report(withPositions: false));
        var doc = Parse(html);
        Assert.DoesNotContain(doc.Descendants(), e => Attr(e, "data-chart") == "route");
        Assert.Contains("No positions in this file", html);
        // The splits come from the watch's distance, which it still has.
        Assert.Equal(13, All(doc, "tr").Count(r => r.Attribute("data-split") is not null));
    }

    [Theory]
    [InlineData(UnitSystem.Metric, 1000.0)]
    [InlineData(UnitSystem.Imperial, 1609.344)]
    public void One_split_per_kilometre_or_mile_the_last_partial_one_too(UnitSystem units, double splitMeters)
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report(units: units)));
        var table = All(doc, "table").Single(t => Attr(t, "data-table") == "splits");
        var rows = All(table, "tr").Where(r => r.Attribute("data-split") is not null).ToList();
        Assert.Equal((int)Math.Ceiling(TestRun.Tempo.Meters / splitMeters), rows.Count);
        Assert.All(rows.SkipLast(1), r => Assert.Equal(splitMeters, Num(r, "data-meters"), 0));
        Assert.Equal(TestRun.Tempo.Meters - (rows.Count - 1) * splitMeters, Num(rows[^1], "data-meters"), 0);
        // The first split runs at 3.6 m/s: 1000 m in 4:38, a mile in 7:27.
        var time = All(rows[0], "td").First().Value;
        Assert.Equal(units == UnitSystem.Metric ? "4:38" : "7:27", time);
    }

    [Fact]
    public void Split_rows_inside_a_finding_carry_its_name_and_a_fast_start_reads_as_a_positive_split()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report()));
        var rows = All(doc, "tr").Where(r => r.Attribute("data-split") is not null).ToList();
        // The fast start covers the first 10 minutes (2.16 km): splits 1-3.
        Assert.All(rows.Take(3), r => Assert.Contains("fast-start", Attr(r, "data-findings") ?? ""));
        Assert.Contains(All(rows[0], "span"), s => s.Value == "fast-start");
        Assert.Null(Attr(rows[4], "data-findings"));
        // The surge (25-28 min, 4.0 m/s) is inside split 6 or 7 and marked there.
        Assert.Contains(rows, r => (Attr(r, "data-findings") ?? "").Contains("pace-surge"));
        var verdict = All(doc, "p").Single(p => Attr(p, "class")?.StartsWith("verdict", StringComparison.Ordinal) == true);
        Assert.Contains("positive split", verdict.Value);
        // The bar grows with speed: the fast first kilometre's bar is longer than the fifth's.
        double Bar(XElement row) => double.Parse(Attr(All(row, "span").First(s => Attr(s, "class") == "bar"), "style")!["width:".Length..^1], CultureInfo.InvariantCulture);
        Assert.True(Bar(rows[0]) > Bar(rows[4]));
    }

    [Fact]
    public void Splits_carry_grade_adjusted_pace_heart_rate_cadence_climb_and_temperature()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report()));
        var table = All(doc, "table").Single(t => Attr(t, "data-table") == "splits");
        var headers = All(table, "th").Where(h => Attr(h, "scope") == "col").Select(h => h.Value).ToList();
        Assert.Equal(new[] { "km", "time", "pace /km", "GAP", "HR", "spm", "+/− m", "wrist °C" }, headers);
        var cells = All(All(table, "tr").First(r => r.Attribute("data-split") is not null), "td").Select(c => c.Value).ToList();
        Assert.Equal("172", cells[4]); // cadence
        Assert.Matches(@"^\+\d+ −\d+$", cells[5]);
    }

    [Fact]
    public void Imperial_units_reach_tiles_charts_and_advice()
    {
        var metric = HtmlReportWriter.ToHtml(TestRun.Tempo.Report());
        var imperial = HtmlReportWriter.ToHtml(TestRun.Tempo.Report(units: UnitSystem.Imperial));
        Assert.Contains("/mi<", imperial);
        Assert.Contains("°F", imperial);
        Assert.Contains(" mi<", imperial);
        Assert.DoesNotContain("/km<", imperial);
        Assert.Contains("/km<", metric);
        Assert.DoesNotContain("/mi<", metric);
        Assert.DoesNotContain("°F", metric);
        var imperialReport = TestRun.Tempo.Report(units: UnitSystem.Imperial);
        var hydrate = imperialReport.Advice.Single(a => a.RuleId == RuleIds.Hydrate);
        Assert.Contains("4-6 oz (120-180 ml)", hydrate.Headline);
        Assert.Contains("120-180 ml (4-6 oz)", TestRun.Tempo.Report().Advice.Single(a => a.RuleId == RuleIds.Hydrate).Headline);
    }

    [Fact]
    public void One_cramp_is_singular()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Tempo.Report()));
        var tile = All(doc, "div").Single(d => Attr(d, "class") == "tile alert");
        Assert.Equal("1cramp", tile.Value);
    }

    [Fact]
    public void A_day_long_run_gives_a_page_about_as_big_as_a_half_hour_one()
    {
        var shortPage = HtmlReportWriter.ToHtml(TestRun.Loop(0.5));
        var longPage = HtmlReportWriter.ToHtml(TestRun.Loop(24));
        // 86 400 samples against 1 800: the drawing caps points, ticks and markers, the splits grow by a row a kilometre.
        var splitsShort = Parse(shortPage).Descendants().Count(e => e.Attribute("data-split") is not null);
        var splitsLong = Parse(longPage).Descendants().Count(e => e.Attribute("data-split") is not null);
        Assert.True(splitsLong > 200, $"{splitsLong} splits");
        const int RowBytes = 700;
        Assert.True(longPage.Length - RowBytes * (splitsLong - splitsShort) < 1.5 * shortPage.Length,
            $"short {shortPage.Length} B, long {longPage.Length} B with {splitsLong} splits");
        Assert.True(longPage.Length < 1_000_000, $"{longPage.Length} B");
    }
}
