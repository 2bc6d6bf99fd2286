using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Signals;

using CrampSignals.Text;
namespace CrampSignals.Reports;

/// <summary>Writes a <see cref="SignalReport"/> as a readable table: findings, cramps with what came before, what could not be measured, notes.</summary>
internal static class SignalReportText
{
    /// <summary>Writes the report to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, SignalReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var offset = report.LocalTime.Offset;
        output.WriteLine($"findings: {report.Findings.Length}");
        if (report.Findings.Length > 0)
        {
            var kindWidth = Math.Max(4, report.Findings.Max(f => f.Kind.ToId().Length));
            output.WriteLine($"  {"kind".PadRight(kindWidth)}  {"start",-8}  {"length",-11}  {"severity",-8}  summary");
            foreach (var f in report.Findings)
            {
                var start = UnixTime.Shift(f.Start, offset).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
                output.WriteLine($"  {f.Kind.ToId().PadRight(kindWidth)}  {start,-8}  {Length(f.Duration),-11}  {SignalReportJson.SeverityId(f.Severity),-8}  {f.Summary}");
            }
        }
        output.WriteLine($"cramps: {report.Cramps.Length}");
        foreach (var c in report.Cramps)
        {
            var when = UnixTime.Shift(c.Time, offset).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            var sev = c.Cramp.Severity is int s ? $", severity {s}/10" : "";
            output.WriteLine($"  {when}  {c.Cramp.Muscle.ToString().ToLowerInvariant()}{(c.Cramp.Side is null ? "" : " " + c.Cramp.Side)}{sev}{(c.AfterRun ? " (after the run)" : "")}");
            if (c.Preceding.IsEmpty) output.WriteLine("    nothing found before it");
            foreach (var p in c.Preceding)
                output.WriteLine($"    {Length(TimeSpan.FromSeconds(p.LeadTimeSeconds)),11} before: {p.Finding.Kind.ToId()}");
            if (!c.WindowVsRun.IsEmpty)
                output.WriteLine("    window vs run: " + string.Join(", ", c.WindowVsRun.Select(e => $"{e.Name.Replace("_ratio", "", StringComparison.Ordinal)} {e.Value.ToString("0.00", CultureInfo.InvariantCulture)}×")));
        }
        if (!report.NotMeasured.IsEmpty)
        {
            output.WriteLine("not measured:");
            foreach (var m in report.NotMeasured) output.WriteLine($"  {m}");
        }
        if (!report.Notes.IsEmpty)
        {
            output.WriteLine("notes:");
            foreach (var n in report.Notes) output.WriteLine($"  {n}");
        }
    }

    private static string Length(TimeSpan t)
    {
        // Long, and days past 24 h: a damaged file's span of years neither overflows nor wraps.
        var s = (long)Math.Round(Math.Abs(t.TotalSeconds));
        var sign = t < TimeSpan.Zero ? "-" : "";
        return s >= 86400 ? $"{sign}{s / 86400}d{s % 86400 / 3600:00}h{s % 3600 / 60:00}m{s % 60:00}s"
            : s >= 3600 ? $"{sign}{s / 3600}h{s % 3600 / 60:00}m{s % 60:00}s" : $"{sign}{s / 60}m{s % 60:00}s";
    }
}
