using CrampSignals.Advice;
using System.Globalization;
using System.Text;
using CrampSignals.Cohorts;
using CrampSignals.History;
using CrampSignals.Signals;
using static CrampSignals.Reports.SvgChart;

namespace CrampSignals.Reports;

/// <summary>
/// The history's evidence: each finding kind's odds ratio as a forest plot on a log scale and as a table, and the patterns
/// (season, temperature, length, time of day, races) as small tables with a bar of each group's share of runs with a cramp.
/// Where the data give no number the page says "no estimate" and why, and prints none.
/// </summary>
internal static class HistoryEvidence
{
    private const double RowHeight = 34, LabelWidth = 214, Width = 600, Right = 24, AxisHeight = 34;

    public static void WriteAssociations(TextWriter o, CohortStatisticsResult s)
    {
        o.Write("<h2>What came with your cramps <span class=\"sub\">odds of a cramp with each finding</span></h2>");
        if (s.Associations.IsDefaultOrEmpty)
        {
            o.Write("<p class=\"notes\">No finding to compare.</p>");
            return;
        }
        o.Write("<figure class=\"card chart-card forest-card history-forest\"><figcaption>Odds ratio of a cramp with 95 % interval, log scale; right of the red line (1): more cramps with the finding</figcaption>");
        o.Write(ForestPlot(s.Associations));
        o.Write("<div class=\"legend\"><span><i class=\"dot adjusted\"></i>adjusted for run length</span><span><i class=\"dot crude\"></i>crude, where no adjusted estimate</span></div></figure>");
        o.Write("<div class=\"table-wrap\"><table class=\"stack\" data-table=\"associations\"><thead><tr><th scope=\"col\">finding</th><th scope=\"col\" class=\"num\">runs with it</th><th scope=\"col\" class=\"num\">runs with cramps</th><th scope=\"col\">crude OR (95 % CI)</th><th scope=\"col\">adjusted OR (95 % CI)</th><th scope=\"col\" class=\"num\">q</th></tr></thead><tbody>");
        foreach (var a in s.Associations)
        {
            o.Write($"<tr data-row=\"{a.Kind.ToId()}\"><th scope=\"row\"><span class=\"swatch k-{a.Kind.ToId()}\"></span> {a.Kind.ToId()}</th>");
            o.Write($"<td class=\"num\" data-label=\"runs with it\">{a.RunsWith}</td><td class=\"num\" data-label=\"runs with cramps\">{a.RunsWithCramps}</td>");
            o.Write($"<td data-label=\"crude OR (95 % CI)\">{Or(a.Crude)}</td><td data-label=\"adjusted OR (95 % CI)\">{Or(a.Adjusted)}</td>");
            o.Write($"<td class=\"num\" data-label=\"q\">{(a.Adjusted.HasEstimate && a.Adjusted.QValue is double q ? CohortTextWriter.P(q) : "-")}</td></tr>");
        }
        o.Write("</tbody></table></div>");
        o.Write("<p class=\"whole\">Adjusted: conditional logistic regression with run length; q: Benjamini-Hochberg over every p-value of these statistics. An odds ratio says how much more often a cramp came with the finding in your runs, not that the finding caused it.</p>");
        // One line per kind and reason: a kind with neither estimate says so once.
        var notes = s.Associations.SelectMany(a => a.Crude.Note is not null && a.Crude.Note == a.Adjusted.Note && !a.Crude.HasEstimate && !a.Adjusted.HasEstimate
                ? new[] { (a.Kind, "", a.Adjusted) }
                : [(a.Kind, ", crude", a.Crude), (a.Kind, ", adjusted", a.Adjusted)])
            .Where(x => x.Item3.Note is not null).ToList();
        if (notes.Count > 0 || !s.Notes.IsDefaultOrEmpty)
        {
            o.Write("<ul class=\"notes\" data-notes=\"associations\">");
            foreach (var n in s.Notes) o.Write($"<li>{Esc(n)}</li>");
            foreach (var (kind, what, e) in notes)
                o.Write($"<li data-kind=\"{kind.ToId()}\">{kind.ToId()}{what}: {(e.HasEstimate ? "" : "no estimate: ")}{Esc(e.Note!)}</li>");
            o.Write("</ul>");
        }
    }

