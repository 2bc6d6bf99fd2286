namespace CrampSignals.Signals.Detectors;

/// <summary>
/// No warm-up: the first <see cref="WholeRunOptions.WarmUpLength"/> of moving time were not easier than the run's typical
/// pace: their mean grade-adjusted speed reached <see cref="WholeRunOptions.NoWarmUpMinFractionOfTypical"/> of the median
/// running speed of the rest. A walk or a slow jog at the start lowers the mean and counts as a warm-up. Steep seconds
/// are left out; a start that is mostly steep is not judged.
/// </summary>
internal sealed class NoWarmUpDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.NoWarmUp;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) => context.Track.HasSpeed ? null : "no speed, distance or position";

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        var start = track.FirstMovingIndex;
        if (start < 0) return;
        var end = WarmUp.End(track, o);
        using var scratch = new Track.Scratch(track.Length);
        var level = scratch.Flags();
        ReadOnlySpan<double> grade = track.GradeColumn;
        var maxAbsGrade = o.Track.ComparisonMaxAbsGrade;
        for (var i = end; i < track.Length; i++) level[i] = track.RunningMask[i] && Math.Abs(grade[i]) <= maxAbsGrade;
        var typical = Track.Rolling.MedianWhere(track.GradeAdjusted, level, end, track.Length, out var restCount);
        if (restCount < o.WholeRun.NoWarmUpMinRestRunning.TotalSeconds) return;
        var warm = WarmUp.MeanSpeed(track, start, end, o.Track.ComparisonMaxAbsGrade);
        if (!(typical > 0) || double.IsNaN(warm)) return;
        // Rounded once: the text quotes the evidence the advice reads, so both give the same paces.
        warm = Format.Round(warm);
        typical = Format.Round(typical);
        if (!(typical > 0)) return;
        var pct = Format.Round(warm / typical * 100, 1);
        if (pct < o.WholeRun.NoWarmUpMinFractionOfTypical * 100) return;
        var severity = SeverityLadder.Of(pct, o.WholeRun.NoWarmUpModeratePercentOfTypical, o.WholeRun.NoWarmUpHighPercentOfTypical);
        var minutes = o.WholeRun.WarmUpLength.TotalMinutes;
        findings.Add(new Finding(Kind, track.TimeAt(start), track.TimeAt(Math.Max(start, end - 1)), severity,
        [
            new(EvidenceNames.WarmUpSpeedPercentOfTypical, pct, "%"),
            new(EvidenceNames.WarmUpMinutes, minutes, "min"),
            new(EvidenceNames.Speed, warm, "m/s"),
            new(EvidenceNames.BaselineSpeed, typical, "m/s"),
        ],
        $"the first {Format.N(minutes)} min ran at {PaceText.PerKm(warm)}, {Format.N(pct)} % of the run's typical {PaceText.PerKm(typical)} (grade-adjusted): no easy warm-up"));
    }
}
