using System.Collections.Immutable;

namespace CrampSignals.Advice;

/// <summary>How much weight the research behind a rule can bear.</summary>
public enum EvidenceStrength
{
    /// <summary>Ordinary clinical caution or coaching practice; nothing to test.</summary>
    ExpertOpinion,
    /// <summary>Plausible, but little or no direct evidence that it prevents cramps.</summary>
    Weak,
    /// <summary>Studies disagree, or the link to cramps is indirect.</summary>
    Mixed,
    /// <summary>Supported by prospective studies or well-understood physiology, though not by trials.</summary>
    Moderate,
}

/// <summary>One concrete number a rule gives, with its metric equivalent.</summary>
/// <param name="What">What the number is about ("water before the run").</param>
/// <param name="Low">The lower end of the range (equal to <paramref name="High"/> for a single value).</param>
/// <param name="High">The upper end of the range.</param>
/// <param name="Unit">The unit the source gives it in ("oz", "min", "oz/lb", "h").</param>
/// <param name="Metric">The same number in metric units ("120-240 ml"), or the number restated when it already is metric.</param>
public sealed record RuleNumber(string What, double Low, double High, string Unit, string Metric);

/// <summary>A prevention or care rule: what to do, the numbers to do it with, and how sure anyone can be that it helps.</summary>
/// <param name="Id">Stable kebab-case id (see <see cref="RuleIds"/>).</param>
/// <param name="Title">A short imperative title.</param>
/// <param name="Section">The heading of the source article's section the rule comes from.</param>
/// <param name="Numbers">The concrete numbers the rule gives.</param>
/// <param name="Actions">What to do, one step per entry.</param>
/// <param name="Strength">How strong the evidence is.</param>
/// <param name="Evidence">An honest note on that evidence.</param>
public sealed record Rule(
    string Id,
    string Title,
    string Section,
    ImmutableArray<RuleNumber> Numbers,
    ImmutableArray<string> Actions,
    EvidenceStrength Strength,
    string Evidence);
