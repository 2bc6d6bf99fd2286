using System.Text.Json;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit.Model;
using CrampSignals.Formats;
using CrampSignals.Reports;
using CrampSignals.Signals;
using CrampSignals.Text;
using CrampSignals.Weather;

using CrampSignals.Runs;
namespace CrampSignals.Fuzz.Regressions;

/// <summary>Every input the fuzzing found crashing or swelling the tool, kept as a test (files generated, see <see cref="HostileFiles"/>).</summary>
public sealed class CrashRegressionTests : IDisposable
{
    private readonly HostileFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static void AssertCleanExit((int Code, string Out, string Err) result, int code = 0)
    {
        Assert.Equal(code, result.Code);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(result.Out) < FuzzTargets.MaxReportBytes, $"{result.Out.Length} characters of output");
    }

    [Theory]
    [InlineData("<time>9999-12-31T23:59:59Z</time>")]
    [InlineData("<time>0001-01-01T00:00:00Z</time>")]
    [InlineData("<time>9999-12-31T23:59:59-14:00</time>")]
    [InlineData("<time>0001-01-01T00:00:00+14:00</time>")]
    [InlineData("<time>1970-01-01T00:00:00Z</time>")]
    public void A_point_dated_at_the_edge_of_the_calendar_is_dropped_with_a_warning_and_nothing_throws(string time)
    {
        // Every fifth point: the hot-hours detector, the midday-heat advice and the report header all meet such times.
        var counter = 0;
        var path = _files.Gpx("edge.gpx", t => HostileFiles.GpxTime().Replace(t, m => counter++ % 5 == 0 ? time : m.Value));
        var activity = ActivityFile.Load(path);
        // Beyond DateTime itself (year 1 at +14:00) it is no time at all; otherwise it is outside the plausible range.
        Assert.Contains(activity.Warnings, w => w.Message.Contains("left missing", StringComparison.Ordinal) && w.Line > 0);
        foreach (var t in activity.Samples.UnixSeconds)
            Assert.True(double.IsNaN(t) || PlausibleTime.ContainsUnixSeconds(t));
        AssertCleanExit(HostileFiles.Tool("analyze", path));
        AssertCleanExit(HostileFiles.Tool("analyze", path, "--format", "html"));
        AssertCleanExit(HostileFiles.Tool("samples", path, "--format", "json"));
    }

    [Fact]
    public void A_tcx_point_dated_2200_no_longer_makes_154_MB_of_html()
    {
        var path = _files.Tcx("future.tcx", t => HostileFiles.Replace(t, @"<Time>[^<]*</Time>", "<Time>2200-01-01T00:00:00Z</Time>", 300));
        var (code, html, _) = HostileFiles.Tool("analyze", path, "--format", "html");
        Assert.Equal(0, code);
        Assert.InRange(Encoding.UTF8.GetByteCount(html), 1, 2 * 1024 * 1024);
    }

    [Fact]
    public void Times_at_the_ends_of_DateTime_in_memory_do_not_break_analysis_or_any_report()
    {
        // Readers drop such times; an activity built in code can still carry them, and every offset sum must hold.
        foreach (var edge in new[] { DateTime.MinValue.AddMinutes(5), DateTime.MaxValue.AddHours(-2) })
        {
            var b = new SampleTableBuilder();
            var start = UnixTime.FromDateTime(DateTime.SpecifyKind(edge, DateTimeKind.Utc));
            for (var i = 0; i < 3600; i++)
            {
                b.AddRow(start + i);
                b.Set(SampleChannel.Speed, 3.2);
                b.Set(SampleChannel.Latitude, 40);
                b.Set(SampleChannel.Longitude, 170);
                b.Set(SampleChannel.Temperature, 31);
                b.Set(SampleChannel.HeartRate, 150);
            }
            var activity = new Activity { Sport = Sport.Running, StartTime = UnixTime.ToDateTime(start), UtcOffset = TimeSpan.FromHours(14), Samples = b.Build() };
            var log = new CrampLog([new CrampEntry(null, TimeSpan.FromMinutes(30), Muscle.Calf, "left", 5, null)], []);
            var report = CrampAnalyzer.Analyze(activity, log);
            Assert.NotEmpty(ReportJsonWriter.ToJson(report));
            Assert.NotEmpty(HtmlReportWriter.ToHtml(report));
            var text = new StringWriter();
            ReportTextWriter.Write(text, report);
            ReportMarkdownWriter.Write(text, report);
            Assert.NotEmpty(text.ToString());
        }
    }

    [Fact]
    public void Cadence_of_1e308_and_a_temperature_of_1e17_become_missing_with_one_warning_each()
    {
        var path = _files.Gpx("extreme.gpx", t => HostileFiles.Replace(HostileFiles.Replace(t, @"<gpxtpx:cad>[^<]*</gpxtpx:cad>", "<gpxtpx:cad>1e308</gpxtpx:cad>"),
            @"<gpxtpx:atemp>[^<]*</gpxtpx:atemp>", "<gpxtpx:atemp>1e17</gpxtpx:atemp>", 100));
        var activity = ActivityFile.Load(path);
        Assert.False(activity.Samples.Has(SampleChannel.Cadence));
        Assert.Single(activity.Warnings, w => w.Message.Contains("cadence outside", StringComparison.Ordinal));
        Assert.Single(activity.Warnings, w => w.Message.Contains("temperature outside", StringComparison.Ordinal));
        var (code, json, _) = HostileFiles.Tool("samples", path, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, doc.RootElement[0].GetProperty("cadence").ValueKind);
        AssertCleanExit(HostileFiles.Tool("analyze", path, "--format", "html"));
    }

    [Fact]
    public void A_sample_dated_before_the_first_one_is_left_off_the_charts_instead_of_a_negative_bucket()
    {
        // Sample 600 dated an hour before the first: an out-of-order time the charts must skip.
        var path = _files.Gpx("back.gpx");
        var text = File.ReadAllText(path);
        var first = HostileFiles.GpxTime().Match(text).Value;
        var firstTime = DateTime.Parse(first[6..^7], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        File.WriteAllText(path, HostileFiles.Replace(text, @"<time>[^<]*</time>", $"<time>{IsoUtc.Format(firstTime.AddHours(-1))}</time>", 600));
        var activity = ActivityFile.Load(path);
        var html = HtmlReportWriter.ToHtml(CrampAnalyzer.Analyze(activity));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "time,muscle\n2024-06-01T10:00:00Z,calf\n", "999999999:00:00,calf\n")]
    [InlineData("json", "[{\"elapsed\": 600, \"muscle\": \"calf\"},\n", "{\"elapsed\": 1e308, \"muscle\": \"calf\"}]\n")]
    public void An_elapsed_time_beyond_TimeSpan_is_a_warning_naming_the_file_and_line_and_the_good_lines_stay(string kind, string good, string bad)
    {
        var text = kind == "csv" ? "elapsed,muscle\n0:10:00,calf\n" + bad + "0:20:00,foot\n" : good + bad;
        var path = _files.Text("overflow.cramps." + kind, text);
        var log = CrampLogReader.Load(path);
        Assert.NotEmpty(log.Entries);
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(kind == "csv" ? 3 : 2, warning.Line);
        Assert.Null(warning.Position);
        Assert.Contains("1000 hours", warning.Message, StringComparison.Ordinal);
        var run = _files.Fit("run.fit");
        var (code, _, err) = HostileFiles.Tool("analyze", run, "--cramps", path);
        Assert.Equal(0, code);
        // The path once, the line, no made-up position.
        var line = Assert.Single(err.Split('\n'), l => l.Contains("1000 hours", StringComparison.Ordinal));
        Assert.Equal(1, CountOf(line, path));
        Assert.Contains($"line {warning.Line}:", line, StringComparison.Ordinal);
        Assert.DoesNotContain("position", line, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    [Fact]
    public void A_json_cramp_log_with_bytes_that_are_not_utf8_is_refused_with_their_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("[{\"elapsed\": 600, \"muscle\": \"calfX\"}]");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xFF;
        var path = _files.Bytes("bad.cramps.json", bytes);
        var e = Assert.Throws<InputFormatException>(() => CrampLogReader.Load(path));
        Assert.Equal(at, e.ByteOffset);
        AssertCleanExit(HostileFiles.Tool("analyze", _files.Fit("run.fit"), "--cramps", path), code: 1);
    }

    [Fact]
    public void A_folder_with_one_poisoned_run_analyses_the_good_one_and_lists_the_other()
    {
        _files.Fit("folder/good.fit");
        _files.Bytes("folder/poisoned.fit", [.. FitActivityWriterBytes()[..40], .. new byte[200]]);
        var (code, output, err) = HostileFiles.Tool("analyze", Path.Combine(_files.Folder, "folder"), "--format", "html");
        Assert.Equal(0, code);
        Assert.Contains("good.fit", output, StringComparison.Ordinal);
        Assert.Contains("poisoned.fit", err, StringComparison.Ordinal);
    }

    private byte[] FitActivityWriterBytes() => File.ReadAllBytes(_files.Fit("source.fit"));

    [Fact]
    public void A_run_whose_processing_throws_is_a_failure_with_its_reason_and_the_batch_goes_on()
    {
        var good = _files.Fit("batch/good.fit");
        var bad = _files.Fit("batch/bad.fit");
        // Any exception, not only the documented ones, stays with its run.
        var report = CohortAnalyzer.AnalyzeMany([Path.Combine(_files.Folder, "batch")],
            cohort: new CohortOptions { CrampLogFor = p => p == bad ? throw new InvalidOperationException("boom") : null });
        var run = Assert.Single(report.Runs);
        Assert.Equal(good, run.Summary.FileName);
        var failure = Assert.Single(report.Failures);
        Assert.Equal(bad, failure.Path);
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weather_file_of_garbage_lines_keeps_a_hundred_warnings_and_a_count()
    {
        var sb = new StringBuilder("time,temperature_c,humidity_pct\n2024-06-01T10:00:00Z,20,50\n");
        for (var i = 0; i < 20_000; i++) sb.Append("garbage,").Append(i).Append(",x\n");
        var weather = WeatherSeries.Load(_files.Text("garbage.weather.csv", sb.ToString()));
        Assert.Single(weather.Observations);
        Assert.Equal(101, weather.Warnings.Length);
        Assert.Contains("19900 more", weather.Warnings[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weather_file_over_the_cap_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_files.Folder, "huge.weather.csv");
        using (var f = File.Create(path)) f.SetLength(WeatherCsvReader.MaxFileBytes + 1);
        var e = Assert.Throws<InputFormatException>(() => WeatherSeries.Load(path));
        Assert.Contains("more than", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cramp_log_header_of_100000_columns_is_one_warning()
    {
        var header = "time,muscle," + string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"c{i}"));
        var log = CrampLogReader.Load(_files.Text("wide.cramps.csv", header + "\n2024-06-01T10:00:00Z,calf\n"));
        Assert.Single(log.Entries);
        // The header line is far past the line cap, so only its first columns are read: still one warning, not one per column.
        var w = Assert.Single(log.Warnings);
        Assert.Contains("columns are not ones the reader knows", w.Message, StringComparison.Ordinal);
        Assert.True(w.Message.Length < 1000);
    }

    [Fact]
    public void A_dtd_is_refused_in_the_projects_words_not_the_frameworks_advice()
    {
        var path = _files.Gpx("dtd.gpx", t => t.Replace("<gpx ", "<!DOCTYPE gpx [<!ENTITY a \"b\">]>\n<gpx ", StringComparison.Ordinal));
        var e = Assert.Throws<InputFormatException>(() => ActivityFile.Load(path));
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_gzip_says_it_is_damaged_not_that_its_method_is_unsupported()
    {
        var fit = FitActivityWriterBytes();
        using var packed = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) gz.Write(fit);
        var bytes = packed.ToArray();
        for (var i = 20; i < 60; i++) bytes[i] ^= 0x5A;
        var e = Assert.Throws<InputFormatException>(() => ActivityFile.Load(_files.Bytes("bad.fit.gz", bytes)));
        Assert.Contains("damaged", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("unsupported compression method", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_creator_attribute_is_kept_only_in_part()
    {
        var path = _files.Gpx("creator.gpx", t => HostileFiles.Replace(t, "creator=\"[^\"]*\"", $"creator=\"{new string('x', 1_000_000)}\"", 0));
        var activity = ActivityFile.Load(path);
        Assert.InRange(activity.Device.Name!.Length, 1, 201);
        var (code, output, _) = HostileFiles.Tool("inspect", path);
        Assert.Equal(0, code);
        Assert.True(output.Length < 20_000, $"inspect printed {output.Length} characters");
    }

    [Fact]
    public void FitFile_Load_refuses_a_file_over_its_cap_before_reading_it()
    {
        var path = Path.Combine(_files.Folder, "huge.fit");
        using (var f = File.Create(path)) f.SetLength(FitFile.MaxFileBytes + 1);
        Assert.Throws<InputFormatException>(() => FitFile.Load(path));
    }
}
