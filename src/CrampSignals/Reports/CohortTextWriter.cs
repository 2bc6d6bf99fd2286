using System.Globalization;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>A cohort study for people: counts, then rounded tables of the associations, the case-crossover and the triggered averages.</summary>
internal static class CohortTextWriter
{
    private const int Width = 100;

    private const string CaseCrossoverNotApplicable = Cohorts.Statistics.CaseCrossover.NotTransient;

    public static string ToText(CohortReport result)
    {
        var s = result.Statistics ?? CohortStatistics.Compute([]);
        using var o = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        o.WriteLine($"== Cohort: {Count(s.Runs, "run")} of {Count(s.Runners, "runner")}, {Count(s.RunsWithCramps, "run")} with cramps ({Count(s.Cramps, "cramp")})");
        o.WriteLine($"   {result.Duplicates.Length} files counted once as twins of another, {result.Failures.Length} unreadable");
        o.WriteLine();
        WriteTimeToEvent(o, s);
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
            TextWrap.Table(o, "   ", ["finding", "referents", "window", "cramps", "OR (95% CI)", "p", "q"],
                [.. s.CaseCrossover.Where(c => c.Estimate.Note != CaseCrossoverNotApplicable).Select(c => new[]
                {
                    c.Kind.ToId(), c.Referents, $"{c.HazardMinutes} min", Int(c.Cases), Or(c.Estimate), c.Estimate.PValue is double p ? P(p) : "-", Q(c.Estimate.QValue),
                })]);
            o.WriteLine("   only transient findings: the place of a state or whole-run finding in a run is set by the run's start or length, not by the cramp");
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

    /// <summary>The headline table: hazard ratios of a first cramp during a run, alone and mutually adjusted, then what the shapes mean.</summary>
    private static void WriteTimeToEvent(TextWriter o, CohortStatisticsResult s)
    {
        if (s.TimeToEvent.IsDefaultOrEmpty) return;
        // With no cramp during a run every row would be empty for the same reason: say it once.
        if (s.InRunEvents == 0) o.WriteLine("Time to the first cramp during a run: no cramp struck during a run, so no hazard ratio can be estimated");
        else WriteHazards(o, s);
        o.WriteLine();
        if (s.AfterRun.IsDefaultOrEmpty) return;
        o.WriteLine($"After the run ({Count(s.RunsWithAfterRunCramps, "run")} with a cramp after it): odds of a cramp after runs with the finding");
        TextWrap.Table(o, "   ", ["finding", "runs", "with cramp after", "crude OR (95% CI)", "q", "adjusted OR (95% CI)", "q"],
            [.. s.AfterRun.Select(a => new[]
            {
                a.Kind.ToId(), Int(a.RunsWith), Int(a.RunsWithCramps), Or(a.Crude), Q(a.Crude.QValue), Or(a.Adjusted), Q(a.Adjusted.QValue),
            })]);
        o.WriteLine();
    }

    private static void WriteHazards(TextWriter o, CohortStatisticsResult s)
    {
        o.WriteLine($"Time to the first cramp during a run ({Count(s.InRunEvents, "cramp")}): hazard while the finding exposes the run, against the same runner's unexposed time");
        TextWrap.Table(o, "   ", ["finding", "exposure", "runs", "cramps exposed", "HR (95% CI)", "q", "adjusted HR (95% CI)", "q"],
            [.. s.TimeToEvent.Select(t => new[]
            {
                t.Kind.ToId(), t.WindowMinutes is int w ? $"transient {w} min" : t.Exposure, Int(t.RunsExposed), Int(t.ExposedEvents),
                Hr(t.Alone), Q(t.Alone.QValue), Hr(t.Mutual), Q(t.Mutual.QValue),
            })]);
        TextWrap.Write(o, $"transient: a finding counts while it lasts and for {s.TriggerWindowMinutes} minutes after it ends. state: once a finding holds, it counts to the end of the run.", Width, "   ", "   ");
        TextWrap.Write(o, "Cox model stratified by runner on the moving clock (Efron ties); adjusted for the other kinds except the finding's own consequences.", Width, "   ", "   ");
        foreach (var t in s.TimeToEvent)
        {
            if (t.Alone.Note is string n) TextWrap.Write(o, $"{t.Kind.ToId()}: {n}", Width, "     ", "       ");
            else if (t.Mutual.Note is string m) TextWrap.Write(o, $"{t.Kind.ToId()} (adjusted): {m}", Width, "     ", "       ");
            if (t.ProportionalHazardsNote is string ph) TextWrap.Write(o, $"{t.Kind.ToId()}: {ph}", Width, "     ", "       ");
        }
    }

    /// <summary>"2.61 (1.80-3.92)"; "≥ 7.90" or "≤ 0.10" where the estimate runs off and only its bound is known; "-" otherwise.</summary>
    internal static string Hr(HazardRatioEstimate e) => Ratio(e.HazardRatio, e.Ci95Low, e.Ci95High, e.BoundLower, e.BoundUpper, e.PValue);

    /// <remarks>An estimate that runs off with no bound found still has its likelihood-ratio p: "no finite value" says why there is no number beside it.</remarks>
    private static string Ratio(double? ratio, double? low, double? high, double? boundLower, double? boundUpper, double? p) => ratio is double r
        ? $"{Units.Num(r, 2)} ({(low is double lo ? Units.Num(lo, 2) : "?")}-{(high is double hi && double.IsFinite(hi) ? Units.Num(hi, 2) : "inf")})"
        : boundLower is double bl ? $">= {Units.Num(bl, 2)}" : boundUpper is double bu ? $"<= {Units.Num(bu, 2)}" : p is not null ? "no finite value" : "-";

    private static string Q(double? q) => q is double v ? P(v) : "-";

    /// <summary>"2.61 (1.80-3.92)", "-" without an estimate, "> 100" style ends where an interval is unbounded.</summary>
    internal static string Or(OddsRatioEstimate e) => Ratio(e.OddsRatio, e.Ci95Low, e.Ci95High, e.BoundLower, e.BoundUpper, e.PValue);

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
