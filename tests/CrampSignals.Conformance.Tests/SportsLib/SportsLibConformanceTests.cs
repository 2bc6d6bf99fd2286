using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Formats;
using CrampSignals.Runs;

namespace CrampSignals.Conformance.Tests.SportsLib;

/// <summary>
/// The sports-lib activities of the corpus (<c>sportslib/</c>): the values that project's own specs publish for them
/// (src/specs/activities-parsing.integration.spec.ts of sports-alliance/sports-lib), runs exported three ways telling one
/// story, swims, rides and a triathlon read as what they are, and damaged files giving warnings rather than nonsense.
/// </summary>
public class SportsLibConformanceTests
{
    private static RunReport Analyze(string folder, string file) =>
        CrampAnalyzer.Analyze(ActivityFile.Load(Corpus.PathOf(Path.Combine("sportslib", folder), file)));

    /// <summary>
    /// file, sport, distance (m), timer (s), elapsed (s), average and maximum heart rate (bpm; 0 where the spec gives none),
    /// as sports-lib's specs publish them (times given there as h:mm:ss).
    /// </summary>
    public static TheoryData<string, string, Sport, double, double, double, double, double> Published() => new()
    {
        { "fit", "runs-2067489619.fit", Sport.Running, 4489.39, 2820, 2824, 130, 179 },
        { "fit", "runs-6782987395.fit", Sport.Running, 14004.85, 4989, 4989, 137, 167 },
        { "fit", "runs-6909950168.fit", Sport.Running, 6458, 2161, 2196, 148, 161 },
        { "fit", "runs-6910052863.fit", Sport.Running, 8225, 9543, 9602, 164, 174 },
        { "fit", "runs-6914448270.fit", Sport.Running, 49897, 20419, 20419, 0, 0 },
        { "fit", "runs-6914538454.fit", Sport.Running, 4330, 1264, 1264, 0, 0 },
        { "fit", "runs-6916663933.fit", Sport.Running, 10743.64, 2922, 2922, 160, 173 },
        { "fit", "runs-6916728382.fit", Sport.Running, 21524.3, 9699, 9699, 131, 164 },
        { "fit", "runs-6860622783.fit", Sport.Running, 10630.37, 3098, 3764, 145, 177 },
        { "fit", "swim-6688025408.fit", Sport.Swimming, 2300, 3963, 3983, 126, 146 },
        { "fit", "swim-6021532030.fit", Sport.Swimming, 780, 1389, 1411, 0, 0 },
        { "fit", "swim-6860712481.fit", Sport.Swimming, 2000, 2847, 2983, 131, 157 },
        { "fit", "rides-3939576645.fit", Sport.Cycling, 42220.87, 7264, 7476, 155, 186 },
        { "tcx", "runs-6782987395.tcx", Sport.Running, 14004.85, 4989, 4989, 137, 167 },
        { "tcx", "runs-6860622783.tcx", Sport.Running, 10630.37, 3098, 3764, 145, 177 },
        { "tcx", "runs-6860622916.tcx", Sport.Running, 13973.09, 3737, 3737, 143, 168 },
        { "tcx", "runs-1604524853.tcx", Sport.Running, 6106.6, 4067, 4067, 158, 191 },
        { "tcx", "rides-6791039036.tcx", Sport.Cycling, 42220.87, 7264, 7476, 153, 186 },
        { "gpx", "runs-2067489619.gpx", Sport.Running, 4400, 2820, 2824, 134, 178 },
        { "gpx", "runs-6782987395.gpx", Sport.Running, 14170, 4989, 4989, 137, 167 },
        { "gpx", "swim-4623204522-1.gpx", Sport.Swimming, 3869, 3689, 3689, 74, 115 },
    };

    [CorpusTheory]
    [MemberData(nameof(Published))]
    public void The_watch_s_own_numbers_match_what_sports_lib_publishes(string folder, string file, Sport sport, double meters, double timer, double elapsed, double averageHr, double maxHr)
    {
        var s = Analyze(folder, file).Summary;
        Assert.Equal(sport, s.Sport);
        Assert.InRange(s.DistanceMeters!.Value, meters * 0.99, meters * 1.01);
        Assert.InRange(s.TimerTime!.Value.TotalSeconds, timer * 0.99 - 1, timer * 1.01 + 1);
        Assert.InRange(s.Duration!.Value.TotalSeconds, elapsed * 0.99 - 1, elapsed * 1.01 + 1);
        if (averageHr > 0) Assert.InRange(s.AverageHeartRateBpm!.Value, averageHr - 1, averageHr + 1);
        if (maxHr > 0) Assert.InRange(s.MaxHeartRateBpm!.Value, maxHr - 1, maxHr + 1);
    }

