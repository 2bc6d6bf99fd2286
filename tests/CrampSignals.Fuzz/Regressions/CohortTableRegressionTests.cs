using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrampSignals.Cli.Cohorts;
using CrampSignals.Cohorts;
using CrampSignals.Cohorts.Statistics;

namespace CrampSignals.Fuzz.Regressions;

/// <summary>
/// Result folders that once crashed, hung or swelled <c>cohort --from</c>, each made again from the tables the tool writes
/// for a generated cohort (<see cref="TableSeeds"/>) and the one edit that broke it.
/// </summary>
public sealed class CohortTableRegressionTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("crampsignals-tables-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>A result folder of the good tables, with <paramref name="name"/> replaced by <paramref name="bytes"/> when given.</summary>
    private string Folder(string folder, string? name = null, byte[]? bytes = null)
    {
        var path = Directory.CreateDirectory(Path.Combine(_dir.FullName, folder)).FullName;
        foreach (var (file, good) in TableSeeds.Good) File.WriteAllBytes(Path.Combine(path, file), good);
        if (name is not null) File.WriteAllBytes(Path.Combine(path, name), bytes!);
        return path;
    }

    private string Manifest(string folder, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(TableSeeds.Good[CohortManifest.FileName])!.AsObject();
        edit(json);
        return Folder(folder, CohortManifest.FileName, Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    private static (int Code, string Out, string Err) Reduce(params string[] folders) =>
        HostileFiles.Tool(["cohort", "--from", .. folders, "--format", "json"]);

    private static void AssertInputError((int Code, string Out, string Err) result, params string[] named)
    {
        Assert.Equal(1, result.Code);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
        foreach (var n in named) Assert.Contains(n, result.Err, StringComparison.Ordinal);
    }

    private static SeedFile Foreign(string variant) => TableSeeds.Foreign().Single(s => s.Name.StartsWith($"foreign-{variant}~", StringComparison.Ordinal));

    private string ForeignFolder(string variant)
    {
        var seed = Foreign(variant);
        return Folder(variant, TableSeeds.Target(seed.Name), seed.Bytes);
    }

    [Fact]
    public void The_good_tables_reduce_with_exit_0()
    {
        var (code, output, error) = Reduce(Folder("good"));
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(4, doc.RootElement.GetProperty("runs").GetInt32());
    }

    [Theory]
    [InlineData(CohortTables.Runs)]
    [InlineData(CohortTables.Findings)]
    [InlineData(CohortTables.Cramps)]
    [InlineData(CohortTables.CrampTraces)]
    public void A_truncated_table_is_one_line_naming_it(string table)
    {
        var good = TableSeeds.Good[table];
        AssertInputError(Reduce(Folder("cut", table, good[..(good.Length * 2 / 3)])), table);
    }

    [Fact]
    public void A_table_with_a_flipped_byte_in_every_position_of_its_footer_never_crashes_or_hangs()
    {
        // The footer (schema, row counts, offsets) is where one flip turned into exceptions of every type, or a hang.
        var good = TableSeeds.Good[CohortTables.Runs];
        var folder = Folder("flip");
        var footer = BitConverter.ToInt32(good, good.Length - 8);
        for (var at = good.Length - 8 - footer; at < good.Length - 8; at += 7)
        {
            var bad = (byte[])good.Clone();
            bad[at] ^= 0x40;
            File.WriteAllBytes(Path.Combine(folder, CohortTables.Runs), bad);
            var (code, _, error) = Reduce(folder);
            Assert.True(code is 0 or 1, $"byte {at}: exit {code}");
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            if (code == 1) Assert.Contains(CohortTables.Runs, error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("foreign-double-counts~runs.parquet", 1076)] // a footer string claiming 1.4 GB: Parquet.Net allocated it before reading
    [InlineData("tables~findings.parquet", 1489)] // a spliced footer on which Parquet.Net never returned
    [InlineData("tables~runs.parquet", 2007, "page")] // a page header claiming 1.4 GB, allocated before the page was read
    [InlineData("tables~runs.parquet", 3479)] // a schema name announced as a number, read by Parquet.Net as a 1.3 GB length
    [InlineData("foreign-missing-column~findings.parquet", 3709)] // bit flips in the footer on which Parquet.Net never returned
    public async Task Footers_that_once_allocated_gigabytes_or_hung_are_refused_unread(string seedName, int round, string where = "footer")
    {
        // The fuzz input again: the seed, its round, and the other table seeds it may be spliced with.
        var seeds = TableSeeds.All().ToList();
        var (bytes, _) = Mutator.Mutate(seeds.Single(s => s.Name == seedName), seeds, round);
        var table = TableSeeds.Target(seedName);
        var folder = Folder("footer", table, bytes);
        var result = await Task.Run(() => Reduce(folder)).WaitAsync(FuzzTargets.TableTimeout);
        AssertInputError(result, table, where);
    }

    [Fact]
    public void A_footer_string_of_a_gigabyte_is_refused_before_it_is_allocated()
    {
        // The one edit: created_by's length, the footer's last string, set to 1.4e9 (a 5-byte varint).
        var good = TableSeeds.Good[CohortTables.Cramps];
        var footer = BitConverter.ToInt32(good, good.Length - 8);
        var start = good.Length - 8 - footer;
        var text = Encoding.ASCII.GetBytes("Parquet.Net");
        var at = good.AsSpan(start, footer).LastIndexOf(text) + start;
        Assert.True(at > start);
        byte[] huge = [0x92, 0xC5, 0x8C, 0xB3, 0x05];
        var bad = good[..(at - 1)].Concat(huge).Concat(good[at..^8]).ToArray();
        bad = [.. bad, .. BitConverter.GetBytes(footer + huge.Length - 1), .. "PAR1"u8.ToArray()];
        var before = GC.GetTotalAllocatedBytes();
        AssertInputError(Reduce(Folder("huge-string", CohortTables.Cramps, bad)), CohortTables.Cramps, "footer");
        Assert.True(GC.GetTotalAllocatedBytes() - before < 500L << 20);
    }

    [Theory]
    [InlineData("shard", "1.5")]
    [InlineData("files", "1e20")]
    [InlineData("shards", "2147483647")]
    [InlineData("shard", "\"one\"")]
    [InlineData("failures", "null")]
    public void A_manifest_with_a_value_out_of_its_type_is_one_line_naming_it(string key, string value)
    {
        var folder = Manifest("manifest", m => m[key] = JsonNode.Parse(value));
        AssertInputError(Reduce(folder), CohortManifest.FileName);
    }

    [Fact]
    public void The_missing_shards_of_65536_are_one_short_line_of_ranges()
    {
        var folder = Manifest("one-of-many", m => { m["shard"] = 2; m["shards"] = 65536; });
        var (code, _, error) = Reduce(folder);
        Assert.Equal(0, code);
        var line = Assert.Single(error.Split('\n'), l => l.Contains("missing", StringComparison.Ordinal));
        Assert.Contains("shards 1, 3-65,536 of 65,536 are missing", line, StringComparison.Ordinal);
        Assert.True(line.Length < 300, line);
    }

    [Fact]
    public void Missing_shards_in_many_ranges_are_cut_after_twenty()
    {
        var line = Assert.Single(CohortStudy.MissingShards(Enumerable.Range(1, 100).Select(k => (k * 2, 1000))));
        Assert.Contains("shards 1, 3, 5,", line, StringComparison.Ordinal);
        Assert.Contains("more ranges", line, StringComparison.Ordinal);
        Assert.Contains("(900 in all)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("int64-counts")]
    [InlineData("double-counts")]
    [InlineData("extra-columns")]
    public void Tables_with_wider_types_or_more_columns_give_the_same_numbers(string variant)
    {
        var (_, good, _) = Reduce(Folder("good"));
        var (code, output, error) = Reduce(ForeignFolder(variant));
        Assert.True(code == 0, error);
        Assert.Equal(good, output);
    }

    [Fact]
    public void Float_ratios_and_int64_offsets_are_read()
    {
        var (code, _, error) = Reduce(ForeignFolder("float-ratios"));
        Assert.True(code == 0, error);
    }

    [Theory]
    [InlineData("infinite-elapsed", CohortTables.Cramps, "elapsed_s")]
    [InlineData("huge-elapsed", CohortTables.Cramps, "elapsed_s")]
    [InlineData("nonfinite-durations", CohortTables.Runs, "duration_s")]
    public void Values_out_of_range_leave_their_rows_out_with_one_warning(string variant, string table, string column)
    {
        var (code, output, error) = Reduce(ForeignFolder(variant));
        Assert.True(code == 0, error);
        var warning = Assert.Single(error.Split('\n'), l => l.Contains("left out", StringComparison.Ordinal));
        Assert.Contains(table, warning, StringComparison.Ordinal);
        Assert.Contains(column, warning, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
    }

    [Theory]
    [InlineData("string-times", CohortTables.Cramps, "time_utc")]
    [InlineData("missing-column", CohortTables.Findings, "start_s")]
    public void A_column_of_the_wrong_type_or_missing_is_one_line_naming_file_and_column(string variant, string table, string column)
    {
        AssertInputError(Reduce(ForeignFolder(variant)), table, column);
    }

    [Fact]
    public void The_same_shard_given_twice_is_read_once_with_a_warning()
    {
        var first = Manifest("shard-a", m => { m["shard"] = 1; m["shards"] = 2; m["failures"] = JsonNode.Parse("[{\"file\": \"x.fit\", \"reason\": \"x.fit: damaged\"}]"); });
        var copy = Path.Combine(_dir.FullName, "shard-a-copy");
        Directory.CreateDirectory(copy);
        foreach (var f in Directory.EnumerateFiles(first)) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        var (_, once, _) = Reduce(first);
        var (code, twice, error) = Reduce(first, copy, first);
        Assert.Equal(0, code);
        Assert.Contains("already read from", error, StringComparison.Ordinal);
        Assert.Contains("given twice", error, StringComparison.Ordinal);
        using var a = JsonDocument.Parse(once);
        using var b = JsonDocument.Parse(twice);
        Assert.Equal(a.RootElement.GetProperty("runs").GetInt32(), b.RootElement.GetProperty("runs").GetInt32());
        Assert.Equal(1, b.RootElement.GetProperty("failures").GetArrayLength());
        Assert.Equal(a.RootElement.GetProperty("duplicates").GetArrayLength(), b.RootElement.GetProperty("duplicates").GetArrayLength());
    }

    [Fact]
    public void Shards_made_with_different_runner_sources_are_refused()
    {
        var a = Manifest("by-folder", m => { m["shard"] = 1; m["shards"] = 2; });
        var b = Manifest("by-device", m => { m["shard"] = 2; m["shards"] = 2; m["runner_from"] = "device"; });
        AssertInputError(Reduce(a, b), "--runner-from device", "--runner-from folder");
    }

    [Fact]
    public void The_good_manifest_records_the_options_that_shape_the_rows()
    {
        var m = JsonNode.Parse(TableSeeds.Good[CohortManifest.FileName])!;
        Assert.Equal("folder", (string?)m["runner_from"]);
        Assert.Empty(m["include"]!.AsArray());
        Assert.Equal(CohortCrampRecord.TraceWindowSeconds, (int?)m["trace_window_s"]);
        Assert.Equal(16, ((string?)m["signal_options"])!.Length);
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e15)]
    [InlineData(double.NaN)]
    public void A_same_run_window_loop_is_bounded_by_the_runs_duration(double elapsed)
    {
        // Live rows never hold such a cramp; records handed to CohortAnalyzer.Reduce by any caller can.
        var row = new CohortRunRow("a.fit", "r", elapsed, 60, [], [CohortCrampRow.At(elapsed)]);
        var other = new CohortRunRow("b.fit", "r", 3600, 60, [], []);
        Assert.Empty(CaseCrossover.Windows([row, other], sameRun: true, Enum.GetValues<CrampSignals.Signals.FindingKind>()));
        Assert.Empty(CaseCrossover.Windows([row, other], sameRun: false, Enum.GetValues<CrampSignals.Signals.FindingKind>()));
    }
}
