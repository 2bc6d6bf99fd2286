using CrampSignals.Signals;

namespace CrampSignals.Advice;

/// <summary>Writes the "why" lines: what a finding or cramp was and when, as time into the run when the start is known.</summary>
internal sealed class ReasonText(DateTime? startUtc)
{
    public string When(DateTime time) =>
        startUtc is DateTime start ? Units.Clock(time - start) : time.ToString("HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public AdviceReason ForFinding(int index, Finding finding) =>
        new(AdviceReason.FindingPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Kind.ToId(), finding.Start,
            $"{finding.Kind.ToId()} at {When(finding.Start)}: {finding.Summary}");

    public AdviceReason ForCramp(int index, CrampContext cramp)
    {
        var muscle = cramp.Cramp.Muscle.ToString().ToLowerInvariant();
        var side = cramp.Cramp.Side is { Length: > 0 } s ? s + " " : "";
        var when = cramp.AfterRun ? $"{When(cramp.Time)} (after the run)" : When(cramp.Time);
        var note = string.IsNullOrWhiteSpace(cramp.Cramp.Note) ? "" : $" - \"{cramp.Cramp.Note.Trim()}\"";
        return new(AdviceReason.CrampPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture), "cramp", cramp.Time,
            $"{side}{muscle} cramp at {when}{note}");
    }
}
