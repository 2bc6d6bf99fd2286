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
/// frailty; cramps during a run drawn from a per-minute hazard that the planted hazard ratios multiply while a finding's
/// exposure window is open, cramps after a run from a run-level logistic draw; written in the research layout (a folder
/// per runner with its FIT runs and one <c>cramps.csv</c>) with the truth in <c>truth.json</c>.
/// </summary>
public static class CohortSimulator
{
    /// <summary>
    /// Simulates <paramref name="runners"/> runners with <paramref name="runsPerRunner"/> runs each and writes them into
    /// <paramref name="directory"/>: <c>runner-01/run-001.fit</c> …, <c>runner-01/cramps.csv</c> …, and <c>truth.json</c>
    /// (the hazard model, the planted ratios, each runner's frailty, each run's findings, in-run and after-run cramps).
    /// Returns the paths written. <paramref name="effects"/> maps finding kinds to planted hazard ratios of a cramp during
    /// the run, acting from a finding's start until <paramref name="windowMinutes"/> (W, 20) minutes after its end for pace surges and cadence drops, and from
    /// where it sets in to the run's end for the other kinds (a fast start from its end); no-cool-down, heat-exposure and
    /// long-run-hydration also act with the same value as odds ratios of a cramp after the run (no-cool-down only there).
    /// Kinds not named have none (1).
    /// </summary>
    public static IReadOnlyList<string> Write(string directory, int runners, int runsPerRunner, IReadOnlyDictionary<FindingKind, double> effects, int seed = 7,
        int windowMinutes = CohortHazard.DefaultWindowMinutes)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(effects);
        var truth = CohortModel.Generate(runners, runsPerRunner, effects, seed, windowMinutes);
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
            // In-run cramps at their moving second (the files have no pauses), after-run ones that long after the run's end.
            var entries = truth.Runs.Where(r => r.Runner == runner)
                .SelectMany(r => r.CrampSeconds.Concat(r.AfterRunDelaySeconds.Select(d => r.MovingSeconds + d))
                    .Select(t => new CrampEntry(r.StartUtc.AddSeconds(t), null, Muscle.Calf, "left", 6, null)))
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
        w.WriteString("model", "in-run cramps: hazard per minute h(t) = exp(runner frailty + baseLogHazardPerMinute + slopePerHour * moving hours so far) "
            + "* product of hazardRatios over the kinds exposed at t (pace-surge, cadence-drop: from the finding's start to windowMinutes after its end; "
            + "fast-start: from its end to the run's end; other kinds but no-cool-down: from their start to the run's end), drawn exactly until the first cramp, "
            + $"then a second cramp 2-15 min later with chance {CohortModel.SecondCrampChance} and a limp (a slower cadence drop, 3-8 min from 0-60 s after the cramp); "
            + "after-run cramps: logit P = runner frailty + afterRunLogOdds + sum of ln(afterRunOddsRatios) over the kinds the run holds, at 30-180 min after the run's end; "
            + "runner frailty = 0.5 * N(0, 1) + 2 * (fast-start share - 0.25); times in moving seconds");
        w.WriteStartObject("hazardRatios");
        foreach (var kind in Enum.GetValues<FindingKind>()) w.WriteNumber(kind.ToId(), truth.HazardRatio(kind));
        w.WriteEndObject();
        w.WriteNumber("windowMinutes", truth.WindowMinutes);
        w.WriteNumber("baseLogHazardPerMinute", CohortHazard.BaseLogHazardPerMinute);
        w.WriteNumber("slopePerHour", CohortHazard.SlopePerHour);
        w.WriteStartArray("transientKinds");
        foreach (var kind in CohortHazard.Transient) w.WriteStringValue(kind.ToId());
        w.WriteEndArray();
        w.WriteStartObject("afterRunOddsRatios");
        foreach (var kind in CohortModel.AfterRunKinds) w.WriteNumber(kind.ToId(), truth.AfterRunOddsRatio(kind));
        w.WriteEndObject();
        w.WriteNumber("afterRunLogOdds", CohortModel.AfterRunLogOdds);
        w.WriteStartArray("runners");
        foreach (var r in truth.Runners)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("place", r.Place.Name);
            w.WriteNumber("frailty", Math.Round(r.Frailty, 4));
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
            w.WriteNumber("movingSeconds", run.MovingSeconds);
            w.WriteNumber("crampProbability", Math.Round(run.CrampProbability, 4));
            w.WriteNumber("afterRunProbability", Math.Round(run.AfterRunProbability, 4));
            w.WriteStartArray("findings");
            foreach (var f in run.Findings)
            {
                w.WriteStartObject();
                w.WriteString("kind", f.Kind.ToId());
                w.WriteNumber("startSeconds", f.StartSeconds);
                w.WriteNumber("endSeconds", f.EndSeconds);
                if (run.Limps.Contains(f)) w.WriteBoolean("afterCramp", true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("crampSeconds");
            foreach (var t in run.CrampSeconds) w.WriteNumberValue(t);
            w.WriteEndArray();
            w.WriteStartArray("afterRunCramps");
            foreach (var d in run.AfterRunDelaySeconds)
            {
                w.WriteStartObject();
                w.WriteNumber("secondsAfterEnd", d);
                w.WriteString("time", IsoUtc.Format(run.StartUtc.AddSeconds(run.MovingSeconds + d)));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
