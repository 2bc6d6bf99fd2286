using System.Collections.Immutable;
using System.Text.Json;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Signals;
using CrampSignals.Text;

namespace CrampSignals.Simulation;

/// <summary>
/// Simulated cohorts for checking cohort statistics against planted effects: runners with their own pace, habits and
/// cramp proneness, each run's chance of a cramp logistic in the planted odds ratios and the run's length, written in
/// the research layout (a folder per runner with its FIT runs and one <c>cramps.csv</c>) with the truth in <c>truth.json</c>.
/// </summary>
public static class CohortSimulator
{
    /// <summary>
    /// Simulates <paramref name="runners"/> runners with <paramref name="runsPerRunner"/> runs each and writes them into
    /// <paramref name="directory"/>: <c>runner-01/run-001.fit</c> …, <c>runner-01/cramps.csv</c> …, and <c>truth.json</c>
    /// (planted odds ratios, the duration term, each runner's proneness, each run's findings and cramps). Returns the paths
    /// written. <paramref name="effects"/> maps finding kinds to planted odds ratios; kinds not named have none (OR 1).
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, int runners, int runsPerRunner, IReadOnlyDictionary<FindingKind, double> effects, int seed = 7)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(effects);
        var truth = CohortModel.Generate(runners, runsPerRunner, effects, seed);
        Directory.CreateDirectory(directory);
        var written = new string[truth.Runs.Length];
        Parallel.For(0, truth.Runs.Length, i =>
        {
            var run = truth.Runs[i];
            var path = Path.Combine(directory, run.Runner.Id, $"run-{run.Number:000}.fit");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var activity = RunEngine.Run(CohortPlans.ToPlan(run)).Activity;
            using var s = File.Create(path);
            FitActivityWriter.Write(activity, s);
            written[i] = path;
        });
        var paths = written.ToList();
        foreach (var runner in truth.Runners)
        {
            var entries = truth.Runs.Where(r => r.Runner == runner)
                .SelectMany(r => r.CrampSeconds.Select(t => new CrampEntry(r.StartUtc.AddSeconds(t), null, Muscle.Calf, "left", 6, null)))
                .ToImmutableArray();
            var path = Path.Combine(directory, runner.Id, "cramps.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var w = new StreamWriter(path, false, new UTF8Encoding(false))) CrampLogWriter.WriteCsv(new CrampLog(entries, []), w);
            paths.Add(path);
        }
        var truthPath = Path.Combine(directory, "truth.json");
        using (var s = File.Create(truthPath)) CohortTruthJson.Write(truth, s);
        paths.Add(truthPath);
        return paths;
    }
}

/// <summary>Writes the truth of a simulated cohort as JSON.</summary>
internal static class CohortTruthJson
{
    public static void Write(CohortTruth truth, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("seed", truth.Seed);
        w.WriteString("model", "logit P(cramp in a run) = runner proneness + logOddsPerHour * (moving hours - 1) + sum of ln(odds ratio) over the finding kinds the run holds");
        w.WriteStartObject("oddsRatios");
        foreach (var kind in Enum.GetValues<FindingKind>()) w.WriteNumber(kind.ToId(), truth.OddsRatio(kind));
        w.WriteEndObject();
        w.WriteNumber("logOddsPerHour", truth.LogOddsPerHour);
        w.WriteStartArray("withinRunTriggers");
        foreach (var kind in CohortModel.WithinRun.Where(k => truth.OddsRatio(k) > 1)) w.WriteStringValue(kind.ToId());
        w.WriteEndArray();
        w.WriteStartArray("runners");
        foreach (var r in truth.Runners)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("place", r.Place.Name);
            w.WriteNumber("proneness", Math.Round(r.Proneness, 4));
            w.WriteNumber("fastStartShare", Math.Round(r.FastStartShare, 3));
            w.WriteNumber("noWarmUpShare", Math.Round(r.NoWarmUpShare, 3));
            w.WriteNumber("meanMinutes", Math.Round(r.MeanMinutes, 1));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("runs");
        foreach (var run in truth.Runs)
        {
            w.WriteStartObject();
            w.WriteString("run", run.RunId + ".fit");
            w.WriteString("runner", run.Runner.Id);
            w.WriteString("start", IsoUtc.Format(run.StartUtc));
            w.WriteNumber("movingMinutes", run.MovingMinutes);
            w.WriteNumber("crampProbability", Math.Round(run.CrampProbability, 4));
            w.WriteStartArray("findings");
            foreach (var f in run.Findings)
            {
                w.WriteStartObject();
                w.WriteString("kind", f.Kind.ToId());
                w.WriteNumber("startSeconds", f.StartSeconds);
                w.WriteNumber("endSeconds", f.EndSeconds);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("crampSeconds");
            foreach (var t in run.CrampSeconds) w.WriteNumberValue(t);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
