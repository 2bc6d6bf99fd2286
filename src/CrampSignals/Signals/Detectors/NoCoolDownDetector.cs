namespace CrampSignals.Signals.Detectors;

/// <summary>
/// No cool-down: the runner came to a stop (or the recording ended) within
/// <see cref="WholeRunOptions.NoCoolDownMaxEase"/> of moving at running effort: the last
/// <see cref="WholeRunOptions.NoCoolDownLastRunning"/> of moving before it were at least
/// <see cref="WholeRunOptions.NoCoolDownMinFractionOfTypical"/> of the run's typical hill-neutral speed. Effort is read
/// hill-neutral (<see cref="Track.SignalTrack.EffortSpeedMetersPerSecond"/>) so a run that ends on a descent or a climb
/// is judged by how hard the runner went, and the moving seconds are judged rather than the running ones, so a slow
/// climb to the door still counts as running hard; seconds at a walking cadence never do. An easy jog or a walk of
/// <see cref="WholeRunOptions.CoolDownMinMoving"/> at the end is a cool-down.
/// </summary>
internal sealed class NoCoolDownDetector : ISignalDetector
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
        var effort = track.Effort;
        var typical = TypicalEffort(track);
        if (track.RunningSeconds < o.WholeRun.NoCoolDownMinRunning.TotalSeconds || !(typical > 0)) return;
        var last = track.LastMovingIndex;
        if (last < 0) return;
        var pace = o.WholeRun.NoCoolDownMinFractionOfTypical * typical;

        // Walking steps are never running effort, however fast a noisy GPS reads them.
        var cadence = track.CadenceColumn;
        bool AtPace(int i) => track.MovingMask[i] && effort[i] >= pace && !(cadence[i] < track.RunningCadenceFloor);

        // The ease-down: the slower moving seconds just before the stop, at most the longest abrupt ease.
        var maxEase = (int)o.WholeRun.NoCoolDownMaxEase.TotalSeconds;
        var end = last;
        var ease = 0;
        while (end >= 0 && ease <= maxEase && !AtPace(end))
        {
            if (track.MovingMask[end]) ease++;
            end--;
        }
        if (end < 0 || ease > maxEase) return;

        // The last stretch of moving before the ease-down.
        var need = (int)o.WholeRun.NoCoolDownLastRunning.TotalSeconds;
        double sum = 0, sumRaw = 0;
        int count = 0, from = end;
        for (var i = end; i >= 0 && count < need; i--)
        {
            if (!track.MovingMask[i] || double.IsNaN(effort[i])) continue;
            sum += effort[i];
            sumRaw += track.Speed[i];
            count++;
            from = i;
        }
        if (count < need / 2) return;
        var pct = sum / count / typical * 100;
        if (pct < o.WholeRun.NoCoolDownMinFractionOfTypical * 100) return;
        var movingAfter = 0;
        for (var i = end + 1; i < track.Length; i++) if (track.MovingMask[i]) movingAfter++;
        if (movingAfter >= o.WholeRun.CoolDownMinMoving.TotalSeconds) return;

        var severity = pct >= o.WholeRun.NoCoolDownModeratePercentOfTypical ? Severity.Moderate : Severity.Low;
        findings.Add(new Finding(Kind, track.TimeAt(from), track.TimeAt(last), severity,
        [
            new(EvidenceNames.SpeedBeforeStop, Format.Round(sumRaw / count), "m/s"),
            new(EvidenceNames.EaseDownSeconds, ease, "s"),
            new("last_minute_pct_of_typical", Format.Round(pct, 1), "%"),
        ],
        ease <= 1
            ? $"stopped straight from {Format.Pace(sumRaw / count)} ({Format.N(pct)} % of typical effort) with no easy jog or walk after"
            : $"came down from {Format.Pace(sumRaw / count)} ({Format.N(pct)} % of typical effort) to a stop in {Format.Duration(ease)}, with no easy jog or walk after"));
    }

    /// <summary>Median hill-neutral speed over the running seconds: the run's typical effort, NaN when none.</summary>
    internal static double TypicalEffort(Track.SignalTrack track)
    {
        var values = new List<double>();
        for (var i = 0; i < track.Length; i++)
            if (track.RunningMask[i] && !double.IsNaN(track.Effort[i])) values.Add(track.Effort[i]);
        return values.Count == 0 ? double.NaN : Track.Rolling.MedianOf(values);
    }
}
