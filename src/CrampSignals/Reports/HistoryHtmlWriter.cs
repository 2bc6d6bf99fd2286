using System.Globalization;
using CrampSignals.Advice;
using CrampSignals.Cramps;
using CrampSignals.History;
using CrampSignals.Signals;
using static CrampSignals.Reports.SvgChart;

namespace CrampSignals.Reports;

/// <summary>
/// A runner's history as one self-contained page, phone first: the headline numbers and the three rules their own evidence
/// ranks first, every run on a timeline with the runs with cramps marked (each linked to its own page when it has one), the
/// associations as a forest plot and a table, the patterns, every cramp with the words it was read from, and what was left
/// out. Everything the archive says (titles, notes, file names) is escaped.
/// </summary>
internal static class HistoryHtmlWriter
{
    /// <summary>Most cramps listed: past this the page would only grow, and the runs' own pages hold the rest.</summary>
    internal const int MaxCrampRows = 2000;

    /// <summary>Most failures, duplicates and warnings listed one by one.</summary>
    internal const int MaxListed = 200;

    public static string ToHtml(HistoryReport history, Func<HistoryRun, string?>? runPage, UnitSystem units)
    {
        ArgumentNullException.ThrowIfNull(history);
        runPage ??= _ => null;
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        var years = Years(history);
        HtmlReportWriter.Open(o, "Cramp history" + (years is null ? "" : ", " + years.Value.Text));
        o.Write($"<header><h1>Your cramp history</h1><p class=\"file\">{Esc(Summary(history, years))}</p></header>");
        WriteTiles(o, history, years);
        WriteAdvice(o, history);
        o.Write("<h2>Every run <span class=\"sub\">runs with cramps in red</span></h2>");
        HistoryTimeline.Write(o, history, runPage, units);
        HistoryEvidence.WriteAssociations(o, history.Statistics);
        HistoryEvidence.WriteTimeToEvent(o, history.Statistics);
        HistoryEvidence.WritePatterns(o, history.Patterns, units);
        WriteCramps(o, history, runPage);
        WriteLeftOut(o, history);
        HtmlReportWriter.Close(o);
        return o.ToString();
    }

    /// <summary>The first and last year with a dated run, and the text for them.</summary>
    private static (int First, int Last, string Text)? Years(HistoryReport h)
    {
        var dated = h.Runs.Select(LocalStart).OfType<DateTime>().ToList();
        if (dated.Count == 0) return null;
        var (first, last) = (dated.Min().Year, dated.Max().Year);
        return (first, last, first == last ? first.ToString(CultureInfo.InvariantCulture) : $"{first}-{last}");
    }

    private static string Summary(HistoryReport h, (int First, int Last, string Text)? years)
    {
        var runs = h.Runs.Length;
        var share = runs == 0 ? "" : $" ({Units.Num(100.0 * h.RunsWithCramps / runs, 1)} %)";
        var when = years is null ? "" : $"{years.Value.Text} · ";
        return runs == 0 ? $"{when}no runs found in {Count(h.Activities, "activity", "activities")}"
            : $"{when}a cramp in {h.RunsWithCramps} of your {RouteMap.Count(runs, "run")}{share}";
    }

    private static void WriteTiles(TextWriter o, HistoryReport h, (int First, int Last, string Text)? years)
    {
        var tiles = new List<(string Value, string Label, string Key, bool Alert)>
        {
            (Int(h.Activities), h.Activities == 1 ? "activity" : "activities", "activities", false),
            (Int(h.Runs.Length), h.Runs.Length == 1 ? "run" : "runs", "runs", false),
            (Int(h.RunsWithCramps), "runs with cramps", "runs-with-cramps", h.RunsWithCramps > 0),
            (Int(h.Cramps), h.Cramps == 1 ? "cramp" : "cramps", "cramps", h.Cramps > 0),
            (Int(h.Skipped.Length), "skipped", "skipped", false),
            (Int(h.Failures.Length), h.Failures.Length == 1 ? "failure" : "failures", "failures", false),
        };
        if (years is { } y) tiles.Add((Int(y.Last - y.First + 1), y.Last == y.First ? "year" : "years", "years", false));
        o.Write("<div class=\"tiles history-tiles\">");
        foreach (var (value, label, key, alert) in tiles)
            o.Write($"<div class=\"tile{(alert ? " alert" : "")}\" data-tile=\"{key}\"><div class=\"v\">{value}</div><div class=\"l\">{label}</div></div>");
        o.Write("</div>");
    }

