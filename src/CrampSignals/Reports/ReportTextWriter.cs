using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Runs;
using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>Writes run reports as plain text for a terminal: the run on one line, tables of findings and cramps, then the advice.</summary>
public static class ReportTextWriter
{
    /// <summary>Line width the text wraps at.</summary>
    public const int Width = 100;

    /// <summary>Writes one run's report.</summary>
    public static void Write(TextWriter o, RunReport report, bool withDisclaimer = true)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(report);
        o.WriteLine($"== {report.Summary.FileName}");
        TextWrap.Write(o, ReportFormat.OneLine(report), Width, "   ", "   ");
        o.WriteLine();

        var findings = report.Signals.Findings;
        o.WriteLine($"Findings ({findings.Length})");
        if (findings.IsEmpty) o.WriteLine("   none");
        else TextWrap.Table(o, "   ", ["#", "kind", "from", "to", "severity", "what"],
            [.. findings.Select((f, i) => new[] { i.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Kind.ToId(), ReportFormat.Elapsed(report, f.Start), ReportFormat.Elapsed(report, f.End), ReportFormat.Severity(f.Severity), ReportFormat.InUnits(report, f.Summary) })]);
        o.WriteLine();

        var cramps = report.Signals.Cramps;
        o.WriteLine($"Cramps ({cramps.Length})");
        if (cramps.IsEmpty) o.WriteLine("   none logged for this run");
        else TextWrap.Table(o, "   ", ["#", "at", "muscle", "side", "sev", "came before it (lead time)"],
            [.. cramps.Select((c, i) => new[]
            {
                i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ReportFormat.Elapsed(report, c.Time) + (c.AfterRun ? " (after)" : ""),
                ReportFormat.Muscle(c.Cramp.Muscle), c.Cramp.Side ?? "-", c.Cramp.Severity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                c.Preceding.IsEmpty ? "nothing found" : string.Join(", ", c.Preceding.Select(p => $"{p.Finding.Kind.ToId()} ({Units.Clock(TimeSpan.FromSeconds(p.LeadTimeSeconds))})")),
            })]);
        if (!report.Signals.NotMeasured.IsEmpty) TextWrap.Write(o, "Not measured: " + ReportFormat.InUnits(report, string.Join("; ", report.Signals.NotMeasured)), Width, "   ", "   ");
        foreach (var note in report.Signals.Notes) TextWrap.Write(o, "Note: " + ReportFormat.InUnits(report, note), Width, "   ", "         ");
        o.WriteLine();

        o.WriteLine($"Advice ({report.Advice.Length})");
        if (report.Advice.IsEmpty) o.WriteLine("   nothing in this run calls for advice");
        foreach (var item in report.Advice)
        {
            o.WriteLine($"{item.Rank,3}. {item.Rule.Title}  [{item.RuleId}]");
            TextWrap.Write(o, "> " + item.Headline, Width, "     ", "       ");
            foreach (var why in item.Why) TextWrap.Write(o, $"why: {why.Reference} {ReportFormat.InUnits(report, why.Text)}", Width, "     ", "          ");
            foreach (var action in item.Actions) TextWrap.Write(o, "- " + action, Width, "     ", "       ");
            TextWrap.Write(o, $"evidence ({ReportFormat.Strength(item.Rule.Strength)}): {item.Rule.Evidence}", Width, "     ", "     ");
            o.WriteLine();
        }
        foreach (var w in report.Warnings) TextWrap.Write(o, "warning: " + w, Width, "   ", "     ");
        if (withDisclaimer) TextWrap.Write(o, Disclaimer.Text, Width, "", "");
    }

    /// <summary>A cohort study's statistics for people: counts, then rounded tables of the associations, the case-crossover and the triggered averages.</summary>
    public static string ToStudyText(CohortReport cohort) => CohortTextWriter.ToText(cohort);

    /// <summary>A runner's history on one screen: the findings that came with their cramps, patterns, their latest cramps.</summary>
    public static string ToHistoryText(History.HistoryReport history) => HistoryTextWriter.ToText(history);

    /// <summary>Writes one run's findings and, for each cramp, the findings before it with their lead times.</summary>
    public static void Write(TextWriter o, SignalReport report) => SignalReportText.Write(o, report);

    /// <summary>Writes one run's findings and what came before each cramp, the sentences in <paramref name="units"/>.</summary>
    public static void WriteSignals(TextWriter o, SignalReport report, UnitSystem units) => SignalReportText.Write(o, report, units);

    /// <summary>Writes several runs: each run, then what most often came before cramps, then the disclaimer once.</summary>
    public static void Write(TextWriter o, CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(cohort);
        foreach (var run in cohort.Runs)
        {
            Write(o, run, withDisclaimer: false);
            o.WriteLine();
        }
        o.WriteLine($"== {cohort.RunCount} runs, {cohort.RunsWithCramps} with cramps ({cohort.Cramps} cramps), {cohort.Failures.Length} unreadable");
        if (NoCrampNote.Applies(cohort))
        {
            TextWrap.Write(o, NoCrampNote.Text, Width, "   ", "     ");
            TextWrap.Table(o, "   ", ["finding", "runs"], [.. cohort.Findings.Where(s => s.Runs > 0)
                .Select(s => new[] { s.Kind.ToId(), s.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture) })]);
        }
        else TextWrap.Table(o, "   ", ["finding", "runs", "with cramps", "cramps after it", "share", "odds ratio"],
            [.. cohort.Findings.Where(s => s.Runs > 0).Select(s => new[]
            {
                s.Kind.ToId(), s.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture), s.RunsWithCramps.ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.CrampsPreceded.ToString(System.Globalization.CultureInfo.InvariantCulture), Units.Num(100 * s.ShareOfCrampsPreceded) + " %",
                s.OddsRatio is double or ? Units.Num(or, 2) : "-",
            })]);
        foreach (var f in cohort.Failures) TextWrap.Write(o, $"unreadable: {f.Message}", Width, "   ", "     ");
        foreach (var t in cohort.Duplicates) TextWrap.Write(o, $"counted once: {t.Dropped} is the same run as {t.Kept}", Width, "   ", "     ");
        foreach (var w in cohort.Warnings) TextWrap.Write(o, $"warning: {w}", Width, "   ", "     ");
        o.WriteLine();
        TextWrap.Write(o, Disclaimer.Text, Width, "", "");
    }
}
