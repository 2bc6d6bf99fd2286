namespace CrampSignals.Signals.Detectors;

/// <summary>
/// No cool-down: the last running minute was at running pace (at least
/// <see cref="SignalOptions.NoCoolDownMinFractionOfTypical"/> of typical), then the runner stood still or the recording
/// ended within <see cref="SignalOptions.NoCoolDownMaxEaseSeconds"/>, and less than
/// <see cref="SignalOptions.CoolDownMinMoving"/> of walking or jogging followed.
/// </summary>
public sealed class NoCoolDownDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.NoCoolDown;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) => context.Track.HasSpeed ? null : "no speed, distance or position";

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        var typical = track.TypicalSpeedMetersPerSecond;
        if (track.RunningSeconds < o.NoCoolDownMinRunning.TotalSeconds || !(typical > 0)) return;
        var last = track.LastRunningIndex;
        var from = Math.Max(0, last - (int)o.NoCoolDownLastRunningSeconds + 1);
        double sum = 0, sumRaw = 0;
        var count = 0;
        for (var i = from; i <= last; i++)
        {
            if (!track.RunningMask[i] || double.IsNaN(track.GradeAdjusted[i])) continue;
            sum += track.GradeAdjusted[i];
            sumRaw += track.Speed[i];
            count++;
        }
        if (count < o.NoCoolDownLastRunningSeconds / 2) return;
        var pct = sum / count / typical * 100;
        if (pct < o.NoCoolDownMinFractionOfTypical * 100) return;

        var ease = 0;
        var k = last + 1;
        while (k < track.Length && track.MovingMask[k]) { ease++; k++; }
        if (ease > o.NoCoolDownMaxEaseSeconds) return;
        var movingAfter = 0;
        for (var i = last + 1; i < track.Length; i++) if (track.MovingMask[i]) movingAfter++;
        if (movingAfter >= o.CoolDownMinMoving.TotalSeconds) return;

        var severity = pct >= 100 ? Severity.Moderate : Severity.Low;
        findings.Add(new Finding(Kind, track.TimeAt(from), track.TimeAt(Math.Min(track.Length - 1, last + ease)), severity,
        [
            new(EvidenceNames.SpeedBeforeStop, Format.Round(sumRaw / count), "m/s"),
            new(EvidenceNames.EaseDownSeconds, ease, "s"),
            new("last_minute_pct_of_typical", Format.Round(pct, 1), "%"),
        ],
        ease <= 1
            ? $"stopped straight from {Format.Pace(sumRaw / count)} ({Format.N(pct)} % of typical pace) with no easy jog or walk after"
            : $"came down from {Format.Pace(sumRaw / count)} ({Format.N(pct)} % of typical pace) to a stop in {Format.Duration(ease)}, with no easy jog or walk after"));
    }
}
