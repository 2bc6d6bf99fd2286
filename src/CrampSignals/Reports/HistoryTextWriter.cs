using System.Globalization;
using CrampSignals.Advice;
using CrampSignals.Cramps;
using CrampSignals.History;

namespace CrampSignals.Reports;

/// <summary>
/// A runner's history on one screen: what was read, the findings that came with their cramps (their own numbers), the
/// patterns, their latest cramps with the words they came from, then what was left out.
/// </summary>
internal static class HistoryTextWriter
{
    private const int Width = 100;
    private const int CrampsShown = 10;
    private const int AdviceShown = 5;

    public static string ToText(HistoryReport h)
    {
        using var o = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var first = h.Runs.FirstOrDefault(r => r.StartUtc is not null)?.StartUtc;
        var last = h.Runs.LastOrDefault(r => r.StartUtc is not null)?.StartUtc;
        var span = first is DateTime f0 && last is DateTime f1 ? $" from {f0:yyyy-MM-dd} to {f1:yyyy-MM-dd}" : "";
        o.WriteLine($"== Your history: {Count(h.Runs.Length, "run")}{span}, {h.RunsWithCramps} with cramps ({Count(h.Cramps, "cramp")})");
        o.WriteLine($"   {Count(h.Activities, "activity", "activities")} found: {h.Skipped.Length} not runs, {h.Duplicates.Length} counted once as the same run, {h.Failures.Length} unreadable");
        if (h.Skipped.Length > 0)
            TextWrap.Write(o, "   skipped: " + string.Join(", ", h.Skipped.GroupBy(s => s.Sport is { } sp ? HistoryJsonWriter.SportId(sp) : "no sport")
                .OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}")), Width, "", "     ");
        o.WriteLine();
        if (h.RunsWithCramps == 0)
        {
            TextWrap.Write(o, "No run has a cramp: write one in a run's title or description (\"calf cramp at km 31\"), log one with `crampsignals log`, or give --cramps LOG.", Width, "", "");
            o.WriteLine();
        }
        else if (h.Advice.Length > 0)
        {
            o.WriteLine("What came with your cramps, strongest evidence first");
            var n = 0;
            foreach (var a in h.Advice.Take(AdviceShown))
            {
                TextWrap.Write(o, $"{++n}. {a.Evidence}", Width, "   ", "      ");
                TextWrap.Write(o, $"-> {RuleBook.Get(a.RuleId).Title}", Width, "      ", "         ");
            }
            o.WriteLine();
        }
        if (h.RunsWithCramps > 0 && h.Patterns.Length > 0)
        {
            o.WriteLine("Patterns: runs with a cramp in each group (odds against your other runs; q corrects for the many groups)");
            TextWrap.Table(o, "   ", ["", "group", "runs", "with cramps", "OR (95% CI)", "q"],
                [.. h.Patterns.Select(p => new[] { p.Dimension, PatternLabel.Of(p, h.Units), p.Runs.ToString(CultureInfo.InvariantCulture),
                    $"{p.RunsWithCramps} ({Units.Num(100 * p.CrampShare)} %)", CohortTextWriter.Or(p.Estimate),
                    p.Estimate.HasEstimate && p.Estimate.QValue is double q ? CohortTextWriter.P(q) : "-" })]);
            o.WriteLine();
        }
        var cramps = h.Runs.SelectMany(r => r.Cramps.Select(c => (Run: r, Cramp: c))).Reverse().Take(CrampsShown).ToList();
        if (cramps.Count > 0)
        {
            o.WriteLine($"Your latest cramps ({cramps.Count} of {h.Cramps})");
            foreach (var (run, c) in cramps)
                TextWrap.Write(o, $"{run.StartUtc + (run.LocalOffset ?? TimeSpan.Zero):yyyy-MM-dd}  {When(c),-12} {(c.Muscle?.ToId() ?? "-"),-10} {Source(c.Source)}: \"{c.Text}\"", Width, "   ", "      ");
            o.WriteLine();
        }
        foreach (var n in h.Statistics.Notes) TextWrap.Write(o, $"note: {n}", Width, "", "  ");
        if (h.Failures.Length > 0) o.WriteLine($"unreadable ({h.Failures.Length}): first {h.Failures[0].Message}");
        if (h.Warnings.Length > 0) o.WriteLine($"{Count(h.Warnings.Length, "warning")} (see --format json)");
        TextWrap.Write(o, Disclaimer.Text, Width, "", "");
        return o.ToString();
    }

    private static string When(HistoryCramp c) =>
        c.ElapsedSeconds is double s ? (c.AfterRun ? "after " : "at ") + Units.Clock(TimeSpan.FromSeconds(s))
        : c.AfterRun ? "after the run" : "no time";

    private static string Source(CrampSource s) => HistoryJsonWriter.SourceId(s).Replace('-', ' ');

    private static string Count(int n, string one, string? many = null) =>
        $"{n.ToString("#,0", CultureInfo.InvariantCulture)} {(n == 1 ? one : many ?? one + "s")}";
}
