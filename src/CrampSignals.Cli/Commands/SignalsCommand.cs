using System.CommandLine;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Cli.Commands;

/// <summary>
/// <c>signals FILE [--cramps LOG] [--weather CSV] [--units metric|imperial] [--format text|json] [--cramp-markers]</c>: what
/// the run shows and what came before each cramp. Like analyze, it takes the cramp log and weather saved next to the run
/// ("run.cramps.csv", "run.weather.csv") when none is named (the log not with --cramp-markers, which name the cramps
/// already), so both commands judge the same run on the same inputs. The run is picked from the file as analyze picks it
/// (through <see cref="CrampAnalyzer.Analyze"/>): a multisport file's running legs only, a swim or a ride not at all.
/// </summary>
internal static class SignalsCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FileArgument();
        var cramps = new Option<string?>("--cramps", "-c") { Description = "A cramp log (CSV or JSON) whose cramps in or after this run are examined." };
        var weather = new Option<string?>("--weather", "-w") { Description = "A weather CSV (time, air temperature, humidity): heat is then judged on the air, not the wrist sensor." };
        var markers = new Option<bool>("--cramp-markers") { Description = "Also take cramps from FIT user markers and GPX waypoints named as cramps." };
        var format = CommonOptions.Format("text", "text", "json");
        var units = CommonOptions.Units();
        var include = CommonOptions.Include();
        var command = new Command("signals",
            "Find pace surges, a fast start, heat, hot hours, cadence drops, a missing warm-up or cool-down, long-run hydration needs and cardiac drift in a run, and what came before each logged cramp.")
        {
            file, cramps, weather, markers, format, units, include,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var activity = ActivityFile.Load(path);
            var logPath = parse.GetValue(cramps);
            // Cramps asked for from the file's markers come from there: the log next to the run holds the same cramps again.
            if (logPath is null && !parse.GetValue(markers) && SideCarFiles.CrampLogPath(path) is string sideLog)
            {
                context.Error.WriteLine($"using the cramp log next to the run: {LogText.Escape(sideLog)}");
                logPath = sideLog;
            }
            var log = logPath is null ? null : CrampLog.Load(logPath);
            var weatherPath = parse.GetValue(weather);
            if (weatherPath is null && SideCarFiles.WeatherPath(path) is string sideWeather)
            {
                context.Error.WriteLine($"using the weather next to the run: {LogText.Escape(sideWeather)}");
                weatherPath = sideWeather;
            }
            var series = weatherPath is null ? null : WeatherSeries.Load(weatherPath);
            var unitSystem = CommonOptions.ParseUnits(parse.GetValue(units));
            var options = new AnalysisOptions
            {
                Include = CommonOptions.ParseInclude(parse.GetValue(include)),
                Weather = series,
                Signals = SignalOptions.Default with { UseCrampMarkers = parse.GetValue(markers) },
                Units = unitSystem,
            };
            // Analyze's own selection of the running legs, its reading of cramp times without an offset, and its notes;
            // the advice it also makes is not printed here.
            var report = CrampAnalyzer.Analyze(activity, log, options).Signals;

            if (parse.GetValue(format) == "json") WriteJson(report, context.Out);
            else ReportTextWriter.WriteSignals(context.Out, report, unitSystem);

            WarningPrinter.Print(activity, path, context.Error);
            if (log is not null) WarningPrinter.Print(log.Warnings, logPath!, context.Error);
            if (series is not null) WarningPrinter.Print(series.Warnings, weatherPath!, context.Error);
            return CliApp.Success;
        });
        return command;
    }

    private static void WriteJson(SignalReport report, TextWriter output) => output.WriteLine(ReportJsonWriter.ToJson(report));
}
