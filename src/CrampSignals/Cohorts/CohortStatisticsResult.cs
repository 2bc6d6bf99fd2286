using System.Collections.Immutable;
using CrampSignals.Signals;

namespace CrampSignals.Cohorts;

/// <summary>
/// An odds ratio with its 95 % interval and p-value, or no number and the reason (<see cref="OddsRatio"/> null,
/// <see cref="Note"/> says why): a statistic is never given where the data cannot support it.
/// </summary>
/// <param name="OddsRatio">The estimate; null when the data cannot give one.</param>
/// <param name="Ci95Low">Lower end of the 95 % interval; null with the estimate.</param>
/// <param name="Ci95High">Upper end of the 95 % interval; null with the estimate (or when unbounded).</param>
/// <param name="PValue">Two-sided p-value of the odds ratio being 1.</param>
/// <param name="Method">How it was computed, in words ("Woolf interval, Fisher's exact p").</param>
/// <param name="Note">Why there is no number, or what was done to get one (a zero cell corrected); null when nothing to say.</param>
public sealed record OddsRatioEstimate(double? OddsRatio, double? Ci95Low, double? Ci95High, double? PValue, string Method, string? Note)
{
    /// <summary>Benjamini-Hochberg q-value over every p-value the cohort statistics report (one family: run-level, time-to-event, case-crossover, after-run).</summary>
    public double? QValue { get; init; }

    /// <summary>What the estimate is adjusted for ("runner", "duration", the other kinds); empty for crude ones.</summary>
    public ImmutableArray<string> AdjustedFor { get; init; } = [];

    /// <summary>
    /// When the ratio runs to infinity (no finite estimate, <see cref="OddsRatio"/> null): the lower end of its 95 % interval,
    /// the most the data rule out (a profile-likelihood bound, or the exact Fisher bound of a 2×2 table); null otherwise.
    /// </summary>
    public double? BoundLower { get; init; }

    /// <summary>
    /// When the ratio runs to zero (no finite estimate, <see cref="OddsRatio"/> null): the upper end of its 95 % interval
    /// (a profile-likelihood bound, or the exact Fisher bound of a 2×2 table); null otherwise.
    /// </summary>
    public double? BoundUpper { get; init; }

    /// <summary>True when there is a number.</summary>
    public bool HasEstimate => OddsRatio is not null;

    internal static OddsRatioEstimate None(string method, string why) => new(null, null, null, null, method, why);
}

/// <summary>How one finding kind relates to cramps at the run level, crude and adjusted.</summary>
/// <param name="Kind">The finding kind.</param>
/// <param name="RunsWith">Runs holding it.</param>
/// <param name="RunsWithCramps">Of those, runs with a cramp.</param>
/// <param name="Crude">The 2×2 odds ratio of a cramp in runs with the finding against runs without.</param>
/// <param name="Adjusted">Adjusted for runner and run duration by conditional logistic regression grouped by runner.</param>
/// <param name="MantelHaenszel">Adjusted for runner and run duration by Mantel-Haenszel over runner × duration-band strata.</param>
/// <param name="MutuallyAdjusted">As <paramref name="Adjusted"/>, with the other finding kinds in the same model.</param>
public sealed record KindAssociation(
    FindingKind Kind,
    int RunsWith,
    int RunsWithCramps,
    OddsRatioEstimate Crude,
    OddsRatioEstimate Adjusted,
    OddsRatioEstimate MantelHaenszel,
    OddsRatioEstimate MutuallyAdjusted);

/// <summary>A case-crossover estimate: findings in the minutes before each cramp against the same minutes of referent windows.</summary>
/// <param name="Kind">The finding kind.</param>
/// <param name="Referents">
/// Where the referent windows come from: <c>other-runs</c> (the same elapsed time in the runner's other runs that lasted
/// that long) or <c>same-run</c> (earlier windows of the cramp's own run).
/// </param>
/// <param name="HazardMinutes">Length of the hazard window before each cramp.</param>
/// <param name="Cases">Cramps with at least one referent window.</param>
/// <param name="Estimate">The matched odds ratio by conditional logistic regression over the matched sets.</param>
public sealed record CaseCrossoverResult(FindingKind Kind, string Referents, int HazardMinutes, int Cases, OddsRatioEstimate Estimate);

