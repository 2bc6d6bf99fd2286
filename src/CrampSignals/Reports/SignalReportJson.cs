using System.Globalization;
using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Reports.Json;
using CrampSignals.Signals;
using CrampSignals.Text;

namespace CrampSignals.Reports;

/// <summary>
/// Writes a <see cref="SignalReport"/> as JSON: <c>findings</c> (kind, start, end, severity, evidence, evidenceUnits,
/// summary), <c>cramps</c> (time, muscle, severity, side, note, afterRun, preceding, windowVsRun), <c>notMeasured</c>,
/// <c>localTime</c> and <c>notes</c>. Times are ISO-8601 UTC ending in Z. The shape is <see cref="SignalsJson"/>
/// (docs/schemas/signals.schema.json).
/// </summary>
internal static class SignalReportJson
{
    /// <summary>Writes the whole report as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, SignalReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, ReportJsonModel.Signals(report), ReportJsonContext.Default.SignalsJson);
    }

    /// <summary>The report as an indented JSON string.</summary>
    public static string ToJson(SignalReport report) => JsonText.Render(w => Write(w, report), indented: true);

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
}
