using System.Globalization;

namespace CrampSignals.Fuzz;

/// <summary>
/// The long fuzz run: <c>dotnet run -c Release --project tests/CrampSignals.Fuzz -- [--seconds N] [--round R] [--save DIR]</c>.
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
        var seconds = 600.0;
        var round = 1000;
        string? save = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--seconds": seconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--round": round = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--save": save = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        var result = FuzzRun.Run(TimeSpan.FromSeconds(seconds), round, withCorpus: true, log: Console.Out, maxFailures: 500);
        Console.WriteLine($"{result.Inputs} inputs ({result.FolderRuns} also in a folder with a good run), {result.Failures.Count} kinds of failure");
        if (save is not null)
        {
            Directory.CreateDirectory(save);
            foreach (var f in result.Failures) File.WriteAllBytes(Path.Combine(save, $"r{f.Round}-{f.Seed}"), f.Input);
        }
        return result.Failures.Count == 0 ? 0 : 1;
    }
}
