using System.Text.Json.Nodes;
using System.Text.Json;
using CrampSignals.Cli.Cohorts;
using CrampSignals.Tests.Advice;
using Json.Schema;

namespace CrampSignals.Tests.Cohorts;

// Simulates and studies a cohort of runs for each case: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class CohortJsonSchemaTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(ArticleText.RepositoryRoot(), "docs", "schemas", "cohort.schema.json")));

    private static EvaluationResults Evaluate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults r) =>
        string.Join("\n", (r.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Fact]
    public void The_cohort_json_follows_its_schema_with_the_names_the_issue_gives()
    {
        using var cohort = TestCohort.Create(runners: 2, runsEach: 4);
        File.WriteAllText(Path.Combine(cohort.Folder, "runner-01", "broken.gpx"), "<gpx");
        var json = CohortStudy.Run([cohort.Folder]).ToJson();
        var result = Evaluate(json);
        Assert.True(result.IsValid, Errors(result));
        using var doc = JsonDocument.Parse(json);
        foreach (var name in new[] { "runs", "runners", "runsWithCramps", "cramps", "duplicates", "failures", "associations", "caseCrossover", "triggeredAverages", "disclaimer" })
            Assert.True(doc.RootElement.TryGetProperty(name, out _), name);
        Assert.Equal(1, doc.RootElement.GetProperty("failures").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("duplicates").GetArrayLength() > 0);
    }

    [Fact]
    public void The_schema_rejects_a_cohort_json_that_breaks_it()
    {
        using var cohort = TestCohort.Create(runners: 1, runsEach: 2);
        var json = CohortStudy.Run([cohort.Folder]).ToJson();
        Assert.False(Evaluate(json.Replace("\"runsWithCramps\"", "\"runs_with_cramps\"", StringComparison.Ordinal)).IsValid);
        Assert.False(Evaluate(json.Replace("\"kind\": \"pace-surge\"", "\"kind\": \"pace surge\"", StringComparison.Ordinal)).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/associations/0")]
    [InlineData("/associations/0/adjusted")]
    [InlineData("/caseCrossover/0")]
    [InlineData("/triggeredAverages/0")]
    [InlineData("/failures/0")]
    public void A_key_the_schema_does_not_declare_fails_validation(string pointer)
    {
        using var cohort = TestCohort.Create(runners: 2, runsEach: 3);
        File.WriteAllText(Path.Combine(cohort.Folder, "runner-01", "broken.gpx"), "<gpx");
        var json = CohortStudy.Run([cohort.Folder]).ToJson();
        Assert.True(Evaluate(json).IsValid);
        var node = JsonNode.Parse(json)!;
        var target = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate(node, (n, part) => int.TryParse(part, out var i) ? n[i]! : n[part]!);
        target.AsObject().Add("addedKey", 1);
        Assert.False(Evaluate(node.ToJsonString()).IsValid, $"{pointer}: an undeclared key passed");
    }
}
