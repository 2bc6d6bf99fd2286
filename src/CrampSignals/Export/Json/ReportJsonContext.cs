using System.Text.Json.Serialization;

namespace CrampSignals.Export.Json;

/// <summary>
/// The serialiser for the <c>signals</c> and <c>analyze</c> JSON, generated at build time (no reflection, so the library stays
/// trimmable and AOT-clean). One key convention: camelCase. Numbers the data cannot give are null, never left out.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(SignalsJson))]
[JsonSerializable(typeof(RunJson))]
[JsonSerializable(typeof(RunsJson))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
