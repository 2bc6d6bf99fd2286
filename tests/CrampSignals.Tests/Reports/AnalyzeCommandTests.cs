using System.Text.Json;
using CrampSignals.Cli;
using CrampSignals.Formats.Fit;
using CrampSignals.Simulation;

namespace CrampSignals.Tests.Reports;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("crampsignals-analyze-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Fit(string name, string scenario, int seed)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, FitActivityWriter.ToBytes(RunSimulator.Simulate(scenario, seed).Activity));
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void One_file_as_json_has_activity_findings_advice_and_disclaimer()
    {
        var file = Fit("run.fit", "fast-start-race", 4);
        var (code, output, _) = Run("analyze", file, "--format", "json", "--mass-before", "70.5", "--mass-after", "69.6");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(file, root.GetProperty("activity").GetProperty("file").GetString());
        foreach (var key in new[] { "findings", "cramps", "notMeasured", "advice" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("localTime").ValueKind);
        Assert.Equal(JsonValueKind.String, root.GetProperty("disclaimer").ValueKind);
    }

    [Fact]
    public void A_cramp_log_puts_immediate_care_first()
    {
        var run = RunSimulator.Simulate("hot-long-run", 8);
        var fit = Path.Combine(_dir.FullName, "hot.fit");
        File.WriteAllBytes(fit, FitActivityWriter.ToBytes(run.Activity));
        var log = Path.Combine(_dir.FullName, "log.csv");
        using (var w = new StreamWriter(log)) CrampSignals.Cramps.CrampLogWriter.WriteCsv(run.Cramps, w);
        var (code, output, _) = Run("analyze", fit, "--cramps", log, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(run.Cramps.Entries.Length, doc.RootElement.GetProperty("cramps").GetArrayLength());
        Assert.Equal("immediate-care", doc.RootElement.GetProperty("advice")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void A_missing_cramp_log_exits_1_naming_it()
    {
        var file = Fit("run.fit", "easy-cool", 1);
        var (code, _, err) = Run("analyze", file, "--cramps", Path.Combine(_dir.FullName, "nope.csv"));
        Assert.Equal(1, code);
        Assert.Contains("nope.csv", err);
    }

    [Fact]
    public void Mass_before_without_mass_after_is_a_usage_error()
    {
        var file = Fit("run.fit", "easy-cool", 1);
        var (code, _, err) = Run("analyze", file, "--mass-before", "70");
        Assert.Equal(2, code);
        Assert.Contains("--mass-after", err);
    }

    [Fact]
    public void An_unreadable_single_file_exits_1_naming_it()
    {
        var bad = Path.Combine(_dir.FullName, "garbage.fit");
        File.WriteAllText(bad, "definitely not a watch file");
        var (code, _, err) = Run("analyze", bad);
        Assert.Equal(1, code);
        Assert.Contains("garbage.fit", err);
    }

    [Fact]
    public void A_folder_skips_the_bad_file_with_a_warning_and_writes_runs()
    {
        Fit("a.fit", "surges", 2);
        Fit("b.fit", "easy-cool", 3);
        File.WriteAllText(Path.Combine(_dir.FullName, "c.gpx"), "<nope/>");
        var (code, output, err) = Run("analyze", _dir.FullName, "-f", "json");
        Assert.Equal(0, code);
        Assert.Contains("c.gpx", err);
        Assert.Contains("warning", err);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetProperty("runs").GetArrayLength());
        Assert.Equal(1, doc.RootElement.GetProperty("cohort").GetProperty("unreadableFiles").GetInt32());
    }

    [Fact]
    public void A_folder_where_nothing_can_be_read_exits_1()
    {
        File.WriteAllText(Path.Combine(_dir.FullName, "x.fit"), "no");
        File.WriteAllText(Path.Combine(_dir.FullName, "y.tcx"), "no");
        var (code, _, err) = Run("analyze", _dir.FullName);
        Assert.Equal(1, code);
        Assert.Contains("none of the 2 files", err);
    }

    [Fact]
    public void Html_goes_to_the_out_file()
    {
        var file = Fit("run.fit", "hot-long-run", 5);
        var html = Path.Combine(_dir.FullName, "report.html");
        var (code, output, _) = Run("analyze", file, "--format", "html", "--out", html);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        var text = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", text);
        Assert.Contains("<svg id=\"r0-pace\"", text);
    }

    [Theory]
    [InlineData("metric", 1000.0)]
    [InlineData("imperial", 1609.344)]
    public void Units_set_the_splits_and_json_stays_si(string units, double splitMeters)
    {
        var run = RunSimulator.Simulate("fast-start-race", 11);
        var fit = Path.Combine(_dir.FullName, "race.fit");
        File.WriteAllBytes(fit, FitActivityWriter.ToBytes(run.Activity));
        var log = Path.Combine(_dir.FullName, "race.log.csv");
        using (var w = new StreamWriter(log)) CrampSignals.Cramps.CrampLogWriter.WriteCsv(run.Cramps, w);
        var html = Path.Combine(_dir.FullName, "race.html");
        var (code, _, _) = Run("analyze", fit, "--cramps", log, "--units", units, "--format", "html", "--out", html);
        Assert.Equal(0, code);
        var (jsonCode, json, _) = Run("analyze", fit, "--cramps", log, "--units", units, "--format", "json");
        Assert.Equal(0, jsonCode);
        using var doc = JsonDocument.Parse(json);
        var meters = doc.RootElement.GetProperty("activity").GetProperty("distanceMeters").GetDouble();
        Assert.Equal("SI", doc.RootElement.GetProperty("units").GetProperty("values").GetString());
        Assert.Equal(units, doc.RootElement.GetProperty("units").GetProperty("text").GetString());
        var page = HtmlReportTests.Parse(File.ReadAllText(html));
        var splits = page.Descendants().Where(e => e.Attribute("data-split") is not null).ToList();
        Assert.Equal((int)Math.Ceiling(meters / splitMeters), splits.Count);
        var cramps = doc.RootElement.GetProperty("cramps").GetArrayLength();
        Assert.True(cramps > 0);
        var route = page.Descendants().Single(e => (string?)e.Attribute("data-chart") == "route");
        Assert.Equal(cramps, route.Descendants().Count(e => e.Attribute("data-cramp") is not null));
    }

    [Fact]
    public void An_unknown_unit_system_is_a_usage_error()
    {
        var file = Fit("run.fit", "easy-cool", 1);
        var (code, _, err) = Run("analyze", file, "--units", "furlongs");
        Assert.Equal(2, code);
        Assert.Contains("furlongs", err);
    }

    [Fact]
    public void Text_and_markdown_name_the_advice()
    {
        var file = Fit("run.fit", "surges", 6);
        var (code, text, _) = Run("analyze", file);
        Assert.Equal(0, code);
        Assert.Contains("Advice (", text);
        Assert.Contains("not medical advice", System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));
        var (mdCode, md, _) = Run("analyze", file, "--format", "md");
        Assert.Equal(0, mdCode);
        Assert.StartsWith("# Cramp signals: run.fit", md);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var file = Fit("run.fit", "easy-cool", 1);
        Assert.Equal(2, Run("analyze", file, "--format", "pdf").Code);
    }
}
