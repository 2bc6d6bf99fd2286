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
        var effort = track.Effort;
        var typical = TypicalEffort(track);
        if (track.RunningSeconds < o.WholeRun.NoCoolDownMinRunning.TotalSeconds || !(typical > 0)) return;
        var last = track.LastMovingIndex;
        if (last < 0) return;
        // After a late cramp the runner hobbles on at whatever pace the leg allows: that is the effort they stopped from,
        // not an easy jog down. A cool-down after it still ends in a walk.
        if (Limp(context, last) is { } limp)
        {
            findings.Add(new Finding(Kind, track.TimeAt(limp.From), track.TimeAt(last), Severity.Moderate,
            [
                new(EvidenceNames.SpeedBeforeStop, Format.Round(limp.Speed), "m/s"),
                new(EvidenceNames.EaseDownSeconds, limp.Ease, "s"),
                new("last_minute_pct_of_typical", Format.Round(limp.Effort / typical * 100, 1), "%"),
            ],
            $"hobbled on at {PaceText.PerKm(limp.Speed)} after a cramp and stopped {(limp.Ease <= 1 ? "straight" : $"within {Format.Duration(limp.Ease)}")}, with no easy jog or walk after"));
            return;
        }
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

        var severity = SeverityLadder.Of(pct, o.WholeRun.NoCoolDownModeratePercentOfTypical);
        findings.Add(new Finding(Kind, track.TimeAt(from), track.TimeAt(last), severity,
        [
            new(EvidenceNames.SpeedBeforeStop, Format.Round(sumRaw / count), "m/s"),
            new(EvidenceNames.EaseDownSeconds, ease, "s"),
            new("last_minute_pct_of_typical", Format.Round(pct, 1), "%"),
        ],
        ease <= 1
            ? $"stopped straight from {PaceText.PerKm(sumRaw / count)} ({Format.N(pct)} % of typical effort) with no easy jog or walk after"
            : $"came down from {PaceText.PerKm(sumRaw / count)} ({Format.N(pct)} % of typical effort) to a stop in {Format.Duration(ease)}, with no easy jog or walk after"));
    }

    /// <summary>
    /// A hobble to the line: a cramp logged within <see cref="WholeRunOptions.NoCoolDownAfterCrampWindow"/> of the end of
    /// moving, still running (or at a running cadence) after it, and at most <see cref="WholeRunOptions.NoCoolDownMaxEase"/>
    /// of walking before the stop. Null when the run did not end so.
    /// </summary>
    private static (int From, int Ease, double Speed, double Effort)? Limp(SignalContext context, int last)
    {
        var track = context.Track;
        var o = context.Options;
        var cramp = -1;
        foreach (var c in context.CrampRows) if (c <= last && last - c <= o.WholeRun.NoCoolDownAfterCrampWindow.TotalSeconds) cramp = c;
        if (cramp < 0) return null;
        bool Running(int i) => track.RunningMask[i];
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
        var way = new List<double>();
        for (var i = cramp; i < from; i++)
            if (track.MovingMask[i] && !double.IsNaN(track.Effort[i])) way.Add(track.Effort[i]);
        if (way.Count >= 30 && effort / count < o.WholeRun.NoCoolDownLimpMinFraction * Track.Rolling.MedianOf(way)) return null;
        return (from, ease, speed / count, effort / count);
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
