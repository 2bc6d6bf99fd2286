using CrampSignals.Advice;
using CrampSignals.Cramps;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Advice;

public class AdviceEngineTests
{
    private static AdviceContext Context(double minutes = 95) => new()
    {
        StartUtc = TestReports.Start, MovingMinutes = minutes, DurationMinutes = minutes, TypicalSpeedMetersPerSecond = 3.5, Latitude = 48,
    };

    private static string[] Ids(IEnumerable<AdviceItem> advice) => [.. advice.Select(a => a.RuleId)];

    [Fact]
    public void A_run_without_findings_or_cramps_gets_no_advice()
    {
        Assert.Empty(AdviceEngine.Advise(new TestReports().Build(), Context()));
    }

    [Fact]
    public void Heat_calls_for_drinking_avoiding_midday_and_electrolytes()
    {
        var report = new TestReports().Finding(FindingKind.HeatExposure, 5, 90, Severity.High, (EvidenceNames.MeanTemperature, 29)).Build();
        var advice = AdviceEngine.Advise(report, Context());
        Assert.Equal(new[] { "avoid-midday-heat", "hydrate", "replace-electrolytes" }, Ids(advice).Order());
        Assert.All(advice, a => Assert.Equal("finding:0", Assert.Single(a.Why).Reference));
        Assert.All(advice, a => Assert.Equal("heat-exposure", a.Why[0].Kind));
    }

    [Fact]
    public void Fast_start_and_surges_call_for_pacing_and_race_pace_training()
    {
        var report = new TestReports()
            .Finding(FindingKind.FastStart, 0, 15)
            .Finding(FindingKind.PaceSurge, 40, 42, Severity.High, (EvidenceNames.SpeedIncreasePercent, 18))
            .Build();
        var advice = AdviceEngine.Advise(report, Context());
        Assert.Equal(new[] { "pace-yourself", "race-pace-training" }, Ids(advice).Order());
        Assert.All(advice, a => Assert.Equal(new[] { "finding:0", "finding:1" }, a.Why.Select(w => w.Reference)));
    }

    [Fact]
    public void Missing_warm_up_and_abrupt_stop_get_their_own_rules()
    {
        var report = new TestReports()
            .Finding(FindingKind.NoWarmUp, 0, 5, Severity.Low)
            .Finding(FindingKind.NoCoolDown, 60, 60.1, Severity.Low)
            .Build();
        var advice = AdviceEngine.Advise(report, Context(60));
        Assert.Equal(new[] { "cool-down", "warm-up" }, Ids(advice).Order());
        Assert.Equal("no-warm-up", advice.Single(a => a.RuleId == "warm-up").Why.Single().Kind);
        Assert.Equal("no-cool-down", advice.Single(a => a.RuleId == "cool-down").Why.Single().Kind);
    }

    [Fact]
    public void Cadence_drop_is_answered_by_pacing_and_training_not_fluids()
    {
        var report = new TestReports().Finding(FindingKind.CadenceDrop, 50, 55).Build();
        Assert.Equal(new[] { "pace-yourself", "race-pace-training" }, Ids(AdviceEngine.Advise(report, Context())).Order());
    }

    [Fact]
    public void Logged_cramps_put_immediate_care_first()
    {
        var report = new TestReports()
            .Finding(FindingKind.HeatExposure, 5, 90, Severity.High)
            .Finding(FindingKind.PaceSurge, 60, 62, Severity.High)
            .Cramp(70, Muscle.Calf, null, false, FindingKind.PaceSurge)
            .Build();
        var advice = AdviceEngine.Advise(report, Context());
        Assert.Equal("immediate-care", advice[0].RuleId);
        Assert.Equal("cramp:0", Assert.Single(advice[0].Why).Reference);
        Assert.Equal(Enumerable.Range(1, advice.Length), advice.Select(a => a.Rank));
    }

