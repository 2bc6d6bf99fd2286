using System.Globalization;
using System.Net;
using System.Text;
using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>A shaded span on a chart: a finding.</summary>
internal sealed record ChartBand(double FromSeconds, double ToSeconds, string Kind, int Index, string Title);

/// <summary>A vertical line on a chart: a cramp.</summary>
internal sealed record ChartMarker(double Seconds, int Index, string Label, bool AfterRun, string? Text = null);

/// <summary>One line of a panel: values against the chart's seconds, a style class and the words it is labelled with.</summary>
internal sealed record ChartLine(double[] Values, string Class, string Label, bool Area = false, string? Stroke = null);

/// <summary>One panel of a chart: its lines share a y axis; panels stacked in one chart share the time axis.</summary>
/// <remarks><paramref name="RibbonLow"/> and <paramref name="RibbonHigh"/>, when given, shade an interval around the lines (a confidence band).</remarks>
internal sealed record ChartPanel(
    string Title, IReadOnlyList<ChartLine> Lines, double Height, bool Invert = false, bool IsPace = false, IReadOnlyList<ChartBand>? Bands = null,
    double[]? RibbonLow = null, double[]? RibbonHigh = null);

/// <summary>
/// Draws time-series charts as inline SVG: stacked panels on one time axis, lines with gaps, shaded and labelled finding bands,
/// cramp lines with their labels above the plot (never on a line), round ticks. Everything drawn is capped (points, ticks,
/// bands' labels), so a chart's size depends on the drawing, not on how long the run was.
/// </summary>
internal static class SvgChart
{
    public const double Width = 600;
    public const double Left = 66;
    public const double Right = 14;
    /// <summary>Margin above the plot: room for two rows of cramp labels when there are cramps.</summary>
    public const double Top = 60;

    /// <summary>Margin above the plot without cramps.</summary>
    public const double TopWithoutCramps = 14;
    public const double Bottom = 30;
    public const double PanelGap = 14;

    /// <summary>Most ticks on an axis; labels must stay apart at phone size.</summary>
    public const int MaxTicks = 7;

    public static double PlotWidth => Width - Left - Right;

    /// <summary>The x of a time, in SVG units; times outside the run are pinned to its edges.</summary>
    public static double X(double seconds, double spanSeconds) => Left + Math.Clamp(seconds / spanSeconds, 0, 1) * PlotWidth;