    private static void WriteAdvice(TextWriter o, HistoryReport h)
    {
        o.Write("<h2>What to try first <span class=\"sub\">ranked by your own runs</span></h2>");
        if (h.Advice.IsDefaultOrEmpty)
        {
            o.Write($"<p class=\"notes\">{(h.RunsWithCramps == 0 ? "No run with a cramp: nothing to rank the advice by." : "No finding came with your cramps: nothing to rank the advice by.")}</p>");
            return;
        }
        o.Write("<div class=\"cards top3\">");
        var rank = 0;
        foreach (var a in h.Advice.Take(3))
        {
            var rule = RuleBook.All.FirstOrDefault(r => r.Id == a.RuleId);
            var strength = rule is null ? "" : ReportFormat.Strength(rule.Strength);
            o.Write($"<article class=\"card advice{(rule is null ? "" : " s-" + strength.Replace(' ', '-'))}\" data-rule=\"{Esc(a.RuleId)}\">");
            o.Write($"<div class=\"card-head\"><span class=\"rank\">{++rank}</span><h3>{Esc(rule?.Title ?? a.RuleId)}</h3></div>");
            o.Write($"<div class=\"rule\"><span class=\"swatch k-{a.Kind.ToId()}\"></span> {a.Kind.ToId()} · {Esc(a.RuleId)}</div>");
            o.Write($"<p class=\"headline\">{Esc(a.Evidence)}</p>");
            // The rule's own evidence is a paragraph: folded, so the three rules read in a minute.
            if (rule is not null)
                o.Write($"<details class=\"evidence\"><summary><span class=\"pill\">{strength} evidence</span> for the rule</summary>{Esc(rule.Evidence)}</details>");
            o.Write("</article>");
        }
        o.Write("</div>");
        if (h.Advice.Length > 3) o.Write($"<p class=\"whole\">{h.Advice.Length - 3} more rules answer findings that came with your cramps, with weaker evidence.</p>");
    }

    private static void WriteCramps(TextWriter o, HistoryReport h, Func<HistoryRun, string?> runPage)
    {
        o.Write($"<h2>Your cramps <span class=\"sub\">{RouteMap.Count(h.Cramps, "cramp")} in {RouteMap.Count(h.RunsWithCramps, "run")}</span></h2>");
        if (h.Cramps == 0)
        {
            o.Write("<p class=\"notes\">No cramp found in your titles, descriptions, notes or logs.</p>");
            return;
        }
        o.Write("<div class=\"table-wrap\"><table class=\"history-cramps\" data-table=\"cramps\"><thead><tr><th>date</th><th>run</th><th>source</th><th>words</th><th>muscle</th><th>when</th></tr></thead><tbody>");
        var listed = 0;
        foreach (var run in h.Runs.Where(r => r.HasCramps))
        {
            foreach (var c in run.Cramps)
            {
                if (listed++ >= MaxCrampRows) break;
                var page = runPage(run);
                var name = Esc(RunName(run));
                var link = page is null ? name : $"<a href=\"{Esc(page)}\">{name}</a>";
                o.Write($"<tr data-run=\"{Esc(run.Id)}\"><td class=\"date\">{Date(run)}</td><td class=\"what run-name\">{link}</td><td class=\"source\">{Source(c.Source)}</td>");
                o.Write($"<td class=\"what words\"><q>{Esc(c.Text)}</q></td><td class=\"muscle\">{(c.Muscle is Muscle m ? ReportFormat.Muscle(m) : "muscle not said")}</td><td class=\"when\">{When(c)}</td></tr>");
            }
        }
        if (listed > MaxCrampRows) o.Write($"<tr class=\"more\"><td colspan=\"6\">{h.Cramps - MaxCrampRows} more cramps not listed</td></tr>");
        o.Write("</tbody></table></div>");
    }

