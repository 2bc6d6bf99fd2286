using System.Globalization;
using System.Text;
using CrampSignals.Advice;
using CrampSignals.History;
using static CrampSignals.Reports.SvgChart;

namespace CrampSignals.Reports;

/// <summary>
/// Every run of a history on one date axis, its distance (or time, when most runs have no distance) up the side. Runs without
/// a cramp are small grey dots merged where they would fall on the same spot, all in one path, so two thousand runs draw as
/// a few hundred dots; each run with a cramp is its own red mark (<c>data-cramp-run</c>), linked to its page when it has one.
/// </summary>
internal static class HistoryTimeline
{
    private const double Width = 600, Left = 52, Right = 16, Top = 14, PlotHeight = 240, Bottom = 34;

    /// <summary>Runs without a cramp closer than this (SVG units) are drawn as one dot.</summary>
    private const double Cell = 3;

    private static double PlotWidth => Width - Left - Right;

    public static void Write(TextWriter o, HistoryReport history, Func<HistoryRun, string?> runPage, UnitSystem units)
    {
        var dated = history.Runs.Where(r => r.StartUtc is not null).ToList();
        if (dated.Count == 0)
        {
            o.Write("<p class=\"missing\" data-missing=\"timeline\">No run has a start time: there is no timeline to draw.</p>");
            return;
        }
        // Distance when most runs have one; a history of treadmill runs without distance is drawn by time instead.
        var byDistance = dated.Count(r => r.DistanceMeters is > 0) * 2 >= dated.Count;
        double? Value(HistoryRun r) => byDistance
            ? r.DistanceMeters is double d && double.IsFinite(d) && d >= 0 ? UnitFormat.Distance(d, units) : null
            : (r.MovingSeconds ?? r.DurationSeconds) is double s && double.IsFinite(s) && s >= 0 ? s / 3600 : null;
        var axis = byDistance ? $"distance ({UnitFormat.DistanceUnit(units)})" : "time moving (h)";

        var from = dated.Min(r => r.StartUtc!.Value);
        var to = dated.Max(r => r.StartUtc!.Value);
        if (to - from < TimeSpan.FromDays(30)) (from, to) = (from.AddDays(-15), to.AddDays(15));
        var span = (to - from).TotalSeconds;
        double X(DateTime t) => Left + Math.Clamp((t - from).TotalSeconds / span, 0, 1) * PlotWidth;
        var values = dated.Select(Value).OfType<double>().ToList();
        var (step, max) = YScale(values.Count == 0 ? 1 : values.Max());
        var bottom = Top + PlotHeight;
        double Y(double v) => bottom - Math.Clamp(v / max, 0, 1) * PlotHeight;

        var sb = new StringBuilder();
        var height = bottom + Bottom;
        var crampRuns = dated.Count(r => r.HasCramps);
        sb.Append(CultureInfo.InvariantCulture, $"<svg id=\"history-timeline\" class=\"chart history\" data-chart=\"history\" viewBox=\"0 0 {F(Width)} {F(height)}\" role=\"img\" aria-labelledby=\"history-timeline-t\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"history-timeline-t\">{Esc($"{RouteMap.Count(dated.Count, "run")} by date, {axis} up the side; {RouteMap.Count(crampRuns, "run")} with cramps marked")}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"plot\" x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(PlotWidth)}\" height=\"{F(PlotHeight)}\"/>");
        for (var v = 0.0; v <= max + 1e-9; v += step)
        {
            var y = Y(v);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{F(Left)}\" x2=\"{F(Width - Right)}\" y1=\"{F(y)}\" y2=\"{F(y)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(Left - 6)}\" y=\"{F(y + 6)}\" text-anchor=\"end\">{Units.Num(v, step < 1 ? 1 : 0)}</text>");
        }
        foreach (var (t, label) in XTicks(from, to))
        {
            var x = X(t);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"xtick\" x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{F(bottom)}\" y2=\"{F(bottom + 5)}\"/>");
            var anchor = x < Left + 30 ? "start" : x > Width - Right - 40 ? "end" : "middle";
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(x)}\" y=\"{F(height - 8)}\" text-anchor=\"{anchor}\">{label}</text>");
        }

        // One path for all runs without a cramp: a zero-length segment with a round cap is a dot, one per occupied cell.
        var cells = new HashSet<(long, long)>();
        var dots = new StringBuilder();
        var unknown = 0;
        foreach (var r in dated.Where(r => !r.HasCramps))
        {
            if (Value(r) is not double v) { unknown++; continue; }
            var (x, y) = (X(r.StartUtc!.Value), Y(v));
            if (!cells.Add(((long)Math.Round(x / Cell), (long)Math.Round(y / Cell)))) continue;
            dots.Append('M').Append(F(x)).Append(',').Append(F(y)).Append("h0");
        }
        if (dots.Length > 0)
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"history-runs\" data-dots=\"{cells.Count}\" d=\"{dots}\"><title>{Esc(RouteMap.Count(dated.Count - crampRuns, "run"))} without a cramp</title></path>");

        // Smaller marks when they are many, still at least 4 CSS px across on a phone.
        var radius = crampRuns > 150 ? 4 : 5;
        foreach (var r in dated.Where(r => r.HasCramps))
        {
            var v = Value(r);
            var (x, y) = (X(r.StartUtc!.Value), v is double d ? Y(d) : bottom);
            var what = $"{HistoryHtmlWriter.Date(r)}: {HistoryHtmlWriter.RunName(r)}, {(v is double known ? $"{Units.Num(known, 1)} {(byDistance ? UnitFormat.DistanceUnit(units) : "h")}" : byDistance ? "distance not known" : "time not known")}, {RouteMap.Count(r.Cramps.Length, "cramp")}";
            var mark = $"<circle class=\"history-cramp{(v is null ? " unknown" : "")}\" data-cramp-run=\"{Esc(r.Id)}\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"{F(radius)}\"><title>{Esc(what)}</title></circle>";
            sb.Append(runPage(r) is string page ? $"<a href=\"{Esc(page)}\">{mark}</a>" : mark);
        }
        sb.Append("</svg>");

        o.Write($"<figure class=\"card chart-card history-card\"><figcaption>Every run by date, {Esc(axis)}</figcaption>{sb}");
        o.Write("<div class=\"legend\"><span><i class=\"dot plain-run\"></i>run</span><span><i class=\"dot cramp-run\"></i>run with cramps</span></div></figure>");
        var undated = history.Runs.Length - dated.Count;
        var notes = new List<string>();
        if (undated > 0) notes.Add($"{RouteMap.Count(undated, "run")} without a start time {(undated == 1 ? "is" : "are")} not on the timeline.");
        if (unknown > 0) notes.Add($"{RouteMap.Count(unknown, "run")} without a cramp and without a {(byDistance ? "distance" : "time")} {(unknown == 1 ? "is" : "are")} not drawn.");
        var unknownCramp = dated.Count(r => r.HasCramps && Value(r) is null);
        if (unknownCramp > 0) notes.Add($"{RouteMap.Count(unknownCramp, "run")} with cramps and without a {(byDistance ? "distance" : "time")}: hollow marks on the axis.");
        if (notes.Count > 0) o.Write($"<p class=\"whole\">{Esc(string.Join(" ", notes))}</p>");
    }

    /// <summary>A round step giving at most five gridlines from 0, and the top of the axis.</summary>
    private static (double Step, double Max) YScale(double top)
    {
        double[] steps = [0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
        top = Math.Max(top, 1);
        var step = steps.FirstOrDefault(s => top / s <= 4, 0);
        if (step == 0) { step = 1000; while (top / step > 4) step *= 2; }
        return (step, Math.Ceiling(top / step) * step);
    }

    /// <summary>Years ("2021") over two years and more, else months ("2024-03"); at most six labels, so they stay apart on a phone.</summary>
    private static IEnumerable<(DateTime At, string Label)> XTicks(DateTime from, DateTime to)
    {
        var years = (to - from).TotalDays / 365.25;
        if (years >= 2)
        {
            var step = new[] { 1, 2, 5, 10, 20, 50 }.FirstOrDefault(s => years / s <= 5, 100);
            var first = from > new DateTime(from.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc) ? from.Year + 1 : from.Year;
            first = (first + step - 1) / step * step;
            for (var y = first; y <= to.Year; y += step)
                yield return (new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Utc), y.ToString(CultureInfo.InvariantCulture));
            yield break;
        }
        var months = (to - from).TotalDays / 30.44;
        var mstep = new[] { 1, 2, 3, 6, 12 }.First(s => months / s <= 4 || s == 12);
        var m = new DateTime(from.Year, from.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        while ((m.Month - 1) % mstep != 0) m = m.AddMonths(1);
        for (; m <= to; m = m.AddMonths(mstep))
            yield return (m, m.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }
}
