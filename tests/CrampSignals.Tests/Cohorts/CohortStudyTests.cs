using CrampSignals.Cli.Cohorts;
using CrampSignals.Cohorts;

namespace CrampSignals.Tests.Cohorts;

// Simulates and studies cohorts of runs, several times over: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class CohortStudyTests
{
    [Fact]
    public void Runs_runners_twins_and_cramps_are_counted_from_runner_folders_with_one_log_each()
    {
        using var cohort = TestCohort.Create(runners: 3, runsEach: 4);
        var result = CohortStudy.Run([cohort.Folder]);
        Assert.Equal(cohort.Runs, result.Statistics!.Runs);
        Assert.Equal(3, result.Statistics!.Runners);
        Assert.Equal(cohort.Twins, result.Duplicates.Length);
        Assert.All(result.Duplicates, d => Assert.Equal(Path.ChangeExtension(d.Dropped, ".fit"), d.Kept));
        Assert.Equal(cohort.Cramps, result.Statistics!.Cramps);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Three_shards_reduced_give_exactly_the_numbers_of_one_unsharded_run()
    {
        using var cohort = TestCohort.Create(runners: 3, runsEach: 5, twinEvery: 2);
        var whole = CohortStudy.Run([cohort.Folder], outFolder: cohort.NewFolder("whole"));
        var shards = Enumerable.Range(1, 3).Select(k =>
        {
            var folder = cohort.NewFolder($"shard-{k}");
            CohortStudy.Run([cohort.Folder], new CohortOptions { Shard = k, Shards = 3 }, folder);
            return folder;
        }).ToList();
        var reduced = CohortStudy.Reduce(shards);
        Assert.Equal(whole.ToJson(), reduced.ToJson());
        Assert.True(whole.Statistics!.Cramps > 0);
        // Each shard holds only its own runs.
        var perShard = new List<int>();
        foreach (var s in shards) perShard.Add((await CohortTables.ReadAsync(s)).Runs.Count);
        Assert.Equal(whole.Statistics!.Runs, perShard.Sum());
        Assert.True(perShard.Count(n => n > 0) >= 2, "the runs spread over the shards");
    }

    [Fact]
    public async Task The_tables_hold_one_row_per_run_and_per_cramp_and_read_back_to_the_same_statistics()
    {
        using var cohort = TestCohort.Create(runners: 2, runsEach: 4);
        var folder = cohort.NewFolder("out");
        var live = CohortStudy.Run([cohort.Folder], null, folder, tracks: true);
        var runs = await TableReader.ReadAsync(Path.Combine(folder, CohortTables.Runs), ["file"]);
        var cramps = await TableReader.ReadAsync(Path.Combine(folder, CohortTables.Cramps), ["file"]);
        var findings = await TableReader.ReadAsync(Path.Combine(folder, CohortTables.Findings), ["file"]);
        var tracks = await TableReader.ReadAsync(Path.Combine(folder, CohortTables.Tracks), ["file"]);
        Assert.Equal(cohort.Runs, runs.Rows);
        Assert.Equal(cohort.Cramps, cramps.Rows);
        Assert.True(findings.Rows > cohort.Runs);
        Assert.True(tracks.Rows > 1000 * cohort.Runs, $"{tracks.Rows} track rows");
        Assert.Equal(live.ToJson(), CohortStudy.Reduce([folder]).ToJson());
    }

    [Fact]
    public void Twins_that_fell_into_different_result_folders_count_once_in_the_reduce()
    {
        using var cohort = TestCohort.Create(runners: 1, runsEach: 2, twinEvery: 1);
        var runner = Path.Combine(cohort.Folder, "runner-01");
        var fits = cohort.NewFolder("fits");
        var gpxs = cohort.NewFolder("gpxs");
        // The same runner's FIT files and GPX files analysed apart, as two machines would.
        var fitOnly = Directory.CreateDirectory(Path.Combine(cohort.NewFolder("a"), "runner-01")).FullName;
        var gpxOnly = Directory.CreateDirectory(Path.Combine(cohort.NewFolder("b"), "runner-01")).FullName;
        foreach (var f in Directory.EnumerateFiles(runner)) File.Copy(f, Path.Combine(f.EndsWith(".gpx", StringComparison.Ordinal) ? gpxOnly : fitOnly, Path.GetFileName(f)));
        CohortStudy.Run([Path.GetDirectoryName(fitOnly)!], outFolder: fits);
        CohortStudy.Run([Path.GetDirectoryName(gpxOnly)!], outFolder: gpxs);
        var reduced = CohortStudy.Reduce([fits, gpxs]);
        Assert.Equal(2, reduced.Statistics!.Runs);
        Assert.Equal(2, reduced.Duplicates.Length);
        Assert.All(reduced.Duplicates, d => Assert.EndsWith(".gpx", d.Dropped));
    }

    [Fact]
    public void A_bad_file_is_listed_with_its_reason_and_the_rest_go_on()
    {
        using var cohort = TestCohort.Create(runners: 1, runsEach: 2);
        File.WriteAllText(Path.Combine(cohort.Folder, "runner-01", "broken.fit"), "not a fit file at all");
        var result = CohortStudy.Run([cohort.Folder]);
        Assert.Equal(2, result.Statistics!.Runs);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("runner-01/broken.fit", failure.Path);
        Assert.Contains("broken.fit", failure.Message);
    }

    [Fact]
    public void Shard_hashes_are_stable_and_spread()
    {
        // FNV-1a of the relative path: fixed numbers, whatever the process or machine.
        Assert.Equal(CohortInputs.ShardOf("runner-01/run-01.fit", 3), CohortInputs.ShardOf("runner-01/run-01.fit", 3));
        var counts = new int[3];
        for (var i = 0; i < 300; i++) counts[CohortInputs.ShardOf($"runner-{i % 30:00}/run-{i:000}.fit", 3)]++;
        Assert.All(counts, c => Assert.InRange(c, 70, 130));
        Assert.Equal(0xaf63dc4c8601ec8cUL % 7, (ulong)CohortInputs.ShardOf("a", 7));
    }

    [Fact]
    public void Runners_from_the_device_serial_join_folders_recorded_on_one_watch()
    {
        using var cohort = TestCohort.Create(runners: 0, runsEach: 0);
        for (var r = 0; r < 3; r++)
        {
            var dir = Directory.CreateDirectory(Path.Combine(cohort.Folder, $"folder-{r}")).FullName;
            var run = CrampSignals.Simulation.RunSimulator.Simulate("easy-cool", 40 + r);
            var watch = run.Activity with { Device = run.Activity.Device with { SerialNumber = r < 2 ? 3_900_123_456 : 17 } };
            File.WriteAllBytes(Path.Combine(dir, "run.fit"), CrampSignals.Formats.Fit.FitActivityWriter.ToBytes(watch));
        }
        var byDevice = CohortStudy.Run([cohort.Folder], new CohortOptions { RunnerFrom = RunnerSource.Device });
        var byFolder = CohortStudy.Run([cohort.Folder]);
        Assert.Equal(2, byDevice.Statistics!.Runners);
        Assert.Equal(3, byFolder.Statistics!.Runners);
        Assert.Equal(3_900_123_456, CrampSignals.Formats.ActivityFile.Load(Path.Combine(cohort.Folder, "folder-0", "run.fit")).Device.SerialNumber);
    }
}
