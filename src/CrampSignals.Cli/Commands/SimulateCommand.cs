using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CrampSignals.Signals;
using CrampSignals.Simulation;

namespace CrampSignals.Cli.Commands;

/// <summary>
/// <c>simulate --scenario NAME --seed N --out DIR</c>: a realistic simulated run with its cramps, weather and ground truth;
/// <c>simulate --cohort RUNNERS --runs M --effects KIND=HR,... --out DIR</c>: a simulated cohort in the research layout;
/// <c>simulate --archive strava|garmin --activities N --out PATH[.zip]</c>: a runner's whole account export with its truth.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario", "-s")
        {
            Description = $"The scenario preset: {string.Join(", ", RunSimulator.Scenarios)}.",
        };
        scenario.AcceptOnlyFromAmong([.. RunSimulator.Scenarios]);
        var seed = new Option<int>("--seed")
        {
            Description = "The seed; the same scenario and seed always give the same files.",
            DefaultValueFactory = _ => 7,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "A folder (created when missing): the simulated files are written there.",
            DefaultValueFactory = _ => ".",
        };
        var cohort = new Option<int?>("--cohort")
        {
            Description = "Simulate a cohort of this many runners instead of one run: a folder per runner with its FIT runs and one cramps.csv, and truth.json.",
        };
        var runs = new Option<int>("--runs")
        {
            Description = "With --cohort: runs per runner.",
            DefaultValueFactory = _ => 20,
        };
        var effects = new Option<string?>("--effects", "--hazards")
        {
            Description = "With --cohort: planted hazard ratios of a cramp during the run, as KIND=HR pairs (fast-start=3,pace-surge=2); other kinds have none. "
                + "Pace surges and cadence drops act until --window-minutes after their end, the other kinds to the run's end; no-cool-down, heat-exposure "
                + "and long-run-hydration also act, as odds ratios, on a cramp after the run.",
        };
        var window = new Option<int>("--window-minutes")
        {
            Description = "With --cohort: minutes after a pace surge or cadence drop during which its hazard ratio still acts.",
            DefaultValueFactory = _ => 20,
        };
        var archive = new Option<string?>("--archive")
        {
            Description = "Simulate a runner's whole account export instead of one run: strava (activities.csv and activities/…) or garmin (DI_CONNECT/…), "
                + "written at --out (a zip when it ends in .zip or with --zip, else a folder), the truth beside it as NAME.truth.json.",
        };
        archive.AcceptOnlyFromAmong("strava", "garmin");
        var activities = new Option<int>("--activities")
        {
            Description = "With --archive: activities in the export.",
            DefaultValueFactory = _ => 200,
        };
        var years = new Option<int>("--years")
        {
            Description = "With --archive: years the activities spread over.",
            DefaultValueFactory = _ => 10,
        };
        var zip = new Option<bool>("--zip")
        {
            Description = "With --archive: write the export as a zip file even when --out does not end in .zip.",
        };
        var command = new Command("simulate",
            "Simulate a 1 Hz run and write SCENARIO-SEED.fit (the activity, cramps as user markers), SCENARIO-SEED.gpx "
            + "(the track, cramps as waypoints), SCENARIO-SEED.cramps.csv (the cramp log), SCENARIO-SEED.weather.csv "
            + "(air temperature, humidity, wind) and SCENARIO-SEED.truth.json (what was injected, for testing detectors).")
        {
            scenario, seed, output, cohort, runs, effects, window, archive, activities, years, zip,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(archive) is string layout)
            {
                if (parse.GetValue(scenario) is not null || parse.GetValue(cohort) is not null)
                    throw new UsageException("give one of --scenario, --cohort and --archive");
                return Archive(context, layout == "garmin" ? ArchiveLayout.Garmin : ArchiveLayout.Strava, parse.GetValue(activities),
                    parse.GetValue(years), parse.GetValue(seed), parse.GetValue(output)!, parse.GetValue(zip));
            }
            if (parse.GetValue(cohort) is int runners)
            {
                if (parse.GetValue(scenario) is not null) throw new UsageException("give either --scenario or --cohort, not both");
                return Cohort(context, runners, parse.GetValue(runs), ParseEffects(parse.GetValue(effects)), parse.GetValue(window), parse.GetValue(seed), parse.GetValue(output)!);
            }
            var name = parse.GetValue(scenario) ?? throw new UsageException("simulate needs --scenario NAME or --cohort RUNNERS");
            var run = RunSimulator.Simulate(name, parse.GetValue(seed));
            var files = SimulationWriter.Write(run, parse.GetValue(output)!);
            var a = run.Activity;
            context.Out.WriteLine($"simulated {name} seed {run.Seed}: {(a.Duration is TimeSpan d ? DurationText.Format(d) : "unknown")}, {a.Samples.DistanceMeters[^1] / 1000:0.00} km, "
                + $"{run.Injected.Length} injected signal(s), {run.Cramps.Entries.Length} cramp(s)");
            foreach (var path in files.All) context.Out.WriteLine($"wrote {path}");
            return CliApp.Success;
        });
        return command;
    }

    private static int Cohort(CliContext context, int runners, int runs, Dictionary<FindingKind, double> effects, int window, int seed, string output)
    {
        if (runners < 1) throw new UsageException($"--cohort needs at least 1 runner, not {runners}");
        if (runs < 1) throw new UsageException($"--runs needs at least 1 run per runner, not {runs}");
        if (window is < 0 or > 240) throw new UsageException($"--window-minutes must be 0 to 240, not {window}");
        var clock = Stopwatch.StartNew();
        var paths = CohortSimulator.Write(output, runners, runs, effects, seed, window);
        var planted = effects.Count == 0 ? "no planted effects" : string.Join(", ", effects.Select(e => $"{e.Key.ToId()} HR {e.Value.ToString(CultureInfo.InvariantCulture)}"));
        context.Out.WriteLine($"simulated {runners} runners x {runs} runs (seed {seed}; {planted}) in {clock.Elapsed.TotalSeconds:0.0} s");
        context.Out.WriteLine($"wrote {paths.Count} files under {output}, the truth in {Path.Combine(output, "truth.json")}");
        return CliApp.Success;
    }

    private static int Archive(CliContext context, ArchiveLayout layout, int activities, int years, int seed, string output, bool zip)
    {
        if (activities < 1 || activities > 100_000) throw new UsageException($"--activities must be 1 to 100000, not {activities}");
        if (years < 1 || years > 50) throw new UsageException($"--years must be 1 to 50, not {years}");
        zip |= output.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        // The default --out is the current folder: the export gets a name of its own in it.
        if (output is "." or "./") output = $"{layout.ToString().ToLowerInvariant()}-export{(zip ? ".zip" : "")}";
        var clock = Stopwatch.StartNew();
        var files = ArchiveSimulator.Write(output, layout, zip, activities, seed, years);
        context.Out.WriteLine($"simulated a {layout.ToString().ToLowerInvariant()} export of {files.Activities} activities over {years} years (seed {seed}): "
            + $"{files.Cramps} cramp(s) and {files.Decoys} decoy(s) in the texts, in {clock.Elapsed.TotalSeconds:0.0} s");
        context.Out.WriteLine($"wrote {files.Archive} ({files.Entries} entries)");
        context.Out.WriteLine($"wrote {files.Truth}");
        return CliApp.Success;
    }

    /// <summary>Parses <c>fast-start=3,heat-exposure=2</c>.</summary>
    internal static Dictionary<FindingKind, double> ParseEffects(string? text)
    {
        var effects = new Dictionary<FindingKind, double>();
        if (string.IsNullOrWhiteSpace(text)) return effects;
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2) throw new UsageException($"--effects: '{pair}' is not KIND=HR");
            var kind = FindingKinds.FromId(parts[0])
                ?? throw new UsageException($"--effects: unknown finding kind '{parts[0]}' (known: {string.Join(", ", Enum.GetValues<FindingKind>().Select(k => k.ToId()))})");
            if (!double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var or) || !(or > 0) || double.IsInfinity(or))
                throw new UsageException($"--effects: the hazard ratio of {parts[0]} must be a positive number, not '{parts[1]}'");
            effects[kind] = or;
        }
        return effects;
    }
}
