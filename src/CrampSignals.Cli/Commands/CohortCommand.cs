using System.CommandLine;
using System.Globalization;
using CrampSignals.Cli.Cohorts;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Reports;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Cli.Commands;

/// <summary>
/// <c>cohort PATH... [--cramps LOG] [--weather CSV] [--runner-from folder|device|file] [--out DIR] [--tracks] [--shard K/N]
/// [--from DIR...] [--format text|json|html] [--parallel N]</c>: many runners' runs in, odds ratios with intervals, case-crossover
/// and triggered averages out; with <c>--out</c> the Parquet tables (the map step), with <c>--from</c> the statistics from
/// such tables alone (the reduce step).
/// </summary>
internal static class CohortCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Folders of runs (one sub-folder per runner by default) or files: FIT, GPX, TCX, optionally .gz.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var cramps = new Option<string?>("--cramps", "-c") { Description = "A cramp log over all the runs; each entry goes to the run it belongs to. Folder logs (cramps.csv, cramps.json) and side-car logs are read too." };
        var weather = new Option<string?>("--weather", "-w") { Description = "A weather CSV for all the runs (a run's own .weather.csv wins)." };
        var runnerFrom = new Option<string>("--runner-from") { Description = "Who ran each run: folder (first folder level), device (FIT serial number) or file.", DefaultValueFactory = _ => "folder" };
        runnerFrom.AcceptOnlyFromAmong("folder", "device", "file");
        var output = new Option<string?>("--out", "-o") { Description = "A folder (created when missing): write the Parquet tables (runs, findings, cramps, cramp_traces) and cohort.json there; the study itself still goes to standard output." };
        var tracks = new Option<bool>("--tracks") { Description = "With --out: also write each run's 1 Hz signal track to tracks.parquet." };
        var shard = new Option<string?>("--shard") { Description = "K/N: analyse only the files whose path hash falls in shard K of N (the map step on a cluster)." };
        var from = new Option<string[]>("--from") { Description = "Result folders written by --out: compute the statistics from their tables alone (the reduce step).", AllowMultipleArgumentsPerToken = true };
        var format = CommonOptions.Format("text", "text", "json", "html");
        var parallel = new Option<int>("--parallel", "-j") { Description = "Runs analysed at once (default: one per processor)." };
        var followLinks = CommonOptions.FollowLinks();
        var include = CommonOptions.Include();
        var window = new Option<int>("--trigger-window")
        {
            Description = "Minutes a transient finding (pace surge, cadence drop) still counts after it ends in the time-to-event analysis, 1 to 240.",
            DefaultValueFactory = _ => 20,
        };
        var command = new Command("cohort", "Over many runners' runs: which findings come before cramps, by how much, and how sure (hazard ratios of the first cramp during a run, odds ratios with intervals, case-crossover, triggered averages). Research, not medical advice.")
        {
            paths, cramps, weather, runnerFrom, output, tracks, shard, from, format, parallel, followLinks, include, window,
        };
        command.SetAction(parse => Run(context, parse.GetValue(paths) ?? [], parse.GetValue(cramps), parse.GetValue(weather), parse.GetValue(runnerFrom) ?? "folder",
            parse.GetValue(output), parse.GetValue(tracks), parse.GetValue(shard), parse.GetValue(from) ?? [], parse.GetValue(format) ?? "text", parse.GetValue(parallel), parse.GetValue(followLinks),
            CommonOptions.ParseInclude(parse.GetValue(include)), parse.GetValue(window)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string? crampsPath, string? weatherPath, string runnerFrom, string? outFolder, bool tracks,
        string? shardText, string[] from, string format, int parallel, bool followLinks, IReadOnlySet<CrampSignals.Activities.Sport> include, int triggerWindow)
    {
        if (parallel < 0) throw new UsageException("--parallel takes a number of runs, 1 or more");
        if (triggerWindow is < 1 or > 240) throw new UsageException($"--trigger-window takes 1 to 240 minutes, not {triggerWindow}");
        CohortReport result;
        if (from.Length > 0)
        {
            if (paths.Length > 0 || outFolder is not null || shardText is not null || crampsPath is not null || weatherPath is not null || tracks)
                throw new UsageException("--from reads result folders only: give no paths, --out, --shard, --cramps, --weather or --tracks with it");
            foreach (var f in from)
                if (!Directory.Exists(f)) throw new InputException($"{f}: no such folder");
            try { result = CohortStudy.Reduce(from); }
            catch (InvalidDataException e) { throw new InputException(e.Message); }
        }
        else
        {
            if (paths.Length == 0) throw new UsageException("give the folders (or files) of the cohort's runs, or --from result folders");
            if (tracks && outFolder is null) throw new UsageException("--tracks writes a table: give --out DIR with it");
            var (shard, shards) = ParseShard(shardText);
            foreach (var p in paths)
                if (!Directory.Exists(p) && !File.Exists(p)) throw new InputException($"{p}: no such file or folder");
            var options = new CohortOptions
            {
                RunnerFrom = runnerFrom switch { "device" => RunnerSource.Device, "file" => RunnerSource.File, _ => RunnerSource.Folder },
                Cramps = crampsPath is null ? null : CommonOptions.LoadCramps(crampsPath),
                Weather = weatherPath is null ? null : CommonOptions.LoadWeather(weatherPath, context),
                Shard = shard,
                Shards = shards,
                MaxParallelism = parallel,
                FollowLinks = followLinks,
                Include = include,
            };
            result = CohortStudy.Run(paths, options, outFolder, tracks);
            if (result.Records.IsEmpty && result.Failures.IsEmpty && shards == 1)
                throw new InputException($"no .fit, .gpx, .tcx, .gz or .zip files in {string.Join(", ", paths)}");
            if (outFolder is not null) context.Error.WriteLine($"wrote the tables to {LogText.Escape(outFolder)}");
        }
        if (triggerWindow != 20 && result.Statistics is not null) result = result with { Statistics = CohortStatistics.Compute(result.Records, triggerWindow) };
        if (!result.Duplicates.IsEmpty) context.Error.WriteLine($"{result.Duplicates.Length} file(s) counted once as the same run as another (listed in the report)");
        foreach (var f in result.Failures) context.Error.WriteLine($"warning: skipped {LogText.Escape(f.Message)}");
        foreach (var f in result.Skipped) context.Error.WriteLine($"skipped {LogText.Escape(f.Path)}: {LogText.Escape(f.Message)}");
        foreach (var w in result.Warnings) context.Error.WriteLine($"warning: {LogText.Escape(w)}");
        context.Out.Write(format switch
        {
            "json" => ReportJsonWriter.ToStudyJson(result) + "\n",
            "html" => HtmlReportWriter.ToStudyHtml(result),
            _ => ReportTextWriter.ToStudyText(result),
        });
        return CliApp.Success;
    }

    /// <summary>"K/N" with 1 &lt;= K &lt;= N &lt;= 65,536; none is 1/1. The message says which part is wrong.</summary>
    internal static (int Shard, int Shards) ParseShard(string? text)
    {
        if (text is null) return (1, 1);
        var parts = text.Split('/');
        if (parts.Length != 2) throw Bad("give K/N, e.g. --shard 2/3");
        var k = Number(parts[0], "K");
        var n = Number(parts[1], "N");
        if (n < 1 || n > CohortManifest.MaxShards) throw Bad($"N must be 1 to {CohortManifest.MaxShards.ToString("N0", CultureInfo.InvariantCulture)}");
        if (k < 1 || k > n) throw Bad($"K must be 1 to N ({n.ToString(CultureInfo.InvariantCulture)})");
        return ((int)k, (int)n);

        // Digits only, and no more than fit a long: "1e3", "+2", " 3" and 2^70 are refused, not rounded.
        long Number(string part, string name) =>
            part.Length is > 0 and <= 18 && part.All(char.IsAsciiDigit) ? long.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw Bad($"{name} must be a whole number, e.g. --shard 2/3");
        UsageException Bad(string reason) => new($"--shard {text}: {reason}");
    }


}
