using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using CrampSignals.Cohorts;
using CrampSignals.Reports.Json;
using CrampSignals.Runs;
using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>
/// Writes run reports as JSON: the signal report (<c>findings</c>, <c>cramps</c>, <c>notMeasured</c>, <c>localTime</c>,
/// <c>notes</c>) plus <c>units</c>, <c>activity</c> (the summary), <c>advice</c>, <c>warnings</c> and <c>disclaimer</c>; several
/// runs as <c>{"runs":[...], "cohort":{...}, "failures":[...], "duplicates":[...], "warnings":[...], "disclaimer":"..."}</c>.
/// Keys are camelCase; the shape is described by docs/schemas/analyze.schema.json.
/// </summary>
public static class ReportJsonWriter
{
    /// <summary>One run's report as a JSON document.</summary>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "Shipped overloads whose report types moved namespace; they differ in the report type, so no call is ambiguous.")]
    public static string ToJson(RunReport report, bool indented = true) => JsonText.Render(w => Write(w, report), indented);

    /// <summary>Several runs' reports as one JSON document.</summary>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "Shipped overloads whose report types moved namespace; they differ in the report type, so no call is ambiguous.")]
    public static string ToJson(CohortReport cohort, bool indented = true) => JsonText.Render(w => Write(w, cohort), indented);

    /// <summary>
    /// A cohort study's statistics as JSON (docs/schemas/cohort.schema.json): counts, crude and adjusted associations,
    /// case-crossover and triggered averages, with what was left out. Odds ratios and intervals are rounded to 3 decimals,
    /// p- and q-values to 3 significant digits; where the statistics gave no number a <c>note</c> says why.
    /// </summary>
    public static string ToStudyJson(CohortReport cohort) => CohortJsonWriter.ToJson(cohort);

    /// <summary>One run's findings and what came before each cramp, as JSON (docs/schemas/signals.schema.json).</summary>
    public static string ToJson(SignalReport report) => SignalReportJson.ToJson(report);

    /// <summary>A runner's history as JSON (docs/schemas/history.schema.json).</summary>
    public static string ToHistoryJson(History.HistoryReport history) => HistoryJsonWriter.ToJson(history, indented: true);

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
