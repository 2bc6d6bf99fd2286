using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Analysis;
using CrampSignals.Signals;
using static CrampSignals.Export.Reports.SvgChart;

namespace CrampSignals.Export.Reports;

/// <summary>
/// Writes a self-contained HTML report (no scripts, fonts or anything fetched from a network): headline tiles, inline SVG charts
/// of pace, cadence, heart rate and temperature with findings shaded and cramps marked, advice cards, and the details.
/// The markup is well-formed XML so other tools can read it back.
/// </summary>
public static class HtmlReportWriter
{
    private sealed record ChartSpec(string Id, string Title, Func<ChartSeries, double[]> Values, bool Invert, bool IsPace, string Color, FindingKind[] Kinds);

    private static readonly ChartSpec[] Charts =
    [
        new("pace", "Pace (min/km, faster is higher)", s => s.PaceSecondsPerKm, true, true, "#2563eb",
            [FindingKind.FastStart, FindingKind.PaceSurge, FindingKind.NoWarmUp, FindingKind.NoCoolDown]),
        new("cadence", "Cadence (steps/min)", s => s.Cadence, false, false, "#7c3aed", [FindingKind.CadenceDrop]),
        new("heart-rate", "Heart rate (bpm)", s => s.HeartRate, false, false, "#dc2626", [FindingKind.CardiacDrift]),
        new("temperature", "Temperature (°C)", s => s.Temperature, false, false, "#ea580c",
            [FindingKind.HeatExposure, FindingKind.HotHours]),
    ];

    /// <summary>One run's report as an HTML document.</summary>
    public static string ToHtml(RunReport report)
    {
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        Write(o, report);
        return o.ToString();
    }

    /// <summary>Several runs' report as an HTML document.</summary>
    public static string ToHtml(CohortReport cohort)
    {
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        Write(o, cohort);
        return o.ToString();
    }

