using CrampSignals.Advice;

namespace CrampSignals.Tests.Advice;

public class RuleBookTests
{
    [Fact]
    public void Rule_ids_are_exactly_the_nine_rules()
    {
        string[] expected =
        [
            "immediate-care", "see-a-doctor", "warm-up", "pace-yourself", "cool-down",
            "hydrate", "avoid-midday-heat", "replace-electrolytes", "race-pace-training",
        ];
        Assert.Equal(expected.Order(), RuleBook.All.Select(r => r.Id).Order());
        Assert.Equal(RuleBook.All.Length, RuleBook.All.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void Every_rule_has_a_title_a_section_actions_and_an_evidence_note()
    {
        foreach (var rule in RuleBook.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Id);
            Assert.Contains(rule.Section, new[] { RuleBook.SectionSoothe, RuleBook.SectionWarmUpCoolDown, RuleBook.SectionElectrolytes, RuleBook.SectionRacing });
            Assert.NotEmpty(rule.Actions);
            Assert.True(rule.Evidence.Length > 80, $"{rule.Id}: the evidence note is too thin");
        }
    }

    [Fact]
    public void Hydration_numbers_match_the_source_with_metric_equivalents()
    {
        var numbers = RuleBook.Get("hydrate").Numbers;
        Assert.Contains(numbers, n => n is { Low: 4, High: 8, Unit: "oz", Metric: "120-240 ml" });
        Assert.Contains(numbers, n => n is { Low: 4, High: 6, Unit: "oz", Metric: "120-180 ml" });
        Assert.Contains(numbers, n => n is { Low: 15, High: 20, Unit: "min" });
        Assert.Contains(numbers, n => n is { Low: 20, Unit: "oz/lb" });
        // 4 oz and 8 oz in ml at 29.5735 ml/oz, to the nearest 10 ml.
        Assert.Equal(120, Units.RoundMilliliters(Units.OuncesToMilliliters(4)));
        Assert.Equal(240, Units.RoundMilliliters(Units.OuncesToMilliliters(8)));
        Assert.Equal(180, Units.RoundMilliliters(Units.OuncesToMilliliters(6)));
        // 20 oz per lb: 20 * 29.5735 / 0.45359237 = 1303.97 ml per kg.
        Assert.Equal(1303.97, Units.MillilitersPerKilogram(20), 2);
    }

    [Fact]
    public void Midday_heat_rule_gives_ten_to_sixteen_hours()
    {
        var n = Assert.Single(RuleBook.Get("avoid-midday-heat").Numbers);
        Assert.Equal((10.0, 16.0), (n.Low, n.High));
        Assert.Contains(RuleBook.Get("warm-up").Numbers, x => x is { Low: 5, Unit: "min" });
    }

    [Fact]
    public void Evidence_notes_are_honest_about_weak_rules()
    {
        Assert.Equal(EvidenceStrength.Moderate, RuleBook.Get("pace-yourself").Strength);
        Assert.NotEqual(EvidenceStrength.Moderate, RuleBook.Get("replace-electrolytes").Strength);
        Assert.NotEqual(EvidenceStrength.Moderate, RuleBook.Get("hydrate").Strength);
        Assert.Contains("not", RuleBook.Get("hydrate").Evidence);
        Assert.Throws<KeyNotFoundException>(() => RuleBook.Get("stretch-daily"));
    }
}
