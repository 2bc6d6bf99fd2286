using System.Text.Json;
using CrampSignals.Cli;
using CrampSignals.Cli.Cohorts;
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
        Assert.Contains("fast-start HR 3", output);
        var truth = CohortModel.Generate(3, 4, new Dictionary<FindingKind, double> { [FindingKind.FastStart] = 3, [FindingKind.HeatExposure] = 2 }, 11);
        Assert.Equal(["runner-01", "runner-02", "runner-03"], Directory.GetDirectories(_dir).Select(d => Path.GetFileName(d)!).Order().ToArray());
        foreach (var runner in truth.Runners)
        {
            var folder = Path.Combine(_dir, runner.Id);
            Assert.Equal(4, Directory.GetFiles(folder, "*.fit").Length);
            var log = CrampLogReader.Load(Path.Combine(folder, "cramps.csv"));
            var runs = truth.Runs.Where(r => r.Runner == runner).ToList();
            Assert.Equal(runs.Sum(r => r.CrampSeconds.Length + r.AfterRunDelaySeconds.Length), log.Entries.Length);
            foreach (var run in runs)
            {
                var activity = ActivityFile.Load(Path.Combine(_dir, run.RunId + ".fit"));
                Assert.Equal(run.StartUtc, activity.StartTime);
                // The recording lasts the truth's moving seconds (longer only when they leave no room for the warm-up, a fast
                // start and the cool-down); in-run cramps fall inside it, after-run ones 30-180 min past the moving end, after it.
                var seconds = (activity.Duration ?? TimeSpan.Zero).TotalSeconds;
                Assert.True(seconds >= run.MovingSeconds - 2, $"{run.RunId}: {seconds} s recorded for {run.MovingSeconds} moving seconds");
                foreach (var t in run.CrampSeconds)
                    Assert.InRange(t, 0, seconds);
                foreach (var d in run.AfterRunDelaySeconds)
                {
                    Assert.InRange(d, 1800, 10800);
                    Assert.Contains(log.Entries, e => e.Time == run.StartUtc.AddSeconds(run.MovingSeconds + d) && e.Time > activity.StartTime!.Value.AddSeconds(seconds));
                }
            }
        }
        // The cohort pipeline matches each logged cramp to its run, during it or after it, at the truth's seconds.
        var records = CohortStudy.Run([_dir]).Records;
        Assert.Equal(12, records.Length);
        foreach (var run in truth.Runs)
        {
            var record = Assert.Single(records, r => r.Runner == run.Runner.Id && r.File.EndsWith($"run-{run.Number:000}.fit", StringComparison.Ordinal));
            Assert.Equal(run.CrampSeconds, record.Cramps.Where(c => c.DuringRun).Select(c => Math.Round(c.ElapsedSeconds)));
            Assert.Equal(run.AfterRunDelaySeconds.Select(d => run.MovingSeconds + d), record.Cramps.Where(c => !c.DuringRun).Select(c => Math.Round(c.ElapsedSeconds)));
        }
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "truth.json")));
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("hazardRatios").GetProperty("fast-start").GetDouble());
        Assert.Equal(1, root.GetProperty("hazardRatios").GetProperty("cadence-drop").GetDouble());
        Assert.Equal(20, root.GetProperty("windowMinutes").GetInt32());
        Assert.Equal(2, root.GetProperty("afterRunOddsRatios").GetProperty("heat-exposure").GetDouble());
        Assert.Equal(1, root.GetProperty("afterRunOddsRatios").GetProperty("no-cool-down").GetDouble());
        Assert.Contains("hazard", root.GetProperty("model").GetString());
        Assert.Equal(12, root.GetProperty("runs").GetArrayLength());
        Assert.Equal(truth.Runs.Sum(r => r.CrampSeconds.Length),
            root.GetProperty("runs").EnumerateArray().Sum(r => r.GetProperty("crampSeconds").GetArrayLength()));
        Assert.Equal(truth.Runs.Sum(r => r.AfterRunDelaySeconds.Length),
            root.GetProperty("runs").EnumerateArray().Sum(r => r.GetProperty("afterRunCramps").GetArrayLength()));
    }

    [Fact]
    public void Hazards_is_another_name_for_effects_and_the_window_can_be_set()
    {
        var (code, _, error) = Run("simulate", "--cohort", "1", "--runs", "2", "--hazards", "pace-surge=2.5", "--window-minutes", "10", "--out", _dir);
        Assert.Equal(CliApp.Success, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "truth.json")));
        Assert.Equal(2.5, json.RootElement.GetProperty("hazardRatios").GetProperty("pace-surge").GetDouble());
        Assert.Equal(10, json.RootElement.GetProperty("windowMinutes").GetInt32());
    }

    [Theory]
    [InlineData("fast-start=three", "must be a positive number")]
    [InlineData("fast-start=0", "must be a positive number")]
    [InlineData("fast-finish=2", "unknown finding kind 'fast-finish'")]
    [InlineData("fast-start", "is not KIND=HR")]
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
    public void The_files_show_the_limp_after_each_cramp()
    {
        // Rendered and read by the detectors: a cadence drop starts within a minute or so of each limp the truth planted.
        var truth = CohortModel.Generate(12, 10, new Dictionary<FindingKind, double>(), 12);
        var limped = truth.Runs.Where(r => r.Limps.Length == 1 && r.Limps[0].EndSeconds < r.MovingSeconds - 480 && r.Limps[0].StartSeconds > 900)
            .Take(10).ToList();
        Assert.True(limped.Count >= 6, $"only {limped.Count} runs with a limp in the middle of the run");
        var found = limped.Count(run =>
        {
            var activity = RunEngine.Run(CohortPlans.ToPlan(run)).Activity;
            var limp = run.Limps[0];
            return SignalAnalyzer.Analyze(activity).Findings.Any(f => f.Kind == FindingKind.CadenceDrop
                && Math.Abs((f.Start - run.StartUtc).TotalSeconds - limp.StartSeconds) <= 90);
        });
        Assert.True(found >= 0.8 * limped.Count, $"a cadence drop found at {found} of {limped.Count} limps");
    }
}
