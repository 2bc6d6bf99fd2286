using System.Globalization;
using System.Xml.Linq;
using CrampSignals.Export.Reports;

namespace CrampSignals.Tests.Reports;

public class HtmlReportTests
{
    private static XDocument Parse(string html)
    {
        Assert.StartsWith("<!DOCTYPE html>", html);
        return XDocument.Parse(html["<!DOCTYPE html>".Length..]);
    }

    private static IEnumerable<XElement> All(XDocument doc, string name) => doc.Descendants().Where(e => e.Name.LocalName == name);

    [Fact]
    public void Report_is_well_formed_and_self_contained()
    {
        var html = HtmlReportWriter.ToHtml(TestRun.Report());
        var doc = Parse(html);
        Assert.Empty(All(doc, "script"));
        Assert.Empty(All(doc, "link"));
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("@import", html);
        Assert.Contains("tempo&lt;&amp;&gt;run.fit", html);
        Assert.Single(All(doc, "footer"));
    }

    [Fact]
    public void Each_channel_gets_a_chart_with_a_path_through_its_data()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Report()));
        var svgs = All(doc, "svg").ToList();
        Assert.Equal(new[] { "r0-pace", "r0-cadence", "r0-heart-rate", "r0-temperature" }, svgs.Select(s => (string)s.Attribute("id")!));
        foreach (var svg in svgs)
        {
            var path = svg.Descendants().Single(e => e.Name.LocalName == "path" && (string?)e.Attribute("class") == "series");
            var d = (string)path.Attribute("d")!;
            Assert.StartsWith("M", d);
            Assert.True(d.Count(ch => ch == 'L') > 100, $"{svg.Attribute("id")}: the line has too few points");
        }
    }

    [Fact]
    public void Temperature_line_rises_like_the_data()
    {
        // The test run warms from 22 to 30 °C: the line must end higher on the page (smaller y) than it starts.
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Report()));
        var d = (string)All(doc, "svg").Single(s => (string?)s.Attribute("id") == "r0-temperature")
            .Descendants().Single(e => e.Name.LocalName == "path").Attribute("d")!;
        var points = d.Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.True(points[^1][1] < points[0][1] - 0.5 * SvgChart.PlotHeight);
        Assert.True(points[^1][0] > points[0][0]);
    }

    [Fact]
    public void Cramp_markers_sit_at_the_cramps_time()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Report()));
        // The cramp is at 46 min of a 60 min run.
        var expected = SvgChart.Left + 46.0 / 60 * SvgChart.PlotWidth;
        var lines = All(doc, "line").Where(l => ((string?)l.Attribute("class"))?.StartsWith("cramp", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(4, lines.Count); // one per chart
        foreach (var l in lines)
        {
            Assert.Equal("0", (string)l.Attribute("data-cramp")!);
            Assert.Equal(expected, double.Parse((string)l.Attribute("x1")!, CultureInfo.InvariantCulture), 0);
        }
    }

    [Fact]
    public void Findings_are_shaded_on_the_chart_of_their_channel()
    {
        var doc = Parse(HtmlReportWriter.ToHtml(TestRun.Report()));
        var bands = All(doc, "rect").Where(r => ((string?)r.Attribute("class"))?.StartsWith("band", StringComparison.Ordinal) == true).ToList();
        var surge = bands.Single(b => (string?)b.Attribute("data-kind") == "pace-surge");
        Assert.Equal("r0-pace", (string)surge.Parent!.Attribute("id")!);
        var x = double.Parse((string)surge.Attribute("x")!, CultureInfo.InvariantCulture);
        var width = double.Parse((string)surge.Attribute("width")!, CultureInfo.InvariantCulture);
        Assert.Equal(SvgChart.Left + 25.0 / 60 * SvgChart.PlotWidth, x, 0);
        Assert.Equal(3.0 / 60 * SvgChart.PlotWidth, width, 0);
        Assert.Equal("r0-cadence", (string)bands.Single(b => (string?)b.Attribute("data-kind") == "cadence-drop").Parent!.Attribute("id")!);
        Assert.Equal("r0-temperature", (string)bands.Single(b => (string?)b.Attribute("data-kind") == "heat-exposure").Parent!.Attribute("id")!);
    }

    [Fact]
    public void Advice_cards_carry_titles_reasons_and_evidence()
    {
        var report = TestRun.Report();
        var doc = Parse(HtmlReportWriter.ToHtml(report));
        var cards = All(doc, "article").ToList();
        Assert.Equal(report.Advice.Select(a => a.RuleId), cards.Select(c => (string)c.Attribute("data-rule")!));
        Assert.Equal("immediate-care", (string)cards[0].Attribute("data-rule")!);
        foreach (var (card, item) in cards.Zip(report.Advice))
        {
            Assert.Equal(item.Rule.Title, card.Descendants().First(e => e.Name.LocalName == "h3").Value);
            var refs = card.Descendants().Where(e => e.Attribute("data-ref") is not null).Select(e => (string)e.Attribute("data-ref")!);
            Assert.Equal(item.Why.Select(w => w.Reference), refs);
            Assert.Contains(item.Rule.Evidence, card.Value);
        }
    }

    [Fact]
    public void A_missing_channel_is_said_instead_of_drawn()
    {
        var html = HtmlReportWriter.ToHtml(TestRun.Report(withHeartRate: false));
        var doc = Parse(html);
        Assert.DoesNotContain(All(doc, "svg"), s => (string?)s.Attribute("id") == "r0-heart-rate");
        Assert.Contains("Heart rate: not in this file.", html);
    }
}
