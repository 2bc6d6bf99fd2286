using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Runs;
using CrampSignals.Simulation;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Analysis;

public class TwinRunsTests
{
    private static readonly DateTime Start = new(2026, 7, 4, 6, 30, 0, DateTimeKind.Utc);

    private static RunIdentity Run(string file, ActivityFormat format, double startOffsetSeconds, double minutes, string runner = "r1") =>
        new(runner, file, format, Start.AddSeconds(startOffsetSeconds), TimeSpan.FromMinutes(minutes));

    [Fact]
    public void The_fit_is_kept_over_the_tcx_and_the_gpx_of_the_same_run()
    {
        var (kept, dropped) = TwinRuns.Find([Run("a.gpx", ActivityFormat.Gpx, 0, 60), Run("a.tcx", ActivityFormat.Tcx, 20, 60.5), Run("a.fit", ActivityFormat.Fit, 40, 59.8)]);
        Assert.Equal([2], kept);
        Assert.Equal([new DuplicateRun("a.fit", "a.gpx"), new DuplicateRun("a.fit", "a.tcx")], dropped);
    }

    [Fact]
    public void Without_a_fit_the_tcx_is_kept_over_the_gpx()
    {
        var (kept, dropped) = TwinRuns.Find([Run("a.gpx", ActivityFormat.Gpx, 0, 60), Run("a.tcx", ActivityFormat.Tcx, 5, 60)]);
        Assert.Equal([1], kept);
        Assert.Equal("a.gpx", Assert.Single(dropped).Dropped);
    }

    [Theory]
    [InlineData(61, 60, "a start 61 s later is another run")]
    [InlineData(0, 61.5, "durations 2.4 % apart are another run")]
    public void Runs_outside_the_tolerances_are_both_counted(double startOffset, double minutes, string why)
    {
        var (kept, dropped) = TwinRuns.Find([Run("a.fit", ActivityFormat.Fit, 0, 60), Run("b.gpx", ActivityFormat.Gpx, startOffset, minutes)]);
        Assert.True(kept.Count == 2, why);
        Assert.Empty(dropped);
    }

    [Fact]
    public void Runs_at_the_edges_of_the_tolerances_are_twins()
    {
        var (kept, _) = TwinRuns.Find([Run("a.fit", ActivityFormat.Fit, 0, 60), Run("b.gpx", ActivityFormat.Gpx, 60, 61.2)]);
        Assert.Equal([0], kept);
    }

    [Fact]
    public void A_ride_and_a_run_starting_together_are_not_twins_but_a_file_naming_no_sport_pairs_with_either()
    {
        var ride = new RunIdentity("r1", "a-ride.fit", ActivityFormat.Fit, Start, TimeSpan.FromMinutes(60), Sport.Cycling);
        var run = new RunIdentity("r1", "b-run.fit", ActivityFormat.Fit, Start.AddSeconds(10), TimeSpan.FromMinutes(60), Sport.Running);
        Assert.Equal([0, 1], TwinRuns.Find([ride, run]).Kept);
        var gpx = new RunIdentity("r1", "b-run.gpx", ActivityFormat.Gpx, Start.AddSeconds(10), TimeSpan.FromMinutes(60));
        var (kept, dropped) = TwinRuns.Find([run, gpx]);
        Assert.Equal([0], kept);
        Assert.Equal(new DuplicateRun("b-run.fit", "b-run.gpx"), Assert.Single(dropped));
    }

    [Fact]
    public void In_a_folder_a_ride_recorded_alongside_a_run_does_not_hide_the_run()
    {
        var dir = Directory.CreateTempSubdirectory("twin-sport-").FullName;
        try
        {
            // Same start and length; "a-ride" sorts first, so as twins the ride would be kept and the run dropped.
            File.WriteAllBytes(Path.Combine(dir, "a-ride.fit"), FitActivityWriter.ToBytes(new TestRun { Seconds = 1800, Start = Start, Sport = Sport.Cycling, Speed = _ => 8, Cadence = _ => 85 }.Build()));
            File.WriteAllBytes(Path.Combine(dir, "b-run.fit"), FitActivityWriter.ToBytes(new TestRun { Seconds = 1800, Start = Start }.Build()));
            var report = CohortAnalyzer.AnalyzeMany([dir], cohort: new CohortOptions { MaxParallelism = 1 });
            Assert.Empty(report.Duplicates);
            Assert.Equal("b-run.fit", Path.GetFileName(Assert.Single(report.Runs).Summary.FileName));
            Assert.Contains(report.Skipped, f => f.Path.EndsWith("a-ride.fit", StringComparison.Ordinal));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Two_runners_starting_together_are_not_twins_and_runs_without_a_start_never_are()
    {
        var (kept, _) = TwinRuns.Find([
            Run("r1/a.fit", ActivityFormat.Fit, 0, 60, "r1"), Run("r2/a.gpx", ActivityFormat.Gpx, 0, 60, "r2"),
            new("r1", "x.gpx", ActivityFormat.Gpx, null, TimeSpan.FromMinutes(60)), new("r1", "y.gpx", ActivityFormat.Gpx, null, TimeSpan.FromMinutes(60)),
        ]);
        Assert.Equal([0, 1, 2, 3], kept);
    }

    [Fact]
    public void A_folder_with_each_run_as_fit_and_gpx_counts_each_run_once()
    {
        var dir = Directory.CreateTempSubdirectory("crampsignals-twins-");
        try
        {
            foreach (var (scenario, seed) in new[] { ("surges", 1), ("hot-long-run", 2) })
            {
                var run = RunSimulator.Simulate(scenario, seed);
                File.WriteAllBytes(Path.Combine(dir.FullName, scenario + ".fit"), FitActivityWriter.ToBytes(run.Activity));
                using var gpx = File.Create(Path.Combine(dir.FullName, scenario + ".gpx"));
                GpxActivityWriter.Write(run.Activity, gpx);
            }
            var cohort = CohortAnalyzer.AnalyzeMany([dir.FullName]);
            Assert.Equal(2, cohort.Runs.Length);
            Assert.All(cohort.Runs, r => Assert.EndsWith(".fit", r.Summary.FileName));
            Assert.Equal(2, cohort.Duplicates.Length);
            Assert.All(cohort.Duplicates, d => Assert.Equal(Path.ChangeExtension(d.Kept, ".gpx"), d.Dropped));
        }
        finally { dir.Delete(recursive: true); }
    }
}
