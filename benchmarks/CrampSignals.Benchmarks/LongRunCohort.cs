using System.Globalization;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Simulation;

using CrampSignals.Text;
namespace CrampSignals.Benchmarks;

/// <summary>
/// Writes a cohort of 4-hour 1 Hz runs for the end-to-end cohort measurement (benchmarks/cohort-throughput.sh): 50 runner
/// folders, each run a FIT file made of simulated runs joined end to end (as <see cref="SignalPassBenchmarks"/> builds its run),
/// moved a day later per run so that no two are twins, and a cramps.csv per runner with a cramp in every fourth run.
/// </summary>
internal static class LongRunCohort
{
    public const int Runners = 50;
    private const int Seconds = 4 * 3600;

    public static void Write(string folder, int runs)
    {
        string[][] parts = [["hot-long-run", "surges", "cadence-fatigue"], ["surges", "cadence-fatigue", "hot-long-run"], ["cadence-fatigue", "fast-start-race", "hot-long-run"]];
        var bases = parts.Select((p, i) => Join(p, i + 1)).ToArray();
        var logs = Enumerable.Range(0, Runners).Select(_ => new List<CrampEntry>()).ToArray();
        for (var i = 0; i < runs; i++)
        {
            var (samples, activity) = bases[i % bases.Length];
            var shift = 86400.0 * (i / Runners) + 3600.0 * (i % 7);
            var run = activity with { Samples = Shifted(samples, shift), StartTime = activity.StartTime?.AddSeconds(shift) };
            var runner = i % Runners;
            var dir = Directory.CreateDirectory(Path.Combine(folder, $"runner-{runner:00}")).FullName;
            File.WriteAllBytes(Path.Combine(dir, $"run-{i:00000}.fit"), FitActivityWriter.ToBytes(run));
            if (i % 4 == 0) logs[runner].Add(new CrampEntry(UnixTime.ToDateTime(samples.FirstUnixSeconds + shift + 3 * 3600 + 17 * (i % 50)), null, Muscle.Calf, "left", 3, null));
        }
        for (var r = 0; r < Runners; r++)
        {
            var dir = Path.Combine(folder, $"runner-{r:00}");
            if (!Directory.Exists(dir)) continue;
            using var w = new StreamWriter(Path.Combine(dir, "cramps.csv"), false, new UTF8Encoding(false));
            CrampLogWriter.WriteCsv(new CrampLog([.. logs[r]], []), w);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {runs} runs of 4 h into {folder}"));
    }

    private static (SampleTable Samples, Activity Activity) Join(string[] scenarios, int seed)
    {
        var runs = scenarios.Select(s => RunSimulator.Simulate(s, seed)).ToArray();
        var samples = JoinedRuns.Join(runs.Select(r => r.Activity.Samples), Seconds);
        return (samples, runs[0].Activity with { Samples = samples, Events = [], Laps = [], Sessions = [] });
    }

    private static SampleTable Shifted(SampleTable s, double seconds)
    {
        var b = new SampleTableBuilder(s.Count);
        for (var i = 0; i < s.Count; i++) b.CopyRow(s, i, s.UnixSeconds[i] + seconds);
        return b.Build();
    }
}
