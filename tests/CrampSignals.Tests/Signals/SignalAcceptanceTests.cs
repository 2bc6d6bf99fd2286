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
/// Heat exposure is timed by when the air crossed 25 °C. The detector sees that only through the weather input:
/// half-hourly observations with a little station noise (±0.2 °C), so at the 1-2 °C per hour a morning warms the
/// crossing cannot be placed closer than several minutes. Its starts are matched within 15 min, and how many also
/// fall within 60 s is printed.
/// </remarks>
public class SignalAcceptanceTests(ITestOutputHelper output)
{
    private const int Seeds = 50;

    [Fact]
    public void Findings_match_the_injected_signals_of_every_scenario()
    {
        var scoring = new SignalScoring { KindTolerance = { [FindingKind.HeatExposure] = TimeSpan.FromMinutes(15) } };
        var strictHeat = new SignalScoring();
        var watchOnly = new SignalScoring { KindTolerance = { [FindingKind.HeatExposure] = TimeSpan.FromMinutes(15) } };
        var easyFindings = new List<string>();
        foreach (var scenario in RunSimulator.Scenarios)
        {
            for (var seed = 1; seed <= Seeds; seed++)
            {
                var run = RunSimulator.Simulate(scenario, seed);
                var report = SignalAnalyzer.Analyze(run.Activity, run.Cramps, run.Weather);
                scoring.Add(run, report.Findings);
                strictHeat.Add(run, report.Findings);
                if (scenario == "hot-long-run") watchOnly.Add(run, SignalAnalyzer.Analyze(run.Activity, run.Cramps).Findings);
                if (scenario == "easy-cool")
                    easyFindings.AddRange(report.Findings.Select(f => $"easy-cool/{seed}: {f.Kind.ToId()} {f.Summary}"));
            }
        }
        output.WriteLine("With the weather input (heat-exposure starts within 15 min):");
        output.WriteLine(scoring.Table());
        var h = strictHeat.Counts[FindingKind.HeatExposure];
        output.WriteLine($"heat-exposure starts within 60 s: {h.MatchedInjected} of {h.Injected}");
        var w = watchOnly.Counts[FindingKind.HeatExposure];
        output.WriteLine($"hot-long-run without weather (wrist sensor only): heat-exposure recall {SignalScoring.Recall(w):0.000}, precision {SignalScoring.Precision(w):0.000}");
        output.WriteLine("");
        foreach (var miss in scoring.Misses.Where(m => !m.Contains("heat-exposure", StringComparison.Ordinal)).Take(80)) output.WriteLine(miss);

        Assert.Empty(easyFindings);
        foreach (var (kind, c) in scoring.Counts)
        {
            Assert.True(SignalScoring.Recall(c) >= 0.9, $"{kind.ToId()}: recall {SignalScoring.Recall(c):0.000}");
            Assert.True(SignalScoring.Precision(c) >= 0.9, $"{kind.ToId()}: precision {SignalScoring.Precision(c):0.000}");
        }
    }
}
