using System.Text.Json.Nodes;
using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Tests.Advice;
using CrampSignals.Tests.Cli;
using Json.Schema;

namespace CrampSignals.Tests.Export;

/// <summary>
/// The <c>signals</c> and <c>analyze</c> JSON, as the library and the tool write them for simulated runs (cramps with and
/// without side, note and severity, weather, warnings, not-measured detectors, a folder with a twin and a broken file),
/// follow docs/schemas; and the schemas refuse a key they do not declare, so a key added to the output fails here first.
/// </summary>
// Simulates, analyses and writes whole runs and folders for each case: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public sealed class ReportJsonSchemaTests : IDisposable
{
    private static readonly BuildOptions Build = new() { SchemaRegistry = new SchemaRegistry() };
    private static readonly JsonSchema SignalsSchema = Load("signals.schema.json");
    private static readonly JsonSchema AnalyzeSchema = Load("analyze.schema.json");

    private readonly string _dir = Directory.CreateTempSubdirectory("json-schema-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static JsonSchema Load(string name) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(ArticleText.RepositoryRoot(), "docs", "schemas", name)), Build);

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static void AssertValid(JsonSchema schema, string json, string what)
    {
        var result = Evaluate(schema, json);
        var errors = string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
        Assert.True(result.IsValid, $"{what}:\n{errors}");
    }

    /// <summary>A simulated run with two cramps: one with side, note and severity, one with none of them.</summary>
    private static (SimulatedRun Run, CrampLog Log) WithTwoCramps(string scenario, int seed)
    {
        var run = RunSimulator.Simulate(scenario, seed);
        var start = run.Activity.Samples.TimeAt(0)!.Value;
        var log = new CrampLog(
        [
            new CrampEntry(start.AddMinutes(40), null, Muscle.Calf, "left", 7, "locked on the climb"),
            new CrampEntry(start.AddMinutes(25), null, Muscle.Hamstring, null, null, null),
        ], []);
        return (run, log);
    }

    public static TheoryData<string, int> Scenarios => new() { { "surges", 3 }, { "hot-long-run", 4 }, { "cadence-fatigue", 5 }, { "fast-start-race", 6 }, { "easy-cool", 7 } };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Signals_json_of_simulated_runs_follows_its_schema(string scenario, int seed)
    {
        var (run, log) = WithTwoCramps(scenario, seed);
        var report = SignalAnalyzer.Analyze(run.Activity, log, run.Weather);
        var json = SignalReportJson.ToJson(report);
        AssertValid(SignalsSchema, json, scenario);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(2, doc.RootElement.GetProperty("cramps").GetArrayLength());
        if (scenario != "easy-cool") Assert.NotEmpty(report.Findings); // an easy run in the cool shows nothing
    }

    [Fact]
    public void Signals_json_of_an_empty_activity_lists_what_was_not_measured_and_follows_its_schema()
    {
        var json = SignalReportJson.ToJson(SignalAnalyzer.Analyze(new Activity()));
        AssertValid(SignalsSchema, json, "empty activity");
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("notMeasured").GetArrayLength() > 0);
        Assert.Equal("unknown", doc.RootElement.GetProperty("localTime").GetProperty("source").GetString());
    }

    [Fact]
    public void Signals_json_from_the_tool_follows_its_schema()
    {
        var files = SimulationWriter.Write(RunSimulator.Simulate("surges", 8), _dir);
        var (code, json, _) = CliRunner.Run("signals", files.Fit, "--cramps", files.Cramps, "--weather", files.Weather, "--format", "json");
        Assert.Equal(0, code);
        AssertValid(SignalsSchema, json, "signals --format json");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Analyze_json_of_one_run_follows_its_schema(string scenario, int seed)
    {
        var (run, log) = WithTwoCramps(scenario, seed);
        var report = CrampAnalyzer.Analyze(run.Activity, log, new AnalysisOptions { Weather = run.Weather, BodyMassBeforeKg = 70, BodyMassAfterKg = 69.2 });
        var json = ReportJsonWriter.ToJson(report);
        AssertValid(AnalyzeSchema, json, scenario);
        using var doc = JsonDocument.Parse(json);
        Assert.NotEqual(0, doc.RootElement.GetProperty("advice").GetArrayLength());
    }

    [Fact]
    public void Analyze_json_of_an_empty_activity_with_nulls_follows_its_schema()
    {
        var json = ReportJsonWriter.ToJson(CrampAnalyzer.Analyze(new Activity()));
        AssertValid(AnalyzeSchema, json, "empty activity");
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("activity").GetProperty("start").ValueKind);
    }

    [Fact]
    public void Analyze_json_from_the_tool_with_warnings_and_imperial_units_follows_its_schema()
    {
        var files = SimulationWriter.Write(RunSimulator.Simulate("hot-long-run", 9), _dir);
        // Cut the FIT file short: the run keeps what came before the damage, with a warning.
        var bytes = File.ReadAllBytes(files.Fit);
        File.WriteAllBytes(files.Fit, bytes[..(bytes.Length * 2 / 3)]);
        var (code, json, _) = CliRunner.Run("analyze", files.Fit, "--units", "imperial", "--format", "json");
        Assert.Equal(0, code);
        AssertValid(AnalyzeSchema, json, "analyze FILE --format json");
        using var doc = JsonDocument.Parse(json);
        Assert.NotEqual(0, doc.RootElement.GetProperty("warnings").GetArrayLength());
        Assert.Equal("imperial", doc.RootElement.GetProperty("units").GetProperty("text").GetString());
    }

    /// <summary>A folder with two runs (their GPX twins too), a file that is no activity, and each run's cramp log and weather.</summary>
    private string WriteFolder()
    {
        SimulationWriter.Write(RunSimulator.Simulate("surges", 10), _dir);
        SimulationWriter.Write(RunSimulator.Simulate("hot-long-run", 11), _dir);
        File.WriteAllText(Path.Combine(_dir, "broken.gpx"), "<gpx");
        return _dir;
    }

    [Fact]
    public void Analyze_json_of_a_folder_with_twins_and_a_failure_follows_its_schema()
    {
        var (code, json, _) = CliRunner.Run("analyze", WriteFolder(), "--format", "json");
        Assert.Equal(0, code);
        AssertValid(AnalyzeSchema, json, "analyze FOLDER --format json");
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(2, root.GetProperty("runs").GetArrayLength());
        Assert.Equal(2, root.GetProperty("duplicates").GetArrayLength());
        Assert.Equal(1, root.GetProperty("failures").GetArrayLength());
        Assert.True(root.GetProperty("cohort").GetProperty("cramps").GetInt32() > 0);
    }

    /// <summary>Where a key can be slipped in: every object of the output whose keys are fixed.</summary>
    public static TheoryData<string, string> FixedObjects => new()
    {
        { "single", "" }, { "single", "/activity" }, { "single", "/units" }, { "single", "/localTime" }, { "single", "/findings/0" },
        { "single", "/cramps/0" }, { "single", "/cramps/0/preceding/0" }, { "single", "/advice/0" }, { "single", "/advice/0/reasons/0" },
        { "folder", "" }, { "folder", "/runs/0" }, { "folder", "/runs/0/activity" }, { "folder", "/cohort" }, { "folder", "/cohort/findings/0" },
        { "folder", "/cohort/rules/0" }, { "folder", "/failures/0" }, { "folder", "/duplicates/0" },
        { "signals", "" }, { "signals", "/findings/0" }, { "signals", "/cramps/0" }, { "signals", "/localTime" },
    };

    [Theory]
    [MemberData(nameof(FixedObjects))]
    public void A_key_the_schema_does_not_declare_fails_validation(string document, string pointer)
    {
        var (schema, json) = document switch
        {
            "signals" => (SignalsSchema, SignalJson()),
            "single" => (AnalyzeSchema, SingleRunJson()),
            _ => (AnalyzeSchema, CliRunner.Run("analyze", WriteFolder(), "--format", "json").Out),
        };
        AssertValid(schema, json, "as written");
        var node = JsonNode.Parse(json)!;
        var target = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate(node, (n, part) => int.TryParse(part, out var i) ? n[i]! : n[part]!);
        target.AsObject().Add("addedKey", 1);
        Assert.False(Evaluate(schema, node.ToJsonString()).IsValid, $"{document}{pointer}: an undeclared key passed");
    }

    [Fact]
    public void Keys_are_camel_case_evidence_names_included_and_the_schema_refuses_snake_case()
    {
        var json = SignalJson();
        using (var doc = JsonDocument.Parse(json))
        {
            var names = new List<string>();
            Collect(doc.RootElement, names);
            Assert.Contains("speedIncreasePct", names);
            Assert.All(names, n => Assert.Matches("^[a-z][a-zA-Z0-9]*$", n));
        }
        var node = JsonNode.Parse(json)!;
        node["findings"]![0]!["evidence"]!.AsObject().Add("duration_s", 12.0);
        Assert.False(Evaluate(SignalsSchema, node.ToJsonString()).IsValid);

        static void Collect(JsonElement e, List<string> names)
        {
            if (e.ValueKind == JsonValueKind.Object)
                foreach (var p in e.EnumerateObject()) { names.Add(p.Name); Collect(p.Value, names); }
            else if (e.ValueKind == JsonValueKind.Array)
                foreach (var item in e.EnumerateArray()) Collect(item, names);
        }
    }

    private static string SignalJson()
    {
        var (run, log) = WithTwoCramps("surges", 3);
        return SignalReportJson.ToJson(SignalAnalyzer.Analyze(run.Activity, log, run.Weather));
    }

    private static string SingleRunJson()
    {
        var (run, log) = WithTwoCramps("surges", 3);
        return ReportJsonWriter.ToJson(CrampAnalyzer.Analyze(run.Activity, log, new AnalysisOptions { Weather = run.Weather }));
    }
}
