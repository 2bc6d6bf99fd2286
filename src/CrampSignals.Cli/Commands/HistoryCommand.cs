using System.CommandLine;
using System.Globalization;
using System.Text;
using CrampSignals.Cli.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.History;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Weather;

namespace CrampSignals.Cli.Commands;

/// <summary>
/// <c>history PATH... [--cramps LOG] [--weather CSV] [--include walk,hike] [--units metric|imperial] [--format text|json|html]
/// [--out DIR] [--since DATE] [--parallel N] [--cramp-markers] [--privacy-radius M]</c>: a runner's whole archive (a Strava or
/// Garmin Connect export, zipped or not, or any zip or folder of activity files) in; their own history out.
/// </summary>
internal static class HistoryCommand
{
    /// <summary>The folder of run pages inside <c>--out</c>.</summary>
    public const string RunsFolder = "runs";

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A Strava or Garmin Connect account export (its .zip or the unpacked folder), or any zip or folder of FIT, GPX and TCX files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var cramps = new Option<string?>("--cramps", "-c") { Description = "A cramp log over the whole history; each entry with a clock time goes to the run it struck in." };
        var weather = new Option<string?>("--weather", "-w") { Description = "A weather CSV for the runs." };
        var format = CommonOptions.Format("text", "text", "json", "html");
        var output = new Option<string?>("--out", "-o") { Description = "A folder (created when missing): index.html, a page per run with cramps (runs/), history.json and the Parquet tables." };
        var since = new Option<string?>("--since") { Description = "Only activities from this date on (YYYY-MM-DD, UTC)." };
        var parallel = new Option<int>("--parallel", "-j") { Description = "Runs analysed at once (default: one per processor)." };
        var markers = new Option<bool>("--cramp-markers") { Description = "Also read cramps marked on the watch (FIT markers, GPX waypoints named as a cramp)." };
        var privacy = new Option<double>("--privacy-radius") { Description = "Hide the first and last N metres of every route on the pages written (default 0: off)." };
        var units = CommonOptions.Units();
        var include = CommonOptions.Include();
        var followLinks = CommonOptions.FollowLinks();
        var command = new Command("history", "A runner's whole archive (Strava or Garmin export, zip or folder): every run, the cramps written in titles and notes, and what came with them over the years. Not medical advice.")
        {
            paths, cramps, weather, include, units, format, output, since, parallel, markers, privacy, followLinks,
        };
        command.SetAction(parse => Run(context, parse.GetValue(paths) ?? [], new HistoryOptions
        {
            Analysis = AnalysisOptions.Default with
            {
                Units = CommonOptions.ParseUnits(parse.GetValue(units)),
                Include = CommonOptions.ParseInclude(parse.GetValue(include)),
                Weather = parse.GetValue(weather) is string w ? CommonOptions.LoadWeather(w, context) : null,
            },
            Cramps = parse.GetValue(cramps) is string c ? CommonOptions.LoadCramps(c) : null,
            Since = ParseSince(parse.GetValue(since)),
            MaxParallelism = parse.GetValue(parallel) is var n && n >= 0 ? n : throw new UsageException("--parallel takes a number of runs, 1 or more"),
            CrampMarkers = parse.GetValue(markers),
            PrivacyRadiusMeters = parse.GetValue(privacy) is var m && m >= 0 && double.IsFinite(m) ? m : throw new UsageException("--privacy-radius takes metres, 0 or more"),
            FollowLinks = parse.GetValue(followLinks),
        }, parse.GetValue(format) ?? "text", parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, HistoryOptions options, string format, string? outFolder)
    {
        foreach (var p in paths)
            if (!Directory.Exists(p) && !File.Exists(p)) throw new InputException($"{p}: no such file or folder");
        var pages = outFolder is null ? null : new RunPages(outFolder);
        HistoryReport history;
        using (var bar = new ProgressBar(context.Error))
        {
            history = HistoryAnalyzer.Analyze(paths, pages is null ? options : options with { CrampRunSink = pages.Write }, bar);
            bar.Finish();
        }
        if (history.Activities == 0) throw new InputException($"no activities found in {string.Join(", ", paths)}");
        foreach (var f in history.Failures) context.Error.WriteLine($"warning: not read: {LogText.Escape(f.Message)}");
        foreach (var w in history.Warnings) context.Error.WriteLine($"warning: {LogText.Escape(w)}");
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{history.Activities} activities: {history.Runs.Length} runs ({history.RunsWithCramps} with cramps), {history.Skipped.Length} skipped, {history.Duplicates.Length} counted once, {history.Failures.Length} unreadable"));
        if (pages is not null)
        {
            pages.DropDuplicates(history);
            File.WriteAllText(Path.Combine(outFolder!, "index.html"), HistoryPage(history, pages.LinkOf), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(outFolder!, "history.json"), ReportJsonWriter.ToHistoryJson(history) + "\n", new UTF8Encoding(false));
            CohortTables.Write(outFolder!, history.Records);
            CohortManifest.Write(outFolder!, new CohortManifest(1, 1, history.Activities, history.Duplicates, history.Failures, history.Warnings));
            context.Error.WriteLine($"wrote {LogText.Escape(Path.Combine(outFolder!, "index.html"))}, {pages.Count} run page(s), history.json and the tables");
        }
        context.Out.Write(format switch
        {
            "json" => ReportJsonWriter.ToHistoryJson(history) + "\n",
            "html" when outFolder is null => HistoryPage(history, _ => null),
            _ => ReportTextWriter.ToHistoryText(history),
        });
        return CliApp.Success;
    }

    private static string HistoryPage(HistoryReport history, Func<HistoryRun, string?> link) =>
        HtmlReportWriter.ToHistoryHtml(history, link, history.Units);

    private static DateTime? ParseSince(string? text)
    {
        if (text is null) return null;
        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d, DateTimeKind.Utc)
            : throw new UsageException($"--since {text}: give a date as YYYY-MM-DD");
    }


}
