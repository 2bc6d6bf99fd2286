using CrampSignals.Advice;
using CrampSignals.Cramps;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Advice;

public class ArticleWordingTests
{
    /// <summary>Everything the rule book says, minus the section names, which quote the article's headings on purpose as a source reference.</summary>
    internal static string RuleBookText()
    {
        var parts = new List<string>();
        foreach (var rule in RuleBook.All)
        {
            parts.Add(rule.Title);
            parts.AddRange(rule.Actions);
            parts.Add(rule.Evidence);
            parts.AddRange(rule.Numbers.Select(n => n.What + " " + n.Metric));
        }
        parts.Add(Disclaimer.Text);
        return string.Join("\n", parts);
    }

    [Fact]
    public void The_matcher_finds_a_copied_sentence()
    {
        var article = ArticleText.Load();
        if (article is null) return;
        var copied = ArticleText.Sentences(article).First(s => ArticleText.Words(s).Length >= 12);
        Assert.NotEmpty(ArticleText.SharedRuns(article, "Some words first. " + copied));
    }

    [Fact]
    public void No_article_sentence_appears_in_the_rule_book()
    {
        var article = ArticleText.Load();
        if (article is null) return;
        var shared = ArticleText.SharedRuns(article, RuleBookText());
        Assert.True(shared.Count == 0, "Copied from the article: " + string.Join(" | ", shared));
    }

    [Fact]
    public void No_article_sentence_appears_in_generated_advice()
    {
        var article = ArticleText.Load();
        if (article is null) return;
        var report = new TestReports()
            .Finding(FindingKind.NoWarmUp, 0, 5, Severity.Low, (EvidenceNames.WarmUpSpeedPercentOfTypical, 101), (EvidenceNames.WarmUpMinutes, 5))
            .Finding(FindingKind.FastStart, 0, 15, Severity.Moderate, (EvidenceNames.FirstPartPace, 270), (EvidenceNames.RestPace, 290), (EvidenceNames.FirstPartDistanceKm, 3))
            .Finding(FindingKind.HeatExposure, 10, 90, Severity.High, (EvidenceNames.MeanTemperature, 27), (EvidenceNames.MinutesAboveThreshold, 80), (EvidenceNames.ThresholdTemperature, 24))
            .Finding(FindingKind.HotHours, 30, 95)
            .Finding(FindingKind.PaceSurge, 40, 43, Severity.High, (EvidenceNames.SpeedIncreasePercent, 16), (EvidenceNames.Speed, 4.1))
            .Finding(FindingKind.CadenceDrop, 70, 75, Severity.Moderate, (EvidenceNames.CadenceDropPercent, 7))
            .Finding(FindingKind.CardiacDrift, 45, 95, Severity.Moderate, (EvidenceNames.DecouplingPercent, 8))
            .Finding(FindingKind.NoCoolDown, 95, 95.1, Severity.Low, (EvidenceNames.SpeedBeforeStop, 3.4), (EvidenceNames.EaseDownSeconds, 5))
            .Cramp(72, Muscle.Calf, "still tight for days", false, FindingKind.PaceSurge, FindingKind.CadenceDrop)
            .Cramp(150, Muscle.Hamstring, null, true)
            .Build();
        var context = new AdviceContext { StartUtc = TestReports.Start, MovingMinutes = 95, DurationMinutes = 95, TypicalSpeedMetersPerSecond = 3.4, Latitude = 45, BodyMassBeforeKg = 70, BodyMassAfterKg = 68.8 };
        var advice = AdviceEngine.Advise(report, context);
        var text = string.Join("\n", advice.SelectMany(a => a.Actions.Prepend(a.Headline)));
        var shared = ArticleText.SharedRuns(article, text);
        Assert.True(shared.Count == 0, "Copied from the article: " + string.Join(" | ", shared));
    }

    [Fact]
    public void No_article_sentence_appears_in_the_advice_documentation()
    {
        var article = ArticleText.Load();
        if (article is null) return;
        var docs = File.ReadAllText(Path.Combine(ArticleText.RepositoryRoot(), "docs", "advice.md"));
        var shared = ArticleText.SharedRuns(article, docs);
        Assert.True(shared.Count == 0, "Copied from the article: " + string.Join(" | ", shared));
    }

    [Fact]
    public void Rule_sections_are_headings_of_the_article()
    {
        var article = ArticleText.Load();
        if (article is null) return;
        var lines = article.Split('\n').Select(l => l.Trim()).ToHashSet();
        foreach (var rule in RuleBook.All) Assert.Contains(rule.Section, lines);
    }
}