    /// <summary>Writes one run's report as an HTML document.</summary>
    public static void Write(TextWriter o, RunReport report)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(report);
        Open(o, "Cramp signals: " + Path.GetFileName(report.Summary.FileName));
        WriteRun(o, report, 0, heading: "h1");
        Close(o);
    }

    /// <summary>Writes several runs' report as an HTML document: what most often came before cramps, then each run.</summary>
    public static void Write(TextWriter o, CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(cohort);
        Open(o, $"Cramp signals over {cohort.Runs.Length} runs");
        o.Write($"<header><h1>Cramp signals over {cohort.Runs.Length} runs</h1><p class=\"file\">{cohort.RunsWithCramps} runs with cramps, {cohort.Cramps} cramps, {cohort.Failures.Length} unreadable files</p></header>");
        o.Write("<h2>What came before the cramps</h2><table><thead><tr><th>finding</th><th class=\"num\">runs</th><th class=\"num\">runs with cramps</th><th class=\"num\">cramps it preceded</th><th class=\"num\">share of cramps</th><th class=\"num\">odds ratio</th></tr></thead><tbody>");
        foreach (var s in cohort.Findings.Where(s => s.Runs > 0))
            o.Write($"<tr><td><span class=\"swatch k-{s.Kind.ToId()}\"></span> {s.Kind.ToId()}</td><td class=\"num\">{s.Runs}</td><td class=\"num\">{s.RunsWithCramps}</td><td class=\"num\">{s.CrampsPreceded}</td><td class=\"num\">{Units.Num(100 * s.ShareOfCrampsPreceded)} %</td><td class=\"num\">{(s.OddsRatio is double or ? Units.Num(or, 2) : "-")}</td></tr>");
        o.Write("</tbody></table>");
        if (!cohort.Failures.IsEmpty || !cohort.Warnings.IsEmpty || !cohort.Duplicates.IsEmpty)
        {
            o.Write("<ul class=\"notes\">");
            foreach (var f in cohort.Failures) o.Write($"<li>unreadable: {Esc(f.Message)}</li>");
            foreach (var t in cohort.Duplicates) o.Write($"<li>counted once: {Esc(t.Dropped)} is the same run as {Esc(t.Kept)}</li>");
            foreach (var w in cohort.Warnings) o.Write($"<li>warning: {Esc(w)}</li>");
            o.Write("</ul>");
        }
        for (var i = 0; i < cohort.Runs.Length; i++)
        {
            o.Write("<section class=\"run\">");
            WriteRun(o, cohort.Runs[i], i, heading: "h2");
            o.Write("</section>");
        }
        Close(o);
    }

    internal static void Open(TextWriter o, string title)
    {
        o.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        o.Write($"<title>{Esc(title)}</title><style>{HtmlStyle.Css()}</style></head><body><main>");
    }

    internal static void Close(TextWriter o)
    {
        o.Write($"<footer>{Esc(Disclaimer.Text)}</footer></main></body></html>\n");
    }

    private static void WriteRun(TextWriter o, RunReport report, int runIndex, string heading)
    {
        var s = report.Summary;
        var prefix = $"r{runIndex}-";
        // A single report is titled by what it is; in a folder report each run is titled by its file.
        var title = heading == "h1" ? "Cramp signals" : Path.GetFileName(s.FileName);
        o.Write($"<header><{heading}>{Esc(title)}</{heading}><p class=\"file\">{Esc(Path.GetFileName(s.FileName))} · {Esc(ReportFormat.OneLine(report))}</p></header>");
        WriteTiles(o, report);

        var series = report.Activity.Samples.Count > 0 ? ChartSeries.From(report.Activity) : null;
        if (series is not null && !double.IsNaN(series.StartUnixSeconds))
        {
            o.Write("<h2>The run</h2>");
            WriteLegend(o, report);
            var start = series.StartUnixSeconds;
            var span = series.SpanSeconds;
            var markers = report.Signals.Cramps.Select((c, i) => new ChartMarker(UnixTime.FromDateTime(c.Time) - start, i,
                $"cramp {i}: {ReportFormat.Muscle(c.Cramp.Muscle)}{(c.AfterRun ? " (after the run)" : "")}", c.AfterRun)).ToList();
            foreach (var chart in Charts)
            {
                var values = chart.Values(series);
                if (!values.Any(double.IsFinite))
                {
                    o.Write($"<p class=\"missing\">{Esc(chart.Title.Split(" (")[0])}: not in this file.</p>");
                    continue;
                }
                var bands = report.Signals.Findings.Select((f, i) => (f, i)).Where(x => chart.Kinds.Contains(x.f.Kind))
                    .Select(x => new ChartBand(UnixTime.FromDateTime(x.f.Start) - start, UnixTime.FromDateTime(x.f.End) - start, x.f.Kind.ToId(), x.i,
                        $"finding {x.i}: {x.f.Kind.ToId()} - {x.f.Summary}"));
                o.Write($"<div class=\"chart-card\"><h3>{Esc(chart.Title)}</h3>");
                o.Write(Render(prefix + chart.Id, chart.Title, series.Seconds, values, span, chart.Invert, chart.IsPace, chart.Color, bands, markers));
                o.Write("</div>");
            }
        }
        else o.Write("<p class=\"missing\">No samples with times: no charts for this run.</p>");

        o.Write("<h2>What to do</h2>");
        if (report.Advice.IsEmpty) o.Write("<p class=\"notes\">Nothing in this run calls for advice.</p>");
        else
        {
            o.Write("<div class=\"cards\">");
            foreach (var item in report.Advice) WriteCard(o, item, report);
            o.Write("</div>");
        }
        WriteDetails(o, report);
    }

    private static void WriteTiles(TextWriter o, RunReport report)
    {
        var s = report.Summary;
        var tiles = new List<(string Value, string Label, bool Alert)>();
        if (s.DistanceMeters is double d) tiles.Add(($"{Units.Num(d / 1000, 2)} km", "distance", false));
        if (s.Duration is TimeSpan t) tiles.Add((Units.Clock(t), "duration", false));
        if (s.AveragePaceSecondsPerKm is double p) tiles.Add((Units.Pace(p), "average pace", false));
        if (s.AverageHeartRateBpm is double hr) tiles.Add(($"{Units.Num(hr)} bpm", "heart rate", false));
        if (s.AverageCadence is double c) tiles.Add(($"{Units.Num(c)} spm", "cadence", false));
        if (s.MeanTemperatureCelsius is double temp) tiles.Add(($"{Units.Num(temp, 1)} °C", "temperature", false));
        tiles.Add(($"{report.Signals.Cramps.Length}", "cramps", report.Signals.Cramps.Length > 0));
        tiles.Add(($"{report.Signals.Findings.Length}", "findings", false));
        o.Write("<div class=\"tiles\">");
        foreach (var (value, label, alert) in tiles)
            o.Write($"<div class=\"tile{(alert ? " alert" : "")}\"><div class=\"v\">{Esc(value)}</div><div class=\"l\">{label}</div></div>");
        o.Write("</div>");
    }

    private static void WriteLegend(TextWriter o, RunReport report)
    {
        o.Write("<div class=\"legend\">");
        // Only kinds that are drawn: a whole-run finding such as long-run-hydration would shade everything and say nothing.
        foreach (var kind in report.Signals.Findings.Select(f => f.Kind).Where(k => Charts.Any(c => c.Kinds.Contains(k))).Distinct().Order())
            o.Write($"<span><i class=\"swatch k-{kind.ToId()}\"></i>{kind.ToId()}</span>");
        if (!report.Signals.Cramps.IsEmpty) o.Write("<span><i class=\"swatch cramp\"></i>cramp</span>");
        o.Write("</div>");
    }

    private static void WriteCard(TextWriter o, AdviceItem item, RunReport report)
    {
        var strength = ReportFormat.Strength(item.Rule.Strength).Replace(' ', '-');
        o.Write($"<article class=\"card s-{strength}{(item.RuleId == RuleIds.ImmediateCare ? " first" : "")}\" data-rule=\"{item.RuleId}\">");
        o.Write($"<span class=\"rank\">{item.Rank}</span><h3>{Esc(item.Rule.Title)}</h3>");
        o.Write($"<div class=\"rule\">{item.RuleId}{(item.CrampShare > 0 ? $" · answers {Units.Num(100 * item.CrampShare)} % of this run's cramps" : "")}</div>");
        o.Write($"<p class=\"headline\">{Esc(item.Headline)}</p>");
        o.Write("<div class=\"why\">");
        foreach (var why in item.Why)
        {
            var cls = why.IsCramp ? "cramp" : "k-" + why.Kind;
            o.Write($"<span class=\"chip {cls}\" title=\"{Esc(why.Text)}\" data-ref=\"{why.Reference}\">{Esc(why.IsCramp ? $"cramp {why.Index} at {ReportFormat.Elapsed(report, why.Time)}" : $"{why.Kind} at {ReportFormat.Elapsed(report, why.Time)}")}</span>");
        }
        o.Write("</div><ul>");
        foreach (var a in item.Actions) o.Write($"<li>{Esc(a)}</li>");
        o.Write($"</ul><div class=\"evidence\"><span class=\"pill\">{ReportFormat.Strength(item.Rule.Strength)} evidence</span>{Esc(item.Rule.Evidence)}</div></article>");
    }

    private static void WriteDetails(TextWriter o, RunReport report)
    {
        o.Write("<h2>Findings</h2>");
        if (report.Signals.Findings.IsEmpty) o.Write("<p class=\"notes\">None.</p>");
        else
        {
            o.Write("<table><thead><tr><th class=\"num\">#</th><th>kind</th><th>from</th><th>to</th><th>severity</th><th>what</th></tr></thead><tbody>");
            for (var i = 0; i < report.Signals.Findings.Length; i++)
            {
                var f = report.Signals.Findings[i];
                o.Write($"<tr><td class=\"num\">{i}</td><td><span class=\"swatch k-{f.Kind.ToId()}\"></span> {f.Kind.ToId()}</td><td>{ReportFormat.Elapsed(report, f.Start)}</td><td>{ReportFormat.Elapsed(report, f.End)}</td><td>{ReportFormat.Severity(f.Severity)}</td><td>{Esc(f.Summary)}</td></tr>");
            }
            o.Write("</tbody></table>");
        }
        o.Write("<h2>Cramps</h2>");
        if (report.Signals.Cramps.IsEmpty) o.Write("<p class=\"notes\">None logged for this run.</p>");
        else
        {
            o.Write("<table><thead><tr><th class=\"num\">#</th><th>at</th><th>muscle</th><th>side</th><th class=\"num\">severity</th><th>came before it (lead time)</th><th>note</th></tr></thead><tbody>");
            for (var i = 0; i < report.Signals.Cramps.Length; i++)
            {
                var c = report.Signals.Cramps[i];
                var before = c.Preceding.IsEmpty ? "nothing found" : string.Join(", ", c.Preceding.Select(p => $"{p.Finding.Kind.ToId()} ({Units.Clock(TimeSpan.FromSeconds(p.LeadTimeSeconds))})"));
                o.Write($"<tr><td class=\"num\">{i}</td><td>{ReportFormat.Elapsed(report, c.Time)}{(c.AfterRun ? " (after the run)" : "")}</td><td>{ReportFormat.Muscle(c.Cramp.Muscle)}</td><td>{Esc(c.Cramp.Side ?? "-")}</td><td class=\"num\">{c.Cramp.Severity?.ToString(CultureInfo.InvariantCulture) ?? "-"}</td><td>{Esc(before)}</td><td>{Esc(c.Cramp.Note ?? "")}</td></tr>");
            }
            o.Write("</tbody></table>");
        }
        var notes = report.Signals.Notes.Concat(report.Signals.NotMeasured.Select(n => "Not measured: " + n)).Concat(report.Warnings.Select(w => "Warning: " + w)).ToList();
        if (notes.Count > 0)
        {
            o.Write("<ul class=\"notes\">");
            foreach (var n in notes) o.Write($"<li>{Esc(n)}</li>");
            o.Write("</ul>");
        }
    }
}
