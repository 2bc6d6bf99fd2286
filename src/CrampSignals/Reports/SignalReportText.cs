using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Signals;

using CrampSignals.Text;
namespace CrampSignals.Reports;

/// <summary>Writes a <see cref="SignalReport"/> as a readable table: findings, cramps with what came before, what could not be measured, notes.</summary>
internal static class SignalReportText
{
    /// <summary>Writes the report to <paramref name="output"/>, its sentences in <paramref name="units"/>.</summary>
    public static void Write(TextWriter output, SignalReport report, UnitSystem units = UnitSystem.Metric)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        string Text(string sentence) => UnitFormat.InText(sentence, units);
        output.WriteLine(TimeNote(report));
        output.WriteLine($"findings: {report.Findings.Length}");
        if (report.Findings.Length > 0)
        {
            var kindWidth = Math.Max(4, report.Findings.Max(f => f.Kind.ToId().Length));
            output.WriteLine($"  {"kind".PadRight(kindWidth)}  {"start",-14}  {"length",-11}  {"severity",-8}  summary");
            foreach (var f in report.Findings)
            {
                output.WriteLine($"  {f.Kind.ToId().PadRight(kindWidth)}  {Clock(report, f.Start),-14}  {Length(f.Duration),-11}  {SignalReportJson.SeverityId(f.Severity),-8}  {Text(f.Summary)}");
            }
        }
        output.WriteLine($"cramps: {report.Cramps.Length}");
        foreach (var c in report.Cramps)
        {
            var when = Clock(report, c.Time);
            var sev = c.Cramp.Severity is int s ? $", severity {s}/10" : "";
            output.WriteLine($"  {when}  {c.Cramp.Muscle.ToString().ToLowerInvariant()}{(c.Cramp.Side is null ? "" : " " + c.Cramp.Side)}{sev}{(c.AfterRun ? " (after the run)" : "")}");
            if (c.Preceding.IsEmpty) output.WriteLine("    nothing found before it");
            foreach (var p in c.Preceding)
                output.WriteLine($"    {Length(TimeSpan.FromSeconds(p.LeadTimeSeconds)),11} before: {p.Finding.Kind.ToId()}");
            if (!c.WindowVsRun.IsEmpty)
                output.WriteLine("    window vs run: " + string.Join(", ", c.WindowVsRun.Select(e => $"{EvidenceNames.Words(e.Name)} {e.Value.ToString("0.00", CultureInfo.InvariantCulture)}× the run's")));
        }
        if (!report.NotMeasured.IsEmpty)
        {
            output.WriteLine("not measured:");
            foreach (var m in report.NotMeasured) output.WriteLine($"  {Text(m)}");
        }
        if (!report.Notes.IsEmpty)
        {
            output.WriteLine("notes:");
            foreach (var n in report.Notes) output.WriteLine($"  {Text(n)}");
        }
    }

    /// <summary>
    /// A clock time as the whole report gives them: local with its offset named ("07:12:30+02:00") when local time is
    /// known, else UTC with a Z ("05:12:30Z"); never a bare time a reader could take for either.
    /// </summary>
    internal static string Clock(SignalReport report, DateTime utc) => report.LocalTime.Source == LocalTimeSource.Unknown
        ? utc.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + "Z"
        : UnixTime.Shift(utc, report.LocalTime.Offset).ToString("HH:mm:ss", CultureInfo.InvariantCulture) + ReportFormat.Offset(report.LocalTime.Offset);

    /// <summary>The line that says which clock the times are on.</summary>
    private static string TimeNote(SignalReport report) => report.LocalTime.Source == LocalTimeSource.Unknown
        ? "times: UTC (Z); the file gives no local time or position"
        : $"times: local, UTC{ReportFormat.Offset(report.LocalTime.Offset)} ({LocalTimeResolver.SourceId(report.LocalTime)})";

    private static string Length(TimeSpan t)
    {
        // Long, and days past 24 h: a damaged file's span of years neither overflows nor wraps.
        var s = (long)Math.Round(Math.Abs(t.TotalSeconds));
        var sign = t < TimeSpan.Zero ? "-" : "";
        return s >= 86400 ? $"{sign}{s / 86400}d{s % 86400 / 3600:00}h{s % 3600 / 60:00}m{s % 60:00}s"
            : s >= 3600 ? $"{sign}{s / 3600}h{s % 3600 / 60:00}m{s % 60:00}s" : $"{sign}{s / 60}m{s % 60:00}s";
    }
}
