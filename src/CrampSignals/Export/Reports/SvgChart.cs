using System.Globalization;
using System.Net;
using System.Text;

namespace CrampSignals.Export.Reports;

/// <summary>A shaded span on a chart: a finding.</summary>
internal sealed record ChartBand(double FromSeconds, double ToSeconds, string Kind, int Index, string Title);

/// <summary>A vertical line on a chart: a cramp.</summary>
internal sealed record ChartMarker(double Seconds, int Index, string Label, bool AfterRun);

/// <summary>Draws one time-series chart as inline SVG: a line with gaps, shaded finding bands, cramp lines, axes with round ticks.</summary>
internal static class SvgChart
{
    public const double Width = 960;
    public const double Height = 190;
    public const double Left = 56;
    public const double Right = 18;
    public const double Top = 14;
    public const double Bottom = 26;
    public static double PlotWidth => Width - Left - Right;
    public static double PlotHeight => Height - Top - Bottom;

    /// <summary>The x of a time, in SVG units; times outside the run are pinned to its edges.</summary>
    public static double X(double seconds, double spanSeconds) => Left + Math.Clamp(seconds / spanSeconds, 0, 1) * PlotWidth;

    public static string Render(
        string id, string title, double[] xs, double[] ys, double spanSeconds, bool invert, bool isPace, string color,
        IEnumerable<ChartBand> bands, IEnumerable<ChartMarker> markers)
    {
        var valid = ys.Where(double.IsFinite).Order().ToArray();
        var (lo, hi) = Range(valid, isPace);
        double Y(double v)
        {
            var f = (Math.Clamp(v, lo, hi) - lo) / (hi - lo);
            return invert ? Top + f * PlotHeight : Top + (1 - f) * PlotHeight;
        }
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-label=\"{Esc(title)}\" data-span-seconds=\"{F(spanSeconds)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Esc(title)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"plot\" x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(PlotWidth)}\" height=\"{F(PlotHeight)}\"/>");

        foreach (var b in bands)
        {
            var x1 = X(b.FromSeconds, spanSeconds);
            var x2 = Math.Max(X(b.ToSeconds, spanSeconds), x1 + 2);
            sb.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"band k-{b.Kind}\" data-finding=\"{b.Index}\" data-kind=\"{b.Kind}\" x=\"{F(x1)}\" y=\"{F(Top)}\" width=\"{F(x2 - x1)}\" height=\"{F(PlotHeight)}\"><title>{Esc(b.Title)}</title></rect>");
        }

        foreach (var (value, label) in YTicks(lo, hi, isPace))
        {
            var y = Y(value);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(Left)}\" x2=\"{F(Width - Right)}\" y1=\"{F(y)}\" y2=\"{F(y)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(Left - 6)}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{Esc(label)}</text>");
        }
        foreach (var (seconds, label) in XTicks(spanSeconds))
        {
            var x = X(seconds, spanSeconds);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"xtick\" x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{F(Top + PlotHeight)}\" y2=\"{F(Top + PlotHeight + 4)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(x)}\" y=\"{F(Height - 8)}\" text-anchor=\"middle\">{label}</text>");
        }

        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < xs.Length; i++)
        {
            if (!double.IsFinite(ys[i])) { pen = false; continue; }
            path.Append(pen ? 'L' : 'M').Append(F(X(xs[i], spanSeconds))).Append(',').Append(F(Y(ys[i])));
            pen = true;
        }
        sb.Append(CultureInfo.InvariantCulture, $"<path class=\"series\" d=\"{path}\" stroke=\"{color}\"/>");

        foreach (var m in markers)
        {
            var x = X(m.Seconds, spanSeconds);
            sb.Append(CultureInfo.InvariantCulture,
                $"<line class=\"cramp{(m.AfterRun ? " after" : "")}\" data-cramp=\"{m.Index}\" x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{F(Top)}\" y2=\"{F(Top + PlotHeight)}\"><title>{Esc(m.Label)}</title></line>");
            var anchor = x > Width - 120 ? "end" : "start";
            var dx = anchor == "end" ? -4 : 4;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"cramp-label\" x=\"{F(x + dx)}\" y=\"{F(Top + 11)}\" text-anchor=\"{anchor}\">{Esc(m.Label)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>Most ticks on an axis, whatever the data: a value of 1e17 or a span of centuries still gets a handful.</summary>
    public const int MaxTicks = 12;

    private static (double Lo, double Hi) Range(double[] sorted, bool isPace)
    {
        if (sorted.Length == 0) return (0, 1);
        // Percentiles keep one GPS spike or a stop from flattening the whole line.
        var lo = isPace ? sorted[(int)(0.02 * (sorted.Length - 1))] : sorted[0];
        var hi = isPace ? sorted[(int)(0.98 * (sorted.Length - 1))] : sorted[^1];
        var pad = Math.Max((hi - lo) * 0.08, isPace ? 10 : 1);
        var (a, b) = (lo - pad, hi + pad);
        // Values near double's limits leave no finite range to draw in: such a chart keeps a unit range.
        return double.IsFinite(a) && double.IsFinite(b) && b > a ? (a, b) : (0, 1);
    }

    private static IEnumerable<(double Value, string Label)> YTicks(double lo, double hi, bool isPace)
    {
        var steps = isPace ? new double[] { 5, 10, 15, 20, 30, 60, 120, 300, 600 } : [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200];
        var step = steps.FirstOrDefault(s => (hi - lo) / s <= 5, NiceStep((hi - lo) / 5));
        var count = 0;
        for (var v = Math.Ceiling(lo / step) * step; v <= hi && count < MaxTicks; v += step, count++)
            yield return (v, isPace ? Advice.Units.Pace(v).Replace("/km", "", StringComparison.Ordinal) : Advice.Units.Num(v, step < 1 ? 1 : 0));
    }

    private static IEnumerable<(double Seconds, string Label)> XTicks(double span)
    {
        double[] minutes = [1, 2, 5, 10, 15, 20, 30, 60, 120, 240];
        var step = 60 * minutes.FirstOrDefault(m => span / (60 * m) <= 10, NiceStep(span / 10 / 3600) * 60);
        var count = 0;
        for (var s = 0.0; s <= span + 1e-9 && count < MaxTicks; s += step, count++)
        {
            var total = (long)Math.Round(s / 60);
            yield return (s, string.Create(CultureInfo.InvariantCulture, $"{total / 60}:{total % 60:00}"));
        }
    }

    /// <summary>The round step (1, 2 or 5 times a power of ten) at or above <paramref name="raw"/>; what a long axis falls back to.</summary>
    internal static double NiceStep(double raw)
    {
        if (!double.IsFinite(raw) || raw <= 0) return double.MaxValue;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = raw / power <= 1 ? power : raw / power <= 2 ? 2 * power : raw / power <= 5 ? 5 * power : 10 * power;
        return double.IsFinite(step) && step > 0 ? step : double.MaxValue;
    }

    internal static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    internal static string Esc(string text) => WebUtility.HtmlEncode(text);
}
