using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Runs;
using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>Writes run reports as Markdown: a heading per run, tables of findings and cramps, advice as sections.</summary>
public static class ReportMarkdownWriter
{
    /// <summary>Writes one run's report.</summary>
    public static void Write(TextWriter o, RunReport report, bool withDisclaimer = true, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(report);
        var h = new string('#', level);
        o.WriteLine($"{h} Cramp signals: {Escape(Path.GetFileName(report.Summary.FileName))}");
        o.WriteLine();
        o.WriteLine(Escape(ReportFormat.OneLine(report)));
        o.WriteLine();
        o.WriteLine($"{h}# Findings");
        o.WriteLine();
        if (report.Signals.Findings.IsEmpty) o.WriteLine("None.");
        else
        {
            o.WriteLine("| # | kind | from | to | severity | what |");
            o.WriteLine("|---:|---|---|---|---|---|");
            for (var i = 0; i < report.Signals.Findings.Length; i++)
            {
                var f = report.Signals.Findings[i];
                o.WriteLine($"| {i} | {f.Kind.ToId()} | {ReportFormat.Elapsed(report, f.Start)} | {ReportFormat.Elapsed(report, f.End)} | {ReportFormat.Severity(f.Severity)} | {Escape(ReportFormat.InUnits(report, f.Summary))} |");
            }
        }
        o.WriteLine();
        o.WriteLine($"{h}# Cramps");
        o.WriteLine();
        if (report.Signals.Cramps.IsEmpty) o.WriteLine("None logged for this run.");
        else
        {
            o.WriteLine("| # | at | muscle | side | severity | came before it (lead time) | note |");
            o.WriteLine("|---:|---|---|---|---:|---|---|");
            for (var i = 0; i < report.Signals.Cramps.Length; i++)
            {
                var c = report.Signals.Cramps[i];
                var before = c.Preceding.IsEmpty ? "nothing found" : string.Join(", ", c.Preceding.Select(p => $"{p.Finding.Kind.ToId()} ({Units.Clock(TimeSpan.FromSeconds(p.LeadTimeSeconds))})"));
                o.WriteLine($"| {i} | {ReportFormat.Elapsed(report, c.Time)}{(c.AfterRun ? " (after the run)" : "")} | {ReportFormat.Muscle(c.Cramp.Muscle)} | {(c.Cramp.Side is null ? "-" : Escape(c.Cramp.Side))} | {c.Cramp.Severity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} | {before} | {Escape(c.Cramp.Note)} |");
            }
        }
        o.WriteLine();
        if (!report.Signals.NotMeasured.IsEmpty) { o.WriteLine($"Not measured: {Escape(ReportFormat.InUnits(report, string.Join("; ", report.Signals.NotMeasured)))}."); o.WriteLine(); }
        foreach (var note in report.Signals.Notes) { o.WriteLine($"> {Escape(ReportFormat.InUnits(report, note))}"); o.WriteLine(); }

        o.WriteLine($"{h}# Advice");
        o.WriteLine();
        if (report.Advice.IsEmpty) { o.WriteLine("Nothing in this run calls for advice."); o.WriteLine(); }
        foreach (var item in report.Advice)
        {
            o.WriteLine($"{h}## {item.Rank}. {Escape(item.Rule.Title)} (`{item.RuleId}`)");
            o.WriteLine();
            o.WriteLine($"**{Escape(item.Headline)}**");
            o.WriteLine();
            o.WriteLine("Why: " + string.Join("; ", item.Why.Select(w => $"`{w.Reference}` {Escape(ReportFormat.InUnits(report, w.Text))}")));
            o.WriteLine();
            foreach (var a in item.Actions) o.WriteLine($"- {Escape(a)}");
            o.WriteLine();
            o.WriteLine($"*Evidence ({ReportFormat.Strength(item.Rule.Strength)}):* {Escape(item.Rule.Evidence)}");
            o.WriteLine();
        }
        foreach (var w in report.Warnings) o.WriteLine($"- warning: {Escape(w)}");
        if (!report.Warnings.IsEmpty) o.WriteLine();
        if (withDisclaimer) { o.WriteLine($"*{Escape(Disclaimer.Text)}*"); o.WriteLine(); }
    }

    /// <summary>Writes several runs, a table of what most often came before cramps, and the disclaimer once.</summary>
    public static void Write(TextWriter o, CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(cohort);
        o.WriteLine($"# Cramp signals over {cohort.RunCount} runs");
        o.WriteLine();
        o.WriteLine($"{cohort.RunsWithCramps} runs had cramps ({cohort.Cramps} cramps); {cohort.Failures.Length} files could not be read.");
        o.WriteLine();
        if (NoCrampNote.Applies(cohort))
        {
            o.WriteLine(Escape(NoCrampNote.Text) + ".");
            o.WriteLine();
            o.WriteLine("| finding | runs |");
            o.WriteLine("|---|---:|");
            foreach (var s in cohort.Findings.Where(s => s.Runs > 0)) o.WriteLine($"| {s.Kind.ToId()} | {s.Runs} |");
        }
        else
        {
            o.WriteLine("| finding | runs | runs with cramps | cramps it preceded | share of cramps | odds ratio |");
            o.WriteLine("|---|---:|---:|---:|---:|---:|");
        }
        foreach (var s in NoCrampNote.Applies(cohort) ? [] : cohort.Findings.Where(s => s.Runs > 0))
            o.WriteLine($"| {s.Kind.ToId()} | {s.Runs} | {s.RunsWithCramps} | {s.CrampsPreceded} | {Units.Num(100 * s.ShareOfCrampsPreceded)} % | {(s.OddsRatio is double or ? Units.Num(or, 2) : "-")} |");
        o.WriteLine();
        foreach (var f in cohort.Failures) o.WriteLine($"- unreadable: {Escape(f.Message)}");
        foreach (var t in cohort.Duplicates) o.WriteLine($"- counted once: {Escape(t.Dropped)} is the same run as {Escape(t.Kept)}");
        foreach (var w in cohort.Warnings) o.WriteLine($"- warning: {Escape(w)}");
        if (!cohort.Failures.IsEmpty || !cohort.Warnings.IsEmpty || !cohort.Duplicates.IsEmpty) o.WriteLine();
        foreach (var run in cohort.Runs) Write(o, run, withDisclaimer: false, level: 2);
        o.WriteLine($"*{Escape(Disclaimer.Text)}*");
    }

    private static string Escape(string? text) => MarkdownText.Escape(text);
}
