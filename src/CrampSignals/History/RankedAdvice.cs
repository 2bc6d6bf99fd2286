using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.History;

/// <summary>
/// One of the article's prevention rules, ranked by the runner's own evidence: how often the finding it answers came with
/// their cramps against their other runs ("heat came in 9 of your 11 runs with cramps, and in 15 % of your other runs").
/// </summary>
/// <param name="RuleId">The rule (see <see cref="Advice.RuleBook"/>).</param>
/// <param name="Kind">The finding whose evidence ranks it.</param>
/// <param name="CrampRunsWith">Runs with a cramp that held the finding.</param>
/// <param name="CrampRuns">Runs with a cramp.</param>
/// <param name="OtherRunsWith">Runs without a cramp that held the finding.</param>
/// <param name="OtherRuns">Runs without a cramp.</param>
/// <param name="Estimate">The odds ratio adjusted for run length over the runner's runs, as in the history's associations.</param>
/// <param name="Evidence">The evidence in one sentence with the runner's own numbers.</param>
public sealed record RankedAdvice(string RuleId, FindingKind Kind, int CrampRunsWith, int CrampRuns, int OtherRunsWith, int OtherRuns, OddsRatioEstimate Estimate, string Evidence);
