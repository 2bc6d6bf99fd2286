using CrampSignals.Advice;
using CrampSignals.Export.Reports;

namespace CrampSignals.Tests.Reports;

public class TextReportTests
{
    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void Text_lists_findings_cramps_and_advice_with_reasons_and_one_disclaimer()
    {
        var report = TestRun.Report();
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
        var report = TestRun.Report();
        var o = new StringWriter();
        ReportMarkdownWriter.Write(o, report);
        var md = o.ToString();
        Assert.Contains("| # | kind | from | to | severity | what |", md);
        Assert.Equal(report.Advice.Length, md.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal) && l.Contains("(`")));
        Assert.Contains("tempo&lt;&\\>run.fit".Replace("\\>", ">"), md);
        Assert.Equal(1, Count(md, Disclaimer.Text));
    }
}