    [CorpusTheory]
    [InlineData("runs-6782987395", "fit", "gpx", "tcx")]
    [InlineData("runs-6860622783", "fit", "tcx")]
    [InlineData("runs-2067489619", "fit", "gpx")]
    public void A_run_exported_as_fit_gpx_and_tcx_tells_one_story(string stem, params string[] formats)
    {
        var reports = formats.Select(f => Analyze(f, $"{stem}.{f}").Summary).ToList();
        var fit = reports[0];
        foreach (var other in reports.Skip(1))
        {
            Assert.Equal(Sport.Running, other.Sport);
            Assert.Equal(fit.StartUtc!.Value, other.StartUtc!.Value, TimeSpan.FromSeconds(2));
            // A GPX export holds positions only, and fewer of them: its path comes within 3 % of the watch's distance
            // (sports-lib reads 4400 m from runs-2067489619.gpx against the watch's 4489 m).
            Assert.InRange(other.DistanceMeters!.Value, fit.DistanceMeters!.Value * 0.97, fit.DistanceMeters.Value * 1.03);
            Assert.InRange(other.TimerTime!.Value.TotalSeconds, fit.TimerTime!.Value.TotalSeconds * 0.99, fit.TimerTime.Value.TotalSeconds * 1.01);
        }
    }

    [CorpusTheory]
    [InlineData("fit", "swim-6688025408.fit")]
    [InlineData("fit", "swim-6021532030.fit")]
    [InlineData("fit", "swim-6860712481.fit")]
    [InlineData("fit", "swim-7617306288.fit")]
    [InlineData("fit", "rides-3939576645.fit")]
    [InlineData("tcx", "rides-6791039036.tcx")]
    [InlineData("gpx", "rides-3939576645.gpx")]
    [InlineData("gpx", "swim-4623204522-1.gpx")]
    [InlineData("gpx", "swim-6090674952.gpx")]
    public void A_swim_or_a_ride_gets_no_running_findings_or_advice(string folder, string file)
    {
        var report = Analyze(folder, file);
        Assert.NotNull(report.Summary.NotARun);
        Assert.Empty(report.Signals.Findings);
        Assert.Empty(report.Advice);
        Assert.NotNull(report.Summary.TimerTime);
    }

    [CorpusFact]
    public void A_gpx_swim_that_names_no_sport_is_read_as_a_swim()
    {
        // No <type>, a track named "Test", no cadence: its file name says swim, and its pace (about 0.7 m/s on the move
        // for 56 min) alone would say it is no run.
        var report = Analyze("gpx", "swim-6090674952.gpx");
        Assert.Equal(Sport.Swimming, report.Summary.Sport);
        Assert.Equal(RunLegs.NotARun(Sport.Swimming), report.Summary.NotARun);
        Assert.Contains(report.Warnings, w => w.Contains("names no sport", StringComparison.Ordinal));
        var renamed = CrampAnalyzer.Analyze(ActivityFile.Load(new MemoryStream(File.ReadAllBytes(Corpus.PathOf(Path.Combine("sportslib", "gpx"), "swim-6090674952.gpx"))), "activity.gpx"));
        Assert.Equal(Sport.Other, renamed.Summary.Sport);
        Assert.NotNull(renamed.Summary.NotARun);
        Assert.Empty(renamed.Signals.Findings);
        Assert.Empty(renamed.Advice);
    }

