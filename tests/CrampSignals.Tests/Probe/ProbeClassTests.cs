using CrampSignals.Signals;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Probe;

/// <summary>
/// The classes of false and missed findings seen on unseen runs, each on its own probe family: getting back to pace
/// after a cramp, a stop or a walk break is no surge; a steady-effort climb is no surge; a race that ends at a limp has
/// no cool-down; and the FIT and GPX exports of one run give the same kinds.
/// </summary>
// Generates and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public sealed class ProbeClassTests(ITestOutputHelper output)
{
    private const int Seeds = 30;

    /// <summary>Back to the pace held before a cramp, a stop or a walk break, after minutes of easier jogging: no surge.</summary>
    [Fact]
    public void Getting_back_to_pace_after_a_recovery_is_no_surge()
    {
        // From the disturbance on (a surge before it is another matter, counted by the probe evaluation).
        var bad = Findings(ProbeFamily.CrampRecovery, FindingKind.PaceSurge, run => run.Plan!.Easings[0].Start - 120);
        Assert.True(bad.Count == 0, $"{bad.Count} false surges after a recovery:\n" + string.Join("\n", bad));
    }

    /// <summary>Even effort up one or two climbs of several minutes at 6-8 %: no surge from any file (held at its measured level, <see cref="ProbeLevels"/>).</summary>
    [Fact]
    public void A_steady_effort_climb_is_no_surge()
    {
        var bad = Findings(ProbeFamily.SteadyClimb, FindingKind.PaceSurge);
        output.WriteLine($"{bad.Count} false surges on steady climbs");
        foreach (var b in bad) output.WriteLine(b);
        ProbeLevels.AtMost(nameof(ProbeLevels.SteadyClimbFalseSurges), bad.Count, $"{bad.Count} false surges on steady climbs:\n" + string.Join("\n", bad));
    }

    /// <summary>A late cramp, a hobble to the line and a dead stop: no cool-down, from every file (held at its measured level, <see cref="ProbeLevels"/>).</summary>
    [Fact]
    public void A_race_that_ends_at_a_limp_has_no_cool_down()
    {
        var missed = new List<string>();
        foreach (var (run, report) in Runs(ProbeFamily.LimpFinish))
            if (!report.Findings.Any(f => f.Kind == FindingKind.NoCoolDown))
                missed.Add($"seed {run.Seed} {run.Mode}/{run.Route}: {string.Join("; ", run.Story)}");
        foreach (var m in missed) output.WriteLine(m);
        ProbeLevels.AtMost(nameof(ProbeLevels.LimpsReadAsCoolDown), missed.Count, $"{missed.Count} limps to the line read as a cool-down");
    }

    /// <summary>Every family: the FIT and the GPX export of one run (and the run itself) give the same kinds (held at its measured level, <see cref="ProbeLevels"/>).</summary>
    [Fact]
    public void Fit_and_gpx_exports_of_one_run_give_the_same_kinds()
    {
        var disagreements = new List<string>();
        var runs = 0;
        foreach (var family in Enum.GetValues<ProbeFamily>())
        {
            for (var seed = 1; seed <= Seeds; seed++)
            {
                foreach (var mode in new[] { RecordingMode.OneHz, RecordingMode.Smart })
                {
                    var kinds = new Dictionary<FileRoute, string>();
                    foreach (var route in new[] { FileRoute.Memory, FileRoute.Fit, FileRoute.Gpx })
                    {
                        var run = IndependentRunGenerator.Generate(family, seed, mode, route);
                        if (run is null) continue;
                        var report = SignalAnalyzer.Analyze(run.Activity, run.Cramps, run.Weather);
                        kinds[route] = string.Join(",", report.Findings.Select(f => f.Kind.ToId()).Distinct().Order(StringComparer.Ordinal));
                    }
                    if (kinds.Count < 2) continue;
                    runs++;
                    if (kinds.Values.Distinct().Count() > 1)
                        disagreements.Add($"{family} seed {seed} {mode}: " + string.Join(" | ", kinds.Select(k => $"{k.Key}: {k.Value}")));
                }
            }
        }
        output.WriteLine($"{disagreements.Count} of {runs} runs disagree between formats");
        foreach (var d in disagreements) output.WriteLine(d);
        ProbeLevels.AtMost(nameof(ProbeLevels.FormatDisagreements), disagreements.Count, $"{disagreements.Count} of {runs} runs give different kinds from FIT and GPX");
    }

    private List<string> Findings(ProbeFamily family, FindingKind kind, Func<ProbeRun, int>? from = null)
    {
        var found = new List<string>();
        foreach (var (run, report) in Runs(family))
            foreach (var f in report.Findings.Where(f => f.Kind == kind && f.Start >= run.Activity.StartTime!.Value.AddSeconds(from?.Invoke(run) ?? 0)))
                found.Add($"seed {run.Seed} {run.Mode}/{run.Route} at {(f.Start - run.Activity.StartTime!.Value).TotalSeconds:F0}s: {f.Summary} [{string.Join("; ", run.Story)}]");
        foreach (var f in found) output.WriteLine(f);
        return found;
    }

    private static IEnumerable<(ProbeRun Run, SignalReport Report)> Runs(ProbeFamily family)
    {
        for (var seed = 1; seed <= Seeds; seed++)
            foreach (var (mode, route) in ProbeEvaluationTests.Recordings)
                if (IndependentRunGenerator.Generate(family, seed, mode, route) is { } run)
                    yield return (run, SignalAnalyzer.Analyze(run.Activity, run.Cramps, run.Weather));
    }
}
