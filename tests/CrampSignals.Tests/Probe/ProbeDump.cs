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
        // The track as the detectors see it, next to the truth (the recording may start later than the world's second 0).
        var track = CrampSignals.Signals.Track.SignalTrackBuilder.Build(run.Activity);
        var shift = (int)Math.Round((track.StartUnixSeconds - CrampSignals.Text.UnixTime.FromDateTime(t0)));
        sb.AppendLine(CultureInfo.InvariantCulture, $"track hill response {track.HillResponse:F2} up, {track.HillResponseDownhill:F2} down, typical {track.TypicalSpeedMetersPerSecond:F2} m/s");
        sb.AppendLine("   t  gait     v   effort  grade   hr   cad   air  wrist | run  speed effort  grade   hr   cad");
        for (var t = Math.Max(0, fromSecond); t < Math.Min(w.Length, toSecond); t += step)
        {
            var i = t - shift;
            var seen = i >= 0 && i < track.Length
                ? string.Create(CultureInfo.InvariantCulture, $"{(track.Running[i] ? "R" : "-"),4} {track.SpeedMetersPerSecond[i],6:F2} {track.EffortSpeedMetersPerSecond[i],6:F2} {track.Grade[i],6:F3} {track.HeartRateBpm[i],4:F0} {track.CadenceStepsPerMinute[i],5:F0}")
                : "";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{t,5} {w.Gaits[t],-8} {w.Speed[t],4:F2} {w.Effort[t],6:F3} {w.Grade[t],6:F3} {w.HeartRate[t],4:F0} {w.Cadence[t],5:F0} {w.Air[t],5:F1} {w.Wrist[t],5:F1} | {seen}");
        }
        return sb.ToString();
    }
}
