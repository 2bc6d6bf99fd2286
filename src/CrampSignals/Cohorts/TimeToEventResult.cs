using System.Collections.Immutable;
using CrampSignals.Signals;

namespace CrampSignals.Cohorts;

/// <summary>
/// A hazard ratio with its 95 % interval and p-value, or no number and the reason (<see cref="HazardRatio"/> null,
/// <see cref="Note"/> says why). Where the estimate runs to 0 or infinity, the finite side of its profile-likelihood interval is
/// given as <see cref="BoundLower"/> or <see cref="BoundUpper"/>, with the likelihood-ratio p.
/// </summary>
/// <param name="HazardRatio">How many times the hazard of a first cramp is multiplied while the run is exposed; null when the data cannot give one.</param>
/// <param name="Ci95Low">Lower end of the 95 % interval; null with the estimate.</param>
/// <param name="Ci95High">Upper end of the 95 % interval; null with the estimate.</param>
/// <param name="PValue">Two-sided p-value of the hazard ratio being 1 (Wald, or likelihood ratio where the estimate runs off).</param>
/// <param name="Method">How it was computed, in words.</param>
/// <param name="Note">Why there is no number, or what to keep in mind reading it; null when nothing to say.</param>
public sealed record HazardRatioEstimate(double? HazardRatio, double? Ci95Low, double? Ci95High, double? PValue, string Method, string? Note)
{
    /// <summary>Benjamini-Hochberg q-value over every p-value the cohort statistics report.</summary>
    public double? QValue { get; init; }

    /// <summary>What the estimate is adjusted for (<c>runner (strata)</c>, the other kinds).</summary>
    public ImmutableArray<string> AdjustedFor { get; init; } = [];

    /// <summary>When the hazard ratio runs to infinity: the lower end of its profile-likelihood interval.</summary>
    public double? BoundLower { get; init; }

    /// <summary>When the hazard ratio runs to zero: the upper end of its profile-likelihood interval.</summary>
    public double? BoundUpper { get; init; }

    /// <summary>True when there is a number.</summary>
    public bool HasEstimate => HazardRatio is not null;

    internal static HazardRatioEstimate From(OddsRatioEstimate e) => new(e.OddsRatio, e.Ci95Low, e.Ci95High, e.PValue, e.Method, e.Note)
    {
        QValue = e.QValue,
        AdjustedFor = e.AdjustedFor,
        BoundLower = e.BoundLower,
        BoundUpper = e.BoundUpper,
    };
}

/// <summary>
/// How one finding kind bears on the hazard of a first cramp during a run, on the run's moving clock, from a Cox model stratified
/// by runner: alone, and adjusted for the other kinds that are not its consequences.
/// </summary>
/// <param name="Kind">The finding kind.</param>
/// <param name="Exposure"><c>transient</c> (exposes from its start until <paramref name="WindowMinutes"/> after its end) or <c>state</c> (from when it holds to the run's end).</param>
/// <param name="WindowMinutes">For a transient kind, how long after its end it still exposes the run; null for a state.</param>
/// <param name="Events">First cramps during a run in the model (the same for every kind).</param>
/// <param name="ExposedEvents">Of those, the cramps that struck while this kind exposed the run.</param>
/// <param name="RunsExposed">Runs with any time at risk exposed to this kind.</param>
/// <param name="Alone">The hazard ratio with only the runner as strata.</param>
/// <param name="Mutual">Adjusted for the other kinds of the declared causal graph that are not consequences of this one.</param>
public sealed record TimeToEventResult(
    FindingKind Kind,
    string Exposure,
    int? WindowMinutes,
    int Events,
    int ExposedEvents,
    int RunsExposed,
    HazardRatioEstimate Alone,
    HazardRatioEstimate Mutual)
{
    /// <summary>Set when the proportional-hazards check fails: the ratio changes with time on feet and reads as an average.</summary>
    public string? ProportionalHazardsNote { get; init; }
}
