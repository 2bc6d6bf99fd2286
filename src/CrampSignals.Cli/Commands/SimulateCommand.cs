using System.CommandLine;
using CrampSignals.Simulation;

namespace CrampSignals.Cli.Commands;

/// <summary><c>simulate --scenario NAME --seed N --out DIR</c>: a realistic simulated run with its cramps, weather and ground truth.</summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = new Option<string>("--scenario", "-s")
        {
            Description = $"The scenario preset: {string.Join(", ", RunSimulator.Scenarios)}.",
            Required = true,
        };
        scenario.AcceptOnlyFromAmong([.. RunSimulator.Scenarios]);
        var seed = new Option<int>("--seed")
        {
            Description = "The seed; the same scenario and seed always give the same files.",
            DefaultValueFactory = _ => 7,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write to (created when missing).",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("simulate",
            "Simulate a 1 Hz run and write SCENARIO-SEED.fit (the activity, cramps as user markers), SCENARIO-SEED.gpx "
            + "(the track, cramps as waypoints), SCENARIO-SEED.cramps.csv (the cramp log), SCENARIO-SEED.weather.csv "
            + "(air temperature, humidity, wind) and SCENARIO-SEED.truth.json (what was injected, for testing detectors).")
        {
            scenario, seed, output,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(scenario)!;
            var run = RunSimulator.Simulate(name, parse.GetValue(seed));
            var files = SimulationWriter.Write(run, parse.GetValue(output)!);
            var a = run.Activity;
            context.Out.WriteLine($"simulated {name} seed {run.Seed}: {a.Duration:hh\\:mm\\:ss}, {a.Samples.DistanceMeters[^1] / 1000:0.00} km, "
                + $"{run.Injected.Length} injected signal(s), {run.Cramps.Entries.Length} cramp(s)");
            foreach (var path in files.All) context.Out.WriteLine($"wrote {path}");
            return CliApp.Success;
        });
        return command;
    }
}
