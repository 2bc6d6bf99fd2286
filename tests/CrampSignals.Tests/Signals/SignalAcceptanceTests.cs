using CrampSignals.Signals;
using CrampSignals.Simulation;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// The detectors against the simulator's ground truth: 50 seeds per scenario, findings matched to injected signals
/// of the same kind (windowed kinds by start within 60 s, run-level kinds by kind); recall and precision at least 0.9
/// per kind, and nothing at all on the easy, cool runs.
/// </summary>
/// <remarks>
/// Heat exposure is judged on the weather input the simulator gives with each run (the air, not the wrist sensor);
/// how the wrist sensor alone does on the hot runs is printed too: it reads 3.5-5.5 °C warm, so the hour it crosses
/// its threshold can differ from the air's by many minutes.
/// </remarks>
// Generates and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class SignalAcceptanceTests(ITestOutputHelper output)
{
    private const int Seeds = 50;

    [Fact]
    public void Findings_match_the_injected_signals_of_every_scenario()
    {
        var scoring = new SignalScoring();
        var watchOnly = new SignalScoring { KindTolerance = { [FindingKind.HeatExposure] = TimeSpan.FromMinutes(15) } };
        var easyFindings = new List<string>();
        foreach (var scenario in RunSimulator.Scenarios)
        {
            for (var seed = 1; seed <= Seeds; seed++)
            {
                var run = RunSimulator.Simulate(scenario, seed);
                var report = SignalAnalyzer.Analyze(run.Activity, run.Cramps, run.Weather);
                scoring.Add(run, report.Findings);
                if (scenario == "hot-long-run") watchOnly.Add(run, SignalAnalyzer.Analyze(run.Activity, run.Cramps).Findings);
                if (scenario == "easy-cool")
                    easyFindings.AddRange(report.Findings.Select(f => $"easy-cool/{seed}: {f.Kind.ToId()} {f.Summary}"));
            }
        }
        output.WriteLine($"{Seeds} seeds per scenario, with the weather input; windowed kinds matched by start within 60 s:");
        output.WriteLine(scoring.Table());
        var w = watchOnly.Counts[FindingKind.HeatExposure];
        output.WriteLine($"hot-long-run without weather (wrist sensor only, starts within 15 min): heat-exposure recall {SignalScoring.Recall(w):0.000}, precision {SignalScoring.Precision(w):0.000}");
        output.WriteLine("");
        foreach (var miss in scoring.Misses.Take(80)) output.WriteLine(miss);

        Assert.Empty(easyFindings);
        foreach (var (kind, c) in scoring.Counts)
        {
            Assert.True(SignalScoring.Recall(c) >= 0.9, $"{kind.ToId()}: recall {SignalScoring.Recall(c):0.000}");
            Assert.True(SignalScoring.Precision(c) >= 0.9, $"{kind.ToId()}: precision {SignalScoring.Precision(c):0.000}");
        }
    }
}
