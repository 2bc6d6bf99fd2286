using System.Diagnostics;
using CrampSignals.Cohorts;
using CrampSignals.Signals;
using CrampSignals.Simulation;

namespace CrampSignals.Benchmarks;

/// <summary>
/// Times the cohort statistics alone on a simulated cohort of truth rows (no files, no signal pass), so that what grows faster
/// than the number of runs per runner shows apart from the map step: <c>cohort-stats RUNNERS RUNS_PER_RUNNER [SEED]</c>.
/// </summary>
internal static class CohortStatisticsScaling
{
    public static void Run(int runners, int runsPerRunner, int seed)
    {
        var effects = new Dictionary<FindingKind, double> { [FindingKind.PaceSurge] = 2.0, [FindingKind.HeatExposure] = 1.5 };
        var rows = CohortModel.Generate(runners, runsPerRunner, effects, seed).Runs.Select(r => r.ToRow()).ToList();
        // One warm-up on a small slice, so the timing holds no JIT.
        CohortStatistics.ComputeRows(rows.Take(Math.Min(rows.Count, 200)).ToList());
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = CohortStatistics.ComputeRows(rows);
        clock.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (Environment.GetEnvironmentVariable("COHORT_STATS_PARTS") is "1")
        {
            Part("run level", () => CrampSignals.Cohorts.Statistics.RunLevel.Associate(rows));
            Part("case-crossover", () => CrampSignals.Cohorts.Statistics.CaseCrossover.Analyse(rows));
            Part("time to event", () => CrampSignals.Cohorts.Statistics.TimeToEvent.Analyse(rows, 30));
        }
        // The whole result as JSON (every double in its round-trip form), to compare two builds' numbers byte for byte.
        if (Environment.GetEnvironmentVariable("COHORT_STATS_DUMP") is { Length: > 0 } dump)
            File.WriteAllText(dump, System.Text.Json.JsonSerializer.Serialize(result, new System.Text.Json.JsonSerializerOptions
            {
                NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
                WriteIndented = true,
            }));
        Console.WriteLine(FormattableString.Invariant(
            $"cohort-stats {runners} runners x {runsPerRunner} runs ({result.Runs} runs, {result.RunsWithCramps} with cramps): wall {clock.Elapsed.TotalSeconds:0.000} s, cpu {used.TotalSeconds:0.000} s"));
    }

    private static void Part(string name, Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        Console.WriteLine(FormattableString.Invariant($"  {name}: {clock.Elapsed.TotalSeconds:0.000} s"));
    }
}
