using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.History;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Weather;
using CrampSignals.Text;
using static CrampSignals.Reports.SvgChart;

namespace CrampSignals.Reports;

/// <summary>
/// Writes a self-contained HTML report (no scripts, fonts or anything fetched from a network), phone first: headline tiles,
/// the route drawn from the positions, the splits, inline SVG charts of pace with elevation, cadence, heart rate and air
/// and wrist temperature with findings shaded and cramps marked, advice cards, and the details. The units follow
/// <see cref="RunReport.Units"/>. The markup is well-formed XML so other tools can read it back.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly FindingKind[] PaceKinds = [FindingKind.FastStart, FindingKind.PaceSurge, FindingKind.NoWarmUp, FindingKind.NoCoolDown];
    private static readonly FindingKind[] HeatKinds = [FindingKind.HeatExposure, FindingKind.HotHours];

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

    /// <summary>A cohort study as one self-contained HTML page: a forest plot of the adjusted odds ratios and the triggered averages.</summary>
    public static string ToStudyHtml(CohortReport cohort) => CohortHtmlWriter.ToHtml(cohort);

    /// <summary>
    /// A runner's history as one self-contained HTML page: the headline numbers and the advice their own runs rank first, every
    /// run on a timeline with the runs with cramps marked, the associations as a forest plot and a table, the patterns, every
    /// cramp with the words it was read from, and the activities left out.
    /// </summary>
    /// <param name="history">The history.</param>
    /// <param name="runPage">A run's own page as a link relative to this page (<c>runs/123.html</c>), or null when it has none.</param>
    /// <param name="units">Distances in kilometres or miles, as <see cref="AnalysisOptions.Units"/> gives a run's report.</param>
    public static string ToHistoryHtml(HistoryReport history, Func<HistoryRun, string?>? runPage = null, UnitSystem units = UnitSystem.Metric) =>
        HistoryHtmlWriter.ToHtml(history, runPage, units);

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
        Open(o, $"Cramp signals over {cohort.RunCount} runs");
        o.Write($"<header><h1>Cramp signals over {cohort.RunCount} runs</h1><p class=\"file\">{RouteMap.Count(cohort.RunsWithCramps, "run")} with cramps, {RouteMap.Count(cohort.Cramps, "cramp")}, {RouteMap.Count(cohort.Failures.Length, "unreadable file")}</p></header>");
        if (NoCrampNote.Applies(cohort))
        {
            o.Write($"<h2>What came before the cramps</h2><p class=\"note\">{Esc(NoCrampNote.Text)}.</p><div class=\"table-wrap\"><table><thead><tr><th>finding</th><th class=\"num\">runs</th></tr></thead><tbody>");
            foreach (var s in cohort.Findings.Where(s => s.Runs > 0))
                o.Write($"<tr><td><span class=\"swatch k-{s.Kind.ToId()}\"></span> {s.Kind.ToId()}</td><td class=\"num\">{s.Runs}</td></tr>");
        }
        else o.Write("<h2>What came before the cramps</h2><div class=\"table-wrap\"><table><thead><tr><th>finding</th><th class=\"num\">runs</th><th class=\"num\">runs with cramps</th><th class=\"num\">cramps it preceded</th><th class=\"num\">share of cramps</th><th class=\"num\">odds ratio</th></tr></thead><tbody>");
        foreach (var s in NoCrampNote.Applies(cohort) ? [] : cohort.Findings.Where(s => s.Runs > 0))
            o.Write($"<tr><td><span class=\"swatch k-{s.Kind.ToId()}\"></span> {s.Kind.ToId()}</td><td class=\"num\">{s.Runs}</td><td class=\"num\">{s.RunsWithCramps}</td><td class=\"num\">{s.CrampsPreceded}</td><td class=\"num\">{Units.Num(100 * s.ShareOfCrampsPreceded)} %</td><td class=\"num\">{(s.OddsRatio is double or ? Units.Num(or, 2) : "-")}</td></tr>");
        o.Write("</tbody></table></div>");
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
        o.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><meta name=\"color-scheme\" content=\"light dark\"/>");
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

        o.Write("<div class=\"overview\"><section><h2>Route</h2>");
        if (RouteMap.HasRoute(report.Activity.Samples))
        {
            o.Write("<figure class=\"card map-card\">");
            o.Write(RouteMap.Render(prefix + "route", report));
            WriteRouteLegend(o, report);
            o.Write("</figure>");
        }
        else o.Write("<p class=\"missing\" data-missing=\"route\">No positions in this file (a treadmill or an indoor run?): there is no route to draw.</p>");
        o.Write("</section><section>");
        WriteSplits(o, report, prefix);
        o.Write("</section></div>");

        var series = report.Activity.Samples.Count > 0 ? ChartSeries.From(report.Activity) : null;
        if (series is not null && !double.IsNaN(series.StartUnixSeconds))
        {
            o.Write("<h2>The run</h2>");
            WriteLegend(o, report);
            o.Write("<div class=\"charts\">");
            WriteCharts(o, report, series, prefix);
            o.Write("</div>");
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

    /// <summary>Most finding bands and most cramp lines drawn on one chart: past a few hundred they are one smear, and the page must stay small.</summary>
    internal const int MaxMarks = 200;

    private static void WriteCharts(TextWriter o, RunReport report, ChartSeries series, string prefix)
    {
        var u = report.Units;
        var start = series.StartUnixSeconds;
        var span = series.SpanSeconds;
        var markers = report.Signals.Cramps.Select((c, i) => new ChartMarker(UnixTime.FromDateTime(c.Time) - start, i,
            $"cramp {i}: {ReportFormat.Muscle(c.Cramp.Muscle)} at {ReportFormat.Elapsed(report, c.Time)}{(c.AfterRun ? " (after the run)" : "")}", c.AfterRun)).Take(MaxMarks).ToList();
        List<ChartBand> Bands(params FindingKind[] kinds) => [.. report.Signals.Findings.Select((f, i) => (f, i)).Where(x => kinds.Contains(x.f.Kind))
            .Select(x => new ChartBand(UnixTime.FromDateTime(x.f.Start) - start, UnixTime.FromDateTime(x.f.End) - start, x.f.Kind.ToId(), x.i,
                $"finding {x.i}: {x.f.Kind.ToId()} - {ReportFormat.InUnits(report, x.f.Summary)}")).Take(MaxMarks)];
        double[] Convert(double[] values, Func<double, double> f) => [.. values.Select(v => double.IsFinite(v) ? f(v) : double.NaN)];

        var paceUnit = "min" + UnitFormat.PaceUnit(u);
        var pace = Convert(series.PaceSecondsPerKm, v => UnitFormat.PaceSeconds(v, u));
        var elevation = Convert(series.Altitude, v => UnitFormat.Elevation(v, u));
        var panels = new List<ChartPanel>();
        if (pace.Any(double.IsFinite))
            panels.Add(new ChartPanel($"Pace ({paceUnit}, faster is higher)", [new ChartLine(pace, "pace", "pace")], 210, Invert: true, IsPace: true, Bands: Bands(PaceKinds)));
        if (elevation.Any(double.IsFinite))
            panels.Add(new ChartPanel($"Elevation ({UnitFormat.ElevationUnit(u)})", [new ChartLine(elevation, "elevation", "elevation", Area: true)], 90));
        if (panels.Count > 0)
        {
            var title = string.Join(" with ", panels.Select(p => p.Title.Split(" (")[0].ToLowerInvariant()));
            Card(o, Capital(title) + $" ({paceUnit}{(elevation.Any(double.IsFinite) ? ", " + UnitFormat.ElevationUnit(u) : "")})",
                Render(prefix + "pace", Capital(title) + " over time", series.Seconds, span, panels, markers, "chart wide"), wide: true);
        }
        else o.Write("<p class=\"missing\">Pace: not in this file.</p>");
        if (!elevation.Any(double.IsFinite)) o.Write("<p class=\"missing\">Elevation: not in this file.</p>");

        Single(o, prefix + "cadence", $"Cadence ({CadenceUnit.Long(report.Summary.Sport)})", series.Seconds, span, series.Cadence, "cadence", Bands(FindingKind.CadenceDrop), markers);
        Single(o, prefix + "heart-rate", "Heart rate (bpm)", series.Seconds, span, series.HeartRate, "heart-rate", Bands(FindingKind.CardiacDrift), markers);

        var tempUnit = UnitFormat.TemperatureUnit(u);
        var wrist = Convert(series.Temperature, v => UnitFormat.Temperature(v, u));
        var air = report.Weather is WeatherSeries weather
            ? Convert([.. series.Seconds.Select(x => weather.TemperatureCelsiusAt(UnixTime.ToDateTime(start + x)))], v => UnitFormat.Temperature(v, u))
            : [];
        var lines = new List<ChartLine>();
        if (air.Any(double.IsFinite)) lines.Add(new ChartLine(air, "air", "air (weather file)"));
        if (wrist.Any(double.IsFinite)) lines.Add(new ChartLine(wrist, lines.Count > 0 ? "wrist dim" : "wrist", "wrist sensor"));
        if (lines.Count == 0) o.Write("<p class=\"missing\">Temperature: not in this file.</p>");
        else
        {
            var what = lines.Count == 2 ? "air and wrist" : lines[0].Class == "air" ? "air" : "wrist sensor";
            var t = $"Temperature, {what} ({tempUnit})";
            // The lines are named in a key above the chart: labels on the plot would sit on the lines.
            var key = string.Concat(lines.Select(l => $"<span><i class=\"key {l.Class}\"></i>{Esc(l.Label)}</span>"));
            Card(o, t, Render(prefix + "temperature", t, series.Seconds, span, [new ChartPanel(t, lines, 150, Bands: Bands(HeatKinds))], markers), wide: false, key);
        }
    }

    private static void Single(TextWriter o, string id, string title, double[] xs, double span, double[] values, string cls, List<ChartBand> bands, List<ChartMarker> markers)
    {
        if (!values.Any(double.IsFinite))
        {
            o.Write($"<p class=\"missing\">{Esc(title.Split(" (")[0])}: not in this file.</p>");
            return;
        }
        Card(o, title, Render(id, title, xs, span, [new ChartPanel(title, [new ChartLine(values, cls, title.Split(" (")[0].ToLowerInvariant())], 150, Bands: bands)], markers), wide: false);
    }

    private static void Card(TextWriter o, string title, string svg, bool wide, string? key = null)
    {
        o.Write($"<figure class=\"card chart-card{(wide ? " wide" : "")}\"><figcaption>{Esc(title)}{(key is null ? "" : $"<span class=\"keys\">{key}</span>")}</figcaption>{svg}</figure>");
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static void WriteTiles(TextWriter o, RunReport report)
    {
        var s = report.Summary;
        var u = report.Units;
        var tiles = new List<(string Value, string Label, bool Alert)>();
        if (s.DistanceMeters is double d) tiles.Add((UnitFormat.DistanceText(d, u), "distance", false));
        // The watch's own timer time, pauses left out, as the runner saw it; the elapsed time where the file has no timer.
        if ((s.TimerTime ?? s.Duration) is TimeSpan t) tiles.Add((Units.Clock(t), "time", false));
        if (s.NotARun is null && s.AveragePaceSecondsPerKm is double p) tiles.Add((UnitFormat.Pace(p, u), "average pace", false));
        if (s.AverageHeartRateBpm is double hr) tiles.Add(($"{Units.Num(hr)} bpm", "heart rate", false));
        if (s.AverageCadence is double c) tiles.Add(($"{Units.Num(c)} {CadenceUnit.Short(s.Sport)}", "cadence", false));
        if (ReportFormat.RunTemperature(report) is { } temperature)
            tiles.Add((ReportFormat.TemperatureText(report, temperature.Celsius), temperature.Source == "air" ? "air" : "wrist temperature", false));
        var cramps = report.Signals.Cramps.Length;
        tiles.Add(($"{cramps}", cramps == 1 ? "cramp" : "cramps", cramps > 0));
        var findings = report.Signals.Findings.Length;
        tiles.Add(($"{findings}", findings == 1 ? "finding" : "findings", false));
        o.Write("<div class=\"tiles\">");
        foreach (var (value, label, alert) in tiles)
            o.Write($"<div class=\"tile{(alert ? " alert" : "")}\"><div class=\"v\">{Esc(value)}</div><div class=\"l\">{label}</div></div>");
        o.Write("</div>");
    }

    private static void WriteRouteLegend(TextWriter o, RunReport report)
    {
        o.Write("<figcaption class=\"legend\"><span class=\"ramp\"><span>slow</span>");
        foreach (var c in RouteMap.PaceColors) o.Write($"<i style=\"background:{c}\"></i>");
        o.Write("<span>fast</span></span><span><i class=\"dot start\"></i>start</span><span><i class=\"dot finish\"></i>finish</span>");
        o.Write($"<span><i class=\"dot km\"></i>{UnitFormat.DistanceUnit(report.Units)}</span>");
        foreach (var kind in report.Signals.Findings.Where(f => RunSplits.IsStretch(f, report)).Select(f => f.Kind).Distinct().Order())
            o.Write($"<span><i class=\"swatch k-{kind.ToId()}\"></i>{kind.ToId()}</span>");
        if (!report.Signals.Cramps.IsEmpty) o.Write("<span><i class=\"swatch cramp\"></i>cramp</span>");
        o.Write("</figcaption>");
        WholeRun(o, report);
    }

    /// <summary>Findings that cover nearly the whole run are named once rather than marked everywhere.</summary>
    private static void WholeRun(TextWriter o, RunReport report)
    {
        var whole = report.Signals.Findings.Where(f => f.Kind != FindingKind.LongRunHydration && !RunSplits.IsStretch(f, report)).Select(f => f.Kind.ToId()).Distinct().ToList();
        if (whole.Count > 0) o.Write($"<p class=\"whole\">Over nearly the whole run: {Esc(string.Join(", ", whole))}.</p>");
    }

    private static void WriteSplits(TextWriter o, RunReport report, string prefix)
    {
        var u = report.Units;
        var splits = RunSplits.From(report);
        var unit = UnitFormat.DistanceUnit(u);
        o.Write($"<h2>Splits <span class=\"sub\">per {(u == UnitSystem.Imperial ? "mile" : "kilometre")}</span></h2>");
        if (splits.IsEmpty)
        {
            o.Write("<p class=\"missing\" data-missing=\"splits\">No distance in this file: no splits.</p>");
            return;
        }
        WriteSplitVerdict(o, splits, u);
        var paces = splits.Where(x => !x.IsPartial(u) || splits.Length == 1).Select(x => x.SecondsPerKm).Where(double.IsFinite).ToList();
        var fastest = paces.Count > 0 ? paces.Min() : double.NaN;
        var slowest = paces.Count > 0 ? paces.Max() : double.NaN;
        var hasGap = splits.Any(x => double.IsFinite(x.GradeAdjustedSecondsPerKm));
        var hasHr = splits.Any(x => double.IsFinite(x.HeartRateBpm));
        var hasCad = splits.Any(x => double.IsFinite(x.Cadence));
        var hasElev = splits.Any(x => double.IsFinite(x.GainMeters));
        var hasTemp = splits.Any(x => double.IsFinite(x.TemperatureCelsius));
        var tempHeader = report.Weather is null ? "wrist" : "air";
        o.Write($"<div class=\"table-wrap\"><table id=\"{prefix}splits\" class=\"splits\" data-table=\"splits\" data-unit=\"{unit}\"><caption class=\"sr\">Splits per {unit}: time, pace, grade-adjusted pace, heart rate, cadence, climb and descent, temperature, findings</caption><thead><tr>");
        o.Write($"<th class=\"num\" scope=\"col\">{unit}</th><th class=\"num\" scope=\"col\">time</th><th scope=\"col\">pace <small>/{unit}</small></th>");
        if (hasGap) o.Write("<th class=\"num\" scope=\"col\"><abbr title=\"grade-adjusted pace\">GAP</abbr></th>");
        if (hasHr) o.Write("<th class=\"num\" scope=\"col\">HR</th>");
        if (hasCad) o.Write($"<th class=\"num\" scope=\"col\">{CadenceUnit.Short(report.Summary.Sport)}</th>");
        if (hasElev) o.Write($"<th class=\"num\" scope=\"col\">+/− <small>{UnitFormat.ElevationUnit(u)}</small></th>");
        if (hasTemp) o.Write($"<th class=\"num\" scope=\"col\">{tempHeader} <small>{UnitFormat.TemperatureUnit(u)}</small></th>");
        o.Write("</tr></thead><tbody>");
        foreach (var x in splits.Take(MaxSplitRows))
        {
            var names = x.Findings.Select(f => report.Signals.Findings[f].Kind.ToId()).Distinct().ToList();
            var label = x.IsPartial(u) ? Units.Num(UnitFormat.Distance(x.Meters, u), 2) : x.Number.ToString(CultureInfo.InvariantCulture);
            var cls = names.Count > 0 ? $" class=\"in-finding k-row-{names[0]}\"" : "";
            o.Write($"<tr data-split=\"{x.Number}\" data-meters=\"{F(x.Meters)}\"{(names.Count > 0 ? $" data-findings=\"{string.Join(' ', names)}\"" : "")}{cls}>");
            o.Write($"<th class=\"num\" scope=\"row\">{label}</th><td class=\"num\">{Units.Clock(TimeSpan.FromSeconds(x.Seconds))}</td>");
            // The bar grows with speed: a fast start is a row of long bars over shorter ones.
            var width = double.IsFinite(x.SecondsPerKm) && double.IsFinite(fastest) && slowest > fastest
                ? 35 + 65 * Math.Clamp((slowest - x.SecondsPerKm) / (slowest - fastest), 0, 1) : 70;
            o.Write($"<td class=\"pace-cell\"><span class=\"bar\" style=\"width:{F(width)}%\"></span><span class=\"pv\">{UnitFormat.Pace(x.SecondsPerKm, u, withUnit: false)}</span>");
            foreach (var n in names) o.Write($"<span class=\"tag k-{n}\">{n}</span>");
            o.Write("</td>");
            if (hasGap) o.Write($"<td class=\"num\">{UnitFormat.Pace(x.GradeAdjustedSecondsPerKm, u, withUnit: false)}</td>");
            if (hasHr) o.Write($"<td class=\"num\">{Opt(x.HeartRateBpm)}</td>");
            if (hasCad) o.Write($"<td class=\"num\">{Opt(x.Cadence)}</td>");
            if (hasElev) o.Write($"<td class=\"num\">{(double.IsFinite(x.GainMeters) ? $"+{Units.Num(UnitFormat.Elevation(x.GainMeters, u))} −{Units.Num(UnitFormat.Elevation(x.LossMeters, u))}" : "-")}</td>");
            if (hasTemp) o.Write($"<td class=\"num\">{(double.IsFinite(x.TemperatureCelsius) ? UnitFormat.Temperature(x.TemperatureCelsius, u).ToString("0.0", CultureInfo.InvariantCulture) : "-")}</td>");
            o.Write("</tr>");
        }
        if (splits.Length > MaxSplitRows)
            o.Write($"<tr class=\"more\"><td colspan=\"8\">{splits.Length - MaxSplitRows} more splits not listed</td></tr>");
        o.Write("</tbody></table></div>");
    }

    /// <summary>Most split rows listed: a thousand kilometres is past any single run, and the page must stay small whatever the file says.</summary>
    internal const int MaxSplitRows = 1000;

    private static string Opt(double v) => double.IsFinite(v) ? Units.Num(v) : "-";

    /// <summary>One sentence over the table: first half against second half, so a fast start reads at a glance.</summary>
    private static void WriteSplitVerdict(TextWriter o, System.Collections.Immutable.ImmutableArray<Split> splits, UnitSystem u)
    {
        var meters = splits.Sum(x => x.Meters);
        var seconds = splits.Sum(x => x.Seconds);
        if (splits.Length < 2 || meters <= 0) return;
        double firstM = 0, firstS = 0;
        foreach (var x in splits)
        {
            if (firstM + x.Meters > meters / 2) { var f = (meters / 2 - firstM) / x.Meters; firstM += f * x.Meters; firstS += f * x.Seconds; break; }
            firstM += x.Meters; firstS += x.Seconds;
        }
        var firstPace = firstS * 1000 / firstM;
        var secondPace = (seconds - firstS) * 1000 / (meters - firstM);
        var diff = UnitFormat.PaceSeconds(secondPace - firstPace, u);
        var verdict = Math.Abs(diff) < 3 ? "an even split" : diff > 0 ? $"a positive split: the second half was {Units.Num(diff)} s{UnitFormat.PaceUnit(u)} slower" : $"a negative split: the second half was {Units.Num(-diff)} s{UnitFormat.PaceUnit(u)} faster";
        o.Write($"<p class=\"verdict{(diff >= 3 ? " positive" : "")}\">First half {UnitFormat.Pace(firstPace, u)}, second half {UnitFormat.Pace(secondPace, u)}: {verdict}.</p>");
    }

    private static void WriteLegend(TextWriter o, RunReport report)
    {
        o.Write("<div class=\"legend\">");
        // Only kinds that are drawn: a whole-run finding such as long-run-hydration would shade everything and say nothing.
        foreach (var kind in report.Signals.Findings.Select(f => f.Kind).Where(k => PaceKinds.Contains(k) || HeatKinds.Contains(k) || k is FindingKind.CadenceDrop or FindingKind.CardiacDrift).Distinct().Order())
            o.Write($"<span><i class=\"swatch k-{kind.ToId()}\"></i>{kind.ToId()}</span>");
        if (!report.Signals.Cramps.IsEmpty) o.Write("<span><i class=\"swatch cramp\"></i>cramp</span>");
        o.Write("</div>");
    }

    private static void WriteCard(TextWriter o, AdviceItem item, RunReport report)
    {
        var strength = ReportFormat.Strength(item.Rule.Strength).Replace(' ', '-');
        o.Write($"<article class=\"card advice s-{strength}{(item.RuleId == RuleIds.ImmediateCare ? " first" : "")}\" data-rule=\"{item.RuleId}\">");
        o.Write($"<div class=\"card-head\"><span class=\"rank\">{item.Rank}</span><h3>{Esc(item.Rule.Title)}</h3></div>");
        o.Write($"<div class=\"rule\">{item.RuleId}{(item.CrampShare > 0 ? $" · answers {Units.Num(100 * item.CrampShare)} % of this run's cramps" : "")}</div>");
        o.Write($"<p class=\"headline\">{Esc(item.Headline)}</p>");
        o.Write("<div class=\"why\">");
        foreach (var why in item.Why)
        {
            var cls = why.IsCramp ? "cramp" : "k-" + why.Kind;
            o.Write($"<span class=\"chip {cls}\" title=\"{Esc(ReportFormat.InUnits(report, why.Text))}\" data-ref=\"{why.Reference}\">{Esc(why.IsCramp ? $"cramp {why.Index} at {ReportFormat.Elapsed(report, why.Time)}" : $"{why.Kind} at {ReportFormat.Elapsed(report, why.Time)}")}</span>");
        }
        o.Write("</div><ul>");
        foreach (var a in item.Actions) o.Write($"<li>{Esc(a)}</li>");
        o.Write($"</ul><div class=\"evidence\"><span class=\"pill\">{ReportFormat.Strength(item.Rule.Strength)} evidence</span> {Esc(item.Rule.Evidence)}</div></article>");
    }

    private static void WriteDetails(TextWriter o, RunReport report)
    {
        o.Write("<h2>Findings</h2>");
        if (report.Signals.Findings.IsEmpty) o.Write("<p class=\"notes\">None.</p>");
        else
        {
            o.Write("<div class=\"table-wrap\"><table class=\"details\"><thead><tr><th class=\"num\">#</th><th>kind</th><th>from</th><th>to</th><th>severity</th><th>what</th></tr></thead><tbody>");
            for (var i = 0; i < report.Signals.Findings.Length; i++)
            {
                var f = report.Signals.Findings[i];
                o.Write($"<tr><td class=\"num\">{i}</td><td><span class=\"swatch k-{f.Kind.ToId()}\"></span> {f.Kind.ToId()}</td><td>{ReportFormat.Elapsed(report, f.Start)}</td><td>{ReportFormat.Elapsed(report, f.End)}</td><td>{ReportFormat.Severity(f.Severity)}</td><td class=\"what\">{Esc(ReportFormat.InUnits(report, f.Summary))}</td></tr>");
            }
            o.Write("</tbody></table></div>");
        }
        o.Write("<h2>Cramps</h2>");
        if (report.Signals.Cramps.IsEmpty) o.Write("<p class=\"notes\">None logged for this run.</p>");
        else
        {
            o.Write("<div class=\"table-wrap\"><table class=\"details\"><thead><tr><th class=\"num\">#</th><th>at</th><th>muscle</th><th>side</th><th class=\"num\">severity</th><th>came before it (lead time)</th><th>note</th></tr></thead><tbody>");
            for (var i = 0; i < report.Signals.Cramps.Length; i++)
            {
                var c = report.Signals.Cramps[i];
                var before = c.Preceding.IsEmpty ? "nothing found" : string.Join(", ", c.Preceding.Select(p => $"{p.Finding.Kind.ToId()} ({Units.Clock(TimeSpan.FromSeconds(p.LeadTimeSeconds))})"));
                o.Write($"<tr><td class=\"num\">{i}</td><td>{ReportFormat.Elapsed(report, c.Time)}{(c.AfterRun ? " (after the run)" : "")}</td><td>{ReportFormat.Muscle(c.Cramp.Muscle)}</td><td>{Esc(c.Cramp.Side ?? "-")}</td><td class=\"num\">{c.Cramp.Severity?.ToString(CultureInfo.InvariantCulture) ?? "-"}</td><td class=\"what\">{Esc(before)}</td><td class=\"what\">{Esc(c.Cramp.Note ?? "")}</td></tr>");
            }
            o.Write("</tbody></table></div>");
        }
        var notes = report.Signals.Notes.Concat(report.Signals.NotMeasured.Select(n => "Not measured: " + n)).Concat(report.Warnings.Select(w => "Warning: " + w)).ToList();
        if (notes.Count > 0)
        {
            o.Write("<ul class=\"notes\">");
            foreach (var n in notes) o.Write($"<li>{Esc(ReportFormat.InUnits(report, n))}</li>");
            o.Write("</ul>");
        }
    }
}
