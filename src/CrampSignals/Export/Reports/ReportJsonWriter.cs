using System.Text.Json;
using CrampSignals.Analysis;
using CrampSignals.Export.Json;

namespace CrampSignals.Export.Reports;

/// <summary>
/// Writes run reports as JSON: the signal report (<c>findings</c>, <c>cramps</c>, <c>notMeasured</c>, <c>localTime</c>,
/// <c>notes</c>) plus <c>units</c>, <c>activity</c> (the summary), <c>advice</c>, <c>warnings</c> and <c>disclaimer</c>; several
/// runs as <c>{"runs":[...], "cohort":{...}, "failures":[...], "duplicates":[...], "warnings":[...], "disclaimer":"..."}</c>.
/// Keys are camelCase; the shape is described by docs/schemas/analyze.schema.json.
/// </summary>
public static class ReportJsonWriter
{
    /// <summary>One run's report as a JSON document.</summary>
    public static string ToJson(RunReport report, bool indented = true) => JsonText.Render(w => Write(w, report), indented);

    /// <summary>Several runs' reports as one JSON document.</summary>
    public static string ToJson(CohortReport cohort, bool indented = true) => JsonText.Render(w => Write(w, cohort), indented);

    /// <summary>Writes one run's report as a JSON object; in a document of several runs the disclaimer is said once, at the top level.</summary>
    public static void Write(Utf8JsonWriter w, RunReport report)
    {
        ArgumentNullException.ThrowIfNull(w);
        JsonSerializer.Serialize(w, ReportJsonModel.Run(report), ReportJsonContext.Default.RunJson);
    }

    /// <summary>Writes several runs' reports as a JSON object with <c>runs</c>, <c>cohort</c>, <c>failures</c>, <c>duplicates</c>, <c>warnings</c> and <c>disclaimer</c>.</summary>
    public static void Write(Utf8JsonWriter w, CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(w);
        JsonSerializer.Serialize(w, ReportJsonModel.Runs(cohort), ReportJsonContext.Default.RunsJson);
    }
}
