using System.Text.Json;
using CrampSignals.History;
using CrampSignals.Reports;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Tests.Advice;
using Json.Schema;

namespace CrampSignals.Tests.History;

/// <summary>
/// Simulated account exports read back against what was planted in them: every run counted, every other activity skipped
/// with its sport, the cramps written in the titles and notes found, placed within two minutes, and the planted pattern found.
/// </summary>
[Trait("Category", "Slow")]
public sealed class HistoryAcceptanceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cs-accept-" + Guid.NewGuid().ToString("N"));

    public HistoryAcceptanceTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private sealed record Planted(string Id, bool IsRun, bool Manual, string? File, List<(string Text, double? Elapsed, bool AfterRun)> Cramps);

    private static List<Planted> Truth(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. doc.RootElement.GetProperty("activities").EnumerateArray().Select(a => new Planted(
            a.GetProperty("id").GetString()!, a.GetProperty("isRun").GetBoolean(), a.GetProperty("manual").GetBoolean(),
            a.GetProperty("file").ValueKind == JsonValueKind.Null ? null : a.GetProperty("file").GetString(),
            [.. a.GetProperty("cramps").EnumerateArray().Select(c => (c.GetProperty("text").GetString()!,
                c.GetProperty("elapsedSeconds").ValueKind == JsonValueKind.Number ? c.GetProperty("elapsedSeconds").GetDouble() : (double?)null,
                c.GetProperty("afterRun").GetBoolean()))]))];
    }

    [Theory]
    [InlineData(ArchiveLayout.Strava, true)]
    [InlineData(ArchiveLayout.Garmin, false)]
    public void A_simulated_export_reads_back_as_planted(ArchiveLayout layout, bool zip)
    {
        var files = ArchiveSimulator.Write(Path.Combine(_dir, zip ? "export.zip" : "export"), layout, zip, activities: 300, seed: 11, years: 3);
        var truth = Truth(files.Truth);
        var h = HistoryAnalyzer.Analyze([files.Archive]);
        var runs = h.Runs.ToDictionary(r => r.Id);
        var skipped = h.Skipped.ToDictionary(s => s.Id);

        foreach (var a in truth)
        {
            if (a.IsRun && !a.Manual) Assert.True(runs.ContainsKey(a.Id) || h.Duplicates.Any(d => d.Dropped.Contains(a.Id, StringComparison.Ordinal)), $"run {a.Id} ({a.File}) not counted");
            else Assert.True(skipped.ContainsKey(a.Id), $"activity {a.Id} ({a.File}) neither a run nor skipped");
        }
        Assert.All(h.Skipped.Where(s => s.File is not null && truth.Any(t => t.Id == s.Id)), s => Assert.NotNull(s.Sport));
        Assert.Equal(h.Activities, h.Runs.Length + h.Skipped.Length + h.Failures.Length + h.Duplicates.Length);

        int planted = 0, found = 0, matched = 0, placed = 0, timed = 0;
        foreach (var a in truth.Where(a => runs.ContainsKey(a.Id)))
        {
            var got = runs[a.Id].Cramps;
            planted += a.Cramps.Count;
            found += got.Length;
            matched += Math.Min(a.Cramps.Count, got.Length);
            foreach (var c in a.Cramps.Where(c => c.Elapsed is not null))
            {
                timed++;
                if (got.Any(g => g.ElapsedSeconds is double e && Math.Abs(e - c.Elapsed!.Value) <= 120)) placed++;
            }
        }
        Assert.True(planted > 5, $"only {planted} cramps planted");
        Assert.True(matched >= 0.95 * planted, $"recall {matched}/{planted}");
        Assert.True(matched >= 0.95 * found, $"precision {matched}/{found}");
        Assert.True(placed >= 0.95 * timed, $"{placed} of {timed} stated positions within 2 minutes");
    }

    [Fact]
    public void The_planted_heat_pattern_is_found_with_its_interval_above_one()
    {
        var files = ArchiveSimulator.Write(Path.Combine(_dir, "export.zip"), ArchiveLayout.Strava, zip: true, activities: 1000, seed: 7, years: 6);
        var h = HistoryAnalyzer.Analyze([files.Archive]);
        var heat = h.Statistics.Associations.Single(a => a.Kind == FindingKind.HeatExposure);
        Assert.True(heat.Crude.Ci95Low > 1, $"heat exposure crude OR {heat.Crude.OddsRatio} ({heat.Crude.Ci95Low}-{heat.Crude.Ci95High})");
        var hottest = h.Patterns.Single(p => p.Dimension == "temperature" && p.Group == "28 °C and above");
        Assert.True(hottest.Estimate.Ci95Low > 1, $"hottest group OR {hottest.Estimate.OddsRatio} ({hottest.Estimate.Ci95Low}-{hottest.Estimate.Ci95High})");
        Assert.Contains(h.Advice.Take(4), a => a.Kind is FindingKind.HeatExposure or FindingKind.HotHours or FindingKind.CardiacDrift);
    }

    [Fact]
    public void The_history_json_follows_its_schema()
    {
        var files = ArchiveSimulator.Write(Path.Combine(_dir, "export"), ArchiveLayout.Strava, zip: false, activities: 120, seed: 5, years: 2);
        var json = ReportJsonWriter.ToHistoryJson(HistoryAnalyzer.Analyze([files.Archive]));
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(ArticleText.RepositoryRoot(), "docs", "schemas", "history.schema.json")));
        using var doc = JsonDocument.Parse(json);
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var summary = doc.RootElement.GetProperty("summary");
        foreach (var name in new[] { "activities", "runs", "runsWithCramps", "cramps", "skipped", "failures" })
            Assert.True(summary.TryGetProperty(name, out _), name);
        var run = doc.RootElement.GetProperty("runs").EnumerateArray().First(r => r.GetProperty("cramps").GetArrayLength() > 0);
        var cramp = run.GetProperty("cramps")[0];
        foreach (var name in new[] { "source", "text", "time", "elapsedSeconds", "muscle", "afterRun" })
            Assert.True(cramp.TryGetProperty(name, out _), name);
    }
}
