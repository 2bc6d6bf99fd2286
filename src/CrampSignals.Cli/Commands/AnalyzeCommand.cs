using System.CommandLine;
using System.Globalization;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Cli.Commands;

/// <summary>
/// <c>analyze PATH... [--cramps LOG] [--weather CSV] [--mass-before KG --mass-after KG] [--units metric|imperial] [--format text|json|md|html] [--out FILE] [--cramp-markers]</c>:
/// findings, what came before each cramp, and ranked prevention advice, for one run or a folder of runs.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "FIT, GPX or TCX files (optionally .gz), or folders searched recursively for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var cramps = new Option<string?>("--cramps", "-c") { Description = "A cramp log (CSV or JSON) with the cramps of these runs." };
        var weather = new Option<string?>("--weather", "-w") { Description = "A weather CSV (time, temperature, humidity) for the run; preferred over the watch's sensor." };
        var massBefore = new Option<double?>("--mass-before") { Description = "Body mass before the run, kg (with --mass-after): works out the water to drink afterwards." };
        var massAfter = new Option<double?>("--mass-after") { Description = "Body mass after the run, kg (with --mass-before)." };
        var format = CommonOptions.Format("text", "text", "json", "md", "html");
        var units = new Option<string>("--units", "-u")
        {
            Description = "Units the report speaks in: metric (km, min/km, °C, ml first) or imperial (mi, min/mi, °F, oz first). JSON values stay SI.",
            DefaultValueFactory = _ => "metric",
        };
        units.AcceptOnlyFromAmong("metric", "imperial");
        var output = new Option<string?>("--out", "-o") { Description = "A file: write the report there (one document, also for a folder of runs) instead of standard output." };
        var markers = new Option<bool>("--cramp-markers") { Description = "Also take cramps from FIT user markers and GPX waypoints named as cramps, besides the cramp log." };
        var followLinks = CommonOptions.FollowLinks();
        var include = CommonOptions.Include();
        var command = new Command("analyze", "Find what came before logged cramps and get ranked, personalised advice to prevent them (not medical advice).")
        {
            paths, cramps, weather, massBefore, massAfter, units, format, output, markers, followLinks, include,
        };
        command.SetAction(parse => Run(context,
            parse.GetValue(paths) ?? [], parse.GetValue(cramps), parse.GetValue(weather),
            parse.GetValue(massBefore), parse.GetValue(massAfter), parse.GetValue(format) ?? "text", parse.GetValue(output),
            parse.GetValue(units) == "imperial" ? UnitSystem.Imperial : UnitSystem.Metric, parse.GetValue(followLinks),
            CommonOptions.ParseInclude(parse.GetValue(include)), parse.GetValue(markers)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string? crampsPath, string? weatherPath, double? massBefore, double? massAfter, string format, string? outPath, UnitSystem units, bool followLinks, IReadOnlySet<CrampSignals.Activities.Sport> include, bool crampMarkers)
    {
        if (massBefore.HasValue != massAfter.HasValue)
            throw new UsageException("--mass-before and --mass-after go together: give both or neither.");
        // Implausible masses are a typing error: said before any file is opened, whatever else is wrong.
        try { new AnalysisOptions { BodyMassBeforeKg = massBefore, BodyMassAfterKg = massAfter }.Validate(); }
        catch (ArgumentException e) { throw new UsageException(e.Message); }
        // One path that is neither a file nor a folder is one mistake: say it once, as for any missing input.
        if (paths.Length == 1 && !File.Exists(paths[0]) && !Directory.Exists(paths[0]) && paths[0].IndexOfAny(['*', '?']) < 0)
            throw new InputException($"{paths[0]}: no such file");
        var single = paths.Length == 1 && File.Exists(paths[0]) && !Directory.Exists(paths[0]);
        if (massBefore.HasValue && !single)
            throw new UsageException("--mass-before and --mass-after describe one run: give a single file with them.");
        var options = new AnalysisOptions
        {
            BodyMassBeforeKg = massBefore,
            BodyMassAfterKg = massAfter,
            Units = units,
            Include = include,
            Weather = weatherPath is null ? null : LoadWeather(weatherPath, context),
            // Unlike signals, the log next to the run is still read: a marker is a button pressed mid-run, the log holds the rest.
            Signals = SignalOptions.Default with { UseCrampMarkers = crampMarkers },
        };
        try { options.Validate(); }
        catch (ArgumentException e) { throw new UsageException(e.Message); }
        var log = crampsPath is null ? null : LoadCramps(crampsPath, context);
        if (single && log is null && SideCarFiles.CrampLogPath(paths[0]) is string sideLog)
        {
            context.Error.WriteLine($"using the cramp log next to the run: {LogText.Escape(sideLog)}");
            log = LoadCramps(sideLog, context);
        }
        if (single && options.Weather is null && SideCarFiles.WeatherPath(paths[0]) is string sideWeather)
        {
            context.Error.WriteLine($"using the weather next to the run: {LogText.Escape(sideWeather)}");
            options = options with { Weather = LoadWeather(sideWeather, context) };
        }

        if (!single) return RunFolder(context, paths, log, options, format, outPath, followLinks);
        var activity = ActivityFile.Load(paths[0]);
        WarningPrinter.Print(activity, paths[0], context.Error);
        var text = Render(format, CrampAnalyzer.Analyze(activity, log, options));

        if (outPath is null) context.Out.Write(text);
        else
        {
            try { File.WriteAllText(outPath, text); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"{outPath}: cannot write the report: {e.Message}");
            }
            context.Error.WriteLine($"wrote {LogText.Escape(outPath)}");
        }
        return CliApp.Success;
    }

    /// <summary>
    /// A folder's runs. The text report is written run by run as the runs are analysed (its summary comes last), so memory
    /// does not grow with the number of runs; the other formats put the summary first and hold the runs' reports until then.
    /// </summary>
    private static int RunFolder(CliContext context, string[] paths, CrampLog? log, AnalysisOptions options, string format, string? outPath, bool followLinks)
    {
        // The output is opened before the work, so a folder that cannot be written to fails at once, not after an hour.
        using var file = outPath is null ? null : OpenOutput(outPath);
        var o = file ?? context.Out;
        using var bar = new ProgressBar(context.Error);
        var ownWeatherFiles = 0;
        var streamed = format == "text";
        var perFile = new CohortOptions
        {
            KeepSamples = format == "html",
            CrampLogFor = SideCarFiles.CrampLogFor,
            // As for one file, a run's own weather file is used unless --weather names one for all.
            WeatherFor = options.Weather is not null ? null : SideCarWeather,
            FollowLinks = followLinks,
            RunSink = streamed ? WriteRun : null,
        };
        var cohort = CohortAnalyzer.AnalyzeMany(paths, log, options, perFile, bar);
        bar.Finish();
        if (cohort.Files == 0)
            throw new InputException($"no .fit, .gpx, .tcx, .gz or .zip files in {string.Join(", ", paths)}");
        if (ownWeatherFiles > 0) context.Error.WriteLine($"using the weather next to the run for {ownWeatherFiles} of {cohort.Files} files");
        foreach (var failure in cohort.Failures) context.Error.WriteLine($"warning: skipped {LogText.Escape(failure.Message)}");
        foreach (var skipped in cohort.Skipped) context.Error.WriteLine($"skipped {LogText.Escape(skipped.Path)}: {LogText.Escape(skipped.Message)}");
        foreach (var twin in cohort.Duplicates) context.Error.WriteLine($"counted once: {LogText.Escape(twin.Dropped)} is the same run as {LogText.Escape(twin.Kept)}");
        foreach (var w in cohort.Warnings) context.Error.WriteLine($"warning: {LogText.Escape(w)}");
        foreach (var run in cohort.Runs) PrintWarnings(run);
        context.Error.WriteLine(FileCounts(cohort));
        if (cohort.Records.IsEmpty && cohort.Skipped.IsEmpty)
            throw new InputException($"none of the {cohort.Files} files could be read");
        switch (format)
        {
            case "json": o.WriteLine(ReportJsonWriter.ToJson(cohort)); break;
            case "md": ReportMarkdownWriter.Write(o, cohort); break;
            case "html": HtmlReportWriter.Write(o, cohort); break;
            default: ReportTextWriter.Write(o, cohort); break;
        }
        o.Flush();
        if (outPath is not null) context.Error.WriteLine($"wrote {LogText.Escape(outPath)}");
        return CliApp.Success;

        void WriteRun(RunReport run)
        {
            ReportTextWriter.Write(o, run, withDisclaimer: false);
            o.WriteLine();
            PrintWarnings(run);
        }

        void PrintWarnings(RunReport run)
        {
            foreach (var w in run.Warnings) context.Error.WriteLine($"warning: {LogText.Escape(w)}");
        }

        WeatherSeries? SideCarWeather(string activityPath)
        {
            var weather = SideCarFiles.WeatherFor(activityPath);
            if (weather is not null) Interlocked.Increment(ref ownWeatherFiles);
            return weather;
        }
    }

    /// <summary>
    /// "4 files: 1 run, 2 skipped (not runs), 0 counted once, 1 unreadable": every file looked at lands in one of the four,
    /// each listed above this line. A zip holds several files, so its runs may outnumber the files.
    /// </summary>
    internal static string FileCounts(CohortReport cohort) => string.Create(CultureInfo.InvariantCulture,
        $"{Count(cohort.Files, "file")}: {Count(cohort.Records.IsEmpty ? cohort.Runs.Length : cohort.Records.Length, "run")}, {cohort.Skipped.Length} skipped (not runs), {cohort.Duplicates.Length} counted once, {cohort.Failures.Length} unreadable");

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static StreamWriter OpenOutput(string path)
    {
        try { return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot write the report: {e.Message}");
        }
    }

    private static string Render(string format, RunReport report)
    {
        using var o = new StringWriter(CultureInfo.InvariantCulture);
        switch (format)
        {
            case "json": o.WriteLine(ReportJsonWriter.ToJson(report)); break;
            case "md": ReportMarkdownWriter.Write(o, report); break;
            case "html": HtmlReportWriter.Write(o, report); break;
            default: ReportTextWriter.Write(o, report); break;
        }
        return o.ToString();
    }

    private static WeatherSeries LoadWeather(string path, CliContext context)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        var weather = WeatherSeries.Load(path);
        WarningPrinter.Print(weather.Warnings, path, context.Error);
        return weather;
    }

    private static CrampLog LoadCramps(string path, CliContext context)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        var log = CrampLog.Load(path);
        WarningPrinter.Print(log.Warnings, path, context.Error);
        return log;
    }

}