    public static string Render(string id, string title, double[] xs, double spanSeconds, IReadOnlyList<ChartPanel> panels, IReadOnlyList<ChartMarker> markers, string cssClass = "chart", double xOrigin = 0)
    {
        var margin = markers.Count > 0 ? Top : TopWithoutCramps;
        var height = margin + panels.Sum(p => p.Height) + PanelGap * (panels.Count - 1) + Bottom;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"{cssClass}\" viewBox=\"0 0 {F(Width)} {F(height)}\" role=\"img\" aria-labelledby=\"{id}-t\" data-span-seconds=\"{F(spanSeconds)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Esc(title)}</title>");
        var top = margin;
        foreach (var panel in panels)
        {
            DrawPanel(sb, panel, xs, spanSeconds, top);
            top += panel.Height + PanelGap;
        }
        var bottom = top - PanelGap;
        foreach (var (seconds, label) in XTicks(spanSeconds, xOrigin))
        {
            var x = X(seconds, spanSeconds);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"xtick\" x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{F(bottom)}\" y2=\"{F(bottom + 5)}\"/>");
            // Labels at the plot's edges lean inwards: clear of the lowest y label on the left, inside the chart on the right.
            var anchor = x <= Left + 1 ? "start" : x >= Width - Right - 30 ? "end" : "middle";
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(x)}\" y=\"{F(height - 6)}\" text-anchor=\"{anchor}\">{label}</text>");
        }
        DrawMarkers(sb, markers, spanSeconds, bottom);
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>One line in one panel, in the colour given: a chart with nothing stacked under it.</summary>
    public static string Render(
        string id, string title, double[] xs, double[] ys, double spanSeconds, bool invert, bool isPace, string color,
        IEnumerable<ChartBand> bands, IEnumerable<ChartMarker> markers) =>
        Render(id, title, xs, spanSeconds, [new ChartPanel(title, [new ChartLine(ys, "line", title, Stroke: color)], 150, invert, isPace, [.. bands])], [.. markers]);

    private static void DrawPanel(StringBuilder sb, ChartPanel panel, double[] xs, double spanSeconds, double top)
    {
        var valid = panel.Lines.SelectMany(l => l.Values).Concat(panel.RibbonLow ?? []).Concat(panel.RibbonHigh ?? [])
            .Where(double.IsFinite).Order().ToArray();
        var (lo, hi) = Range(valid, panel.IsPace, panel.Lines.Any(l => l.Area));
        var plotHeight = panel.Height;
        double Y(double v)
        {
            var f = (Math.Clamp(v, lo, hi) - lo) / (hi - lo);
            return panel.Invert ? top + f * plotHeight : top + (1 - f) * plotHeight;
        }
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"panel\" aria-label=\"{Esc(panel.Title)}\"><rect class=\"plot\" x=\"{F(Left)}\" y=\"{F(top)}\" width=\"{F(PlotWidth)}\" height=\"{F(plotHeight)}\"/>");
        foreach (var b in panel.Bands ?? [])
        {
            var x1 = X(b.FromSeconds, spanSeconds);
            var x2 = Math.Max(X(b.ToSeconds, spanSeconds), x1 + 2);
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"band k-{b.Kind}\" data-finding=\"{b.Index}\" data-kind=\"{b.Kind}\" x=\"{F(x1)}\" y=\"{F(top)}\" width=\"{F(x2 - x1)}\" height=\"{F(plotHeight)}\"><title>{Esc(b.Title)}</title></rect>");
        }
        foreach (var (value, label) in YTicks(lo, hi, panel.IsPace))
        {
            var y = Y(value);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(Left)}\" x2=\"{F(Width - Right)}\" y1=\"{F(y)}\" y2=\"{F(y)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(Left - 6)}\" y=\"{F(y + 6)}\" text-anchor=\"end\">{Esc(label)}</text>");
        }
        if (panel.RibbonLow is { } low && panel.RibbonHigh is { } high)
        {
            var ribbon = RibbonPath(xs, low, high, spanSeconds, Y);
            if (ribbon.Length > 0) sb.Append(CultureInfo.InvariantCulture, $"<path class=\"ribbon\" data-band=\"ci95\" d=\"{ribbon}\"><title>95% interval</title></path>");
        }
        foreach (var line in panel.Lines)
        {
            var path = Path(xs, line.Values, spanSeconds, Y);
            if (path.Length == 0) continue;
            if (line.Area)
                sb.Append(CultureInfo.InvariantCulture, $"<path class=\"area {line.Class}\" d=\"{AreaPath(xs, line.Values, spanSeconds, Y, top + plotHeight)}\"/>");
            var stroke = line.Stroke is null ? "" : $" stroke=\"{line.Stroke}\"";
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"series {line.Class}\" d=\"{path}\"{stroke}><title>{Esc(line.Label)}</title></path>");
        }
        // Band labels sit along the panel's top edge, inside their band, only where they fit; a label that would run into
        // the one before goes on a second row, and where both rows are taken it is left out (the band keeps its title).
        var rowEnds = new[] { double.NegativeInfinity, double.NegativeInfinity };
        var rows = plotHeight >= 90 ? 2 : 1;
        foreach (var b in (panel.Bands ?? []).OrderBy(b => b.FromSeconds))
        {
            var x1 = X(b.FromSeconds, spanSeconds);
            var x2 = X(b.ToSeconds, spanSeconds);
            var width = BandLabelCharWidth * b.Kind.Length;
            if (x2 - x1 < width + 8) continue;
            var row = Enumerable.Range(0, rows).FirstOrDefault(r => x1 + 4 > rowEnds[r] + 8, -1);
            if (row < 0) continue;
            rowEnds[row] = x1 + 4 + width;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"band-label\" x=\"{F(x1 + 4)}\" y=\"{F(top + 20 + 26 * row)}\">{Esc(b.Kind)}</text>");
        }
        sb.Append("</g>");
    }

    private static void DrawMarkers(StringBuilder sb, IEnumerable<ChartMarker> markers, double spanSeconds, double bottom)
    {
        // Labels go in the margin above the plot, in two rows so neighbours do not collide.
        var lastX = new[] { double.NegativeInfinity, double.NegativeInfinity };
        foreach (var m in markers)
        {
            var x = X(m.Seconds, spanSeconds);
            sb.Append(CultureInfo.InvariantCulture,
                $"<line class=\"cramp{(m.AfterRun ? " after" : "")}\" data-cramp=\"{m.Index}\" x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{F(Top - 6)}\" y2=\"{F(bottom)}\"><title>{Esc(m.Label)}</title></line>");
            var text = m.Text ?? $"cramp {m.Index}";
            var width = 13 * text.Length;
            var anchor = x > Width - Right - width ? "end" : x < Left + width / 2 ? "start" : "middle";
            var row = x - lastX[0] > width + 6 ? 0 : 1;
            if (row == 1 && x - lastX[1] <= width + 6) continue; // a third label in the same place would only be noise: the line and its title remain
            lastX[row] = x;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"cramp-label\" x=\"{F(x)}\" y=\"{F(row == 0 ? Top - 10 : Top - 37)}\" text-anchor=\"{anchor}\">{Esc(text)}</text>");
        }
    }

    /// <summary>
    /// Width of one character of a band label in SVG units at its largest size (22 units on a narrow phone, semi-bold): an upper
    /// bound, so labels judged apart are apart at every width.
    /// </summary>
    private const double BandLabelCharWidth = 13;

    /// <summary>The shaded interval: one closed shape per stretch where both ends are known.</summary>
    private static string RibbonPath(double[] xs, double[] low, double[] high, double span, Func<double, double> y)
    {
        var path = new StringBuilder();
        var stretch = new List<int>();
        void Close()
        {
            if (stretch.Count >= 2)
            {
                for (var k = 0; k < stretch.Count; k++)
                    path.Append(k == 0 ? 'M' : 'L').Append(F(X(xs[stretch[k]], span))).Append(',').Append(F(y(high[stretch[k]])));
                for (var k = stretch.Count - 1; k >= 0; k--)
                    path.Append('L').Append(F(X(xs[stretch[k]], span))).Append(',').Append(F(y(low[stretch[k]])));
                path.Append('Z');
            }
            stretch.Clear();
        }
        for (var i = 0; i < xs.Length && i < low.Length && i < high.Length; i++)
        {
            if (double.IsFinite(xs[i]) && double.IsFinite(low[i]) && double.IsFinite(high[i])) stretch.Add(i);
            else Close();
        }
        Close();
        return path.ToString();
    }

    private static string Path(double[] xs, double[] ys, double span, Func<double, double> y)
    {
        var path = new StringBuilder();
        var pen = false;
        var previousX = double.NegativeInfinity;
        for (var i = 0; i < xs.Length && i < ys.Length; i++)
        {
            if (!double.IsFinite(ys[i]) || !double.IsFinite(xs[i]) || xs[i] < previousX) { pen = false; continue; }
            previousX = xs[i];
            path.Append(pen ? 'L' : 'M').Append(F(X(xs[i], span))).Append(',').Append(F(y(ys[i])));
            pen = true;
        }
        return path.ToString();
    }

    private static string AreaPath(double[] xs, double[] ys, double span, Func<double, double> y, double floor)
    {
        var path = new StringBuilder();
        var open = double.NaN;
        var lastX = double.NaN;
        var previousX = double.NegativeInfinity;
        for (var i = 0; i < xs.Length && i < ys.Length; i++)
        {
            if (!double.IsFinite(ys[i]) || !double.IsFinite(xs[i]) || xs[i] < previousX)
            {
                if (!double.IsNaN(open)) { path.Append('L').Append(F(lastX)).Append(',').Append(F(floor)).Append('Z'); open = double.NaN; }
                continue;
            }
            previousX = xs[i];
            var x = X(xs[i], span);
            if (double.IsNaN(open)) { path.Append('M').Append(F(x)).Append(',').Append(F(floor)); open = x; }
            path.Append('L').Append(F(x)).Append(',').Append(F(y(ys[i])));
            lastX = x;
        }
        if (!double.IsNaN(open)) path.Append('L').Append(F(lastX)).Append(',').Append(F(floor)).Append('Z');
        return path.ToString();
    }

    private static (double Lo, double Hi) Range(double[] sorted, bool isPace, bool fromGround)
    {
        if (sorted.Length == 0) return (0, 1);
        // Percentiles keep one GPS spike or a stop from flattening the whole line.
        var lo = isPace ? sorted[(int)(0.02 * (sorted.Length - 1))] : sorted[0];
        var hi = isPace ? sorted[(int)(0.98 * (sorted.Length - 1))] : sorted[^1];
        var pad = Math.Max((hi - lo) * 0.08, isPace ? 10 : fromGround ? 5 : 1);
        var (a, b) = (lo - pad, hi + pad);
        // Values near double's limits leave no finite range to draw in: such a chart keeps a unit range.
        return double.IsFinite(a) && double.IsFinite(b) && b > a ? (a, b) : (0, 1);
    }

    private static IEnumerable<(double Value, string Label)> YTicks(double lo, double hi, bool isPace)
    {
        var steps = isPace ? new double[] { 5, 10, 15, 20, 30, 60, 120, 300, 600, 1200 } : [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000];
        var step = steps.FirstOrDefault(s => (hi - lo) / s <= 4, steps[^1]);
        while ((hi - lo) / step > 4) step *= 2; // values beyond the table (a broken file's range) still get few ticks
        var v = Math.Ceiling(lo / step) * step;
        for (var n = 0; v <= hi && n < MaxTicks; n++, v += step)
            yield return (v, isPace ? PaceText.Clock(v) : Advice.Units.Num(v, step < 1 ? 1 : 0));
    }

    /// <remarks>With an origin the ticks count minutes from it ("−20" … "0 min": the unit once, so labels stay apart on a phone), else hours and minutes from the start.</remarks>
    private static IEnumerable<(double Seconds, string Label)> XTicks(double span, double origin = 0)
    {
        double[] minutes = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440];
        var step = 60 * minutes.FirstOrDefault(m => span / (60 * m) <= MaxTicks - 1, minutes[^1]);
        while (span / step > MaxTicks - 1) step *= 2;
        var s = 0.0;
        for (var n = 0; s <= span + 1e-9 && n < MaxTicks; n++, s += step)
        {
            var total = (long)Math.Round(s / 60);
            if (origin != 0)
            {
                var relative = (long)Math.Round((s - origin) / 60);
                yield return (s, relative == 0 ? "0 min" : (relative < 0 ? "\u2212" : "") + Math.Abs(relative).ToString(CultureInfo.InvariantCulture));
                continue;
            }
            yield return (s, string.Create(CultureInfo.InvariantCulture, $"{total / 60}:{total % 60:00}"));
        }
    }

    internal static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    internal static string Esc(string text) => WebUtility.HtmlEncode(text);
}