    [CorpusFact]
    public void The_triathlon_is_read_as_its_legs_and_only_its_run_is_analysed()
    {
        var report = Analyze("fit", "triathlons-4623204522.fit");
        var sessions = report.Summary.Sessions;
        Assert.Equal([Sport.Swimming, Sport.Transition, Sport.Cycling, Sport.Transition, Sport.Running], sessions.Select(s => s.Sport));
        // sports-lib: swim 17:05:01, 3933.3 m, timer 1:01:29; ride 18:10:15, 180301.58 m, 4:47:29; run 22:57:45, 42563.91 m, 3:38:13 (elapsed 3:39:01).
        Assert.Equal(new DateTime(2018, 10, 13, 17, 5, 1, DateTimeKind.Utc), sessions[0].Start);
        Assert.Equal(3933.3, sessions[0].DistanceMeters, 1);
        Assert.InRange(sessions[0].TimerSeconds, 3688, 3690);
        Assert.Equal(new DateTime(2018, 10, 13, 18, 10, 15, DateTimeKind.Utc), sessions[2].Start);
        Assert.Equal(180301.58, sessions[2].DistanceMeters, 1);
        Assert.InRange(sessions[2].TimerSeconds, 17248, 17250);
        Assert.Equal(new DateTime(2018, 10, 13, 22, 57, 45, DateTimeKind.Utc), sessions[4].Start);

        var s = report.Summary;
        Assert.Null(s.NotARun);
        Assert.Equal(Sport.Running, s.Sport);
        Assert.Equal(sessions[4].Start, s.StartUtc);
        Assert.Equal(42563.91, s.DistanceMeters!.Value, 1);
        Assert.InRange(s.TimerTime!.Value.TotalSeconds, 13092, 13094);
        Assert.InRange(s.Duration!.Value.TotalSeconds, 13140, 13142);
        Assert.InRange(s.AverageHeartRateBpm!.Value, 141, 143);
        Assert.InRange(s.MaxHeartRateBpm!.Value, 150, 152);
        // Every finding lies inside the run leg.
        Assert.All(report.Signals.Findings, f => Assert.True(f.Start >= sessions[4].Start));
    }

    [CorpusFact]
    public void An_open_water_swim_that_opens_a_multisport_file_is_its_first_session()
    {
        var sessions = Analyze("fit", "swim-6788312639-1.fit").Summary.Sessions;
        Assert.Equal(Sport.Swimming, sessions[0].Sport);
        Assert.Equal(1505.03, sessions[0].DistanceMeters, 1);
        Assert.InRange(sessions[0].TimerSeconds, 1865, 1867);
    }

    [CorpusTheory]
    [InlineData("others-27-days-activity.fit")]
    [InlineData("others-31-days-activity.fit")]
    [InlineData("others-broken-dates.fit")]
    [InlineData("others-inverted-times.fit")]
    [InlineData("others-empty-activities.fit")]
    public void A_damaged_file_gives_warnings_not_nonsense(string file)
    {
        var report = Analyze("fit", file);
        var s = report.Summary;
        Assert.NotEmpty(report.Warnings);
        Assert.True(s.StartUtc!.Value.Year >= 2000, $"started {s.StartUtc}");
        // No activity of these lasted a day; the files' broken clocks said up to 31 days.
        Assert.InRange(s.Duration!.Value.TotalHours, 0, 24);
        if (s.TimerTime is TimeSpan timer) Assert.True(timer <= s.Duration.Value + TimeSpan.FromSeconds(1), $"timer {timer} > elapsed {s.Duration}");
    }

    [CorpusFact]
    public void A_folder_of_mixed_sports_counts_only_its_runs()
    {
        var folder = Path.Combine(Corpus.RequireDirectory(), "sportslib", "fit");
        var cohort = CohortAnalyzer.AnalyzeMany([folder], cohort: new CohortOptions { MaxParallelism = 2 });
        var skipped = cohort.Skipped.ToDictionary(f => Path.GetFileName(f.Path), f => f.Message);
        foreach (var swim in new[] { "swim-6688025408.fit", "swim-6021532030.fit", "swim-6860712481.fit" })
            Assert.Contains("swimming", skipped[swim], StringComparison.Ordinal);
        Assert.Contains("cycling", skipped["rides-3939576645.fit"], StringComparison.Ordinal);
        Assert.DoesNotContain(cohort.Runs, r => r.Summary.Sport is Sport.Swimming or Sport.Cycling);
        Assert.Contains(cohort.Runs, r => Path.GetFileName(r.Summary.FileName) == "triathlons-4623204522.fit");
    }
}
