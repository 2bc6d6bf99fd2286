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

    /// <summary>First cramps during a run: the events of the time-to-event analysis.</summary>
    public int InRunEvents { get; init; }

    /// <summary>The time-to-event analysis of first cramps during runs, kind by kind.</summary>
    public IReadOnlyList<TimeToEventJson> TimeToEvent { get; init; } = [];

    /// <summary>Runs with a cramp after the run.</summary>
    public int RunsWithAfterRunCramps { get; init; }

    /// <summary>Cramps after the run as a run-level outcome.</summary>
    public IReadOnlyList<AssociationJson> AfterRun { get; init; } = [];

    /// <summary>The declared causal graph: [cause, consequence] pairs of kind ids.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CausalGraph { get; init; } = [];
}

/// <summary>The finite side of a profile-likelihood interval where an estimate runs to 0 or infinity.</summary>
internal sealed record BoundJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Lower,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Upper);

/// <summary>A hazard ratio with its interval, p, q, bound and what it was adjusted for.</summary>
internal sealed record HazardJson(
    double? HazardRatio,
    IReadOnlyList<double?>? Ci95,
    double? PValue,
    double? QValue,
    BoundJson? Bound,
    IReadOnlyList<string> AdjustedFor,
    string Method,
    string? Note);

/// <summary>One kind in the time-to-event analysis: alone (its own fields) and mutually adjusted.</summary>
internal sealed record TimeToEventJson(
    string Kind,
    string Exposure,
    int? WindowMinutes,
    int Events,
    int ExposedEvents,
    int RunsExposed,
    double? HazardRatio,
    IReadOnlyList<double?>? Ci95,
    double? PValue,
    double? QValue,
    BoundJson? Bound,
    HazardJson? Mutual,
    IReadOnlyList<string> AdjustedFor,
    string Method,
    string? Note,
    string? ProportionalHazards);

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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AdjustedFor)
{
    /// <summary>The finite side of the profile-likelihood interval where the odds ratio runs to 0 or infinity.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BoundJson? Bound { get; init; }
}

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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note)
{
    /// <summary>Benjamini-Hochberg q-value in the one family over every reported p.</summary>
    public double? QValue { get; init; }

    /// <summary>The finite side of the profile-likelihood interval where the odds ratio runs to 0 or infinity.</summary>
    public BoundJson? Bound { get; init; }
}

/// <summary>A channel's average course before a cramp, with how many cramps had a value at each offset.</summary>
internal sealed record TriggeredAverageJson(
    string Channel,
    IReadOnlyList<int> OffsetSeconds,
    IReadOnlyList<int> CrampsWithValue,
    IReadOnlyList<double?> Mean,
    IReadOnlyList<double?> Ci95Low,
    IReadOnlyList<double?> Ci95High);
