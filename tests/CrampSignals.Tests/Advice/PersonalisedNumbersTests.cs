using CrampSignals.Advice;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Advice;

public class PersonalisedNumbersTests
{
    [Theory]
    [InlineData(95, 5, 6)]   // 95/20 = 4.75 -> 5; 95/15 = 6.33 -> 6
    [InlineData(60, 3, 4)]
    [InlineData(150, 8, 10)] // 7.5 -> 8; 10
    [InlineData(10, 1, 1)]   // 0.5 -> 1; 0.67 -> 1
    [InlineData(5, 0, 0)]
    public void Drinks_during_a_run_are_one_per_15_to_20_minutes(double minutes, int low, int high)
    {
        var plan = FluidPlan.For(minutes);
        Assert.Equal((low, high), (plan.DrinksLow, plan.DrinksHigh));
        Assert.Equal(low * 4, plan.DuringOuncesLow);
        Assert.Equal(high * 6, plan.DuringOuncesHigh);
    }

    [Fact]
    public void Mass_loss_sets_the_water_to_drink_afterwards()
    {
        var plan = FluidPlan.For(95, 70.0, 68.8);
        Assert.Equal(1.2, plan.MassLossKg!.Value, 6);
        // 1.2 kg = 2.6455 lb; x 20 oz = 52.91 oz; x 29.5735 ml = 1564.8 ml.
        Assert.Equal(1564.8, plan.ReplaceAfterMillilitersAtLeast!.Value, 0);
        Assert.Equal(1.714, plan.MassLossPercent(70)!.Value, 3);
        Assert.Null(FluidPlan.For(95, 70, 70.3).ReplaceAfterMillilitersAtLeast);
        Assert.Null(FluidPlan.For(95).MassLossKg);
    }

    [Fact]
    public void Hydration_headline_carries_the_runs_length_temperature_and_amounts()
    {
        var report = new TestReports().Finding(FindingKind.HeatExposure, 5, 90, Severity.High, (EvidenceNames.MeanTemperature, 27.2)).Build();
        var context = new AdviceContext { StartUtc = TestReports.Start, MovingMinutes = 95, BodyMassBeforeKg = 70, BodyMassAfterKg = 68.8 };
        var hydrate = AdviceEngine.Advise(report, context).Single(a => a.RuleId == "hydrate");
        Assert.Contains("95-minute run at 27 °C", hydrate.Headline);
        Assert.Contains("5-6 drinks of 120-180 ml (4-6 oz)", hydrate.Headline);
        Assert.Contains("120-240 ml (4-8 oz) before", hydrate.Headline);
        Assert.Contains(hydrate.Actions, a => a.Contains("590-1060 ml (20-36 oz)"));
        Assert.Contains(hydrate.Actions, a => a.Contains("1.56 L (53 oz)") && a.Contains("1.2 kg"));
        // The rule book's own steps follow too: millilitres first in metric.
        Assert.Contains(hydrate.Actions, a => a.Contains("about 120-240 ml (4-8 oz)"));
        Assert.DoesNotContain(hydrate.Actions, a => a.Contains("oz (about"));
    }

