using CrampSignals.Cohorts;
using CrampSignals.Formats.Fit;
using CrampSignals.Runs;
using CrampSignals.Simulation;

using CrampSignals.Formats;
namespace CrampSignals.Tests.Analysis;

public class CrampAnalyzerTests
{
    [Fact]
    public void A_simulated_hot_long_run_with_a_cramp_gets_care_first_and_heat_advice()
    {
        var run = RunSimulator.Simulate("hot-long-run", 3);
        var report = CrampAnalyzer.Analyze(run.Activity, run.Cramps, new AnalysisOptions { Weather = run.Weather });
        Assert.NotEmpty(report.Signals.Cramps);
        Assert.Equal("immediate-care", report.Advice[0].RuleId);
        Assert.Contains(report.Advice, a => a.RuleId == "hydrate");
        Assert.Equal(CrampSignals.Advice.Disclaimer.Text, report.Disclaimer);
        foreach (var item in report.Advice)
            Assert.All(item.Why, w => Assert.True(w.IsFinding ? w.Index < report.Signals.Findings.Length : w.Index < report.Signals.Cramps.Length));
    }

    [Fact]
    public void Weather_sets_the_temperature_the_advice_quotes_over_the_watch_sensor()
    {
        // The test run's watch sensor reads 22-30 °C (mean 26); the weather says 31 °C all along.
        var start = CrampSignals.Tests.Advice.TestReports.Start;
        var weather = new CrampSignals.Weather.WeatherSeries([new(start.AddHours(-1), 31, 40, 1), new(start.AddHours(2), 31, 40, 1)]);
        var signals = new CrampSignals.Tests.Advice.TestReports().Finding(CrampSignals.Signals.FindingKind.LongRunHydration, 0, 60).Build();
        var withWeather = CrampAnalyzer.Report(TestRun.Tempo.Activity(), signals, null, new AnalysisOptions { Weather = weather });
        var without = CrampAnalyzer.Report(TestRun.Tempo.Activity(), signals);
        Assert.Contains("run at 31 °C", withWeather.Advice.Single(a => a.RuleId == "hydrate").Headline);
        Assert.Contains("run at 26 °C", without.Advice.Single(a => a.RuleId == "hydrate").Headline);
    }

    [Fact]
    public void Body_masses_must_come_in_pairs()
    {
        var run = RunSimulator.Simulate("easy-cool", 1);
        Assert.Throws<ArgumentException>(() => CrampAnalyzer.Analyze(run.Activity, null, new AnalysisOptions { BodyMassBeforeKg = 70 }));
        Assert.Throws<ArgumentException>(() => CrampAnalyzer.Analyze(run.Activity, null, new AnalysisOptions { BodyMassBeforeKg = 70, BodyMassAfterKg = 7000 }));
    }

    [Fact]
    public void A_folder_is_read_in_parallel_and_a_bad_file_is_listed_not_fatal()
    {
        var dir = Directory.CreateTempSubdirectory("crampsignals-cohort-");
        try
        {
            var sub = Directory.CreateDirectory(Path.Combine(dir.FullName, "week2"));
            File.WriteAllBytes(Path.Combine(dir.FullName, "a.fit"), FitActivityWriter.ToBytes(RunSimulator.Simulate("surges", 1).Activity));
            File.WriteAllBytes(Path.Combine(sub.FullName, "b.fit"), FitActivityWriter.ToBytes(RunSimulator.Simulate("easy-cool", 2).Activity));
            File.WriteAllText(Path.Combine(dir.FullName, "broken.gpx"), "this is not a track");
            File.WriteAllText(Path.Combine(dir.FullName, "notes.txt"), "ignored: not an activity file");
            var seen = new List<AnalysisProgress>();
            var cohort = CohortAnalyzer.AnalyzeMany([dir.FullName], progress: new SyncProgress(seen));

            Assert.Equal(2, cohort.Runs.Length);
            var failure = Assert.Single(cohort.Failures);
            Assert.EndsWith("broken.gpx", failure.Path);
            Assert.Contains("broken.gpx", failure.Message);
            Assert.Equal(3, seen.Count);
            Assert.Equal(3, seen.Max(p => p.Done));
            Assert.All(cohort.Runs, r => Assert.Equal(0, r.Activity.Samples.Count)); // samples dropped unless asked for
            Assert.Equal(Enum.GetValues<CrampSignals.Signals.FindingKind>().Length, cohort.Findings.Length);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_shared_log_gives_each_cramp_to_its_own_run_and_counts_runs_with_cramps()
    {
        var hot = RunSimulator.Simulate("hot-long-run", 11);
        var easy = RunSimulator.Simulate("easy-cool", 12);
        var cohort = CohortAnalyzer.AnalyzeMany([easy.Activity, hot.Activity], hot.Cramps);
        Assert.Equal(2, cohort.Runs.Length);
        Assert.Empty(cohort.Runs[0].Signals.Cramps);
        Assert.Equal(hot.Cramps.Entries.Length, cohort.Runs[1].Signals.Cramps.Length);
        Assert.Equal(1, cohort.RunsWithCramps);
        Assert.Equal(hot.Cramps.Entries.Length, cohort.Cramps);
        Assert.Equal(hot.Activity.Samples.Count, cohort.Runs[1].Activity.Samples.Count); // in-memory runs keep samples
    }

    [Fact]
    public void File_finder_expands_folders_recursively_and_keeps_unknown_paths()
    {
        var dir = Directory.CreateTempSubdirectory("crampsignals-find-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "x", "y"));
            foreach (var f in new[] { "b.FIT", "a.gpx", "x/c.tcx", "x/y/d.fit.gz", "x/readme.md" })
                File.WriteAllText(Path.Combine(dir.FullName, f), "");
            var found = ActivityFile.Find([dir.FullName, "missing.fit"]);
            var inside = found.Take(4).Select(p => Path.GetRelativePath(dir.FullName, p).Replace('\\', '/'));
            Assert.Equal(new[] { "a.gpx", "b.FIT", "x/c.tcx", "x/y/d.fit.gz" }, inside);
            Assert.Equal("missing.fit", found[4]);
            Assert.Equal(5, found.Count);
        }
        finally { dir.Delete(recursive: true); }
    }

    private sealed class SyncProgress(List<AnalysisProgress> seen) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) { lock (seen) seen.Add(value); }
    }
}
