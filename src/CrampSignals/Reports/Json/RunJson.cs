using System.Text.Json.Serialization;

namespace CrampSignals.Reports.Json;

/// <summary>
/// The <c>analyze</c> JSON of one run: <c>units</c> and <c>activity</c>, the <c>signals</c> members, then <c>advice</c>,
/// <c>warnings</c> and the <c>disclaimer</c> (left out of each run when several runs share one document).
/// </summary>
internal sealed record RunJson(
    [property: JsonPropertyOrder(-2)] UnitsJson Units,
    [property: JsonPropertyOrder(-1)] ActivityJson Activity,
    IReadOnlyList<FindingJson> Findings,
    IReadOnlyList<CrampJson> Cramps,
    IReadOnlyList<string> NotMeasured,
    LocalTimeJson LocalTime,
    IReadOnlyList<string> Notes,
    [property: JsonPropertyOrder(1)] IReadOnlyList<AdviceJson> Advice,
    [property: JsonPropertyOrder(2)] IReadOnlyList<string> Warnings,
    [property: JsonPropertyOrder(3), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Disclaimer)
    : SignalsJson(Findings, Cramps, NotMeasured, LocalTime, Notes);

/// <summary>Which units the numbers are in (always SI) and which the text speaks.</summary>
internal sealed record UnitsJson(string Values, string Text, string Note);

/// <summary>
/// The run's summary; a number the file cannot give is null. <c>mean_temperature_c</c> is the wrist sensor's over all
/// samples; <c>run_temperature_c</c> is the run's one temperature the text quotes (of <c>run_temperature_source</c>:
/// "air" from weather input, else "wrist sensor", over the moving seconds).
/// </summary>
internal sealed record ActivityJson(
    string File,
    string Format,
    string Sport,
    string? Start,
    double? LocalOffsetMinutes,
    double? DurationSeconds,
    double? TimerSeconds,
    double? MovingSeconds,
    double? DistanceMeters,
    double? AverageSpeedMps,
    double? AveragePaceSecondsPerKm,
    double? TypicalSpeedMps,
    double? AverageHeartRateBpm,
    double? MaxHeartRateBpm,
    double? AverageCadence,
    double? MeanTemperatureC,
    double? MaxTemperatureC,
    double? RunTemperatureC,
    string? RunTemperatureSource,
    int Samples,
    IReadOnlyList<SessionJson> Sessions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NotARun);

/// <summary>One session of the file (a multisport file has one per leg, transitions included).</summary>
internal sealed record SessionJson(string Sport, string? Start, double? ElapsedSeconds, double? TimerSeconds, double? DistanceMeters);

/// <summary>One ranked piece of advice; <c>why</c> holds the references ("finding:0", "cramp:1") that <c>reasons</c> explains.</summary>
internal sealed record AdviceJson(
    int Rank,
    string RuleId,
    string Title,
    string Section,
    string Headline,
    IReadOnlyList<string> Why,
    IReadOnlyList<AdviceReasonJson> Reasons,
    IReadOnlyList<string> Actions,
    string Evidence,
    string EvidenceStrength,
    double CrampShare);

/// <summary>A finding or cramp an advice item answers.</summary>
internal sealed record AdviceReasonJson(string Ref, string Kind, string Time, string Text);
