using CrampSignals.Activities;
using System.Globalization;
using System.Text.Json;

using CrampSignals.Signals;

namespace CrampSignals.Export;

/// <summary>
/// Writes a <see cref="SignalReport"/> as JSON: <c>findings</c> (kind, start, end, severity, evidence, evidenceUnits,
/// summary), <c>cramps</c> (time, muscle, severity, side, note, afterRun, preceding, windowVsRun), <c>notMeasured</c>,
/// <c>localTime</c> and <c>notes</c>. Times are ISO-8601 UTC ending in Z.
/// </summary>
internal static class SignalReportJson
{
    /// <summary>Writes the report's members into the JSON object <paramref name="writer"/> is currently inside (no braces of its own), so other reports can embed them.</summary>
    public static void WriteProperties(Utf8JsonWriter writer, SignalReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartArray("findings");
        foreach (var f in report.Findings) WriteFinding(writer, f);
        writer.WriteEndArray();

        writer.WriteStartArray("cramps");
        foreach (var c in report.Cramps)
        {
            writer.WriteStartObject();
            writer.WriteString("time", Iso(c.Time));
            writer.WriteString("muscle", c.Cramp.Muscle.ToString().ToLowerInvariant());
            if (c.Cramp.Severity is int s) writer.WriteNumber("severity", s); else writer.WriteNull("severity");
            if (c.Cramp.Side is not null) writer.WriteString("side", c.Cramp.Side);
            if (c.Cramp.Note is not null) writer.WriteString("note", c.Cramp.Note);
            writer.WriteBoolean("afterRun", c.AfterRun);
            writer.WriteStartArray("preceding");
            foreach (var p in c.Preceding)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", p.Finding.Kind.ToId());
                writer.WriteNumber("leadTimeSeconds", p.LeadTimeSeconds);
                writer.WriteString("start", Iso(p.Finding.Start));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartObject("windowVsRun");
            foreach (var e in c.WindowVsRun) WriteNumber(writer, e.Name, e.Value);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("notMeasured");
        foreach (var m in report.NotMeasured) writer.WriteStringValue(m);
        writer.WriteEndArray();

        writer.WriteStartObject("localTime");
        writer.WriteNumber("offsetMinutes", report.LocalTime.Offset.TotalMinutes);
        writer.WriteString("source", LocalTimeResolver.SourceId(report.LocalTime));
        writer.WriteEndObject();

        writer.WriteStartArray("notes");
        foreach (var n in report.Notes) writer.WriteStringValue(n);
        writer.WriteEndArray();
    }

    /// <summary>Writes the whole report as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, SignalReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteProperties(writer, report);
        writer.WriteEndObject();
    }

    /// <summary>The report as an indented JSON string.</summary>
    public static string ToJson(SignalReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            Write(writer, report);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one finding as an object.</summary>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(finding);
        writer.WriteStartObject();
        writer.WriteString("kind", finding.Kind.ToId());
        writer.WriteString("start", Iso(finding.Start));
        writer.WriteString("end", Iso(finding.End));
        writer.WriteString("severity", SeverityId(finding.Severity));
        writer.WriteStartObject("evidence");
        foreach (var e in finding.Evidence) WriteNumber(writer, e.Name, e.Value);
        writer.WriteEndObject();
        writer.WriteStartObject("evidenceUnits");
        foreach (var e in finding.Evidence) writer.WriteString(e.Name, e.Unit);
        writer.WriteEndObject();
        writer.WriteString("summary", finding.Summary);
        writer.WriteEndObject();
    }

    /// <summary>"low", "moderate" or "high".</summary>
    public static string SeverityId(Severity severity) => severity switch
    {
        Severity.Low => "low",
        Severity.Moderate => "moderate",
        Severity.High => "high",
        _ => ((int)severity).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>ISO-8601 UTC with a Z: "2024-06-01T07:30:00Z".</summary>
    public static string Iso(DateTime time) => IsoUtc.FormatWholeSeconds(time);

    private static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        // JSON has no NaN or infinity.
        if (double.IsFinite(value)) writer.WriteNumber(name, value); else writer.WriteNull(name);
    }
}
