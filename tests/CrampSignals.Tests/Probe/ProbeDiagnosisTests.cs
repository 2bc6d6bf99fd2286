using System.Globalization;
using CrampSignals.Signals;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Probe;

/// <summary>Sorts every false or missed surge and cadence drop on the probe runs by what the runner was really doing there.</summary>
// Generates and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public sealed class ProbeDiagnosisTests(ITestOutputHelper output)
{
    /// <summary>Prints the causes; fails when more false surges than <see cref="ProbeLevels.UnexplainedFalseSurges"/> are no genuine rise in the runner's effort.</summary>
    [Fact]
    public void False_surges_are_explained_by_what_the_runner_did()
    {
        var causes = new Dictionary<string, List<string>>();
        void Add(string cause, string example)
        {
            if (!causes.TryGetValue(cause, out var l)) causes[cause] = l = [];
            l.Add(example);
        }
        foreach (var family in ProbeFamilies.Scored)
        {
            for (var seed = 1; seed <= 30; seed++)
            {
                var run = IndependentRunGenerator.Generate(family, seed, RecordingMode.OneHz, FileRoute.Memory)!;
                var report = SignalAnalyzer.Analyze(run.Activity, run.Cramps, run.Weather);
                var w = run.World!;
                var plan = run.Plan!;
                var t0 = run.Activity.StartTime!.Value;
                foreach (var f in report.Findings.Where(f => f.Kind == FindingKind.PaceSurge))
                {
                    var s = (int)(f.Start - t0).TotalSeconds;
                    var e = Math.Min(w.Length - 1, (int)(f.End - t0).TotalSeconds);
                    if (run.Truth.Intervals.Any(i => i.Kind == FindingKind.PaceSurge && Math.Abs((i.Start - f.Start).TotalSeconds) <= 60)) continue;
                    var effort = Mean(w.Effort, w, s, e);
                    var before = Median(w.Effort, w, Math.Max(0, s - 600), s);
                    var grade = Mean(w.Grade, w, s, e);
                    string cause;
                    if (run.Truth.Intervals.Any(i => i.Kind == FindingKind.PaceSurge && f.Start < i.End && f.End > i.Start)) cause = "overlaps a true surge but starts > 60 s away";
                    else if (s - 600 < plan.MainStart && plan.HasWarmUp && s >= plan.MainStart - 60) cause = "end of the warm-up (baseline is the warm-up jog)";
                    else if (plan.WalkBreaks.Concat(plan.Stops).Any(b => b.Start + b.Seconds > s - 90 && b.Start < e)) cause = "next to a walk break or stop";
                    else if (s > plan.MainEnd - 30) cause = "in the cool-down";
                    else if (run.Story.Any(l => l.StartsWith("GPS drift", StringComparison.Ordinal) && Near(l, s, e))) cause = "GPS drift excursion";
                    else if (Math.Abs(grade) >= 0.02) cause = grade > 0 ? "climb (grade-adjusted speed over-credits the hill)" : "descent";
                    else if (effort / before >= 1.08) cause = "real effort rise from pace wander";
                    else cause = "other";
                    Add(cause, string.Create(CultureInfo.InvariantCulture,
                        $"{family} seed {seed} {s}-{e}s true effort {effort:F3} vs {before:F3} before, grade {grade:F3}; {f.Summary}"));
                }
            }
        }
        foreach (var (cause, list) in causes.OrderByDescending(c => c.Value.Count))
        {
            output.WriteLine($"{list.Count,4}  {cause}");
            foreach (var x in list.Take(4)) output.WriteLine("        " + x);
        }
        var unexplained = causes.Where(c => !c.Key.StartsWith("real effort", StringComparison.Ordinal)).Sum(c => c.Value.Count);
        ProbeLevels.AtMost(nameof(ProbeLevels.UnexplainedFalseSurges), unexplained, $"{unexplained} false surges are no real effort rise");
    }

    private static bool Near(string story, int s, int e)
    {
        var parts = story.Split(' ');
        var at = int.Parse(parts[^1].TrimEnd('s'), CultureInfo.InvariantCulture);
        var len = int.Parse(parts[^3].TrimEnd('s'), CultureInfo.InvariantCulture);
        return at < e + 30 && at + len > s - 30;
    }

    private static double Mean(double[] a, WorldTrace w, int from, int to)
    {
        double sum = 0; var n = 0;
        for (var t = from; t <= to; t++) if (w.Gaits[t] == Gait.Running) { sum += a[t]; n++; }
        return n == 0 ? double.NaN : sum / n;
    }

    private static double Median(double[] a, WorldTrace w, int from, int to)
    {
        var l = new List<double>();
        for (var t = from; t < to; t++) if (w.Gaits[t] == Gait.Running) l.Add(a[t]);
        if (l.Count == 0) return double.NaN;
        l.Sort();
        return l[l.Count / 2];
    }
}
