using System.Globalization;
using System.Text;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Probe;

/// <summary>
/// Counts per finding kind: windowed kinds match by start within a tolerance, run-level kinds by presence. Truth that falls
/// short of its definition in what the runner really did is left out, unless the score is of everything planted.
/// </summary>
internal sealed class ProbeScore
{
    public static readonly FindingKind[] Windowed = [FindingKind.PaceSurge, FindingKind.CadenceDrop, FindingKind.HeatExposure];

    private readonly Dictionary<FindingKind, int[]> _counts = Enum.GetValues<FindingKind>().ToDictionary(k => k, _ => new int[3]);

    public ProbeScore(TimeSpan tolerance, bool planted = false)
    {
        Tolerance = tolerance;
        Planted = planted;
    }

    /// <summary>Whether truth short of its definition (<see cref="TruthInterval.ShortOfDefinition"/>) is scored like the rest.</summary>
    public bool Planted { get; }

    /// <summary>Truth short of its definition, left out of the counts: how many were found anyway, and how many not.</summary>
    public (int Found, int NotFound) ShortOfDefinition => (_shortFound, _shortNotFound);

    private int _shortFound, _shortNotFound;

    public TimeSpan Tolerance { get; }

    public int Runs { get; private set; }

    /// <summary>One line per miss or false finding, for the diagnosis.</summary>
    public List<string> Errors { get; } = [];

    public (int TruePositive, int FalseNegative, int FalsePositive) this[FindingKind kind] => (_counts[kind][0], _counts[kind][1], _counts[kind][2]);

    public void Add(ProbeRun run, IReadOnlyList<Finding> findings)
    {
        Runs++;
        var t0 = run.Activity.StartTime ?? DateTime.MinValue;
        string Tag() => $"{run.Family} seed {run.Seed} {run.Mode}/{run.Route}{(run.Treadmill ? "/treadmill" : "")}";
        string At(DateTime t) => (t - t0).TotalSeconds.ToString("F0", CultureInfo.InvariantCulture) + "s";
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            if (run.Truth.DontCare.ContainsKey(kind)) continue;
            var c = _counts[kind];
            var found = findings.Where(f => f.Kind == kind).ToList();
            if (Windowed.Contains(kind))
            {
                var truth = run.Truth.Intervals.Where(i => i.Kind == kind).ToList();
                var used = new bool[found.Count];
                foreach (var i in truth)
                {
                    var best = -1;
                    for (var j = 0; j < found.Count; j++)
                    {
                        if (used[j] || (found[j].Start - i.Start).Duration() > Tolerance) continue;
                        if (best < 0 || (found[j].Start - i.Start).Duration() < (found[best].Start - i.Start).Duration()) best = j;
                    }
                    if (i.ShortOfDefinition && !Planted)
                    {
                        if (best >= 0) { used[best] = true; _shortFound++; }
                        else _shortNotFound++;
                        continue;
                    }
                    if (best >= 0) { used[best] = true; c[0]++; }
                    else
                    {
                        c[1]++;
                        var near = found.Count == 0 ? "nothing of this kind" : string.Join("; ", found.Select(f => $"{At(f.Start)}-{At(f.End)}"));
                        Errors.Add($"MISS {kind} {Tag()}: truth {At(i.Start)}-{At(i.End)} ({i.Note}); found {near}");
                    }
                }
                for (var j = 0; j < found.Count; j++)
                {
                    if (used[j]) continue;
                    c[2]++;
                    Errors.Add($"FALSE {kind} {Tag()}: {At(found[j].Start)}-{At(found[j].End)} {found[j].Summary}");
                }
            }
            else
            {
                var expected = run.Truth.RunLevel.Contains(kind);
                if (expected && found.Count > 0) c[0]++;
                else if (expected) { c[1]++; Errors.Add($"MISS {kind} {Tag()}"); }
                else if (found.Count > 0) { c[2]++; Errors.Add($"FALSE {kind} {Tag()}: {found[0].Summary}"); }
            }
        }
    }

    public static double Recall((int Tp, int Fn, int Fp) c) => c.Tp + c.Fn == 0 ? double.NaN : c.Tp / (double)(c.Tp + c.Fn);

    public static double Precision((int Tp, int Fn, int Fp) c) => c.Tp + c.Fp == 0 ? double.NaN : c.Tp / (double)(c.Tp + c.Fp);

    public string Table(string title)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{title} ({Runs} runs)");
        sb.AppendLine("  kind                 TP   FN   FP  recall  precision");
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var c = this[kind];
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"  {kind.ToId(),-19} {c.TruePositive,4} {c.FalseNegative,4} {c.FalsePositive,4}  {Show(Recall(c)),6}  {Show(Precision(c)),9}");
        }
        return sb.ToString();
    }

    private static string Show(double v) => double.IsNaN(v) ? "-" : v.ToString("F2", CultureInfo.InvariantCulture);
}
