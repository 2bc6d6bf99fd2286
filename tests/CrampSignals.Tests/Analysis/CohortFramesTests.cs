using CrampSignals.Cohorts;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Tests.Advice;

namespace CrampSignals.Tests.Analysis;

public class CohortFramesTests
{
    [Fact]
    public void Frames_have_a_row_per_run_finding_and_cramp()
    {
        var a = CrampAnalyzer.Report(TestRun.Tempo.Activity(), TestRun.Tempo.Signals());
        var b = CrampAnalyzer.Report(TestRun.Tempo.Activity(), new TestReports().Finding(FindingKind.NoWarmUp, 0, 5).Build());
        var cohort = CohortStatistics.Summarize([a, b], []);

        var runs = CohortFrames.Runs(cohort);
        Assert.Equal(2, runs.Rows.Count);
        Assert.Equal(1, runs["cramps"][0]);
        Assert.Equal("immediate-care", runs["top_rule"][0]);
        Assert.Equal(60.0, (double)runs["duration_min"][1]!, 6);

        var findings = CohortFrames.Findings(cohort);
        Assert.Equal(5, findings.Rows.Count);
        Assert.Equal("cadence-drop", findings["kind"][3]);
        Assert.Equal(40.0, (double)findings["start_min"][3]!, 6);
        Assert.Equal(true, findings["preceded_cramp"][3]);   // cadence drop and heat came before the cramp
        Assert.Equal(false, findings["preceded_cramp"][1]);  // the surge did not

        var cramps = CohortFrames.Cramps(cohort);
        Assert.Equal(1, cramps.Rows.Count);
        Assert.Equal(46.0, (double)cramps["at_min"][0]!, 6);
        Assert.Equal("heat-exposure,cadence-drop", cramps["preceded_by"][0]);
        Assert.Equal(360.0, (double)cramps["nearest_lead_s"][0]!, 6);

        Assert.Equal(Enum.GetValues<FindingKind>().Length, CohortFrames.FindingStats(cohort).Rows.Count);
    }

    [Fact]
    public void Side_car_files_are_found_by_the_runs_stem()
    {
        var dir = Directory.CreateTempSubdirectory("crampsignals-sidecar-");
        try
        {
            var run = Path.Combine(dir.FullName, "long-run.fit.gz");
            File.WriteAllText(Path.Combine(dir.FullName, "long-run.cramps.json"), "[]");
            File.WriteAllText(Path.Combine(dir.FullName, "long-run.weather.csv"), "time,temperature_c\n");
            Assert.Equal("long-run", SideCarFiles.Stem(run));
            Assert.EndsWith("long-run.cramps.json", SideCarFiles.CrampLogPath(run));
            Assert.EndsWith("long-run.weather.csv", SideCarFiles.WeatherPath(run));
            Assert.Null(SideCarFiles.CrampLogPath(Path.Combine(dir.FullName, "other.gpx")));
        }
        finally { dir.Delete(recursive: true); }
    }
}
