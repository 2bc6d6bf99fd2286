using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.History;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Signals;

namespace CrampSignals.Tests.History;

public class HistoryAnalyzerTests
{
    private static Activity Run(int day, int seconds = 3600, double speed = 3.0, Sport sport = Sport.Running, int seed = 1) => new TestRun
    {
        Start = new DateTime(2024, 6, day, 6, 0, 0, DateTimeKind.Utc),
        Seconds = seconds,
        Speed = _ => speed,
        Seed = seed,
        Sport = sport,
    }.Build();

    private static TestExport Export() => new TestExport()
        .Add("11", "Run", Run(1), "fit.gz", "Morning run", "calf cramp at km 6, had to walk")
        .Add("12", "Trail Run", Run(2, seed: 2), "gpx", "Trail", "no cramps today")
        .Add("13", "Run", Run(3, seed: 3), "tcx.gz", "Tempo", "Krampf in der Wade bei km 3")
        .Add("14", "Ride", Run(4, speed: 8, sport: Sport.Cycling, seed: 4), "fit.gz", "Ride")
        .Add("15", "Walk", Run(5, speed: 1.4, sport: Sport.Walking, seed: 5), "gpx", "Walk")
        .Add("16", "Workout", null, null, "Gym")
        .Add("17", "Run", Run(7, seed: 7), "fit.gz", "Race day", "crampe au mollet après l'arrivée", workoutType: "1")
        .Done();

    [Fact]
    public void Every_run_is_counted_and_every_other_activity_is_skipped_with_its_sport()
    {
        using var export = Export();
        var h = HistoryAnalyzer.Analyze([export.Folder]);
        Assert.Equal(["11", "12", "13", "17"], h.Runs.Select(r => r.Id));
        Assert.Equal(7, h.Activities);
        var skipped = h.Skipped.ToDictionary(s => s.Id);
        Assert.Equal(Sport.Cycling, skipped["14"].Sport);
        Assert.Equal(Sport.Walking, skipped["15"].Sport);
        Assert.Contains("--include walking", skipped["15"].Reason);
        Assert.Null(skipped["16"].File);
        Assert.Contains("manual entry", skipped["16"].Reason);
        Assert.Empty(h.Failures);
    }

    [Fact]
    public void Walks_count_when_included()
    {
        using var export = Export();
        var h = HistoryAnalyzer.Analyze([export.Folder], new HistoryOptions { Analysis = AnalysisOptions.Default with { Include = new HashSet<Sport> { Sport.Walking } } });
        Assert.Contains(h.Runs, r => r.Id == "15" && r.Sport == Sport.Walking);
    }

    [Fact]
    public void The_zip_and_the_unpacked_folder_give_the_same_history()
    {
        using var export = Export();
        var folder = ReportJsonWriter.ToHistoryJson(HistoryAnalyzer.Analyze([export.Folder]));
        var zip = ReportJsonWriter.ToHistoryJson(HistoryAnalyzer.Analyze([export.Zip]));
        Assert.Equal(folder, zip);
    }

    [Fact]
    public void Cramps_are_read_from_the_words_with_their_source_and_placed_on_the_runs_own_distance()
    {
        using var export = Export();
        var h = HistoryAnalyzer.Analyze([export.Folder]);
        var runs = h.Runs.ToDictionary(r => r.Id);
        var calf = Assert.Single(runs["11"].Cramps);
        Assert.Equal(CrampSource.Description, calf.Source);
        Assert.Equal(Muscle.Calf, calf.Muscle);
        Assert.Equal("calf cramp at km 6, had to walk", calf.Text);
        // 3 m/s: km 6 is reached after 2,000 s; the noise of the test run moves it by seconds, not minutes.
        Assert.InRange(calf.ElapsedSeconds!.Value, 2000 - 60, 2000 + 60);
        Assert.Empty(runs["12"].Cramps);
        var german = Assert.Single(runs["13"].Cramps);
        Assert.Equal("de", german.Language);
        Assert.InRange(german.ElapsedSeconds!.Value, 1000 - 60, 1000 + 60);
        var after = Assert.Single(runs["17"].Cramps);
        Assert.True(after.AfterRun);
        Assert.Null(after.TimeUtc);
        Assert.True(runs["17"].Race);
        Assert.Equal(3, h.RunsWithCramps);
        Assert.Equal(3, h.Records.Sum(r => r.CrampCount));
    }

    [Fact]
    public void A_whitespace_led_tcx_as_strava_serves_it_is_read()
    {
        using var export = Export();
        var h = HistoryAnalyzer.Analyze([export.Folder]);
        var tcx = h.Runs.Single(r => r.Id == "13");
        Assert.Equal("activities/13.tcx.gz", tcx.File);
        Assert.InRange(tcx.DistanceMeters!.Value, 10_000, 11_500);
    }

