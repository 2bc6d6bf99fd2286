using System.Globalization;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>A cohort study for people: counts, then rounded tables of the associations, the case-crossover and the triggered averages.</summary>
internal static class CohortTextWriter
{
    private const int Width = 100;

    public static string ToText(CohortReport result)
    {
        var s = result.Statistics ?? CohortStatistics.Compute([]);
        using var o = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        o.WriteLine($"== Cohort: {Count(s.Runs, "run")} of {Count(s.Runners, "runner")}, {Count(s.RunsWithCramps, "run")} with cramps ({Count(s.Cramps, "cramp")})");
        o.WriteLine($"   {result.Duplicates.Length} files counted once as twins of another, {result.Failures.Length} unreadable");
        o.WriteLine();
        o.WriteLine("Run level: odds of a cramp in runs with the finding against runs without it");
        TextWrap.Table(o, "   ", ["finding", "runs", "cramp runs", "crude OR (95% CI)", "adjusted OR (95% CI)", "q", "Mantel-Haenszel OR (95% CI)"],
            [.. s.Associations.Select(a => new[]
            {
                a.Kind.ToId(), Int(a.RunsWith), Int(a.RunsWithCramps), Or(a.Crude), Or(a.Adjusted),
                a.Adjusted.QValue is double q ? P(q) : "-", Or(a.MantelHaenszel),
            })]);
        o.WriteLine("   adjusted: conditional logistic regression grouped by runner, with run duration; '-' where the data give no number:");
        foreach (var a in s.Associations.Where(a => a.Adjusted.OddsRatio is null && a.Adjusted.Note is not null))
            TextWrap.Write(o, $"{a.Kind.ToId()}: {a.Adjusted.Note}", Width, "     ", "       ");
        o.WriteLine();
        if (!s.CaseCrossover.IsDefaultOrEmpty)
        {
            o.WriteLine("Within runs (case-crossover): a finding in the minutes before each cramp against the same minutes elsewhere");
            TextWrap.Table(o, "   ", ["finding", "referents", "window", "cramps", "OR (95% CI)", "p"],
                [.. s.CaseCrossover.Select(c => new[]
                {
                    c.Kind.ToId(), c.Referents, $"{c.HazardMinutes} min", Int(c.Cases), Or(c.Estimate), c.Estimate.PValue is double p ? P(p) : "-",
                })]);
            o.WriteLine();
        }
        if (!s.TriggeredAverages.IsDefaultOrEmpty)
        {
            o.WriteLine("Before a cramp: each channel against the run's median (mean over cramps, 95% band)");
            int[] at = [-1200, -600, -300, -120, 0];
            TextWrap.Table(o, "   ", ["channel", .. at.Select(x => x == 0 ? "at cramp" : $"{x / 60} min")],
                [.. s.TriggeredAverages.Select(t => new[] { t.Channel }.Concat(at.Select(x => Point(t, x))).ToArray())]);
            o.WriteLine();
        }
        foreach (var n in s.Notes) TextWrap.Write(o, $"note: {n}", Width, "", "  ");
        foreach (var d in result.Duplicates) TextWrap.Write(o, $"counted once: {d.Dropped} is the same run as {d.Kept}", Width, "", "  ");
        foreach (var f in result.Failures) TextWrap.Write(o, $"unreadable: {f.Message}", Width, "", "  ");
        foreach (var w in result.Warnings) TextWrap.Write(o, $"warning: {w}", Width, "", "  ");
        o.WriteLine();
        TextWrap.Write(o, Disclaimer.Text, Width, "", "");
        return o.ToString();
    }

    /// <summary>"2.61 (1.80-3.92)", "-" without an estimate, "> 100" style ends where an interval is unbounded.</summary>
    internal static string Or(OddsRatioEstimate e) => e.OddsRatio is not double or ? "-"
        : $"{Units.Num(or, 2)} ({(e.Ci95Low is double lo ? Units.Num(lo, 2) : "?")}-{(e.Ci95High is double hi && double.IsFinite(hi) ? Units.Num(hi, 2) : "inf")})";

    internal static string P(double p) => p < 0.001 ? "<0.001" : Units.Num(p, 3);

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Point(TriggeredAverage t, int offset)
    {
        var i = t.OffsetSeconds.IndexOf(offset);
        if (i < 0 || t.Mean[i] is not double m) return "-";
        return t.Ci95Low[i] is double lo && t.Ci95High[i] is double hi ? $"{Units.Num(m, 2)} ({Units.Num(lo, 2)}-{Units.Num(hi, 2)})" : Units.Num(m, 2);
    }
}
