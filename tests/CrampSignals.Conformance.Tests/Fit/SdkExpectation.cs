using System.Text.Json;

namespace CrampSignals.Conformance.Tests.Fit;

/// <summary>What Garmin's FIT SDK decoded from one corpus file (<c>expected/NAME.fit.sdk.json</c>).</summary>
internal sealed class SdkExpectation
{
    private SdkExpectation(JsonElement root) => Root = root;

    public JsonElement Root { get; }

    public bool ReadOk => Root.GetProperty("readOk").GetBoolean();

    public bool Integrity => Root.GetProperty("integrity").GetBoolean();

    public string? Error => Root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    public Dictionary<string, int> MessageCounts =>
        Root.GetProperty("messageCounts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    public int DeveloperFieldDescriptions => Root.GetProperty("developerFieldDescriptions").GetInt32();

    public JsonElement[] Array(string name) => [.. Root.GetProperty(name).EnumerateArray()];

    /// <summary>The expectation for a corpus FIT file, or null when the corpus has none.</summary>
    public static SdkExpectation? For(string corpusDirectory, string fitName)
    {
        var path = Path.Combine(corpusDirectory, "expected", fitName + ".sdk.json");
        if (!File.Exists(path)) return null;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return new SdkExpectation(doc.RootElement.Clone());
    }

    public static double? Number(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static string? Text(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The SDK's PascalCase name for a profile snake_case name ("device_info" to "DeviceInfo").</summary>
    public static string Pascal(string snake) =>
        string.Concat(snake.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
