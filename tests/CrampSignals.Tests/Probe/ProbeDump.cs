using System.Globalization;
using System.Text;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Probe;

/// <summary>Prints one probe run: its story, its findings, and the true trace every few seconds, to see what a detector saw.</summary>
internal static class ProbeDump
{
    public static string Describe(ProbeRun run, SignalReport report, int fromSecond = 0, int toSecond = int.MaxValue, int step = 15)
    {
        var sb = new StringBuilder();
        foreach (var line in run.Story) sb.AppendLine(line);
        var t0 = run.Activity.StartTime!.Value;
        foreach (var f in report.Findings)
            sb.AppendLine(CultureInfo.InvariantCulture, $"FOUND {f.Kind.ToId()} {(f.Start - t0).TotalSeconds:F0}-{(f.End - t0).TotalSeconds:F0}s {f.Summary}");
        foreach (var n in report.NotMeasured) sb.AppendLine("not measured: " + n);
        foreach (var n in report.Notes) sb.AppendLine("note: " + n);
        var w = run.World!;
        sb.AppendLine("   t  gait     v   effort  grade   hr   cad   air  wrist");
        for (var t = Math.Max(0, fromSecond); t < Math.Min(w.Length, toSecond); t += step)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{t,5} {w.Gaits[t],-8} {w.Speed[t],4:F2} {w.Effort[t],6:F3} {w.Grade[t],6:F3} {w.HeartRate[t],4:F0} {w.Cadence[t],5:F0} {w.Air[t],5:F1} {w.Wrist[t],5:F1}");
        return sb.ToString();
    }
}
