using CrampSignals.Signals;
using CrampSignals.Simulation;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// The detectors against the simulator's ground truth: 50 seeds per scenario, findings matched to injected signals
/// of the same kind (windowed kinds by start within 60 s, run-level kinds by kind); recall and precision at least 0.9
/// per kind, and nothing at all on the easy, cool runs.
/// </summary>
public class SignalAcceptanceTests(ITestOutputHelper output)
{
    private const int Seeds = 50;

    [Fact]
    public void Findings_match_the_injected_signals_of_every_scenario()
    {
        var scoring = new SignalScoring();
        var easyFindings = new List<string>();
        foreach (var scenario in RunSimulator.Scenarios)
        {
            for (var seed = 1; seed <= Seeds; seed++)
            {
                var run = RunSimulator.Simulate(scenario, seed);
                var report = SignalAnalyzer.Analyze(run.Activity, run.Cramps, run.Weather);
                scoring.Add(run, report.Findings);
                if (scenario == "easy-cool")
                    easyFindings.AddRange(report.Findings.Select(f => $"easy-cool/{seed}: {f.Kind.ToId()} {f.Summary}"));
            }
        }
        output.WriteLine(scoring.Table());
        foreach (var miss in scoring.Misses.Where(m => !m.Contains("heat-exposure", StringComparison.Ordinal)).Take(80)) output.WriteLine(miss);

        Assert.Empty(easyFindings);
        foreach (var (kind, c) in scoring.Counts)
        {
            Assert.True(SignalScoring.Recall(c) >= 0.9, $"{kind.ToId()}: recall {SignalScoring.Recall(c):0.000}");
            Assert.True(SignalScoring.Precision(c) >= 0.9, $"{kind.ToId()}: precision {SignalScoring.Precision(c):0.000}");
        }
    }
}
