using System.Collections.Immutable;

namespace CrampSignals.Advice;

/// <summary>Why an advice item was given: one finding or one cramp of the run.</summary>
/// <param name="Reference">"finding:N" (index into the signal report's findings) or "cramp:N" (index into its cramps).</param>
/// <param name="Kind">The finding kind id ("pace-surge") or "cramp".</param>
/// <param name="Time">When it started, UTC.</param>
/// <param name="Text">What it was, for a reader ("pace surge at 0:42:10: speed +14 % for 2:30").</param>
public sealed record AdviceReason(string Reference, string Kind, DateTime Time, string Text)
{
    /// <summary>The prefix of references to findings.</summary>
    public const string FindingPrefix = "finding:";
    /// <summary>The prefix of references to cramps.</summary>
    public const string CrampPrefix = "cramp:";

    /// <summary>True when the reason is a finding.</summary>
    public bool IsFinding => Reference.StartsWith(FindingPrefix, StringComparison.Ordinal);

    /// <summary>True when the reason is a cramp.</summary>
    public bool IsCramp => Reference.StartsWith(CrampPrefix, StringComparison.Ordinal);

    /// <summary>The index the reference points at.</summary>
    public int Index => int.Parse(Reference.AsSpan(Reference.IndexOf(':') + 1), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One piece of advice for one run: a rule, the reasons it applies, and its actions with the run's own numbers.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Why">The findings and cramps it answers; never empty.</param>
/// <param name="Headline">One line with the run's own numbers ("your 95-minute run at 27 °C: about 5-6 drinks ...").</param>
/// <param name="Actions">What to do: the personalised steps first, then the rule's general ones.</param>
/// <param name="CrampShare">Share of the run's cramps (0-1) that this item answers, directly or through a finding in the cramp's lookback window.</param>
/// <param name="Rank">1 for the item that matters most.</param>
public sealed record AdviceItem(
    Rule Rule,
    ImmutableArray<AdviceReason> Why,
    string Headline,
    ImmutableArray<string> Actions,
    double CrampShare,
    int Rank)
{
    /// <summary>The rule's id.</summary>
    public string RuleId => Rule.Id;
}
