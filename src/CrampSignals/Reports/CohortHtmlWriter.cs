using System.Globalization;
using System.Text;
using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>A cohort study as one HTML page: a forest plot of the adjusted odds ratios with their intervals, and the triggered averages as small charts.</summary>
internal static class CohortHtmlWriter
{
    private const double RowHeight = 26, LabelWidth = 170, PlotWidth = 600, NoteWidth = 190;

    public static string ToHtml(CohortReport result)
    {
        var s = result.Statistics ?? CohortStatistics.Compute([]);
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReportWriter.Open(o, $"Cohort: {s.Runs} runs of {s.Runners} runners");
        o.Write($"<header><h1>Cohort: {s.Runs} runs of {s.Runners} runners</h1><p class=\"file\">{s.RunsWithCramps} runs with cramps, {s.Cramps} cramps, {result.Duplicates.Length} twins counted once, {result.Failures.Length} unreadable files</p></header>");
        o.Write("<h2>Odds ratios adjusted for runner and run duration</h2>");
        o.Write(ForestPlot(s.Associations));
        o.Write("<h2>Before a cramp</h2><p>Each channel as a percentage of the run's own median, averaged over cramps, from 20 minutes before each cramp to the cramp.</p>");
        var i = 0;
        foreach (var t in s.TriggeredAverages)
        {
            var xs = t.OffsetSeconds.Select(x => (double)(x + CohortCrampRow.WindowSeconds)).ToArray();
            var ys = t.Mean.Select(m => m is double v ? 100 * v : double.NaN).ToArray();
            o.Write($"<h3>{SvgChart.Esc(t.Channel)}</h3>");
            o.Write(SvgChart.Render($"ta-{i++}", $"{t.Channel}, % of the run's median, 20 minutes before a cramp", xs, ys, CohortCrampRow.WindowSeconds,
                invert: false, isPace: false, color: "#1f77b4", [], [new ChartMarker(CohortCrampRow.WindowSeconds, 0, "cramp", false)]));
        }
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

    /// <summary>One row per finding kind on a log scale: the estimate, its interval, a line at 1; kinds without a number say why.</summary>
    internal static string ForestPlot(IReadOnlyList<KindAssociation> associations)
    {
        var ends = associations.SelectMany(a => new[] { a.Adjusted.Ci95Low, a.Adjusted.Ci95High, a.Adjusted.OddsRatio })
            .Where(v => v is > 0 && double.IsFinite(v.Value)).Select(v => Math.Log10(v!.Value)).ToList();
        var lo = Math.Floor(Math.Min(-1, ends.Count > 0 ? ends.Min() : -1));
        var hi = Math.Ceiling(Math.Max(1, ends.Count > 0 ? ends.Max() : 1));
        double X(double or) => LabelWidth + (Math.Clamp(Math.Log10(or), lo, hi) - lo) / (hi - lo) * PlotWidth;
        var height = RowHeight * (associations.Count + 1) + 10;
        var width = LabelWidth + PlotWidth + NoteWidth;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart forest\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"100%\" role=\"img\" aria-label=\"Forest plot of adjusted odds ratios\"><title>Adjusted odds ratios with 95% intervals (log scale)</title>");
        for (var d = lo; d <= hi; d++)
        {
            var x = X(Math.Pow(10, d));
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"4\" y2=\"{F(height - RowHeight)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(x)}\" y=\"{F(height - 8)}\" text-anchor=\"middle\">{Advice.Units.Num(Math.Pow(10, d), d < 0 ? (int)-d : 0)}</text>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"cramp\" x1=\"{F(X(1))}\" x2=\"{F(X(1))}\" y1=\"4\" y2=\"{F(height - RowHeight)}\"/>");
        for (var i = 0; i < associations.Count; i++)
        {
            var a = associations[i];
            var y = RowHeight * (i + 0.5) + 4;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(LabelWidth - 8)}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{SvgChart.Esc(a.Kind.ToId())}</text>");
            var e = a.Adjusted;
            if (e.OddsRatio is not double or)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(LabelWidth + 4)}\" y=\"{F(y + 4)}\">no estimate<title>{SvgChart.Esc(e.Note ?? "")}</title></text>");
                continue;
            }
            var x1 = X(e.Ci95Low ?? or);
            var x2 = X(e.Ci95High is double h && double.IsFinite(h) ? h : Math.Pow(10, hi));
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"series\" data-kind=\"{a.Kind.ToId()}\" x1=\"{F(x1)}\" x2=\"{F(x2)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"{HtmlStyle.Color(a.Kind)}\" stroke-width=\"2\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(or) - 4)}\" y=\"{F(y - 4)}\" width=\"8\" height=\"8\" fill=\"{HtmlStyle.Color(a.Kind)}\"><title>{SvgChart.Esc(a.Kind.ToId())}: {SvgChart.Esc(CohortTextWriter.Or(e))}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(LabelWidth + PlotWidth + 8)}\" y=\"{F(y + 4)}\">{SvgChart.Esc(CohortTextWriter.Or(e))}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
