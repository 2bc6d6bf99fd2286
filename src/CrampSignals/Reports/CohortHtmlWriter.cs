using System.Globalization;
using System.Text;
using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>
/// A cohort study as one HTML page, phone first: a forest plot of the adjusted odds ratios with their intervals, the
/// tables of crude, adjusted, mutually adjusted and case-crossover numbers with their q-values, and the triggered
/// averages as small charts on a minutes-before-the-cramp axis with their 95 % band.
/// </summary>
internal static class CohortHtmlWriter
{
    // The forest plot shares the run charts' 600-unit width, so its text follows the same per-width sizes (HtmlStyle).
    private const double RowHeight = 34, LabelWidth = 214, Width = 600, Right = 24, AxisHeight = 34;

    public static string ToHtml(CohortReport result)
    {
        var s = result.Statistics ?? CohortStatistics.Compute([]);
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReportWriter.Open(o, $"Cohort: {s.Runs} runs of {s.Runners} runners");
        o.Write($"<header><h1>Cohort: {s.Runs} runs of {s.Runners} runners</h1><p class=\"file\">{s.RunsWithCramps} runs with cramps, {s.Cramps} cramps, {result.Duplicates.Length} twins counted once, {result.Failures.Length} unreadable files</p></header>");
        WriteTimeToEvent(o, s);
        o.Write("<h2>Odds ratios adjusted for runner and run duration</h2>");
        o.Write($"<figure class=\"card chart-card forest-card\"><figcaption>Adjusted odds ratio of a cramp with 95% interval, log scale; the red line is 1 (no association)</figcaption>{ForestPlot(s.Associations)}</figure>");
        WriteAssociations(o, s.Associations);
        WriteCaseCrossover(o, s.CaseCrossover);
        WriteTriggered(o, s.TriggeredAverages);
        if (!result.Failures.IsEmpty || !result.Duplicates.IsEmpty || !result.Warnings.IsEmpty || !s.Notes.IsEmpty)
        {
            o.Write("<ul class=\"notes\">");
            foreach (var n in s.Notes) o.Write($"<li>{SvgChart.Esc(n)}</li>");
            foreach (var d in result.Duplicates) o.Write($"<li>counted once: {SvgChart.Esc(d.Dropped)} is the same run as {SvgChart.Esc(d.Kept)}</li>");
            foreach (var f in result.Failures) o.Write($"<li>unreadable: {SvgChart.Esc(f.Message)}</li>");
            foreach (var w in result.Warnings) o.Write($"<li>warning: {SvgChart.Esc(w)}</li>");
            o.Write("</ul>");
        }
        HtmlReportWriter.Close(o);
        return o.ToString();
    }

    /// <summary>The headline: hazard ratios of a first cramp during a run in a forest plot, their table, what the shapes mean, and the after-run table.</summary>
    private static void WriteTimeToEvent(TextWriter o, CohortStatisticsResult s)
    {
        if (s.TimeToEvent.IsDefaultOrEmpty) return;
        o.Write($"<h2>Time to the first cramp <span class=\"sub\">{s.InRunEvents} first cramps during a run; hazard while a finding exposes the run against the same runner's unexposed time</span></h2>");
        var rows = s.TimeToEvent.Select(t => new ForestRow(t.Kind, t.Mutual.HazardRatio, t.Mutual.Ci95Low, t.Mutual.Ci95High, t.Mutual.Note, CohortTextWriter.Hr(t.Mutual))).ToList();
        o.Write($"<figure class=\"card chart-card forest-card\" data-chart=\"time-to-event\"><figcaption>Adjusted hazard ratio of a first cramp with 95% interval, log scale; the red line is 1 (no association)</figcaption>{ForestPlot(rows, "hazard ratios")}</figure>");
        string[] head = ["exposure", "runs", "cramps exposed", "HR (95% CI)", "p", "q", "adjusted HR (95% CI)", "q"];
        WriteTable(o, "time-to-event", head, s.TimeToEvent.Select(t => (t.Kind.ToId(), new[]
        {
            t.WindowMinutes is int w ? $"transient {w} min" : t.Exposure, Int(t.RunsExposed), Int(t.ExposedEvents), CohortTextWriter.Hr(t.Alone),
            t.Alone.PValue is double p ? CohortTextWriter.P(p) : "-", Q(t.Alone.QValue), CohortTextWriter.Hr(t.Mutual), Q(t.Mutual.QValue),
        })));
        o.Write($"<p class=\"whole\"><b>Transient</b>: a finding counts while it lasts and for {s.TriggerWindowMinutes} minutes after it ends. <b>State</b>: once a finding holds, it counts to the end of the run. "
            + "Cox model stratified by runner on the moving clock (Efron ties); adjusted for the other findings except the finding's own consequences; q: Benjamini-Hochberg over every p on this page.</p>");
        var notes = s.TimeToEvent.SelectMany(t => new[] { t.Alone.Note ?? t.Mutual.Note, t.ProportionalHazardsNote }.OfType<string>().Select(n => (t.Kind, n))).ToList();
        if (notes.Count > 0)
        {
            o.Write("<ul class=\"notes\">");
            foreach (var (kind, n) in notes) o.Write($"<li>{SvgChart.Esc(kind.ToId())}: {SvgChart.Esc(n)}</li>");
            o.Write("</ul>");
        }
        if (s.AfterRun.IsDefaultOrEmpty) return;
        o.Write($"<h2>After the run <span class=\"sub\">{s.RunsWithAfterRunCramps} runs with a cramp after the run: odds of one after runs with the finding</span></h2>");
        WriteTable(o, "after-run", ["runs", "with cramp after", "crude OR (95% CI)", "q", "adjusted OR (95% CI)", "q"], s.AfterRun.Select(a => (a.Kind.ToId(), new[]
        {
            Int(a.RunsWith), Int(a.RunsWithCramps), CohortTextWriter.Or(a.Crude), Q(a.Crude), CohortTextWriter.Or(a.Adjusted), Q(a.Adjusted),
        })));
    }

