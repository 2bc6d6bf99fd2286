using System.Globalization;
using System.Text;
using CrampSignals.Signals;
using CrampSignals.Simulation;

namespace CrampSignals.Tests.Signals;

/// <summary>Counts how findings match injected signals, per kind: windowed kinds by start within a tolerance, run-level kinds by kind alone.</summary>
internal sealed class SignalScoring
{
    public static readonly FindingKind[] Windowed = [FindingKind.PaceSurge, FindingKind.CadenceDrop, FindingKind.HeatExposure];

    public TimeSpan Tolerance { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Wider tolerances for kinds whose timing the input itself cannot pin down to a minute.</summary>
    public Dictionary<FindingKind, TimeSpan> KindTolerance { get; init; } = [];

    private TimeSpan ToleranceOf(FindingKind kind) => KindTolerance.TryGetValue(kind, out var t) ? t : Tolerance;

    public Dictionary<FindingKind, (int Injected, int Found, int MatchedInjected, int MatchedFound)> Counts { get; } = [];

    public List<string> Misses { get; } = [];

    public void Add(SimulatedRun run, IReadOnlyList<Finding> findings)
    {
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var injected = run.Injected.Where(s => s.Kind == kind).ToList();
            var found = findings.Where(f => f.Kind == kind).ToList();
            var usedFound = new bool[found.Count];
            var matchedInjected = 0;
            foreach (var s in injected)
            {
                var best = -1;
                for (var k = 0; k < found.Count; k++)
                {
                    if (usedFound[k]) continue;
                    if (Windowed.Contains(kind) && (found[k].Start - s.Start).Duration() > ToleranceOf(kind)) continue;
                    if (best < 0 || (found[k].Start - s.Start).Duration() < (found[best].Start - s.Start).Duration()) best = k;
                }
                if (best >= 0) { usedFound[best] = true; matchedInjected++; }
                else Misses.Add($"{run.Scenario}/{run.Seed}: missed {kind.ToId()} at {s.Start:HH:mm:ss} ({s.Description})");
            }
            for (var k = 0; k < found.Count; k++)
                if (!usedFound[k]) Misses.Add($"{run.Scenario}/{run.Seed}: extra {kind.ToId()} at {found[k].Start:HH:mm:ss}: {found[k].Summary}");
            var c = Counts.GetValueOrDefault(kind);
            Counts[kind] = (c.Injected + injected.Count, c.Found + found.Count, c.MatchedInjected + matchedInjected, c.MatchedFound + usedFound.Count(u => u));
        }
    }

    public static double Recall((int Injected, int Found, int MatchedInjected, int MatchedFound) c) => c.Injected == 0 ? 1 : c.MatchedInjected / (double)c.Injected;

    public static double Precision((int Injected, int Found, int MatchedInjected, int MatchedFound) c) => c.Found == 0 ? 1 : c.MatchedFound / (double)c.Found;

    public string Table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| kind | injected | found | recall | precision |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (kind, c) in Counts.OrderBy(k => k.Key))
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {kind.ToId()} | {c.Injected} | {c.Found} | {Recall(c):0.000} | {Precision(c):0.000} |");
        return sb.ToString();
    }
}