    private static void WriteLeftOut(TextWriter o, HistoryReport h)
    {
        if (h.Skipped.IsDefaultOrEmpty && h.Failures.IsDefaultOrEmpty && h.Duplicates.IsDefaultOrEmpty && h.Warnings.IsDefaultOrEmpty) return;
        o.Write("<h2>Left out</h2>");
        if (!h.Skipped.IsDefaultOrEmpty)
        {
            o.Write($"<details class=\"card left-out\" data-details=\"skipped\"><summary>{Count(h.Skipped.Length, "activity", "activities")} not counted as runs</summary>");
            Counts(o, "reason", h.Skipped.GroupBy(s => s.Reason));
            Counts(o, "sport", h.Skipped.GroupBy(s => s.Sport is { } sport ? sport.ToString().ToLowerInvariant() : "not named"));
            o.Write("</details>");
        }
        List(o, "failures", $"{RouteMap.Count(h.Failures.Length, "file")} could not be read", h.Failures.Select(f => $"{f.Path}: {f.Message}"));
        List(o, "duplicates", $"{RouteMap.Count(h.Duplicates.Length, "run")} found twice, counted once", h.Duplicates.Select(d => $"{d.Dropped} is the same run as {d.Kept}"));
        List(o, "warnings", RouteMap.Count(h.Warnings.Length, "warning"), h.Warnings);
    }

    private static void Counts(TextWriter o, string what, IEnumerable<IGrouping<string, SkippedActivity>> groups)
    {
        o.Write($"<div class=\"table-wrap\"><table data-table=\"skipped-{what}\"><thead><tr><th>{what}</th><th class=\"num\">activities</th></tr></thead><tbody>");
        foreach (var g in groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            o.Write($"<tr><td class=\"what\">{Esc(g.Key)}</td><td class=\"num\">{g.Count()}</td></tr>");
        o.Write("</tbody></table></div>");
    }

    private static void List(TextWriter o, string key, string summary, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        if (all.Count == 0) return;
        o.Write($"<details class=\"card left-out\" data-details=\"{key}\"><summary>{Esc(summary)}</summary><ul class=\"notes\">");
        foreach (var line in all.Take(MaxListed)) o.Write($"<li>{Esc(line)}</li>");
        if (all.Count > MaxListed) o.Write($"<li>{all.Count - MaxListed} more not listed</li>");
        o.Write("</ul></details>");
    }

    /// <summary>The run's local start where its offset is known, else UTC (a date off by one at midnight beats no date).</summary>
    internal static DateTime? LocalStart(HistoryRun r) => r.StartUtc is DateTime t ? t + (r.LocalOffset ?? TimeSpan.Zero) : null;

    internal static string Date(HistoryRun r) => LocalStart(r)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";

    /// <summary>The title the runner gave it, else its date, else its id.</summary>
    internal static string RunName(HistoryRun r) =>
        !string.IsNullOrWhiteSpace(r.Title) ? r.Title : LocalStart(r) is DateTime t ? "run of " + t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : r.Id;

    private static string Source(CrampSource s) => s switch
    {
        CrampSource.Title => "title",
        CrampSource.Description => "description",
        CrampSource.PrivateNote => "private note",
        CrampSource.Log => "log",
        _ => "watch",
    };

    private static string When(HistoryCramp c) =>
        c.AfterRun ? "after the run"
        : c.ElapsedSeconds is double s && double.IsFinite(s) ? Clock(s) + " into the run"
        : "no time stated";

    /// <summary>h:mm from the start.</summary>
    internal static string Clock(double seconds)
    {
        var minutes = (long)Math.Round(Math.Max(0, seconds) / 60);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}:{minutes % 60:00}");
    }

    private static string Count(int n, string one, string many) => $"{Int(n)} {(n == 1 ? one : many)}";

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);
}
