namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Fast start: the first <see cref="SignalOptions.FastStartFirstFraction"/> of the running distance at least
/// <see cref="SignalOptions.FastStartMinPercent"/> faster (grade-adjusted) than the rest: a positive split. An easy
/// warm-up at the very start is left out of the first part, so it does not hide a start that was too fast after it.
/// </summary>
public sealed class FastStartDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.FastStart;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) => context.Track.HasSpeed ? null : "no speed, distance or position";

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        if (track.RunningSeconds < o.FastStartMinRunning.TotalSeconds) return;
        var typical = track.TypicalSpeedMetersPerSecond;
        var gas = track.GradeAdjusted;
        var running = track.RunningMask;
        var n = track.Length;

        // Skip an easy warm-up: the first minutes of moving, when clearly slower than typical.
        var from = track.FirstMovingIndex;
        if (from < 0) return;
        var warmUpEnd = WarmUp.End(track, o);
        if (warmUpEnd > from && WarmUp.MeanSpeed(track, from, warmUpEnd) < o.NoWarmUpMinFractionOfTypical * typical) from = warmUpEnd;

        double total = 0;
        for (var i = from; i < n; i++) if (running[i] && !double.IsNaN(gas[i])) total += track.Speed[i];
        if (total <= 0) return;
        var firstDistance = total * o.FastStartFirstFraction;
        double d = 0, sumFirst = 0, sumRest = 0;
        int countFirst = 0, countRest = 0, split = -1, firstStart = -1;
        for (var i = from; i < n; i++)
        {
            if (!running[i] || double.IsNaN(gas[i])) continue;
            if (firstStart < 0) firstStart = i;
            if (d < firstDistance) { sumFirst += gas[i]; countFirst++; split = i; }
            else { sumRest += gas[i]; countRest++; }
            d += track.Speed[i];
        }
        if (countFirst < 120 || countRest < 240) return;
        var first = sumFirst / countFirst;
        var rest = sumRest / countRest;
        var pct = (first / rest - 1) * 100;
        if (pct < o.FastStartMinPercent) return;
        var severity = pct >= o.FastStartHighPercent ? Severity.High : pct >= o.FastStartModeratePercent ? Severity.Moderate : Severity.Low;
        var km = (track.Distance[split] - track.Distance[firstStart]) / 1000;
        findings.Add(new Finding(Kind, track.TimeAt(firstStart), track.TimeAt(split), severity,
        [
            new(EvidenceNames.PositiveSplitPercent, Format.Round(pct, 1), "%"),
            new(EvidenceNames.FirstPartPace, Format.Round(Format.SecondsPerKm(first), 0), "s/km"),
            new(EvidenceNames.RestPace, Format.Round(Format.SecondsPerKm(rest), 0), "s/km"),
            new(EvidenceNames.FirstPartDistanceKm, Format.Round(km), "km"),
        ],
        $"the first {Format.N(km, "0.0")} km at {Format.Pace(first)} were {Format.N(pct)} % faster than the rest at {Format.Pace(rest)} (grade-adjusted): a positive split"));
    }
}
