using System.Text;
using System.Text.RegularExpressions;
using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Reports;

/// <summary>Text from the input (notes, file names, warnings, failures) rendered to Markdown has nothing live in it.</summary>
public class MarkdownEscapingTests
{
    // Every trick a note or a file name could play on a Markdown renderer.
    private const string Hostile =
        "[click](javascript:alert(1)) ![x](http://evil.example/x.png) <img src=x onerror=alert(1)> &#106;\r\n" +
        "# forged heading\n| forged | row |\n|---|---|\n- item\n1. item\n*bold* _em_ `code` ~~gone~~ www.evil.example " +
        "x@evil.example \u202Eevil\u2066 \u0007bell\u0085next\u2028sep\u2029para\u001B[31m";

    [Fact]
    public void A_run_with_hostile_notes_warnings_and_file_name_renders_nothing_live()
    {
        var activity = new TestRun { Seconds = 1800 }.Build() with
        {
            Source = new ActivitySourceInfo { FileName = "/runs/[x](javascript:y)\n# owned.fit", Format = ActivityFormat.Fit },
            Warnings = [new ParseWarning(Hostile, Line: 3, Position: 1)],
        };
        var csv = "elapsed,muscle,side,severity,note\n0:10:00,calf,\"left](javascript:z)\",3,\"" + Hostile.Replace("\"", "\"\"") + "\"\n";
        var log = CrampLog.Read(Encoding.UTF8.GetBytes(csv), "cramps.csv");
        Assert.Contains(log.Entries, e => e.Note is not null && e.Note.Contains("javascript", StringComparison.Ordinal));
        var report = CrampAnalyzer.Analyze(activity, log);
        var o = new StringWriter { NewLine = "\n" };
        ReportMarkdownWriter.Write(o, report);
        var md = o.ToString();

        AssertNothingLive(md);
        // The text is still there, shown rather than acted on.
        Assert.Contains("\\[click\\]\\(javascript", md);
        Assert.Contains("\\\\u202E", md);
    }

    [Fact]
    public void A_cohort_with_a_hostile_unreadable_file_name_renders_nothing_live()
    {
        var folder = Directory.CreateTempSubdirectory("md-hostile-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "good.fit"), FitActivityWriter.ToBytes(new TestRun { Seconds = 1200 }.Build()));
            var bad = Path.Combine(folder.FullName, "![img](javascript:evil)\n# owned\r| a | b |.fit");
            File.WriteAllText(bad, "not an activity");
            var cohort = CohortAnalyzer.AnalyzeMany([Path.Combine(folder.FullName, "good.fit"), bad]);
            Assert.Single(cohort.Failures);
            var o = new StringWriter { NewLine = "\n" };
            ReportMarkdownWriter.Write(o, cohort);
            var md = o.ToString();
            AssertNothingLive(md);
            Assert.Contains("\\!\\[img\\]", md);
        }
        finally { folder.Delete(recursive: true); }
    }

    [Theory]
    [InlineData("a\nb", "a b")]
    [InlineData("[x](y)", "\\[x\\]\\(y\\)")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("12. not a list", "12\\. not a list")]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("see http://x", "see http\\://x")]
    [InlineData("bell\u0007", "bell\\\\u0007")]
    public void Escape_shows_the_text_as_written(string text, string escaped) =>
        Assert.Equal(escaped, MarkdownText.Escape(text));

    private static readonly HashSet<string> OurHeadings = ["Findings", "Cramps", "Advice"];

    private static void AssertNothingLive(string md)
    {
        Assert.DoesNotContain('\r', md);
        var hidden = md.Where(c => c != '\n' && MarkdownText.IsHidden(c)).Select(c => $"U+{(int)c:X4}").ToList();
        Assert.True(hidden.Count == 0, $"control or bidirectional characters passed through: {string.Join(", ", hidden)}");
        Assert.DoesNotContain('\u2028', md);
        Assert.DoesNotContain('\u2029', md);
        int? tableColumns = null;
        foreach (var line in md.Split('\n'))
        {
            for (var i = 0; i < line.Length; i++)
            {
                if (Escaped(line, i)) continue;
                Assert.False(line[i] == ']' && i + 1 < line.Length && line[i + 1] == '(', $"a live link in: {line}");
                Assert.False(line[i] == '!' && i + 1 < line.Length && line[i + 1] == '[', $"a live image in: {line}");
                Assert.False(line[i] == '<', $"live HTML in: {line}");
                Assert.False(line[i] == '[', $"a live bracket in: {line}");
            }
            Assert.DoesNotContain("://", line.Replace("\\://", "", StringComparison.Ordinal));
            if (line.StartsWith('#'))
            {
                var m = Regex.Match(line, @"^#{1,4} (.*)$");
                Assert.True(m.Success, line);
                var title = m.Groups[1].Value;
                Assert.True(title.StartsWith("Cramp signals", StringComparison.Ordinal) || OurHeadings.Contains(title) || Regex.IsMatch(title, @"^\d+\. "), $"a heading that is not the writer's: {line}");
            }
            Assert.False(Regex.IsMatch(line, @"^\s*([-+]|\d+\.)\s") && !line.StartsWith("- warning: ", StringComparison.Ordinal)
                && !line.StartsWith("- unreadable: ", StringComparison.Ordinal) && !IsAdviceAction(line), $"a list item that is not the writer's: {line}");
            // Each table keeps the columns of its header: no cell can add one.
            if (line.StartsWith('|'))
            {
                var pipes = Enumerable.Range(0, line.Length).Count(i => line[i] == '|' && !Escaped(line, i));
                tableColumns ??= pipes;
                Assert.Equal(tableColumns, pipes);
            }
            else tableColumns = null;
        }
    }

    // Advice actions are the rule book's own sentences, never input; they are the only other list items.
    private static bool IsAdviceAction(string line) => line.StartsWith("- ", StringComparison.Ordinal) && !line.Contains("forged", StringComparison.Ordinal) && !line.Contains("item", StringComparison.Ordinal);

    private static bool Escaped(string line, int i)
    {
        var slashes = 0;
        for (var j = i - 1; j >= 0 && line[j] == '\\'; j--) slashes++;
        return slashes % 2 == 1;
    }
}