    [Fact]
    public void Imperial_advice_puts_ounces_first_and_speaks_fahrenheit_and_miles()
    {
        var report = new TestReports().Finding(FindingKind.HeatExposure, 5, 90, Severity.High, (EvidenceNames.MeanTemperature, 27.2))
            .Finding(FindingKind.FastStart, 0, 14, Severity.Moderate, (EvidenceNames.FirstPartPace, 270), (EvidenceNames.RestPace, 290), (EvidenceNames.FirstPartDistanceKm, 3)).Build();
        var context = new AdviceContext { StartUtc = TestReports.Start, MovingMinutes = 95, BodyMassBeforeKg = 70, BodyMassAfterKg = 68.8, Units = UnitSystem.Imperial };
        var advice = AdviceEngine.Advise(report, context);
        var hydrate = advice.Single(a => a.RuleId == "hydrate");
        Assert.Contains("95-minute run at 81 °F", hydrate.Headline); // 27.2 °C
        Assert.Contains("5-6 drinks of 4-6 oz (120-180 ml)", hydrate.Headline);
        Assert.Contains(hydrate.Actions, a => a.Contains("4-8 oz (about 120-240 ml)"));
        Assert.Contains(hydrate.Actions, a => a.Contains("53 oz (1.56 L)") && a.Contains("2.6 lb (1.2 kg)"));
        var pace = advice.Single(a => a.RuleId == "pace-yourself");
        // 270 and 290 s/km are 7:15 and 7:47 per mile; 20 s/km is 32 s/mi.
        Assert.Contains("7:15/mi", pace.Headline);
        Assert.Contains("7:47/mi", pace.Headline);
        Assert.Contains(pace.Actions, a => a.Contains("32 s/mi slower") && a.Contains("1.9 mi"));
    }

    [Fact]
    public void Fast_start_advice_says_how_much_slower_the_first_kilometres_should_be()
    {
        var report = new TestReports().Finding(FindingKind.FastStart, 0, 14, Severity.Moderate,
            (EvidenceNames.FirstPartPace, 270), (EvidenceNames.RestPace, 290), (EvidenceNames.FirstPartDistanceKm, 3), (EvidenceNames.PositiveSplitPercent, 6.9)).Build();
        var advice = AdviceEngine.Advise(report, new AdviceContext { StartUtc = TestReports.Start });
        var pace = advice.Single(a => a.RuleId == "pace-yourself");
        Assert.Contains("4:30/km", pace.Headline);
        Assert.Contains("4:50/km", pace.Headline);
        Assert.Contains(pace.Actions, a => a.Contains("20 s/km slower") && a.Contains("60 s in all"));
        Assert.Contains("4:50/km", advice.Single(a => a.RuleId == "race-pace-training").Headline);
    }

    [Fact]
    public void Warm_up_advice_gives_a_slower_pace_from_the_typical_speed()
    {
        var report = new TestReports().Finding(FindingKind.NoWarmUp, 0, 5, Severity.Low,
            (EvidenceNames.WarmUpSpeedPercentOfTypical, 102), (EvidenceNames.WarmUpMinutes, 5)).Build();
        // Typical 3.5 m/s = 4:46/km; the warm-up at 88 % (3.08 m/s) = 5:25/km and at 80 % (2.8 m/s) = 5:57/km; 102 % = 4:40/km.
        var warm = AdviceEngine.Advise(report, new AdviceContext { TypicalSpeedMetersPerSecond = 3.5 }).Single();
        Assert.Contains("4:40/km", warm.Headline);
        Assert.Contains("4:46/km", warm.Headline);
        Assert.Contains("5:25/km to 5:57/km", warm.Headline);
    }

    [Fact]
    public void Midday_heat_advice_uses_the_local_offset_and_season()
    {
        var report = new TestReports().LocalTime(TimeSpan.FromHours(2), LocalTimeSource.File)
            .Finding(FindingKind.HotHours, 0, 60, Severity.Moderate, (EvidenceNames.MinutesInHotHours, 60)).Build();
        var context = new AdviceContext { StartUtc = TestReports.Start, DurationMinutes = 60, Latitude = 48 };
        var heat = AdviceEngine.Advise(report, context).Single(a => a.RuleId == "avoid-midday-heat");
        // Start 09:30 UTC + 2 h = 11:30 local, in July, northern hemisphere.
        Assert.Contains("from 11:30 to 12:30 local time in July (northern summer)", heat.Headline);
        Assert.Contains(heat.Actions, a => a.Contains("08:00-14:00 UTC"));

        var south = AdviceEngine.Advise(report, context with { Latitude = -33 }).Single(a => a.RuleId == "avoid-midday-heat");
        Assert.Contains("outside the southern warm season", south.Headline);
    }
}
