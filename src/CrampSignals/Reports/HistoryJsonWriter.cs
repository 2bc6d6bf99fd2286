using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.History;
using CrampSignals.Reports.Json;
using CrampSignals.Signals;
using CrampSignals.Text;

namespace CrampSignals.Reports;

/// <summary>
/// Writes a runner's history as JSON (docs/schemas/history.schema.json): the summary, every run with its findings and cramps
/// (each with its source and words), what was skipped and why, failures, duplicates, the associations as <c>cohort</c> writes
/// them, the patterns and the ranked advice. Numbers the data cannot give are null, with a note.
/// </summary>
internal static class HistoryJsonWriter
{
    public static string ToJson(HistoryReport h, bool indented) => JsonText.Render(w => Write(w, h), indented);

    public static void Write(Utf8JsonWriter w, HistoryReport h)
    {
        w.WriteStartObject();
        w.WriteStartObject("summary");
        w.WriteNumber("activities", h.Activities);
        w.WriteNumber("runs", h.Runs.Length);
        w.WriteNumber("runsWithCramps", h.RunsWithCramps);
        w.WriteNumber("cramps", h.Cramps);
        w.WriteNumber("skipped", h.Skipped.Length);
        w.WriteNumber("failures", h.Failures.Length);
        w.WriteNumber("duplicates", h.Duplicates.Length);
        w.WriteEndObject();
        w.WriteStartArray("runs");
        foreach (var r in h.Runs) Run(w, r);
        w.WriteEndArray();
        w.WriteStartArray("skipped");
        foreach (var s in h.Skipped)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            Nullable(w, "file", s.File);
            Nullable(w, "sport", s.Sport is Sport sport ? SportId(sport) : null);
            Nullable(w, "type", s.TypeName);
            w.WriteString("reason", s.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("failures");
        foreach (var f in h.Failures)
        {
            w.WriteStartObject();
            w.WriteString("file", f.Path);
            w.WriteString("reason", f.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("duplicates");
        foreach (var d in h.Duplicates)
        {
            w.WriteStartObject();
            w.WriteString("kept", d.Kept);
            w.WriteString("dropped", d.Dropped);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WritePropertyName("associations");
        JsonSerializer.Serialize(w, CohortJsonWriter.Associations(h.Statistics), ReportJsonContext.Default.IReadOnlyListAssociationJson);
        w.WritePropertyName("caseCrossover");
        JsonSerializer.Serialize(w, CohortJsonWriter.CaseCrossovers(h.Statistics), ReportJsonContext.Default.IReadOnlyListCaseCrossoverJson);
        w.WriteNumber("inRunEvents", h.Statistics.InRunEvents);
        w.WritePropertyName("timeToEvent");
        JsonSerializer.Serialize(w, CohortJsonWriter.TimeToEvent(h.Statistics), ReportJsonContext.Default.IReadOnlyListTimeToEventJson);
        w.WriteNumber("runsWithAfterRunCramps", h.Statistics.RunsWithAfterRunCramps);
        w.WritePropertyName("afterRun");
        JsonSerializer.Serialize(w, CohortJsonWriter.AfterRun(h.Statistics), ReportJsonContext.Default.IReadOnlyListAssociationJson);
        w.WritePropertyName("causalGraph");
        JsonSerializer.Serialize(w, CohortJsonWriter.CausalGraph(h.Statistics), ReportJsonContext.Default.IReadOnlyListIReadOnlyListString);
        w.WriteStartObject("patterns");
        foreach (var dimension in h.Patterns.Select(p => p.Dimension).Distinct())
        {
            w.WriteStartArray(dimension);
            foreach (var p in h.Patterns.Where(p => p.Dimension == dimension))
            {
                w.WriteStartObject();
                w.WriteString("group", p.Group);
                w.WriteNumber("runs", p.Runs);
                w.WriteNumber("runsWithCramps", p.RunsWithCramps);
                w.WriteNumber("crampShare", Math.Round(p.CrampShare, 3));
                w.WritePropertyName("estimate");
                JsonSerializer.Serialize(w, CohortJsonWriter.Estimate(p.Estimate), ReportJsonContext.Default.EstimateJson);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteStartArray("advice");
        foreach (var a in h.Advice)
        {
            w.WriteStartObject();
            w.WriteString("rule", a.RuleId);
            w.WriteString("title", RuleBook.Get(a.RuleId).Title);
            w.WriteString("kind", a.Kind.ToId());
            w.WriteNumber("crampRunsWith", a.CrampRunsWith);
            w.WriteNumber("crampRuns", a.CrampRuns);
            w.WriteNumber("otherRunsWith", a.OtherRunsWith);
            w.WriteNumber("otherRuns", a.OtherRuns);
            w.WritePropertyName("estimate");
            JsonSerializer.Serialize(w, CohortJsonWriter.Estimate(a.Estimate), ReportJsonContext.Default.EstimateJson);
            w.WriteString("evidence", a.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notes");
        foreach (var n in h.Statistics.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var n in h.Warnings) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteString("units", h.Units == UnitSystem.Imperial ? "imperial" : "metric");
        w.WriteString("disclaimer", Disclaimer.Text);
        w.WriteEndObject();
    }

    private static void Run(Utf8JsonWriter w, HistoryRun r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("file", r.File);
        Nullable(w, "start", r.StartUtc is DateTime t ? IsoUtc.FormatWholeSeconds(t) : null);
        Number(w, "utcOffsetMinutes", r.LocalOffset?.TotalMinutes);
        w.WriteString("sport", SportId(r.Sport));
        Nullable(w, "type", r.TypeName);
        Nullable(w, "title", r.Title);
        w.WriteBoolean("race", r.Race);
        Number(w, "movingSeconds", r.MovingSeconds is double m ? Math.Round(m) : null);
        Number(w, "durationSeconds", r.DurationSeconds is double d ? Math.Round(d) : null);
        Number(w, "distanceMeters", r.DistanceMeters is double x ? Math.Round(x) : null);
        Number(w, "temperatureCelsius", r.TemperatureCelsius is double celsius ? Math.Round(celsius, 1) : null);
        w.WriteStartArray("findings");
        foreach (var f in r.Findings) w.WriteStringValue(f.ToId());
        w.WriteEndArray();
        w.WriteStartArray("findingsBeforeCramp");
        foreach (var f in r.FindingsBeforeCramp) w.WriteStringValue(f.ToId());
        w.WriteEndArray();
        w.WriteStartArray("cramps");
        foreach (var c in r.Cramps)
        {
            w.WriteStartObject();
            w.WriteString("source", SourceId(c.Source));
            w.WriteString("text", c.Text);
            Nullable(w, "time", c.TimeUtc is DateTime ct ? IsoUtc.FormatWholeSeconds(ct) : null);
            Number(w, "elapsedSeconds", c.ElapsedSeconds is double e ? Math.Round(e) : null);
            Nullable(w, "muscle", c.Muscle?.ToId());
            w.WriteBoolean("afterRun", c.AfterRun);
            Nullable(w, "language", c.Language);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The JSON id of where a cramp was read: <c>title</c>, <c>description</c>, <c>private-note</c>, <c>log</c> or <c>watch</c>.</summary>
    internal static string SourceId(CrampSource source) => source switch
    {
        CrampSource.Title => "title",
        CrampSource.Description => "description",
        CrampSource.PrivateNote => "private-note",
        CrampSource.FitMarker or CrampSource.GpxWaypoint => "watch",
        _ => "log",
    };

    /// <summary>The JSON id of a sport: its name in lower case with dashes (<c>running</c>, <c>fitness-equipment</c>).</summary>
    internal static string SportId(Sport sport) => sport.Name().Replace(' ', '-');

    private static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v && double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