/// <summary>
/// The event-triggered average of one channel: its ratio to the run's own median from 20 minutes before each cramp to
/// the cramp, averaged over cramps, with a 95 % t-interval (no band where fewer than 5 cramps had the channel).
/// </summary>
/// <param name="Channel"><c>speed</c>, <c>cadence</c>, <c>heart-rate</c> or <c>temperature</c>.</param>
/// <param name="OffsetSeconds">Seconds relative to the cramp (−1200 … 0).</param>
/// <param name="Cramps">Cramps that had a value at each offset.</param>
/// <param name="Mean">Mean ratio at each offset; null where no cramp had a value.</param>
/// <param name="Ci95Low">Lower end of the band; null where fewer than 5 cramps had a value.</param>
/// <param name="Ci95High">Upper end of the band; null where fewer than 5 cramps had a value.</param>
public sealed record TriggeredAverage(
    string Channel,
    ImmutableArray<int> OffsetSeconds,
    ImmutableArray<int> Cramps,
    ImmutableArray<double?> Mean,
    ImmutableArray<double?> Ci95Low,
    ImmutableArray<double?> Ci95High);

/// <summary>What the cohort statistics found over many runs of many runners.</summary>
/// <param name="Runs">Runs counted.</param>
/// <param name="Runners">Distinct runners.</param>
/// <param name="RunsWithCramps">Runs with at least one cramp.</param>
/// <param name="Cramps">Cramps matched to a run.</param>
/// <param name="Associations">Per finding kind, crude and adjusted odds ratios, in the order of <see cref="FindingKind"/>.</param>
/// <param name="CaseCrossover">Per finding kind and referent choice, the case-crossover estimate.</param>
/// <param name="TriggeredAverages">Per channel, the average before a cramp.</param>
/// <param name="Notes">Caveats about the cohort as a whole (e.g. no cramps at all).</param>
public sealed record CohortStatisticsResult(
    int Runs,
    int Runners,
    int RunsWithCramps,
    int Cramps,
    ImmutableArray<KindAssociation> Associations,
    ImmutableArray<CaseCrossoverResult> CaseCrossover,
    ImmutableArray<TriggeredAverage> TriggeredAverages,
    ImmutableArray<string> Notes)
{
    /// <summary>
    /// The headline analysis of cramps during runs: per kind that can come before one, the hazard ratio of a first cramp from a Cox
    /// model stratified by runner on the runs' moving clocks, alone and mutually adjusted.
    /// </summary>
    public ImmutableArray<TimeToEventResult> TimeToEvent { get; init; } = [];

    /// <summary>First cramps during a run: the events of <see cref="TimeToEvent"/>.</summary>
    public int InRunEvents { get; init; }

    /// <summary>How long a transient finding exposes a run after it ends, in minutes.</summary>
    public int TriggerWindowMinutes { get; init; } = 20;

    /// <summary>
    /// Cramps after the run (night cramps) as their own run-level outcome: per kind that belongs to it (no cool-down, heat
    /// exposure, long-run hydration), the odds ratio of a cramp after the run.
    /// </summary>
    public ImmutableArray<KindAssociation> AfterRun { get; init; } = [];

    /// <summary>Runs with a cramp after the run.</summary>
    public int RunsWithAfterRunCramps { get; init; }

    /// <summary>The declared causal graph among the kinds (cause, consequence) that decides each mutual model's adjustment set.</summary>
    public ImmutableArray<(FindingKind Cause, FindingKind Effect)> CausalGraph { get; init; } = [];
}
