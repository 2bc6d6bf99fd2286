using System.Collections.Immutable;
using System.Globalization;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.History;

/// <summary>
/// The article's rules ranked by the runner's own evidence: a rule answering a finding that came with many of their cramps
/// and few of their other runs comes first, however general the rule.
/// </summary>
internal static class AdviceRanking
{
    /// <summary>Each rule answering a finding that came before at least one cramp, once, on its strongest finding, strongest evidence first.</summary>
    public static ImmutableArray<RankedAdvice> Rank(IReadOnlyList<HistoryRun> runs, CohortStatisticsResult statistics)
    {
        var crampRuns = runs.Count(r => r.HasCramps);
        var otherRuns = runs.Count - crampRuns;
        var ranked = new List<RankedAdvice>();
        foreach (var kind in Enum.GetValues<FindingKind>())
        {
            var with = runs.Count(r => r.HasCramps && r.FindingsBeforeCramp.Contains(kind));
            if (with == 0) continue;
            var othersWith = runs.Count(r => !r.HasCramps && r.FindingsBeforeCramp.Contains(kind));
            var rules = FindingRules.For(kind);
            if (rules.IsDefaultOrEmpty) continue;
            var association = statistics.Associations.FirstOrDefault(a => a.Kind == kind);
            var estimate = association is null ? OddsRatioEstimate.None("none", "no association computed")
                : association.Adjusted.HasEstimate ? association.Adjusted : association.Crude;
            ranked.Add(new RankedAdvice(rules[0], kind, with, crampRuns, othersWith, otherRuns, estimate, Evidence(kind, with, crampRuns, othersWith, otherRuns, estimate)));
        }
        // Evidence first: the interval's low end (what the data rule out), then how much more often it came with cramps.
        // A rule answering several findings (drinking answers heat and cardiac drift) is listed once, on its strongest.
        return [.. ranked
            .OrderByDescending(r => r.Estimate.Ci95Low ?? 0)
            .ThenByDescending(r => Share(r.CrampRunsWith, r.CrampRuns) - Share(r.OtherRunsWith, r.OtherRuns))
            .ThenBy(r => r.Kind)
            .DistinctBy(r => r.RuleId)];
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : part / (double)whole;

    private static string Evidence(FindingKind kind, int with, int crampRuns, int othersWith, int otherRuns, OddsRatioEstimate estimate)
    {
        var inv = CultureInfo.InvariantCulture;
        var what = char.ToUpperInvariant(kind.ToId()[0]) + kind.ToId()[1..].Replace('-', ' ');
        var others = otherRuns == 0 ? "you have no runs without a cramp to compare" : string.Format(inv, "and in {0:0} % of your other runs", 100.0 * othersWith / otherRuns);
        var odds = estimate is { OddsRatio: double or, Ci95Low: double lo, Ci95High: double hi }
            ? string.Format(inv, " (odds ratio {0:0.0}, 95 % interval {1:0.0} to {2:0.0})", or, lo, hi) : "";
        return $"{what} came before the cramp in {with} of your {crampRuns} runs with cramps, {others}{odds}.";
    }
}