    /// <summary>
    /// The time-to-event table of the runner's own runs: the hazard of a first cramp during a run while each finding was present,
    /// against their time without it; shown only when some cramp struck during a run at a known moment.
    /// </summary>
    public static void WriteTimeToEvent(TextWriter o, CohortStatisticsResult s)
    {
        if (s.InRunEvents == 0 || s.TimeToEvent.IsDefaultOrEmpty) return;
        o.Write($"<h2>What came just before <span class=\"sub\">{s.InRunEvents} first cramps during a run, against your time on the move without the finding</span></h2>");
        o.Write("<div class=\"table-wrap\"><table class=\"stack\" data-table=\"time-to-event\"><thead><tr><th scope=\"col\">finding</th><th scope=\"col\">counts</th><th scope=\"col\" class=\"num\">cramps while present</th><th scope=\"col\">hazard ratio (95 % CI)</th><th scope=\"col\" class=\"num\">q</th></tr></thead><tbody>");
        foreach (var t in s.TimeToEvent)
        {
            var counts = t.WindowMinutes is int w ? $"while it lasts and {w} min after" : "from when it starts to the end of the run";
            o.Write($"<tr data-row=\"{t.Kind.ToId()}\"><th scope=\"row\"><span class=\"swatch k-{t.Kind.ToId()}\"></span> {t.Kind.ToId()}</th>");
            o.Write($"<td data-label=\"counts\">{Esc(counts)}</td><td class=\"num\" data-label=\"cramps while present\">{t.ExposedEvents}</td>");
            var hr = CohortTextWriter.Hr(t.Alone);
            o.Write($"<td data-label=\"hazard ratio (95 % CI)\">{(hr == "-" ? "<span class=\"none\">no estimate</span>" : Esc(hr))}</td>");
            o.Write($"<td class=\"num\" data-label=\"q\">{(t.Alone.QValue is double q ? CohortTextWriter.P(q) : "-")}</td></tr>");
        }
        o.Write("</tbody></table></div>");
        o.Write("<p class=\"whole\">A hazard ratio of 2 means a cramp came twice as readily while the finding was present as in your other time on the move, at the same point of a run. What follows a cramp (a limp) cannot count here.</p>");
    }

    /// <summary>"2.61 (1.80-3.92)", or "no estimate" where the data give no number.</summary>
    private static string Or(OddsRatioEstimate e) => e.HasEstimate ? Esc(CohortTextWriter.Or(e)) : "<span class=\"none\">no estimate</span>";

    /// <summary>One row per finding kind: the adjusted estimate (the crude one, hollow, where there is no adjusted one), or "no estimate".</summary>
    internal static string ForestPlot(IReadOnlyList<KindAssociation> associations)
    {
        OddsRatioEstimate? Shown(KindAssociation a) => a.Adjusted.HasEstimate ? a.Adjusted : a.Crude.HasEstimate ? a.Crude : null;
        var ends = associations.Select(Shown).OfType<OddsRatioEstimate>().SelectMany(e => new[] { e.Ci95Low, e.Ci95High, e.OddsRatio })
            .Where(v => v is > 0 && double.IsFinite(v.Value)).Select(v => Math.Log10(v!.Value)).ToList();
        var lo = Math.Floor(Math.Max(-3, Math.Min(-1, ends.Count > 0 ? ends.Min() : -1)));
        var hi = Math.Ceiling(Math.Min(3, Math.Max(1, ends.Count > 0 ? ends.Max() : 1)));
        var plotWidth = Width - LabelWidth - Right;
        double X(double or) => LabelWidth + (Math.Clamp(Math.Log10(or), lo, hi) - lo) / (hi - lo) * plotWidth;
        var bottom = RowHeight * associations.Count + 6;
        var height = bottom + AxisHeight;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart forest\" data-chart=\"associations\" viewBox=\"0 0 {F(Width)} {F(height)}\" role=\"img\" aria-label=\"Forest plot of odds ratios of a cramp per finding\"><title>Odds ratios with 95% intervals (log scale)</title>");
        ForestAxis.Draw(sb, lo, hi, X, plotWidth, bottom, height);
        for (var i = 0; i < associations.Count; i++)
        {
            var a = associations[i];
            var id = a.Kind.ToId();
            var y = RowHeight * (i + 0.5) + 4;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{F(LabelWidth - 10)}\" y=\"{F(y + 7)}\" text-anchor=\"end\">{id}</text>");
            if (Shown(a) is not { OddsRatio: double or } e)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick none\" data-none=\"{id}\" x=\"{F(LabelWidth + 6)}\" y=\"{F(y + 7)}\">no estimate<title>{Esc(a.Adjusted.Note ?? a.Crude.Note ?? "the data give no number")}</title></text>");
                continue;
            }
            var crude = !a.Adjusted.HasEstimate;
            var color = HtmlStyle.Color(a.Kind);
            var x1 = X(e.Ci95Low ?? or);
            var x2 = X(e.Ci95High is double h && double.IsFinite(h) ? h : Math.Pow(10, hi));
            var label = $"{id}, {(crude ? "crude" : "adjusted")}: {CohortTextWriter.Or(e)}";
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"series\" data-kind=\"{id}\" x1=\"{F(x1)}\" x2=\"{F(x2)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"{color}\" stroke-width=\"2\"/>");
            sb.Append(crude
                ? string.Create(CultureInfo.InvariantCulture, $"<circle class=\"crude\" data-estimate=\"{id}\" cx=\"{F(X(or))}\" cy=\"{F(y)}\" r=\"6\" stroke=\"{color}\"><title>{Esc(label)}</title></circle>")
                : string.Create(CultureInfo.InvariantCulture, $"<rect data-estimate=\"{id}\" x=\"{F(X(or) - 6)}\" y=\"{F(y - 6)}\" width=\"12\" height=\"12\" fill=\"{color}\"><title>{Esc(label)}</title></rect>"));
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static readonly Dictionary<string, string> Titles = new()
    {
        ["season"] = "Season",
        ["temperature"] = "Temperature",
        ["length"] = "Run length",
        ["time-of-day"] = "Time of day (local)",
        ["race"] = "Race or training",
    };

    public static void WritePatterns(TextWriter o, IReadOnlyList<HistoryPattern> patterns, UnitSystem units = UnitSystem.Metric)
    {
        o.Write("<h2>When your cramps came <span class=\"sub\">each group against your other runs</span></h2>");
        if (patterns.Count == 0)
        {
            o.Write("<p class=\"notes\">No runs to group.</p>");
            return;
        }
        o.Write("<div class=\"charts patterns\">");
        var dimensions = HistoryPatterns.Dimensions.Concat(patterns.Select(p => p.Dimension)).Distinct();
        foreach (var dimension in dimensions)
        {
            var rows = patterns.Where(p => p.Dimension == dimension).ToList();
            if (rows.Count == 0) continue;
            var title = Titles.GetValueOrDefault(dimension, dimension);
            o.Write($"<section class=\"card pattern\" data-dimension=\"{Esc(dimension)}\"><h3>{Esc(title)}</h3>");
            o.Write($"<div class=\"table-wrap\"><table class=\"pattern-table\" data-table=\"pattern-{Esc(dimension)}\"><thead><tr><th scope=\"col\">group</th><th scope=\"col\">runs with cramps</th><th scope=\"col\">OR (95 % CI), q</th></tr></thead><tbody>");
            foreach (var p in rows)
            {
                var share = 100 * p.CrampShare;
                o.Write($"<tr data-group=\"{Esc(p.Group)}\"><th scope=\"row\">{Esc(PatternLabel.Of(p, units))}</th>");
                o.Write($"<td class=\"share\"><span class=\"share-bar\"><i style=\"width:{F(Math.Clamp(share, 0, 100))}%\"></i></span><span class=\"pv\">{p.RunsWithCramps} of {p.Runs} · {Advice.Units.Num(share, share < 10 ? 1 : 0)} %</span></td>");
                var q = p.Estimate.HasEstimate && p.Estimate.QValue is double qv ? $" <span class=\"q\">q {CohortTextWriter.P(qv)}</span>" : "";
                o.Write($"<td>{Or(p.Estimate)}{q}</td></tr>");
            }
            o.Write("</tbody></table></div>");
            var why = rows.Where(p => p.Estimate.Note is not null).ToList();
            if (why.Count > 0)
            {
                o.Write("<ul class=\"notes\">");
                foreach (var p in why) o.Write($"<li>{Esc(PatternLabel.Of(p, units))}: {Esc(p.Estimate.Note!)}</li>");
                o.Write("</ul>");
            }
            o.Write("</section>");
        }
        o.Write("</div>");
    }
}