    [Fact]
    public void Rules_whose_findings_preceded_the_cramp_rank_above_the_rest()
    {
        // The heat finding is more severe, but only the surge came before the cramp.
        var report = new TestReports()
            .Finding(FindingKind.HeatExposure, 5, 90, Severity.High)
            .Finding(FindingKind.PaceSurge, 60, 62, Severity.Low)
            .Cramp(70, Muscle.Calf, null, false, FindingKind.PaceSurge)
            .Build();
        var advice = AdviceEngine.Advise(report, Context());
        var ids = Ids(advice).ToList();
        Assert.True(ids.IndexOf("pace-yourself") < ids.IndexOf("hydrate"), string.Join(",", ids));
        Assert.Equal(1.0, advice.Single(a => a.RuleId == "pace-yourself").CrampShare);
        Assert.Equal(0.0, advice.Single(a => a.RuleId == "hydrate").CrampShare);
    }

    [Fact]
    public void Every_item_traces_to_an_existing_finding_or_cramp()
    {
        var report = new TestReports()
            .Finding(FindingKind.NoWarmUp, 0, 5).Finding(FindingKind.FastStart, 0, 15).Finding(FindingKind.HeatExposure, 5, 90)
            .Finding(FindingKind.HotHours, 20, 95).Finding(FindingKind.CadenceDrop, 70, 75).Finding(FindingKind.PaceSurge, 40, 43)
            .Finding(FindingKind.LongRunHydration, 0, 95).Finding(FindingKind.CardiacDrift, 40, 95).Finding(FindingKind.NoCoolDown, 95, 95.1)
            .Cramp(72, Muscle.Calf, null, false, FindingKind.CadenceDrop).Cramp(130, Muscle.Quadriceps, "still sore next day", true)
            .Build();
        var advice = AdviceEngine.Advise(report, Context());
        Assert.Equal(RuleBook.Ids.Order(), Ids(advice).Order());
        foreach (var item in advice)
        {
            Assert.NotEmpty(item.Why);
            foreach (var why in item.Why)
            {
                if (why.IsFinding)
                {
                    var finding = report.Findings[why.Index];
                    Assert.Equal(finding.Kind.ToId(), why.Kind);
                    Assert.Contains(item.RuleId, FindingRules.For(finding.Kind));
                }
                else
                {
                    Assert.True(why.IsCramp, why.Reference);
                    Assert.InRange(why.Index, 0, report.Cramps.Length - 1);
                    Assert.Equal("cramp", why.Kind);
                }
            }
        }
    }

    [Theory]
    [InlineData("calf still tight for days", true)]
    [InlineData("Still sore the next morning", true)]
    [InlineData("went away after a minute", false)]
    [InlineData(null, false)]
    public void Lasting_tightness_in_a_note_calls_for_a_doctor(string? note, bool expected)
    {
        var report = new TestReports().Cramp(30, Muscle.Calf, note).Build();
        var advice = AdviceEngine.Advise(report, Context());
        Assert.Equal(expected, advice.Any(a => a.RuleId == "see-a-doctor"));
        if (expected)
        {
            Assert.Equal("see-a-doctor", advice[1].RuleId);
            Assert.Equal("cramp:0", advice[1].Why.Single().Reference);
        }
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(7, true)]
    public void Cramps_over_several_runs_call_for_a_doctor(int runsWithCramps, bool expected)
    {
        var report = new TestReports().Cramp(30).Build();
        var advice = AdviceEngine.Advise(report, Context() with { RunsWithCramps = runsWithCramps });
        Assert.Equal(expected, advice.Any(a => a.RuleId == "see-a-doctor"));
    }

    [Fact]
    public void A_history_of_cramps_alone_does_not_advise_without_a_cramp_in_this_run()
    {
        var advice = AdviceEngine.Advise(new TestReports().Build(), Context() with { RunsWithCramps = 9 });
        Assert.Empty(advice);
    }

    [Fact]
    public void A_cramp_after_the_run_points_to_recovery()
    {
        var report = new TestReports().Cramp(180, Muscle.Hamstring, null, afterRun: true).Build();
        var advice = AdviceEngine.Advise(report, Context());
        Assert.Equal(new[] { "cool-down", "hydrate", "immediate-care" }, Ids(advice).Order());
        Assert.Contains("hamstring", advice.Single(a => a.RuleId == "immediate-care").Actions[0], StringComparison.OrdinalIgnoreCase);
    }
}
