using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrampSignals.Advice;
using CrampSignals.Reports.Json;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Tests.Cli;

namespace CrampSignals.Tests.Reports;

/// <summary>
/// One number, one place: every format of the same run (text, Markdown, HTML, JSON) quotes its length, its temperature
/// and the paces of a stretch as the JSON's values read through the one formatter, never a neighbouring number
/// ("187 min on the move" beside "your 184-minute run", "mean 27 °C" beside "28 °C", 5:02/km beside 4:43/km).
/// </summary>
public sealed partial class OneNumberTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("one-number-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, int> Runs => new()
    {
        { "hot-long-run", 21 },
        { "hot-long-run", 4 },
        { "fast-start-race", 5 },
        { "surges", 6 },
        { "cadence-fatigue", 7 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Every_format_quotes_the_same_length_temperature_and_paces(string scenario, int seed)
    {
        var files = SimulationWriter.Write(RunSimulator.Simulate(scenario, seed), _dir, $"{scenario}-{seed}");
        File.Delete(files.Gpx);
        var outputs = new Dictionary<string, string>();
        foreach (var format in new[] { "text", "md", "html", "json" })
        {
            var (code, output, error) = CliRunner.Run("analyze", files.Fit, "--format", format);
            Assert.True(code == 0, error);
            outputs[format] = format switch
            {
                "html" => PlainHtml(output),
                "json" => JsonStrings(output),
                _ => output,
            };
        }
        using var json = JsonDocument.Parse(CliRunner.Run("analyze", files.Fit, "--format", "json").Out);
        var root = json.RootElement;
        var findings = root.GetProperty("findings").EnumerateArray().ToList();

        // The run's length: the time on the move the hydration finding measured, in every mention.
        var hydration = findings.FirstOrDefault(f => f.GetProperty("kind").GetString() == "long-run-hydration");
        var lengths = All(outputs, RunLength());
        if (hydration.ValueKind == JsonValueKind.Object)
        {
            var runMinutes = Evidence(hydration, EvidenceNames.RunMinutes)!.Value;
            var expected = Units.Num(runMinutes);
            // The finding's length is the summary's moving time, in minutes to a tenth.
            var moving = root.GetProperty("activity").GetProperty("movingSeconds").GetDouble() / 60;
            Assert.True(Math.Abs(moving - runMinutes) <= 0.051, $"run_min {runMinutes} against the summary's {moving:0.###} moving minutes");
            Assert.NotEmpty(lengths);
            Assert.All(lengths, m => Assert.Equal(expected, m.Value));
        }
        Assert.Single(lengths.Select(m => m.Value).Distinct().DefaultIfEmpty(""));

        // The run's temperature: the summary's value (air with weather, else wrist, labelled), in every mention.
        var temperatures = All(outputs, RunTemperatureMention());
        var activity = root.GetProperty("activity");
        if (activity.TryGetProperty("runTemperatureC", out var t) && t.ValueKind == JsonValueKind.Number)
        {
            var expected = Units.Num(t.GetDouble());
            Assert.NotEmpty(temperatures);
            Assert.All(temperatures, m => Assert.True(expected == m.Value, $"{m.Format}: \"{m.Text}\" against the summary's {expected} °C"));
            var source = activity.GetProperty("runTemperatureSource").GetString();
            Assert.All(All(outputs, LabelledTemperature()), m => Assert.Equal(source, m.Groups[0]));
        }

        // Paces of a stretch: a finding's paces and the advice about that stretch are the finding's evidence, formatted once.
        var paces = findings.SelectMany(StretchPaces).ToHashSet();
        var quoted = All(outputs, StretchPace());
        if (scenario == "fast-start-race") Assert.NotEmpty(quoted);
        Assert.All(quoted, m => Assert.True(paces.Contains(m.Value), $"{m.Format}: \"{m.Text}\" quotes {m.Value}, not one of the findings' paces ({string.Join(", ", paces)})"));
    }

    [Theory]
    [InlineData("surges")]
    [InlineData("hot-long-run")]
    [InlineData("fast-start-race")]
    public void A_findings_paces_and_percentages_are_its_evidence_formatted_once(string scenario)
    {
        // Rounded evidence (2.33 m/s) and a text written from the unrounded speed (2.3349 m/s) read 7:09/km and 7:08/km;
        // over a dozen runs some finding lands on such an edge unless both come from one value.
        var checkedPaces = 0;
        foreach (var seed in Enumerable.Range(1, 12))
        {
            var run = RunSimulator.Simulate(scenario, seed);
            var report = CrampSignals.Runs.CrampAnalyzer.Analyze(run.Activity, run.Cramps, new CrampSignals.Runs.AnalysisOptions { Weather = run.Weather });
            foreach (var f in report.Signals.Findings)
            {
                var allowed = f.Evidence.SelectMany(e => e.Unit switch
                {
                    "m/s" => [PaceText.PerKm(e.Value)],
                    "s/km" => [PaceText.Clock(e.Value, "/km")],
                    _ => Array.Empty<string>(),
                }).ToHashSet();
                foreach (Match m in PaceInText().Matches(f.Summary))
                {
                    checkedPaces++;
                    Assert.True(allowed.Contains(m.Value), $"{scenario}-{seed} {f.Kind}: \"{f.Summary}\" quotes {m.Value}, not a pace of its evidence ({string.Join(", ", allowed)})");
                }
                foreach (Match m in PercentInText().Matches(f.Summary))
                {
                    var shown = double.Parse(m.Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    Assert.True(f.Evidence.Any(e => e.Unit == "%" && Units.Num(e.Value, 1) == m.Groups["v"].Value || e.Unit == "%" && Units.Num(e.Value) == m.Groups["v"].Value),
                        $"{scenario}-{seed} {f.Kind}: \"{f.Summary}\" quotes {shown} %, not a percentage of its evidence");
                }
            }
        }
        Assert.True(checkedPaces > 0);
    }

    [Fact]
    public void Signals_and_analyze_report_the_same_heat_from_the_weather_next_to_the_run()
    {
        var files = SimulationWriter.Write(RunSimulator.Simulate("hot-long-run", 21), _dir, "hot");
        File.Delete(files.Gpx);
        var (code, signalsJson, signalsError) = CliRunner.Run("signals", files.Fit, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("using the weather next to the run", signalsError);
        var (analyzeCode, analyzeJson, _) = CliRunner.Run("analyze", files.Fit, "--format", "json");
        Assert.Equal(0, analyzeCode);
        var heat = Heat(signalsJson);
        Assert.NotEmpty(heat);
        Assert.Equal(Heat(analyzeJson), heat);
        Assert.All(heat, h => Assert.Contains(" air ", h, StringComparison.Ordinal));

        // The text gives every clock time with its offset or a Z, and evidence in words.
        var (_, text, _) = CliRunner.Run("signals", files.Fit);
        Assert.Matches(@"\d\d:\d\d:\d\d[+-]\d\d:\d\d", text);
        Assert.DoesNotMatch(@"\d\d:\d\d:\d\d(?![+-]\d\d:\d\d|Z)\s", text);
        Assert.DoesNotMatch(@"\b[a-z]+_[a-z_]+\b", text.Replace("run.weather.csv", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Signals_speaks_the_units_analyze_does()
    {
        var files = SimulationWriter.Write(RunSimulator.Simulate("hot-long-run", 21), _dir, "hot");
        File.Delete(files.Gpx);
        var (code, text, _) = CliRunner.Run("signals", files.Fit, "--units", "imperial");
        Assert.Equal(0, code);
        Assert.Contains("°F", text);
        Assert.DoesNotContain("°C", text);
    }

    /// <summary>Each heat-exposure finding as "summary | evidence": what both commands must agree on.</summary>
    private static List<string> Heat(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() == "heat-exposure")
            .Select(f => $"{f.GetProperty("summary").GetString()} | {f.GetProperty("evidence").GetRawText()}")];
    }

    private static double? Evidence(JsonElement finding, string name) =>
        finding.GetProperty("evidence").TryGetProperty(ReportJsonModel.Key(name), out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    /// <summary>The paces a finding's evidence holds, each as the one formatter writes it.</summary>
    private static IEnumerable<string> StretchPaces(JsonElement finding)
    {
        foreach (var name in new[] { EvidenceNames.FirstPartPace, EvidenceNames.RestPace })
            if (Evidence(finding, name) is double secondsPerKm) yield return UnitFormat.Pace(secondsPerKm, UnitSystem.Metric);
        foreach (var name in new[] { EvidenceNames.Speed, EvidenceNames.BaselineSpeed })
            if (Evidence(finding, name) is double speed) yield return UnitFormat.Pace(PaceText.SecondsPerKm(speed), UnitSystem.Metric);
    }

    private sealed record Mention(string Format, string Text, string Value, IReadOnlyList<string> Groups);

    private static List<Mention> All(Dictionary<string, string> outputs, Regex pattern) =>
        [.. outputs.SelectMany(o => pattern.Matches(o.Value).Select(m => new Mention(o.Key, m.Value, m.Groups["v"].Value,
            [.. m.Groups.Cast<Group>().Skip(1).Where(g => g.Name != "v").Select(g => g.Value)])))];

    /// <summary>All the strings of a JSON document, one a line: the text the JSON carries, unescaped.</summary>
    private static string JsonStrings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var lines = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: lines.Add(e.GetString()!); break;
                case JsonValueKind.Array: foreach (var x in e.EnumerateArray()) Walk(x); break;
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value); break;
            }
        }
        Walk(doc.RootElement);
        return string.Join("\n", lines);
    }

    /// <summary>The HTML's text: scripts, styles and SVG dropped, tags turned to spaces, entities decoded.</summary>
    private static string PlainHtml(string html)
    {
        html = Regex.Replace(html, @"<(script|style|svg)\b.*?</\1>", " ", RegexOptions.Singleline);
        return WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));
    }

    [GeneratedRegex(@"\d+:\d\d/km")]
    private static partial Regex PaceInText();

    [GeneratedRegex(@"(?<![\d.])(?<v>\d+(?:\.\d+)?) % (?:over|of|faster|above)")]
    private static partial Regex PercentInText();

    [GeneratedRegex(@"(?<v>\d+)\s+min\s+on\s+the\s+move(?!\s+between)|(?i:your)\s+(?<v>\d+)-minute\s+run")]
    private static partial Regex RunLength();

    [GeneratedRegex(@"(?<v>-?\d+(?:\.\d+)?) °C\s+(?:air|wrist sensor|wrist temperature)\b|at\s+a\s+mean\s+(?<v>-?\d+(?:\.\d+)?) °C|run\s+at\s+(?<v>-?\d+(?:\.\d+)?) °C")]
    private static partial Regex RunTemperatureMention();

    [GeneratedRegex(@"\d °C\s+(air|wrist sensor)\b")]
    private static partial Regex LabelledTemperature();

    [GeneratedRegex(@"averaged\s+(?<v>\d+:\d\d/km)|the\s+(?<v>\d+:\d\d/km)\s+you\s+held\s+afterwards|first\s+[\d.]+\s+km\s+at\s+(?<v>\d+:\d\d/km)|the\s+rest\s+at\s+(?<v>\d+:\d\d/km)|min\s+ran\s+at\s+(?<v>\d+:\d\d/km)|typical\s+(?<v>\d+:\d\d/km)|typical\s+speed,\s+(?<v>\d+:\d\d/km)")]
    private static partial Regex StretchPace();
}
