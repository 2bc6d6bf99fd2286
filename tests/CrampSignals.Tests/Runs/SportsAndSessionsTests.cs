using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Formats;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Protocol;
using CrampSignals.Runs;
using CrampSignals.Tests.TestKit;
using CrampSignals.Text;

namespace CrampSignals.Tests.Runs;

/// <summary>Only runs are analysed as runs: swims and rides get their summary, a multisport file its running legs.</summary>
public class SportsAndSessionsTests
{
    private static readonly DateTime Start = new(2024, 3, 10, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_swim_gets_its_summary_and_no_findings_or_advice()
    {
        var swim = new TestRun { Sport = Sport.Swimming, Seconds = 1800, Speed = _ => 0.9, HeartRate = _ => 150 }.Build();
        var report = CrampAnalyzer.Analyze(swim);
        Assert.Empty(report.Signals.Findings);
        Assert.Empty(report.Advice);
        Assert.Empty(report.Signals.NotMeasured);
        Assert.Equal("a swimming activity, not a run", report.Summary.NotARun);
        Assert.Contains(report.Signals.Notes, n => n.Contains("swimming", StringComparison.Ordinal) && n.Contains("no running findings", StringComparison.Ordinal));
        Assert.Equal(Sport.Swimming, report.Summary.Sport);
        Assert.NotNull(report.Summary.DistanceMeters);
    }

    [Fact]
    public void A_walk_is_analysed_only_when_asked_for()
    {
        var walk = new TestRun { Sport = Sport.Walking, Seconds = 3600, Speed = _ => 1.4, Cadence = _ => 110 }.Build();
        Assert.NotNull(CrampAnalyzer.Analyze(walk).Summary.NotARun);
        var included = CrampAnalyzer.Analyze(walk, options: new AnalysisOptions { Include = new HashSet<Sport> { Sport.Walking } });
        Assert.Null(included.Summary.NotARun);
        Assert.NotEmpty(included.Signals.NotMeasured.Concat(included.Signals.Findings.Select(f => f.Summary)).Concat(included.Signals.Notes));
    }

    [Fact]
    public void A_multisport_file_is_analysed_on_its_running_leg_and_lists_every_session()
    {
        // A 30 min ride then a 40 min run, with the FIT reader's sessions.
        var both = TestRun.RideThenRun(Start, 1800, 1790, 2400, 2350, 151);
        var report = CrampAnalyzer.Analyze(both);
        Assert.Null(report.Summary.NotARun);
        Assert.Equal(Sport.Running, report.Summary.Sport);
        Assert.Equal(Start.AddSeconds(1800), report.Summary.StartUtc);
        Assert.Equal(7680, report.Summary.DistanceMeters);
        Assert.Equal(TimeSpan.FromSeconds(2350), report.Summary.TimerTime);
        Assert.Equal(TimeSpan.FromSeconds(2400), report.Summary.Duration);
        Assert.Equal(2, report.Summary.Sessions.Length);
        Assert.Equal(2400, report.Activity.Samples.Count);
        Assert.Contains(report.Signals.Notes, n => n.Contains("multisport", StringComparison.Ordinal));
    }

    [Fact]
    public void A_batch_lists_a_swim_as_skipped_and_never_counts_it()
    {
        var swim = new TestRun { Sport = Sport.Swimming, Seconds = 1200, Speed = _ => 0.9 }.Build() with { Source = new ActivitySourceInfo { FileName = "swim.fit", Format = ActivityFormat.Fit } };
        var run = new TestRun { Start = Start.AddDays(1), Seconds = 1800 }.Build() with { Source = new ActivitySourceInfo { FileName = "run.fit", Format = ActivityFormat.Fit } };
        var cohort = CohortAnalyzer.AnalyzeMany([swim, run]);
        Assert.Single(cohort.Runs);
        var skipped = Assert.Single(cohort.Skipped);
        Assert.Equal("swim.fit", skipped.Path);
        Assert.Contains("swimming", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gpx_timer_leaves_out_the_gaps_a_paused_watch_leaves()
    {
        // 20 min, a 10 min gap (auto-pause), 20 min.
        var run = new TestRun { Seconds = 3000, Skip = t => t is >= 1200 and < 1800 }.Build();
        var summary = CrampAnalyzer.Analyze(run).Summary;
        Assert.InRange(summary.TimerTime!.Value.TotalSeconds, 2395, 2401);
        Assert.InRange(summary.Duration!.Value.TotalSeconds, 2998, 3000);
    }

    [Fact]
    public void A_clock_jump_of_weeks_does_not_stretch_the_run()
    {
        var run = new TestRun { Seconds = 1200 }.Build();
        var b = new SampleTableBuilder();
        for (var i = 0; i < run.Samples.Count; i++)
            b.CopyRow(run.Samples, i, i < 5 ? run.Samples.UnixSeconds[i] - 27 * 86400 : null);
        var warnings = new List<ParseWarning>();
        var jumps = TimeJumps.Close(b, warnings.Add);
        var table = b.Build();
        Assert.Single(jumps);
        Assert.Single(warnings);
        Assert.InRange(table.UnixSeconds[^1] - table.FirstUnixSeconds, 1190, 1200);
        Assert.Equal(run.Samples.UnixSeconds[^1], table.UnixSeconds[^1]);
    }

    [Fact]
    public void Fit_times_below_0x10000000_give_no_date_and_the_run_is_still_analysed()
    {
        var run = new TestRun { Start = UnixTime.ToDateTime(FitTimestamps.EpochUnixSeconds + 5000), Seconds = 2400, HeartRate = _ => 150 }.Build();
        var read = ActivityFile.Load(new MemoryStream(FitActivityWriter.ToBytes(run)), "unset-clock.fit");
        Assert.Null(read.StartTime);
        Assert.Contains(read.Warnings, w => w.Message.Contains("clock was not set", StringComparison.Ordinal));
        var report = CrampAnalyzer.Analyze(read);
        Assert.Null(report.Summary.StartUtc);
        Assert.Null(report.Summary.NotARun);
        Assert.InRange(report.Summary.Duration!.Value.TotalSeconds, 2390, 2400);
    }

    [Fact]
    public void A_fit_file_that_is_not_an_activity_is_skipped_with_its_file_type()
    {
        var settings = new TestRun { Seconds = 60 }.Build() with { FitFileType = 2 };
        var (run, reason) = RunLegs.Select(settings, null);
        Assert.Null(run);
        Assert.Equal("a FIT settings file, not an activity", reason);
    }
}
