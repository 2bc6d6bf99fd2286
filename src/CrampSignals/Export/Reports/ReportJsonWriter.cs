using System.Text;
using System.Text.Json;
using CrampSignals.Advice;
using CrampSignals.Analysis;
using CrampSignals.Signals;

namespace CrampSignals.Export.Reports;

/// <summary>
/// Writes run reports as JSON: the signal report (<c>findings</c>, <c>cramps</c>, <c>notMeasured</c>, <c>localTime</c>,
/// <c>notes</c>) plus <c>activity</c> (the summary), <c>advice</c>, <c>warnings</c> and <c>disclaimer</c>; several runs as
/// <c>{"runs":[...], "cohort":{...}, "failures":[...]}</c>.
/// </summary>
public static class ReportJsonWriter
{
    /// <summary>One run's report as a JSON document.</summary>
    public static string ToJson(RunReport report, bool indented = true) => Render(w => Write(w, report), indented);

    /// <summary>Several runs' reports as one JSON document.</summary>
    public static string ToJson(CohortReport cohort, bool indented = true) => Render(w => Write(w, cohort), indented);

    /// <summary>Writes one run's report as a JSON object; in a document of several runs the disclaimer is said once, at the top level.</summary>
    public static void Write(Utf8JsonWriter w, RunReport report) => Write(w, report, withDisclaimer: true);

