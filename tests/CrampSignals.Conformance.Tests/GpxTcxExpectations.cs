using System.Text.Json;

namespace CrampSignals.Conformance.Tests;

/// <summary>Reads the reference JSON decodings of GPX and TCX files and compares numbers the way the conformance tests need.</summary>
internal static class GpxTcxExpectations
{
    public static JsonDocument Load(string name)
    {
        var path = Corpus.PathOf("expected", name);
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    /// <summary>The number under <paramref name="key"/>, or NaN when the key is absent or null.</summary>
    public static double Number(JsonElement obj, string key) =>
        obj.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;

    /// <summary>The string under <paramref name="key"/>, or null.</summary>
    public static string? TextOf(JsonElement obj, string key) =>
        obj.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static void Degrees(double expected, double actual, string what) => Close(expected, actual, 1e-6, false, what);

    public static void Relative(double expected, double actual, string what) => Close(expected, actual, 1e-4, true, what);

    public static void ExactTime(double expected, double actual, string what)
    {
        if (double.IsNaN(expected) && double.IsNaN(actual)) return;
        Assert.True(expected == actual, $"{what}: expected time {expected:R}, read {actual:R}");
    }

    private static void Close(double expected, double actual, double tolerance, bool relative, string what)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            Assert.True(double.IsNaN(expected) && double.IsNaN(actual), $"{what}: expected {expected:R}, read {actual:R}");
            return;
        }
        var allowed = relative ? tolerance * Math.Max(1, Math.Abs(expected)) : tolerance;
        Assert.True(Math.Abs(expected - actual) <= allowed, $"{what}: expected {expected:R}, read {actual:R}");
    }
}