    private static void WriteAssociations(TextWriter o, IReadOnlyList<KindAssociation> associations)
    {
        o.Write("<h2>Run level <span class=\"sub\">odds of a cramp in runs with the finding against runs without it</span></h2>");
        string[] head = ["runs", "cramp runs", "crude OR (95% CI)", "adjusted OR (95% CI)", "q", "mutually adjusted OR (95% CI)", "q", "Mantel-Haenszel OR (95% CI)"];
        WriteTable(o, "associations", head, associations.Select(a => (a.Kind.ToId(), new[]
        {
            Int(a.RunsWith), Int(a.RunsWithCramps), CohortTextWriter.Or(a.Crude), CohortTextWriter.Or(a.Adjusted), Q(a.Adjusted),
            CohortTextWriter.Or(a.MutuallyAdjusted), Q(a.MutuallyAdjusted), CohortTextWriter.Or(a.MantelHaenszel),
        })));
        o.Write("<p class=\"whole\">Adjusted: conditional logistic regression grouped by runner, with run duration; mutually adjusted: with the other findings in the same model; q: Benjamini-Hochberg over every p on this page; '-' where the data give no number.</p>");
        var why = associations.Where(a => a.Adjusted.OddsRatio is null && a.Adjusted.Note is not null).ToList();
        if (why.Count > 0)
        {
            o.Write("<ul class=\"notes\">");
            foreach (var a in why) o.Write($"<li>{SvgChart.Esc(a.Kind.ToId())}: {SvgChart.Esc(a.Adjusted.Note!)}</li>");
            o.Write("</ul>");
        }
    }

    private static void WriteCaseCrossover(TextWriter o, IReadOnlyList<CaseCrossoverResult> rows)
    {
        if (rows.Count == 0) return;
        o.Write("<h2>Within runs <span class=\"sub\">case-crossover: a finding in the minutes before each cramp against the same minutes elsewhere</span></h2>");
        WriteTable(o, "case-crossover", ["referents", "window", "cramps", "OR (95% CI)", "p", "q"], rows.Where(c => c.Estimate.Note != Cohorts.Statistics.CaseCrossover.NotTransient).Select(c => (c.Kind.ToId(), new[]
        {
            c.Referents, $"{c.HazardMinutes} min", Int(c.Cases), CohortTextWriter.Or(c.Estimate),
            c.Estimate.PValue is double p ? CohortTextWriter.P(p) : "-", Q(c.Estimate),
        })));
        o.Write("<p class=\"whole\">Only transient findings (pace surge, cadence drop): where a state or whole-run finding falls in a run is set by the run's start or length, not by the cramp, so these designs cannot read it.</p>");
    }

    /// <summary>A table whose rows become labelled blocks on a phone (each cell says which column it is), so it never scrolls sideways.</summary>
    private static void WriteTable(TextWriter o, string name, string[] head, IEnumerable<(string Finding, string[] Cells)> rows)
    {
        o.Write($"<div class=\"table-wrap\"><table class=\"stack\" data-table=\"{name}\"><thead><tr><th scope=\"col\">finding</th>");
        foreach (var h in head) o.Write($"<th scope=\"col\" class=\"num\">{SvgChart.Esc(h)}</th>");
        o.Write("</tr></thead><tbody>");
        foreach (var (finding, cells) in rows)
        {
            o.Write($"<tr data-row=\"{SvgChart.Esc(finding)}\"><th scope=\"row\">{SvgChart.Esc(finding)}</th>");
            for (var i = 0; i < cells.Length; i++) o.Write($"<td class=\"num\" data-label=\"{SvgChart.Esc(head[i])}\">{SvgChart.Esc(cells[i])}</td>");
            o.Write("</tr>");
        }
        o.Write("</tbody></table></div>");
    }

