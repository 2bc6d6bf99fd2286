using System.Text.Json.Serialization;

namespace CrampSignals.Reports.Json;

/// <summary>The <c>cohort --format json</c> document (docs/schemas/cohort.schema.json).</summary>
internal sealed record CohortJson(
    int Runs,
    int Runners,
    int RunsWithCramps,
    int Cramps,
    IReadOnlyList<DuplicateJson> Duplicates,
    IReadOnlyList<CohortFailureJson> Failures,
    IReadOnlyList<AssociationJson> Associations,
    IReadOnlyList<CaseCrossoverJson> CaseCrossover,
    IReadOnlyList<TriggeredAverageJson> TriggeredAverages,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Warnings,
    string Disclaimer)
{
    /// <summary>Files read but not runs (a swim, a ride, a settings file), each with the reason naming its sport or file type.</summary>
    public IReadOnlyList<CohortFailureJson> Skipped { get; init; } = [];
}

/// <summary>A file the cohort left out because it could not be read, and why.</summary>
internal sealed record CohortFailureJson(string File, string Reason);

/// <summary>How one finding kind relates to cramps at run level: crude, adjusted, Mantel-Haenszel and mutually adjusted odds ratios.</summary>
internal sealed record AssociationJson(
    string Kind,
    int RunsWith,
    int RunsWithCramps,
    EstimateJson Crude,
    EstimateJson Adjusted,
    EstimateJson MantelHaenszel,
    EstimateJson MutuallyAdjusted);

/// <summary>An odds ratio with its interval ([low, high], a null end unbounded; null without an estimate), p, q and what it was adjusted for.</summary>
internal sealed record EstimateJson(
    double? OddsRatio,
    IReadOnlyList<double?>? Ci95,
    double? PValue,
    string Method,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? QValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AdjustedFor);

/// <summary>The case-crossover estimate for one finding kind: findings in the hazard window before each cramp against its referents.</summary>
internal sealed record CaseCrossoverJson(
    string Kind,
    string Referents,
    int HazardMinutes,
    int Cases,
    double? OddsRatio,
    IReadOnlyList<double?>? Ci95,
    double? PValue,
    string Method,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note);

/// <summary>A channel's average course before a cramp, with how many cramps had a value at each offset.</summary>
internal sealed record TriggeredAverageJson(
    string Channel,
    IReadOnlyList<int> OffsetSeconds,
    IReadOnlyList<int> CrampsWithValue,
    IReadOnlyList<double?> Mean,
    IReadOnlyList<double?> Ci95Low,
    IReadOnlyList<double?> Ci95High);
