using CrampSignals.Advice;
using CrampSignals.Reports;

namespace CrampSignals.Tests.Reports;

public class TextReportTests
{
    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void Text_lists_findings_cramps_and_advice_with_reasons_and_one_disclaimer()
    {
        var report = TestRun.Tempo.Report();
        var o = new StringWriter();
        ReportTextWriter.Write(o, report);
        var text = o.ToString();
        Assert.Contains("Findings (4)", text);
        Assert.Contains("Cramps (1)", text);
        Assert.Contains("cadence-drop (6:00)", text); // 40 min finding, cramp at 46 min
        foreach (var item in report.Advice)
        {
            Assert.Contains($"[{item.RuleId}]", text);
            foreach (var why in item.Why) Assert.Contains($"why: {why.Reference}", text);
        }
        Assert.Equal(1, Count(text.Replace("\n", " ").Replace("  ", " "), "not medical advice"));
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= ReportTextWriter.Width + 40, line));
    }

    [Fact]
    public void Markdown_has_tables_and_a_section_per_advice_item()
    {
        var report = TestRun.Tempo.Report();
        var o = new StringWriter();
        ReportMarkdownWriter.Write(o, report);
        var md = o.ToString();
        Assert.Contains("| # | kind | from | to | severity | what |", md);
        Assert.Equal(report.Advice.Length, md.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal) && l.Contains("(`")));
        Assert.Contains("tempo&lt;&amp;&gt;run.fit", md);
        Assert.Equal(1, Count(md, Disclaimer.Text));
    }

    [Theory]
    [InlineData("air 29 °C on average, up to 31.5 °C", "air 84 °F on average, up to 88.7 °F")]
    [InlineData("at 6:10 /km then 6:42/km (grade-adjusted)", "at 9:55 /mi then 10:47/mi (grade-adjusted)")]
    [InlineData("the first 2.2 km, 20 s/km faster", "the first 1.4 mi, 32 s/mi faster")]
    [InlineData("172 spm over 300 s", "172 spm over 300 s")]
    public void Signal_sentences_are_put_in_imperial_units(string si, string imperial)
    {
        Assert.Equal(imperial, UnitFormat.InText(si, UnitSystem.Imperial));
        Assert.Equal(si, UnitFormat.InText(si, UnitSystem.Metric));
    }

    [Fact]
    public void Imperial_text_and_markdown_speak_miles_and_fahrenheit()
    {
        var report = TestRun.Tempo.Report(units: UnitSystem.Imperial);
        var text = new StringWriter();
        ReportTextWriter.Write(text, report);
        var md = new StringWriter();
        ReportMarkdownWriter.Write(md, report);
        foreach (var output in new[] { text.ToString(), md.ToString() })
        {
            Assert.DoesNotContain("°C", output);
            Assert.DoesNotContain("/km", output);
            Assert.Contains(" mi", output);
        }
    }
}
