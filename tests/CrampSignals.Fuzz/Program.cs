using System.Globalization;

namespace CrampSignals.Fuzz;

/// <summary>
/// The long fuzz run, from round 1000 on so it starts past the rounds <see cref="FixedRoundFuzzTests"/> runs:
/// <code>
/// dotnet run -c Release --project tests/CrampSignals.Fuzz -- [--rounds N] [--seconds S] [--round R] [--save DIR] [--tables]
/// </code>
/// <c>--tables</c> fuzzes only the cohort tables and manifests (the reduce step).
/// <c>--rounds N</c> runs N rounds (no time limit unless <c>--seconds</c> is given too); <c>--seconds S</c> stops after
/// S seconds; with neither it runs for 600 s. <c>--round R</c> is the first round (1000 unless given; 0 with
/// <c>--rounds</c> equal to <see cref="FixedRoundFuzzTests.Rounds"/> makes exactly the test's inputs).
/// Prints each new kind of failure with the seed and round that make it again; exits 1 when there was any.
/// <c>make-fit N PATH</c> and <c>make-garbage-weather MB PATH</c> write the large inputs of the memory measurements.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Inputs for the memory measurements of docs/limits.md.
        if (args is ["make-fit", var records, var fitPath])
        {
            LargeInputs.WriteFit(fitPath, int.Parse(records, CultureInfo.InvariantCulture));
            return 0;
        }
        if (args is ["make-garbage-weather", var megabytes, var weatherPath])
        {
            LargeInputs.WriteGarbageWeather(weatherPath, int.Parse(megabytes, CultureInfo.InvariantCulture));
            return 0;
        }
        double? seconds = null;
        int? rounds = null;
        var round = 1000;
        string? save = null;
        // --tables: only the cohort tables and manifests (the reduce step), which take far less time per input.
        var tables = args.Contains("--tables");
        args = [.. args.Where(a => a != "--tables")];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--seconds": seconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--round": round = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--save": save = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        if (args.Length % 2 != 0) { Console.Error.WriteLine($"option {args[^1]} has no value"); return 2; }
        if (rounds is null && seconds is null) seconds = 600;
        var result = FuzzRun.Run(round, rounds ?? int.MaxValue - round, seconds is { } s ? TimeSpan.FromSeconds(s) : null,
            withCorpus: !tables, which: tables ? s => s.Kind is InputKind.Table or InputKind.Manifest : null, log: Console.Out, maxFailures: 500);
        Console.WriteLine($"{result.Seeds} seed files, {result.Inputs} inputs ({result.FolderRuns} also in a folder with a good run), {result.Failures.Count} kinds of failure");
        if (save is not null)
        {
            Directory.CreateDirectory(save);
            foreach (var f in result.Failures) File.WriteAllBytes(Path.Combine(save, $"r{f.Round}-{f.Seed}"), f.Input);
        }
        return result.Failures.Count == 0 ? 0 : 1;
    }
}
