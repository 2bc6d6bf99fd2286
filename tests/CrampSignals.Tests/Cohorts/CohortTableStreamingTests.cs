using CrampSignals.Cli.Cohorts;
using CrampSignals.Cohorts;

namespace CrampSignals.Tests.Cohorts;

// The map step hands each run's record on as it finishes and the tables are written from those: the same bytes as writing
// every record at the end, with the report keeping only what the statistics read.
[Trait("Category", "Slow")]
public class CohortTableStreamingTests
{
    private static readonly string[] Tables = [CohortTables.Runs, CohortTables.Findings, CohortTables.Cramps, CohortTables.CrampTraces];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Tables_written_as_runs_finish_are_the_bytes_of_tables_written_at_the_end(int workers)
    {
        using var cohort = TestCohort.Create(runners: 2, runsEach: 4);
        var options = new CohortOptions { MaxParallelism = workers };
        var whole = CohortAnalyzer.Map([cohort.Folder], options);
        var atEnd = cohort.NewFolder("at-end");
        CohortTables.Write(atEnd, whole.Records);
        var streamed = cohort.NewFolder("streamed");
        var report = CohortStudy.Run([cohort.Folder], options, streamed);
        Assert.True(whole.Cramps > 0 && whole.Records.Sum(r => r.Findings.Length) > 0, "the cohort has findings and cramps to write");
        foreach (var table in Tables)
            Assert.True(File.ReadAllBytes(Path.Combine(atEnd, table)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(streamed, table))), table);
        Assert.Empty(Directory.EnumerateFiles(streamed, "*.partial"));
        Assert.Equal(whole.ToJson(), report.ToJson());
    }

    [Fact]
    public void The_sink_gets_whole_records_in_file_order_and_the_report_keeps_them_without_their_text()
    {
        using var cohort = TestCohort.Create(runners: 2, runsEach: 3);
        var whole = CohortAnalyzer.Map([cohort.Folder], new CohortOptions { MaxParallelism = 2 });
        var handed = new List<CohortRunRecord>();
        var slim = CohortAnalyzer.Map([cohort.Folder], new CohortOptions { MaxParallelism = 2, RecordSink = handed.Add });
        Assert.Equal(whole.Records.Select(r => r.File), handed.Select(r => r.File));
        Assert.Equal(whole.Records.SelectMany(r => r.Findings.Select(f => f.Evidence + f.Summary)), handed.SelectMany(r => r.Findings.Select(f => f.Evidence + f.Summary)));
        Assert.Contains(handed.SelectMany(r => r.Findings), f => f.Summary.Length > 0 && f.Evidence.Length > 2);
        Assert.All(slim.Records.SelectMany(r => r.Findings), f => Assert.Equal(string.Empty, f.Evidence + f.Summary));
        Assert.Equal(whole.Records.SelectMany(r => r.Findings.Select(f => (f.Kind, f.StartSeconds, f.EndMovingSeconds))), slim.Records.SelectMany(r => r.Findings.Select(f => (f.Kind, f.StartSeconds, f.EndMovingSeconds))));
        Assert.Equal(whole.ToJson(), slim.ToJson());
    }

    [Fact]
    public async Task The_reduce_reads_the_tables_without_the_findings_text_and_gets_the_same_statistics()
    {
        using var cohort = TestCohort.Create(runners: 2, runsEach: 3);
        var folder = cohort.NewFolder("tables");
        var live = CohortStudy.Run([cohort.Folder], null, folder);
        var (whole, _) = await CohortTables.ReadAsync(folder);
        var (small, _) = await CohortTables.ReadAsync(folder, withText: false);
        Assert.Contains(whole.SelectMany(r => r.Findings), f => f.Summary.Length > 0 && f.Evidence.Length > 2);
        Assert.All(small.SelectMany(r => r.Findings), f => Assert.Equal(string.Empty, f.Evidence + f.Summary));
        Assert.Equal(whole.SelectMany(r => r.Findings.Select(f => (f.File, f.Kind, f.StartSeconds, f.EndMovingSeconds))), small.SelectMany(r => r.Findings.Select(f => (f.File, f.Kind, f.StartSeconds, f.EndMovingSeconds))));
        Assert.Equal(live.ToJson(), CohortStudy.Reduce([folder]).ToJson());
        // Each run's many trace and finding rows name its file: read back, they share one string per run of equal values.
        var traces = await TableReader.ReadAsync(Path.Combine(folder, CohortTables.CrampTraces), ["file", "channel"]);
        var files = Enumerable.Range(0, traces.Rows).Select(i => traces.Text("file", i)).ToArray();
        Assert.True(files.Length > 41, $"{files.Length} trace rows");
        Assert.Equal(files.Distinct(StringComparer.Ordinal).Count(), files.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public async Task A_table_of_many_rows_is_written_group_by_group_and_reads_back_whole()
    {
        var folder = Directory.CreateTempSubdirectory("crampsignals-table-").FullName;
        try
        {
            var path = Path.Combine(folder, "rows.parquet");
            var rows = 2 * ParquetTableWriter<int>.GroupRows + 17;
            using (var writer = new ParquetTableWriter<int>(path, [TableColumn<int>.Integer("n", n => n), TableColumn<int>.Real("half", n => n / 2.0)]))
            {
                for (var i = 0; i < rows; i++) writer.Add(i);
                Assert.False(File.Exists(path), "the table takes its name only when it is complete");
                writer.Complete();
            }
            var table = await TableReader.ReadAsync(path, ["n", "half"]);
            Assert.Equal(rows, table.Rows);
            for (var i = 0; i < rows; i += 997)
            {
                Assert.Equal(i, table.Int("n", i));
                Assert.Equal(i / 2.0, table.Real("half", i, 0, double.MaxValue));
            }
            await using var reader = await Parquet.ParquetReader.CreateAsync(path);
            Assert.Equal(3, reader.RowGroupCount);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void A_table_that_cannot_be_written_is_named_in_a_clear_error_and_the_others_are_not_put_in_place()
    {
        // /dev/full takes the table's bytes and answers every write with "no space left on the device".
        if (!File.Exists("/dev/full")) return;
        using var cohort = TestCohort.Create(runners: 1, runsEach: 2);
        var folder = cohort.NewFolder("full");
        File.CreateSymbolicLink(Path.Combine(folder, CohortTables.Findings + ".partial"), "/dev/full");
        var (code, _, error) = CrampSignals.Tests.Cli.CliRunner.Run("cohort", cohort.Folder, "--out", folder, "--format", "json");
        Assert.Equal(CrampSignals.Cli.CliApp.InputError, code);
        Assert.Contains($"{Path.Combine(folder, CohortTables.Findings)}: the table could not be written", error);
        Assert.DoesNotContain("internal error", error);
        Assert.False(File.Exists(Path.Combine(folder, CohortTables.Findings)));
    }

    [Fact]
    public void A_write_that_stops_half_way_leaves_the_last_whole_table_and_no_part()
    {
        var folder = Directory.CreateTempSubdirectory("crampsignals-table-").FullName;
        try
        {
            var path = Path.Combine(folder, "rows.parquet");
            File.WriteAllText(path, "the last whole table");
            using (var writer = new ParquetTableWriter<int>(path, [TableColumn<int>.Integer("n", n => n)]))
                for (var i = 0; i < 10; i++) writer.Add(i);
            Assert.Equal("the last whole table", File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