    private static void WriteTriggered(TextWriter o, IReadOnlyList<TriggeredAverage> averages)
    {
        o.Write("<h2>Before a cramp</h2><p>Each channel as a percentage of the run's own median, averaged over cramps, from 20 minutes before each cramp to the cramp; the shaded band is the 95% interval, drawn where at least 5 cramps had the channel.</p>");
        o.Write("<div class=\"charts\">");
        var i = 0;
        foreach (var t in averages)
        {
            var xs = t.OffsetSeconds.Select(x => (double)(x + CohortCrampRow.WindowSeconds)).ToArray();
            double[] Percent(IEnumerable<double?> v) => v.Select(m => m is double d ? 100 * d : double.NaN).ToArray();
            var cramps = t.Cramps.IsDefaultOrEmpty ? 0 : t.Cramps.Max();
            var band = t.Ci95Low.Any(v => v is not null);
            var title = $"{t.Channel}, % of the run's median";
            var caption = $"{title} · {cramps} {(cramps == 1 ? "cramp" : "cramps")}{(band ? ", 95% band" : ", too few cramps for a band")}";
            var panel = new ChartPanel(title, [new ChartLine(Percent(t.Mean), "ta", t.Channel, Stroke: "#0072B2")], 150,
                RibbonLow: band ? Percent(t.Ci95Low) : null, RibbonHigh: band ? Percent(t.Ci95High) : null);
            var svg = SvgChart.Render($"ta-{i++}", $"{t.Channel}, % of the run's median, 20 minutes before a cramp", xs, CohortCrampRow.WindowSeconds,
                [panel], [new ChartMarker(CohortCrampRow.WindowSeconds, 0, "cramp", false, "cramp")], xOrigin: CohortCrampRow.WindowSeconds);
            o.Write($"<figure class=\"card chart-card\" data-channel=\"{SvgChart.Esc(t.Channel)}\" data-cramps=\"{cramps}\"><figcaption>{SvgChart.Esc(caption)}</figcaption>{svg}</figure>");
        }
        o.Write("</div>");
    }

    /// <summary>One row of a forest plot: the kind, its ratio and interval, why there is none, and the ratio in words.</summary>
    internal sealed record ForestRow(FindingKind Kind, double? Ratio, double? Low, double? High, string? Note, string Text);

    /// <summary>The adjusted odds ratios as a forest plot.</summary>
    internal static string ForestPlot(IReadOnlyList<KindAssociation> associations) => ForestPlot(
        [.. associations.Select(a => new ForestRow(a.Kind, a.Adjusted.OddsRatio, a.Adjusted.Ci95Low, a.Adjusted.Ci95High, a.Adjusted.Note, CohortTextWriter.Or(a.Adjusted)))],
        "adjusted odds ratios");

    /// <summary>One row per finding kind on a log scale: the estimate, its interval, a line at 1; kinds without a number say so.</summary>
    internal static string ForestPlot(IReadOnlyList<ForestRow> associations, string what)
    {
        var ends = associations.SelectMany(a => new[] { a.Low, a.High, a.Ratio })
            .Where(v => v is > 0 && double.IsFinite(v.Value)).Select(v => Math.Log10(v!.Value)).ToList();
        var lo = Math.Floor(Math.Min(-1, ends.Count > 0 ? ends.Min() : -1));
        var hi = Math.Ceiling(Math.Max(1, ends.Count > 0 ? ends.Max() : 1));
        var plotWidth = Width - LabelWidth - Right;
        double X(double or) => LabelWidth + (Math.Clamp(Math.Log10(or), lo, hi) - lo) / (hi - lo) * plotWidth;
        var bottom = RowHeight * associations.Count + 6;
        var height = bottom + AxisHeight;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart forest\" viewBox=\"0 0 {F(Width)} {F(height)}\" role=\"img\" aria-label=\"Forest plot of {what}\"><title>{what} with 95% intervals (log scale)</title>");
        ForestAxis.Draw(sb, lo, hi, X, plotWidth, bottom, height);
        for (var i = 0; i < associations.Count; i++)
        {
            var a = associations[i];
            var y = RowHeight * (i + 0.5) + 4;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(LabelWidth - 10)}\" y=\"{F(y + 7)}\" text-anchor=\"end\">{SvgChart.Esc(a.Kind.ToId())}</text>");
            if (a.Ratio is not double or)
            {
                var words = a.Text == "-" ? "no estimate" : a.Text;
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(LabelWidth + 6)}\" y=\"{F(y + 7)}\">{SvgChart.Esc(words)}<title>{SvgChart.Esc(a.Note ?? "")}</title></text>");
                continue;
            }
            var x1 = X(a.Low ?? or);
            var x2 = X(a.High is double h && double.IsFinite(h) ? h : Math.Pow(10, hi));
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"series\" data-kind=\"{a.Kind.ToId()}\" x1=\"{F(x1)}\" x2=\"{F(x2)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"{HtmlStyle.Color(a.Kind)}\" stroke-width=\"2\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(or) - 5)}\" y=\"{F(y - 5)}\" width=\"10\" height=\"10\" fill=\"{HtmlStyle.Color(a.Kind)}\"><title>{SvgChart.Esc(a.Kind.ToId())}: {SvgChart.Esc(a.Text)}</title></rect>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Q(OddsRatioEstimate e) => Q(e.QValue);

    private static string Q(double? q) => q is double v ? CohortTextWriter.P(v) : "-";

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
