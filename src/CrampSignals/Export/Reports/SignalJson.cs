using System.Text.Json;
using CrampSignals.Advice;
using CrampSignals.Signals;

namespace CrampSignals.Export.Reports;

/// <summary>The signal report's members of the report JSON: <c>findings</c>, <c>cramps</c>, <c>notMeasured</c>, <c>localTime</c>, <c>notes</c>.</summary>
internal static class SignalJson
{
    public static void WriteMembers(Utf8JsonWriter w, SignalReport report, DateTime? startUtc)
    {
        w.WriteStartArray("findings");
        for (var i = 0; i < report.Findings.Length; i++)
        {
            var f = report.Findings[i];
            w.WriteStartObject();
            w.WriteNumber("index", i);
            w.WriteString("kind", f.Kind.ToId());
            w.WriteString("start", ReportFormat.Iso(f.Start));
            w.WriteString("end", ReportFormat.Iso(f.End));
            ReportJsonWriter.Number(w, "startElapsedSeconds", startUtc is DateTime s ? (f.Start - s).TotalSeconds : null, 1);
            w.WriteNumber("durationSeconds", Math.Round(f.Duration.TotalSeconds, 1));
            w.WriteString("severity", ReportFormat.Severity(f.Severity));
            w.WriteString("summary", f.Summary);
            WriteEvidence(w, "evidence", f.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("cramps");
        for (var i = 0; i < report.Cramps.Length; i++)
        {
            var c = report.Cramps[i];
            w.WriteStartObject();
            w.WriteNumber("index", i);
            w.WriteString("time", ReportFormat.Iso(c.Time));
            ReportJsonWriter.Number(w, "elapsedSeconds", startUtc is DateTime s ? (c.Time - s).TotalSeconds : null, 1);
            w.WriteBoolean("afterRun", c.AfterRun);
            w.WriteString("muscle", ReportFormat.Muscle(c.Cramp.Muscle));
            if (c.Cramp.Side is null) w.WriteNull("side"); else w.WriteString("side", c.Cramp.Side);
            if (c.Cramp.Severity is int sev) w.WriteNumber("severity", sev); else w.WriteNull("severity");
            if (c.Cramp.Note is null) w.WriteNull("note"); else w.WriteString("note", c.Cramp.Note);
            w.WriteString("source", c.Cramp.Source.ToString());
            w.WriteStartArray("preceding");
            foreach (var p in c.Preceding)
            {
                w.WriteStartObject();
                w.WriteNumber("finding", AdviceEngine.IndexOf(report.Findings, p.Finding));
                w.WriteString("kind", p.Finding.Kind.ToId());
                w.WriteNumber("leadTimeSeconds", Math.Round(p.LeadTimeSeconds, 1));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteEvidence(w, "windowVsRun", c.WindowVsRun);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("notMeasured");
        foreach (var n in report.NotMeasured) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteStartObject("localTime");
        w.WriteNumber("offsetMinutes", report.LocalTime.Offset.TotalMinutes);
        w.WriteString("source", report.LocalTime.Source.ToString().ToLowerInvariant());
        w.WriteEndObject();
        w.WriteStartArray("notes");
        foreach (var n in report.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter w, string name, IEnumerable<Evidence> evidence)
    {
        w.WriteStartArray(name);
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("name", e.Name);
            ReportJsonWriter.Number(w, "value", e.Value, 4);
            w.WriteString("unit", e.Unit);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