    [Fact]
    public void A_run_listed_but_missing_from_the_export_is_a_failure_naming_it()
    {
        using var export = Export();
        File.Delete(Path.Combine(export.Folder, "activities", "12.gpx"));
        var h = HistoryAnalyzer.Analyze([export.Folder]);
        var failure = Assert.Single(h.Failures);
        Assert.Contains("12", failure.Message);
        Assert.Equal(h.Activities, h.Runs.Length + h.Skipped.Length + h.Failures.Length + h.Duplicates.Length);
    }

    [Fact]
    public void The_same_run_in_two_exports_counts_once_and_keeps_the_words_that_tell_of_its_cramp()
    {
        using var export = Export();
        var plain = Path.Combine(export.Root, "watch");
        Directory.CreateDirectory(plain);
        File.WriteAllBytes(Path.Combine(plain, "same.fit"), TestExport.Fit(Run(1)));
        var h = HistoryAnalyzer.Analyze([plain, export.Folder]);
        var kept = Assert.Single(h.Runs, r => r.StartUtc == new DateTime(2024, 6, 1, 6, 0, 0, DateTimeKind.Utc));
        Assert.Equal("11", kept.Id);
        Assert.Single(kept.Cramps);
        var twin = Assert.Single(h.Duplicates);
        Assert.Contains("same.fit", twin.Dropped);
    }

    [Fact]
    public void Activities_before_since_are_listed_as_skipped()
    {
        using var export = Export();
        var h = HistoryAnalyzer.Analyze([export.Folder], new HistoryOptions { Since = new DateTime(2024, 6, 3, 0, 0, 0, DateTimeKind.Utc) });
        Assert.DoesNotContain(h.Runs, r => r.Id is "11" or "12");
        Assert.Contains(h.Skipped, s => s.Id == "11" && s.Reason.Contains("--since"));
    }

    [Fact]
    public void Runs_with_cramps_reach_the_sink_with_their_samples_and_privacy_hides_route_ends()
    {
        using var export = Export();
        var seen = new List<(HistoryRun Run, RunReport Report)>();
        HistoryAnalyzer.Analyze([export.Folder], new HistoryOptions { CrampRunSink = (r, report) => seen.Add((r, report)), PrivacyRadiusMeters = 500 });
        Assert.Equal(["11", "13", "17"], seen.Select(s => s.Run.Id).Order());
        var samples = seen.Single(s => s.Run.Id == "11").Report.Activity.Samples;
        Assert.True(samples.Count > 1000);
        Assert.True(double.IsNaN(samples.Latitude[0]), "the start is hidden");
        Assert.True(double.IsNaN(samples.Latitude[samples.Count - 1]), "the end is hidden");
        Assert.False(double.IsNaN(samples.Latitude[samples.Count / 2]), "the middle stays");
    }
}

public class HistoryCrampLogTests
{
    [Fact]
    public void A_cramps_csv_in_the_export_and_the_given_log_reach_the_runs_they_fall_in()
    {
        var run = new TestRun { Start = new DateTime(2024, 6, 2, 6, 0, 0, DateTimeKind.Utc), Seconds = 3600 }.Build();
        using var export = new TestExport().Add("21", "Run", run, "fit.gz", "Easy").Done();
        File.WriteAllText(Path.Combine(export.Folder, "cramps.csv"), "time,muscle,note\n2024-06-02T06:30:00Z,hamstring,left it late\n2025-01-01T06:30:00Z,calf,in no run\n");
        var h = HistoryAnalyzer.Analyze([export.Folder]);
        var cramp = Assert.Single(Assert.Single(h.Runs).Cramps);
        Assert.Equal(CrampSignals.Cramps.CrampSource.Log, cramp.Source);
        Assert.Equal(1800, cramp.ElapsedSeconds!.Value, 1.0);
        Assert.Equal("left it late", cramp.Text);
        Assert.Contains(h.Warnings, w => w.Contains("falls in no run", StringComparison.Ordinal));
    }

    [Fact]
    public void The_exports_type_wins_over_a_sport_guessed_from_a_gpx_without_one()
    {
        // A GPX without a type, at a pace the reader alone would take for no run; the export says it was a run.
        var slow = new TestRun { Sport = Sport.Generic, Seconds = 1800, Speed = _ => 0.6, SpeedNoise = 0.02, Cadence = null, Start = new DateTime(2024, 6, 2, 6, 0, 0, DateTimeKind.Utc) }.Build();
        using var export = new TestExport().Add("31", "Run", slow, "gpx", "Recovery").Done();
        var h = HistoryAnalyzer.Analyze([export.Folder]);
        Assert.Empty(h.Skipped);
        Assert.Single(h.Runs);
    }
}