    private static void Write(Utf8JsonWriter w, RunReport report, bool withDisclaimer)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(report);
        w.WriteStartObject();
        WriteUnits(w, report.Units);
        WriteActivity(w, report);
        SignalReportJson.WriteProperties(w, report.Signals);
        w.WriteStartArray("advice");
        foreach (var item in report.Advice) WriteAdvice(w, item);
        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var warning in report.Warnings) w.WriteStringValue(warning);
        w.WriteEndArray();
        if (withDisclaimer) w.WriteString("disclaimer", report.Disclaimer);
        w.WriteEndObject();
    }

    /// <summary>Writes several runs' reports as a JSON object with <c>runs</c>, <c>cohort</c> and <c>failures</c>.</summary>
    public static void Write(Utf8JsonWriter w, CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(cohort);
        w.WriteStartObject();
        w.WriteStartArray("runs");
        foreach (var run in cohort.Runs) Write(w, run, withDisclaimer: false);
        w.WriteEndArray();
        w.WriteStartObject("cohort");
        w.WriteNumber("runs", cohort.Runs.Length);
        w.WriteNumber("runsWithCramps", cohort.RunsWithCramps);
        w.WriteNumber("cramps", cohort.Cramps);
        w.WriteNumber("unreadableFiles", cohort.Failures.Length);
        w.WriteStartArray("findings");
        foreach (var s in cohort.Findings)
        {
            w.WriteStartObject();
            w.WriteString("kind", s.Kind.ToId());
            w.WriteNumber("runs", s.Runs);
            w.WriteNumber("runsWithCramps", s.RunsWithCramps);
            w.WriteNumber("crampsPreceded", s.CrampsPreceded);
            w.WriteNumber("shareOfCrampsPreceded", Math.Round(s.ShareOfCrampsPreceded, 4));
            Number(w, "oddsRatio", s.OddsRatio, 3);
            Number(w, "medianLeadTimeSeconds", s.MedianLeadTimeSeconds, 1);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("windowVsRun");
        foreach (var (name, value) in cohort.WindowVsRun) w.WriteNumber(name, Math.Round(value, 4));
        w.WriteEndObject();
        w.WriteStartArray("rules");
        foreach (var (rule, runs) in CohortStatistics.RuleCounts(cohort.Runs))
        {
            w.WriteStartObject();
            w.WriteString("ruleId", rule);
            w.WriteNumber("runs", runs);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        FileListJson.WriteFailures(w, cohort.Failures, "error");
        FileListJson.WriteDuplicates(w, cohort.Duplicates);
        w.WriteStartArray("warnings");
        foreach (var warning in cohort.Warnings) w.WriteStringValue(warning);
        w.WriteEndArray();
        w.WriteString("disclaimer", Disclaimer.Text);
        w.WriteEndObject();
    }

    /// <summary>Numbers stay SI whatever the runner reads; the chosen units only shape the advice's wording.</summary>
    private static void WriteUnits(Utf8JsonWriter w, UnitSystem units)
    {
        w.WriteStartObject("units");
        w.WriteString("values", "SI");
        w.WriteString("text", units == UnitSystem.Imperial ? "imperial" : "metric");
        w.WriteString("note", "Numbers are SI (m, s, m/s, s/km, °C, kg, ml) whatever the units; the advice's text is written in the units named by \"text\".");
        w.WriteEndObject();
    }

    private static void WriteActivity(Utf8JsonWriter w, RunReport report)
    {
        var s = report.Summary;
        w.WriteStartObject("activity");
        w.WriteString("file", s.FileName);
        w.WriteString("format", ReportFormat.Format(s.Format));
        w.WriteString("sport", ReportFormat.Sport(s.Sport));
        if (s.StartUtc is DateTime start) w.WriteString("start", ReportFormat.Iso(start)); else w.WriteNull("start");
        if (s.LocalOffset is TimeSpan off) w.WriteNumber("localOffsetMinutes", off.TotalMinutes); else w.WriteNull("localOffsetMinutes");
        Number(w, "durationSeconds", s.Duration?.TotalSeconds, 1);
        Number(w, "movingSeconds", s.MovingTime?.TotalSeconds, 1);
        Number(w, "distanceMeters", s.DistanceMeters, 1);
        Number(w, "averageSpeedMps", s.AverageSpeedMetersPerSecond, 3);
        Number(w, "averagePaceSecondsPerKm", s.AveragePaceSecondsPerKm, 1);
        Number(w, "typicalSpeedMps", s.TypicalSpeedMetersPerSecond, 3);
        Number(w, "averageHeartRateBpm", s.AverageHeartRateBpm, 1);
        Number(w, "maxHeartRateBpm", s.MaxHeartRateBpm, 0);
        Number(w, "averageCadence", s.AverageCadence, 1);
        Number(w, "meanTemperatureC", s.MeanTemperatureCelsius, 1);
        Number(w, "maxTemperatureC", s.MaxTemperatureCelsius, 1);
        w.WriteNumber("samples", s.SampleCount);
        w.WriteEndObject();
    }

    private static void WriteAdvice(Utf8JsonWriter w, AdviceItem item)
    {
        w.WriteStartObject();
        w.WriteNumber("rank", item.Rank);
        w.WriteString("ruleId", item.RuleId);
        w.WriteString("title", item.Rule.Title);
        w.WriteString("section", item.Rule.Section);
        w.WriteString("headline", item.Headline);
        w.WriteStartArray("why");
        foreach (var r in item.Why) w.WriteStringValue(r.Reference);
        w.WriteEndArray();
        w.WriteStartArray("reasons");
        foreach (var r in item.Why)
        {
            w.WriteStartObject();
            w.WriteString("ref", r.Reference);
            w.WriteString("kind", r.Kind);
            w.WriteString("time", ReportFormat.Iso(r.Time));
            w.WriteString("text", r.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("actions");
        foreach (var a in item.Actions) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteString("evidence", item.Rule.Evidence);
        w.WriteString("evidenceStrength", ReportFormat.Strength(item.Rule.Strength));
        w.WriteNumber("crampShare", Math.Round(item.CrampShare, 4));
        w.WriteEndObject();
    }

    internal static void Number(Utf8JsonWriter w, string name, double? value, int decimals)
    {
        if (value is double v && double.IsFinite(v)) w.WriteNumber(name, Math.Round(v, decimals));
        else w.WriteNull(name);
    }

    private static string Render(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(w);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
