using System.Collections.Immutable;
using CrampSignals.Signals;

namespace CrampSignals.Advice;

/// <summary>Which rules answer which finding kind: the advice engine's mapping, also printed in the documentation.</summary>
internal static class FindingRules
{
    /// <summary>The rules that answer a finding of kind <paramref name="kind"/>, most direct first.</summary>
    /// <remarks>
    /// A cadence drop at unchanged speed is a sign of tiring legs; neuromuscular fatigue is the leading explanation of
    /// cramps during exercise, so it is answered like a pacing problem (do not spend the legs early) and with race-pace
    /// training (make the legs used to the pace and length of the effort), not with fluids.
    /// </remarks>
    public static ImmutableArray<string> For(FindingKind kind) => kind switch
    {
        FindingKind.HeatExposure => [RuleIds.Hydrate, RuleIds.AvoidMiddayHeat, RuleIds.ReplaceElectrolytes],
        FindingKind.HotHours => [RuleIds.AvoidMiddayHeat, RuleIds.Hydrate, RuleIds.ReplaceElectrolytes],
        FindingKind.LongRunHydration => [RuleIds.Hydrate, RuleIds.ReplaceElectrolytes],
        FindingKind.CardiacDrift => [RuleIds.Hydrate],
        FindingKind.FastStart => [RuleIds.PaceYourself, RuleIds.RacePaceTraining],
        FindingKind.PaceSurge => [RuleIds.PaceYourself, RuleIds.RacePaceTraining],
        FindingKind.CadenceDrop => [RuleIds.PaceYourself, RuleIds.RacePaceTraining],
        FindingKind.NoWarmUp => [RuleIds.WarmUp],
        FindingKind.NoCoolDown => [RuleIds.CoolDown],
        _ => [],
    };

    /// <summary>The rules every logged cramp calls for.</summary>
    public static ImmutableArray<string> ForCramp { get; } = [RuleIds.ImmediateCare];

    /// <summary>The extra rules a cramp that struck after the run had ended calls for (recovery after the run).</summary>
    public static ImmutableArray<string> ForCrampAfterRun { get; } = [RuleIds.CoolDown, RuleIds.Hydrate];

    /// <summary>The rule for lasting tightness or cramps that keep returning.</summary>
    public static ImmutableArray<string> ForRecurringOrLasting { get; } = [RuleIds.SeeADoctor];
}
