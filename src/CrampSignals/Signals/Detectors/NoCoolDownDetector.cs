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
    public string? MissingInput(SignalContext context) =>
        !context.Track.HasSpeed ? "no speed, distance or position"
        : context.Track.RunningSeconds < context.Options.WholeRun.NoCoolDownMinRunning.TotalSeconds
            ? TooShort.Reason(context.Track.RunningSeconds, context.Options.WholeRun.NoCoolDownMinRunning.TotalSeconds, "too little effort to need a cool-down")
        : null;

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        var effort = track.EffortSegment;
        var typical = context.TypicalEffort;
        if (track.RunningSeconds < o.WholeRun.NoCoolDownMinRunning.TotalSeconds || !(typical > 0)) return;
        var last = track.LastMovingIndex;
        if (last < 0) return;
        // After a late cramp the runner hobbles on at whatever pace the leg allows: that is the effort they stopped from,
        // not an easy jog down. A cool-down after it still ends in a walk.
        // A hobble slower than running speed reads as walking; it is still no easing down when it holds one pace and one
        // stride from the cramp to a dead stop (a cool-down jogs and then walks: its last minute is the slowest, at a
        // walk's cadence). The cramp must have struck during the effort then: one logged in a cool-down jog is no hobble.
        var limp = Limp(context, last, track.RunningMask, 0, o.WholeRun.NoCoolDownLimpMinFraction)
            ?? Limp(context, last, track.MovingMask, o.WholeRun.NoCoolDownLimpMinFraction * typical, o.WholeRun.NoCoolDownSlowLimpMinFraction);
        if (limp is { } l)
        {
            // Rounded once: the text quotes the evidence the advice reads, so both give the same pace.
            var limpSpeed = Format.Round(l.Speed);
            findings.Add(new Finding(Kind, track.TimeAt(l.From), track.TimeAt(last), Severity.Moderate,
            [
                new(EvidenceNames.SpeedBeforeStop, limpSpeed, "m/s"),
                new(EvidenceNames.EaseDownSeconds, l.Ease, "s"),
                new("last_minute_pct_of_typical", Format.Round(l.Effort / typical * 100, 1), "%"),
            ],
            $"hobbled on at {PaceText.PerKm(limpSpeed)} after a cramp and stopped {(l.Ease <= 1 ? "straight" : $"within {Format.Duration(l.Ease)}")}, with no easy jog or walk after"));
            return;
        }
        var pace = o.WholeRun.NoCoolDownMinFractionOfTypical * typical;

        // Walking steps are never running effort, however fast a noisy GPS reads them.
        var cadence = track.CadenceSegment;
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

        var severity = SeverityLadder.Of(pct, o.WholeRun.NoCoolDownModeratePercentOfTypical);
        // Rounded once: the text quotes the evidence the advice reads, so both give the same pace and percentage.
        var speed = Format.Round(sumRaw / count);
        var shownPct = Format.Round(pct, 1);
        findings.Add(new Finding(Kind, track.TimeAt(from), track.TimeAt(last), severity,
        [
            new(EvidenceNames.SpeedBeforeStop, speed, "m/s"),
            new(EvidenceNames.EaseDownSeconds, ease, "s"),
            new("last_minute_pct_of_typical", shownPct, "%"),
        ],
        ease <= 1
            ? $"stopped straight from {PaceText.PerKm(speed)} ({Format.N(shownPct)} % of typical effort) with no easy jog or walk after"
            : $"came down from {PaceText.PerKm(speed)} ({Format.N(shownPct)} % of typical effort) to a stop in {Format.Duration(ease)}, with no easy jog or walk after"));
    }

    /// <summary>
    /// A hobble to the line: a cramp logged within <see cref="WholeRunOptions.NoCoolDownAfterCrampWindow"/> of the end of
    /// moving, struck while moving at <paramref name="effortBefore"/> or more (hill-neutral, the last minute before it),
    /// still going in the <paramref name="gait"/> (running, or any moving) after it, at most
    /// <see cref="WholeRunOptions.NoCoolDownMaxEase"/> of slower moving before the stop, its last minute at least
    /// <paramref name="holdFraction"/> of its pace since the cramp and at about the cadence it had just after the cramp.
    /// Null when the run did not end so.
    /// </summary>
    private static (int From, int Ease, double Speed, double Effort)? Limp(SignalContext context, int last, bool[] gait, double effortBefore, double holdFraction)
    {
        var track = context.Track;
        var o = context.Options;
        var cramp = -1;
        foreach (var c in context.CrampRows) if (c <= last && last - c <= o.WholeRun.NoCoolDownAfterCrampWindow.TotalSeconds) cramp = c;
        if (cramp < 0 || !(EffortBefore(track, cramp, (int)o.WholeRun.NoCoolDownLastRunning.TotalSeconds) >= effortBefore)) return null;
        bool Running(int i) => gait[i];
        var end = last;
        var ease = 0;
        while (end > cramp && !Running(end))
        {
            if (track.MovingMask[end]) ease++;
            end--;
        }
        if (end <= cramp || ease > o.WholeRun.NoCoolDownMaxEase.TotalSeconds) return null;
        double speed = 0, effort = 0;
        var count = 0;
        var from = end;
        for (var i = end; i > cramp && count < o.WholeRun.NoCoolDownLastRunning.TotalSeconds; i--)
        {
            if (!Running(i) || double.IsNaN(track.Effort[i])) continue;
            speed += track.Speed[i];
            effort += track.Effort[i];
            count++;
            from = i;
        }
        if (count < o.WholeRun.NoCoolDownLastRunning.TotalSeconds / 2) return null;
        // A jog and then a walk after the cramp is a cool-down: the last minute must not be much easier than the way there.
        var way = Track.Rolling.MedianWhere(track.Effort, track.MovingMask, cramp, from, out var wayCount);
        if (wayCount >= 30 && effort / count < holdFraction * way) return null;
        // Nor is a change of gait: a hobble keeps the stride it had after the cramp to the stop, a cool-down goes from a
        // jog's steps to a walk's (a fall of cadence a slow hobble's speed alone may not show).
        var minute = (int)o.WholeRun.NoCoolDownLastRunning.TotalSeconds;
        var after = MeanCadence(track, cramp, last, minute, forward: true);
        var atEnd = MeanCadence(track, last, cramp, minute, forward: false);
        if (atEnd < o.WholeRun.NoCoolDownLimpMinFraction * after) return null;
        return (from, ease, speed / count, effort / count);
    }

    /// <summary>
    /// Mean cadence of the first <paramref name="seconds"/> moving seconds with cadence from <paramref name="from"/> towards
    /// <paramref name="limit"/> (forward or backward); NaN when none (the comparisons with it are then false).
    /// </summary>
    private static double MeanCadence(Track.SignalTrack track, int from, int limit, int seconds, bool forward)
    {
        if (!track.HasCadence) return double.NaN;
        double sum = 0;
        var count = 0;
        for (var i = from; (forward ? i <= limit : i >= limit) && count < seconds; i += forward ? 1 : -1)
        {
            if (!track.MovingMask[i] || double.IsNaN(track.CadenceColumn[i])) continue;
            sum += track.CadenceColumn[i];
            count++;
        }
        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>Mean hill-neutral speed of the last <paramref name="seconds"/> moving seconds before <paramref name="row"/>; 0 when none.</summary>
    private static double EffortBefore(Track.SignalTrack track, int row, int seconds)
    {
        double sum = 0;
        var count = 0;
        for (var i = row - 1; i >= 0 && count < seconds; i--)
        {
            if (!track.MovingMask[i] || double.IsNaN(track.Effort[i])) continue;
            sum += track.Effort[i];
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }
}
