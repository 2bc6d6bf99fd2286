using System.Text.Json;
using CrampSignals.Tests.Cohorts;

namespace CrampSignals.Tests.Cli;

public class CohortCommandTests
{
    [Theory]
    [InlineData("4/3")]
    [InlineData("0/3")]
    [InlineData("1-3")]
    [InlineData("a/b")]
    public void A_shard_outside_1_to_N_is_a_usage_error(string shard)
    {
        var (code, _, error) = CliRunner.Run("cohort", ".", "--shard", shard);
        Assert.Equal(2, code);
        Assert.Contains("--shard", error);
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
