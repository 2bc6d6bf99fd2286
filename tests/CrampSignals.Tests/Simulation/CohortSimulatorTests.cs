using System.Text.Json;
using CrampSignals.Cli;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Tests.Cli;

namespace CrampSignals.Tests.Simulation;

public sealed class CohortSimulatorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"simcohort-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Writes_a_folder_and_a_cramp_log_per_runner_and_the_truth()
    {
        var (code, output, error) = Run("simulate", "--cohort", "3", "--runs", "4", "--effects", "fast-start=3,heat-exposure=2", "--seed", "11", "--out", _dir);
        Assert.Equal(CliApp.Success, code);
        Assert.Equal("", error);
        Assert.Contains("simulated 3 runners x 4 runs", output);
        var truth = CohortModel.Generate(3, 4, new Dictionary<FindingKind, double> { [FindingKind.FastStart] = 3, [FindingKind.HeatExposure] = 2 }, 11);
        Assert.Equal(["runner-01", "runner-02", "runner-03"], Directory.GetDirectories(_dir).Select(d => Path.GetFileName(d)!).Order().ToArray());
        foreach (var runner in truth.Runners)
        {
            var folder = Path.Combine(_dir, runner.Id);
            Assert.Equal(4, Directory.GetFiles(folder, "*.fit").Length);
            var log = CrampLogReader.Load(Path.Combine(folder, "cramps.csv"));
            var runs = truth.Runs.Where(r => r.Runner == runner).ToList();
            Assert.Equal(runs.Sum(r => r.CrampSeconds.Length), log.Entries.Length);
            // Every logged cramp falls inside the run the truth put it in.
            foreach (var run in runs)
            {
                var activity = ActivityFile.Load(Path.Combine(_dir, run.RunId + ".fit"));
                Assert.Equal(run.StartUtc, activity.StartTime);
                foreach (var t in run.CrampSeconds)
                    Assert.InRange(t, 0, (activity.Duration ?? TimeSpan.Zero).TotalSeconds);
            }
        }
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "truth.json")));
        Assert.Equal(3, json.RootElement.GetProperty("oddsRatios").GetProperty("fast-start").GetDouble());
        Assert.Equal(1, json.RootElement.GetProperty("oddsRatios").GetProperty("cadence-drop").GetDouble());
        Assert.Equal(12, json.RootElement.GetProperty("runs").GetArrayLength());
        Assert.Equal(truth.Runs.Sum(r => r.CrampSeconds.Length),
            json.RootElement.GetProperty("runs").EnumerateArray().Sum(r => r.GetProperty("crampSeconds").GetArrayLength()));
    }

    [Theory]
    [InlineData("fast-start=three", "must be a positive number")]
    [InlineData("fast-start=0", "must be a positive number")]
    [InlineData("fast-finish=2", "unknown finding kind 'fast-finish'")]
    [InlineData("fast-start", "is not KIND=OR")]
    public void Bad_effects_are_a_usage_error_that_says_what_is_wrong(string effects, string message)
    {
        var (code, _, error) = Run("simulate", "--cohort", "2", "--effects", effects, "--out", _dir);
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public void Neither_or_both_of_scenario_and_cohort_is_a_usage_error()
    {
        Assert.Equal(CliApp.UsageError, Run("simulate", "--out", _dir).Code);
        Assert.Equal(CliApp.UsageError, Run("simulate", "--scenario", "surges", "--cohort", "2", "--out", _dir).Code);
    }

    [Fact]
    public void The_truth_model_plants_what_it_says()
    {
        // Over a large cohort the runs with a cramp follow the logistic model: a planted kind is over-represented among
        // them, and cramps in runs with a planted cadence drop mostly strike within 15 minutes after one.
        var truth = CohortModel.Generate(40, 50, new Dictionary<FindingKind, double> { [FindingKind.FastStart] = 4, [FindingKind.CadenceDrop] = 3 }, 2);
        double Share(Func<CohortTruthRun, bool> where) => truth.Runs.Where(where).Average(r => r.CrampSeconds.IsEmpty ? 0.0 : 1.0);
        Assert.True(Share(r => r.Holds(FindingKind.FastStart)) > 1.5 * Share(r => !r.Holds(FindingKind.FastStart)));
        var afterDrop = truth.Runs.Where(r => r.Holds(FindingKind.CadenceDrop) && !r.CrampSeconds.IsEmpty)
            .Select(r => r.Findings.Any(f => f.Kind == FindingKind.CadenceDrop && r.CrampSeconds[0] - f.StartSeconds is >= 120 and <= 900))
            .ToList();
        Assert.True(afterDrop.Count(x => x) > 0.6 * afterDrop.Count, $"{afterDrop.Count(x => x)} of {afterDrop.Count}");
        Assert.All(truth.Runs, r => Assert.All(r.CrampSeconds, t => Assert.InRange(t, 0, r.MovingMinutes * 60)));
    }
}
