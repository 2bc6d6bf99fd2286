using System.Text.Json;
using CrampSignals.Cli;
using CrampSignals.Cli.Commands;
using CrampSignals.Tests.Cohorts;

namespace CrampSignals.Tests.Cli;

public class CohortCommandTests
{
    [Theory]
    [InlineData("4/3")]
    [InlineData("0/3")]
    [InlineData("1-3")]
    [InlineData("a/b")]
    [InlineData("1/2147483647")]
    [InlineData("1/65537")]
    [InlineData("1/99999999999999999999")]
    [InlineData("1.5/2")]
    [InlineData("1/1e3")]
    [InlineData("+1/2")]
    [InlineData("1/2/3")]
    public void A_shard_outside_1_to_N_is_a_usage_error(string shard)
    {
        var (code, _, error) = CliRunner.Run("cohort", ".", "--shard", shard);
        Assert.Equal(2, code);
        Assert.Contains("--shard", error);
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("65536/65536", 65536, 65536)]
    [InlineData("007/10", 7, 10)]
    public void Shards_up_to_65536_are_accepted(string text, int shard, int shards) =>
        Assert.Equal((shard, shards), CohortCommand.ParseShard(text));

    [Fact]
    public void A_shard_error_says_what_is_wrong()
    {
        Assert.Contains("65,536", Assert.Throws<UsageException>(() => CohortCommand.ParseShard("1/2147483647")).Message);
        Assert.Contains("K must be 1 to N", Assert.Throws<UsageException>(() => CohortCommand.ParseShard("4/3")).Message);
        Assert.Contains("whole number", Assert.Throws<UsageException>(() => CohortCommand.ParseShard("1/x")).Message);
    }

    [Fact]
    public void An_out_folder_that_cannot_be_written_fails_before_the_work_naming_it()
    {
        using var cohort = TestCohort.Create(runners: 1, runsEach: 1);
        // A folder under a file cannot be made, whoever runs the test (root ignores permissions).
        var file = Path.Combine(cohort.NewFolder("blocker"), "a-file");
        File.WriteAllText(file, "");
        var outFolder = Path.Combine(file, "tables");
        var (code, output, error) = CliRunner.Run("cohort", cohort.Folder, "--out", outFolder);
        Assert.Equal(1, code);
        Assert.Contains(outFolder, error);
        Assert.Contains("cannot write", error);
        Assert.Equal("", output);
    }

    [Fact]
    public void Tracks_are_in_run_order_whatever_the_parallelism_and_a_stale_table_goes()
    {
        using var cohort = TestCohort.Create(runners: 2, runsEach: 2);
        var one = cohort.NewFolder("j1");
        var two = cohort.NewFolder("j2");
        Assert.Equal(0, CliRunner.Run("cohort", cohort.Folder, "--out", one, "--tracks", "-j", "1").ExitCode);
        Assert.Equal(0, CliRunner.Run("cohort", cohort.Folder, "--out", two, "--tracks", "-j", "2").ExitCode);
        var tracks = File.ReadAllBytes(Path.Combine(one, "tracks.parquet"));
        Assert.True(tracks.Length > 1000);
        Assert.Equal(tracks, File.ReadAllBytes(Path.Combine(two, "tracks.parquet")));
        Assert.False(Directory.Exists(Path.Combine(two, "tracks.parquet.parts")));

        Assert.Equal(0, CliRunner.Run("cohort", cohort.Folder, "--out", two, "-j", "2").ExitCode);
        Assert.False(File.Exists(Path.Combine(two, "tracks.parquet")));
        Assert.True(File.Exists(Path.Combine(two, "runs.parquet")));
    }

    [Fact]
    public void No_paths_and_no_from_is_a_usage_error_and_from_with_paths_too()
    {
        Assert.Equal(2, CliRunner.Run("cohort").ExitCode);
        Assert.Equal(2, CliRunner.Run("cohort", ".", "--from", ".").ExitCode);
        Assert.Equal(2, CliRunner.Run("cohort", ".", "--tracks").ExitCode);
    }

    [Fact]
    public void A_missing_result_folder_is_an_input_error_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}");
        var (code, _, error) = CliRunner.Run("cohort", "--from", missing);
        Assert.Equal(1, code);
        Assert.Contains(missing, error);
    }

    [Fact]
    public void Map_with_out_then_reduce_with_from_print_the_same_json()
    {
        using var cohort = TestCohort.Create(runners: 2, runsEach: 3);
        var tables = cohort.NewFolder("tables");
        var (code, map, error) = CliRunner.Run("cohort", cohort.Folder, "--out", tables, "--format", "json", "--parallel", "2");
        Assert.True(code == 0, error);
        using (var doc = JsonDocument.Parse(map))
        {
            Assert.Equal(cohort.Runs, doc.RootElement.GetProperty("runs").GetInt32());
            Assert.Equal(2, doc.RootElement.GetProperty("runners").GetInt32());
            Assert.Equal(cohort.Twins, doc.RootElement.GetProperty("duplicates").GetArrayLength());
        }
        Assert.True(File.Exists(Path.Combine(tables, "runs.parquet")));
        var (reduceCode, reduce, _) = CliRunner.Run("cohort", "--from", tables, "--format", "json");
        Assert.Equal(0, reduceCode);
        Assert.Equal(map, reduce);
    }

    [Fact]
    public void Runners_from_files_makes_every_run_its_own_runner()
    {
        using var cohort = TestCohort.Create(runners: 2, runsEach: 2);
        var (code, output, _) = CliRunner.Run("cohort", cohort.Folder, "--runner-from", "file", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(4, doc.RootElement.GetProperty("runners").GetInt32());
    }
}