public class AdviceRankingTests
{
    [Fact]
    public void Each_rule_is_ranked_once_on_its_strongest_finding_and_the_evidence_quotes_the_runners_numbers()
    {
        var runs = new List<HistoryRun>();
        for (var i = 0; i < 40; i++)
        {
            var cramp = i < 10;
            var kinds = new List<FindingKind>();
            if (cramp ? i < 8 : i < 14) kinds.Add(FindingKind.HeatExposure);
            if (cramp ? i < 5 : i < 20) kinds.Add(FindingKind.CardiacDrift);
            runs.Add(new HistoryRun($"r{i}", $"r{i}.fit", new DateTime(2024, 1, 1).AddDays(i), Sport.Running, [.. kinds],
                cramp ? [new HistoryCramp(CrampSource.Title, "cramp", null, null, null, false)] : [])
            { FindingsBeforeCramp = [.. kinds] });
        }
        var records = runs.Select((r, i) => new CrampSignals.Cohorts.CohortRunRecord
        {
            Runner = HistoryReport.Runner, Folder = "", File = r.Id, Format = "fit", DurationSeconds = 3600, MovingSeconds = 3600,
            CrampCount = r.Cramps.Length,
            FindingCounts = [.. Enum.GetValues<FindingKind>().Select(k => r.FindingsBeforeCramp.Contains(k) ? 1 : 0)],
            Findings = [.. r.FindingsBeforeCramp.Select((k, n) => new CrampSignals.Cohorts.CohortFindingRecord(HistoryReport.Runner, r.Id, n, k, default, default, 0, 60, Severity.Moderate, "{}", ""))],
            Cramps = [.. r.Cramps.Select((c, n) => new CrampSignals.Cohorts.CohortCrampRecord { Runner = HistoryReport.Runner, File = r.Id, Index = n, ElapsedSeconds = double.NaN, DuringRun = true, LeadSeconds = [.. new double?[9]] })],
        }).ToList();
        var statistics = CrampSignals.Cohorts.CohortStatistics.Compute(records);
        var ranked = AdviceRanking.Rank(runs, statistics);
        var hydrate = Assert.Single(ranked, a => a.RuleId == ranked.First(r => r.Kind == FindingKind.HeatExposure).RuleId);
        Assert.Equal(FindingKind.HeatExposure, hydrate.Kind);
        Assert.Equal(8, hydrate.CrampRunsWith);
        Assert.Equal(4, hydrate.OtherRunsWith);
        Assert.Contains("8 of your 10 runs with cramps", hydrate.Evidence);
        Assert.Contains("13 % of your other runs", hydrate.Evidence);
        Assert.Equal(ranked.Length, ranked.Select(a => a.RuleId).Distinct().Count());
    }
}

public class HistoryUnitsTests
{
    [Theory]
    [InlineData(CrampSignals.Advice.UnitSystem.Metric, "23-28 °C")]
    [InlineData(CrampSignals.Advice.UnitSystem.Imperial, "73-82 °F")]
    public void Temperature_bands_read_in_the_reports_units(CrampSignals.Advice.UnitSystem units, string band)
    {
        var run = new HistoryRun("1", "1.fit", new DateTime(2024, 7, 1, 8, 0, 0, DateTimeKind.Utc), Sport.Running, [],
            [new HistoryCramp(CrampSource.Title, "cramp", null, null, null, false)]) { TemperatureCelsius = 25 };
        var other = run with { Id = "2", Cramps = [], TemperatureCelsius = 12 };
        var history = new HistoryReport
        {
            Runs = [run, other], Statistics = CrampSignals.Cohorts.CohortStatistics.Compute([]), Units = units,
            Patterns = HistoryPatterns.Of([run, other]),
        };
        Assert.Contains(band, ReportTextWriter.ToHistoryText(history));
        Assert.Contains(band, System.Net.WebUtility.HtmlDecode(HtmlReportWriter.ToHistoryHtml(history, null, units)));
    }
}

public class HistoryPatternTests
{
    [Fact]
    public void Pattern_groups_carry_q_values_over_the_whole_family_and_hot_runs_stand_out()
    {
        var runs = Enumerable.Range(0, 60).Select(i =>
        {
            var hot = i % 3 == 0;
            var cramp = hot ? i % 2 == 0 : i % 15 == 1;
            return new HistoryRun($"r{i}", $"r{i}.fit", new DateTime(2024, 1, 1, 7, 0, 0, DateTimeKind.Utc).AddDays(i * 6), Sport.Running, [],
                cramp ? [new HistoryCramp(CrampSource.Title, "cramp", null, null, null, false)] : [])
            { TemperatureCelsius = hot ? 30 : 12, MovingSeconds = 3000, LocalOffset = TimeSpan.Zero };
        }).ToList();
        var patterns = HistoryPatterns.Of(runs);
        var hot = patterns.Single(p => p.Dimension == "temperature" && p.Group == "28 °C and above");
        Assert.Equal(20, hot.Runs);
        Assert.Equal(10, hot.RunsWithCramps);
        Assert.True(hot.Estimate.Ci95Low > 1, $"{hot.Estimate.OddsRatio} ({hot.Estimate.Ci95Low}-{hot.Estimate.Ci95High})");
        var tested = patterns.Where(p => p.Estimate.PValue is not null).ToList();
        Assert.True(tested.Count >= 4);
        Assert.All(tested, p => Assert.True(p.Estimate.QValue >= p.Estimate.PValue - 1e-12, $"{p.Group}: q {p.Estimate.QValue} below p {p.Estimate.PValue}"));
        Assert.All(patterns.Where(p => p.Estimate.PValue is null), p => Assert.Null(p.Estimate.QValue));
    }
}
