using System.Text.Json.Serialization;

namespace CrampSignals.Reports.Json;

/// <summary>
/// The serialiser for the <c>signals</c>, <c>analyze</c> and <c>cohort</c> JSON, generated at build time (no reflection, so the library stays
/// trimmable and AOT-clean). One key convention: camelCase. A number the data cannot give is null (the cohort's qValue, note and
/// adjustedFor are left out where they do not apply).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SignalsJson))]
[JsonSerializable(typeof(RunJson))]
[JsonSerializable(typeof(RunsJson))]
[JsonSerializable(typeof(CohortJson))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
