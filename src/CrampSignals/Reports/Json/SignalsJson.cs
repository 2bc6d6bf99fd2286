using System.Text.Json.Serialization;

namespace CrampSignals.Reports.Json;

// The shape of the `signals` JSON, which the `analyze` JSON extends (RunJson). Keys are these property names in
// camelCase (ReportJsonContext); docs/schemas/signals.schema.json describes the same shape and a test holds them together.

/// <summary>A run's findings, its cramps with what came before them, what could not be measured, local time and notes.</summary>
internal record SignalsJson(
    IReadOnlyList<FindingJson> Findings,
    IReadOnlyList<CrampJson> Cramps,
    IReadOnlyList<string> NotMeasured,
    LocalTimeJson LocalTime,
    IReadOnlyList<string> Notes);

/// <summary>One finding; <c>evidence</c> and <c>evidenceUnits</c> have the same keys (the evidence names in camelCase).</summary>
internal sealed record FindingJson(
    string Kind,
    string Start,
    string End,
    string Severity,
    IReadOnlyDictionary<string, double?> Evidence,
    IReadOnlyDictionary<string, string> EvidenceUnits,
    string Summary);

/// <summary>One logged cramp matched to the run; <c>side</c> and <c>note</c> only when the log gave them.</summary>
internal sealed record CrampJson(
    string Time,
    string Muscle,
    int? Severity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Side,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note,
    bool AfterRun,
    IReadOnlyList<PrecedingJson> Preceding,
    IReadOnlyDictionary<string, double?> WindowVsRun);

/// <summary>A finding in the lookback window before a cramp.</summary>
internal sealed record PrecedingJson(string Kind, double LeadTimeSeconds, string Start);

/// <summary>The run's offset from UTC and where it came from ("file", "zone:Europe/Madrid (estimated from position)", "solar", "unknown").</summary>
internal sealed record LocalTimeJson(double OffsetMinutes, string Source);
