using CrampSignals.Signals.Track;

namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Pace surge: grade-adjusted speed at least <see cref="SurgeOptions.MinIncreasePercent"/> above the median of
/// the previous <see cref="SurgeOptions.BaselineWindow"/> of running, for at least
/// <see cref="SurgeOptions.MinDuration"/>. Getting back to pace is not a surge: the baseline must be mostly running
/// at a steady effort (<see cref="SurgeOptions.BaselineMinSteadyFraction"/> of its half-minute averages near their
/// median, both halves at about one pace: <see cref="SurgeOptions.BaselineMaxHalvesDifferencePercent"/>) close to the pace held around that time (<see cref="SurgeOptions.ContextWindow"/>), and the
/// surge must also stand above that pace. Resuming is not surging either: the recovery after a long stop
/// (<see cref="SurgeOptions.RecoveryAfterStop"/>) is no part of the baseline.
/// </summary>
internal sealed class PaceSurgeDetector : ISignalDetector
{
    // An ease longer than this between two rises is a recovery, not a wobble inside one effort.
    private const int MaxEaseSeconds = 25;

    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.PaceSurge;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context)
    {
        if (!context.Track.HasSpeed) return "no speed, distance or position";
        var o = context.Options;
        var least = o.Surge.BaselineMinRunning.TotalSeconds + o.Surge.MinDuration.TotalSeconds;
        return context.Track.RunningSeconds < least
            ? TooShort.Reason(context.Track.RunningSeconds, least, $"a surge is judged against at least {Format.N(o.Surge.BaselineMinRunning.TotalMinutes)} min of running before it")
            : null;
    }

    /// <summary>
    /// The first <see cref="SurgeOptions.BaselineMinRunning"/> of running have no baseline before them: when a faster
    /// stretch of at least <see cref="SurgeOptions.MinDuration"/> falls there, says that it was not judged; else null.
    /// </summary>
    internal static string? UnjudgedStart(SignalContext context)
    {
        var track = context.Track;
        var o = context.Options;
        var typical = context.TypicalEffort;
        if (!track.HasSpeed || !(typical > 0)) return null;
        var need = (int)o.Surge.BaselineMinRunning.TotalSeconds;
        // Only the first running seconds are read: the average is taken up to the last of them and its half-width after,
        // which gives each of them the same value as over the whole run (the running sums start at the same second).
        var last = 0;
        for (int i = 0, seen = 0; i < track.Length && seen < need; i++)
            if (track.RunningMask[i]) { seen++; last = i; }
        using var scratch = new Scratch(track.Length);
        var smoothed = SmoothedRunning(track, o, scratch, Math.Min(track.Length, last + (int)o.Surge.SteadinessSmoothingWindow.TotalSeconds / 2 + 1));
        int running = 0, above = 0, end = -1;
        for (var i = 0; i < track.Length && running < need; i++)
        {
            if (!track.RunningMask[i]) continue;
            running++;
            end = i;
            above = smoothed[i] >= typical * (1 + o.Surge.MinIncreasePercent / 100) ? above + 1 : 0;
            if (above >= o.Surge.MinDuration.TotalSeconds) break;
        }
        if (above < o.Surge.MinDuration.TotalSeconds) return null;
        return $"{FindingKind.PaceSurge.ToId()}: too short a baseline: a faster stretch in the first {Format.N(o.Surge.BaselineMinRunning.TotalMinutes)} min of running (to {track.TimeAt(end):HH:mm:ss}Z) was not judged";
    }

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        var typical = track.TypicalSpeedMetersPerSecond;
        if (!(typical > 0)) return;
        var window = (int)o.Surge.BaselineWindow.TotalSeconds;
        var minRunning = (int)o.Surge.BaselineMinRunning.TotalSeconds;
        var n = track.Length;
        using var scratch = new Scratch(n);
        var baseline = scratch.Column();
        var steadyRunning = SteadyRunning(track, o, scratch);
        Baseline.TrailingMedian(track.Effort, steadyRunning.AsSpan(0, n), window, minRunning, baseline.AsSpan(0, n));
        // Steadiness is read on the speed averaged over a short span of running: GPS error scatters single seconds
        // far more than the runner's effort does, while a window half warm-up and half running pace stays split.
        var steadiness = scratch.Column();
        Baseline.TrailingMedian(SmoothedRunning(track, o, scratch, n).AsSpan(0, n), steadyRunning.AsSpan(0, n), window, minRunning, scratch.Column().AsSpan(0, n),
            o.Surge.BaselineSteadyBandPercent / 100, steadiness.AsSpan(0, n));
        // Averaging can blend a step (warm-up pace, then running pace) into one band: the two halves of the window must
        // also hold about the same pace.
        var halfMedian = scratch.Column();
        Baseline.TrailingMedian(track.Effort, steadyRunning.AsSpan(0, n), window / 2, minRunning / 2, halfMedian.AsSpan(0, n));
        bool Steady(int i) => steadiness[i] >= o.Surge.BaselineMinSteadyFraction && i >= window / 2
            && Math.Abs(halfMedian[i] / halfMedian[i - window / 2] - 1) <= o.Surge.BaselineMaxHalvesDifferencePercent / 100;
        var gas = track.EffortSegment;
        var running = track.RunningMask;
        var rise = 1 + o.Surge.MinIncreasePercent / 100;
        // The pace the runner held around this time: a surge stands above it, getting back to it does not.
        var local = scratch.Column();
        Baseline.CentredMedian(track.Effort, track.RunningMask, (int)o.Surge.ContextWindow.TotalSeconds / 2, local.AsSpan(0, n));
        var aboveTypical = 1 + o.Surge.MinAboveTypicalPercent / 100;

        // Hysteresis: a surge starts past the full threshold and lasts while the rise stays above half of it, so a few
        // seconds of noise or a crest do not split one surge in two.
        var half = o.Surge.OnsetFractionOfThreshold;
        bool Above(int i, double b, double fraction) =>
            running[i] && gas[i] >= b * (1 + fraction * (rise - 1)) && gas[i] >= local[i] * (1 + fraction * (aboveTypical - 1));
        var regions = Regions.Find(track.Length,
            i => baseline[i] >= local[i] * o.Surge.BaselineMinFractionOfTypical && Steady(i) && Above(i, baseline[i], 1),
            (s, i) => Above(i, baseline[s], half),
            (int)o.Surge.MaxDip.TotalSeconds);

        // Rises an ease apart are judged as one effort first; when the body does not answer them as one, each on its own.
        foreach (var (first, last) in JoinAcrossEases(regions, gas, running, baseline, o))
        {
            if (last > first && Judge(regions[first].Start, regions[last].End) is { } whole) { findings.Add(whole); continue; }
            for (var r = first; r <= last; r++) if (Judge(regions[r].Start, regions[r].End) is { } part) findings.Add(part);
        }

        Finding? Judge(int s0, int end)
        {
            var b = baseline[s0];
            var start = Regions.Onset(s0, i => Above(i, b, half), (int)o.Surge.MaxOnsetShift.TotalSeconds);
            // Its length counts the ramp too: the runner began to speed up where the speed last started climbing, a few
            // seconds before the rise reached half the threshold (a surge of one minute with ramps of a few seconds
            // otherwise measures 57-59 s at that line). Only down to a quarter of the threshold: closer to the baseline
            // a rising second is as likely the speed's own scatter, which would lengthen noisy recordings' surges alone.
            var duration = Regions.Seconds(RampStart(gas, running, start, b * (1 + half / 2 * (rise - 1)), (int)o.Surge.MaxRamp.TotalSeconds), end);
            if (duration < o.Surge.MinDuration.TotalSeconds) return null;
            double sumGas = 0, sumSpeed = 0, sumGrade = 0, peak = 0;
            int count = 0, full = 0;
            ReadOnlySpan<double> speed = track.Speed, grade = track.GradeColumn;
            for (var i = s0; i <= end; i++)
            {
                if (!running[i]) continue;
                if (Above(i, b, 1)) full++;
                sumGas += gas[i];
                sumSpeed += speed[i];
                sumGrade += grade[i];
                peak = Math.Max(peak, gas[i]);
                count++;
            }
            if (count == 0 || full < o.Surge.MinDurationAtFullRise.TotalSeconds) return null;
            // On a steep climb grade-adjusted speed is least certain (the cost curve is steep and small altitude errors
            // are magnified): a hill is not read as a surge.
            if (sumGrade / count > o.Surge.MaxMeanGrade) return null;
            var meanGas = sumGas / count;
            var increase = (meanGas / b - 1) * 100;
            if (increase < o.Surge.MinIncreasePercent) return null;
            // Temporary: the runner comes back down afterwards. Holding the new pace is a step up, not a surge.
            var after = PaceAfter(track, end, o);
            if (!double.IsNaN(after) && (meanGas < after * (1 + o.Surge.MinAboveAfterPercent / 100) || meanGas - after < o.Surge.MinReturnFraction * (meanGas - b))) return null;
            // A runner who speeds up takes quicker steps and, after a lag, has a faster heart; a GPS excursion, a drift of
            // the fixes or a climb the fitted hill response over-credits changes neither. When cadence or heart rate is
            // recorded, a rise neither answers is not the runner's. With neither, the speed must stand clear of its own
            // scatter (a rise within a few times the baseline's spread is as likely GPS error).
            var answered = EffortResponse.Answered(track, start, end, increase, o);
            if (answered == false) return null;
            if (answered is null && !(increase / 100 >= o.Surge.ClearNoiseMultiple * EffortResponse.BaselineSpread(track, start, o))) return null;
            var severity = SeverityLadder.Of(increase, o.Surge.ModeratePercent, o.Surge.HighPercent);
            // Rounded once: the text quotes the evidence the advice reads, so both give the same paces and percentage.
            var shownIncrease = Format.Round(increase, 1);
            var shownBaseline = Format.Round(b);
            var shownSpeed = Format.Round(meanGas);
            return new Finding(Kind, track.TimeAt(start), track.TimeAt(end), severity,
            [
                new(EvidenceNames.SpeedIncreasePercent, shownIncrease, "%"),
                new(EvidenceNames.BaselineSpeed, shownBaseline, "m/s"),
                new(EvidenceNames.Speed, shownSpeed, "m/s"),
                new("peak_speed_mps", Format.Round(peak), "m/s"),
                new(EvidenceNames.DurationSeconds, duration, "s"),
            ],
            $"speed +{Format.N(shownIncrease)} % over the previous {Format.N(o.Surge.BaselineWindow.TotalMinutes)} min median for {Format.Duration(duration)} ({PaceText.PerKm(shownSpeed)} against {PaceText.PerKm(shownBaseline)}, grade-adjusted)");
        }
    }

    /// <summary>
    /// Groups of consecutive stretches of rise (first and last index) that may be one effort: each at most 25 s after the
    /// one before, with the runner a quarter of the threshold above the baseline through the ease between them, and each
    /// stretch at least half a surge's minimum duration. GPS error of a few tenths of a metre a second over half a minute
    /// opens such gaps inside one surge, while two short excursions of noise are not strung into one.
    /// </summary>
    private static List<(int First, int Last)> JoinAcrossEases(List<(int Start, int End)> regions, ReadOnlySpan<double> gas, bool[] running, double[] baseline,
        SignalOptions o)
    {
        var groups = new List<(int First, int Last)>();
        var easeFloor = 1 + o.Surge.MinIncreasePercent / 100 / 4;
        var minPart = (int)o.Surge.MinDuration.TotalSeconds / 2;
        for (var r = 0; r < regions.Count; r++)
        {
            if (groups.Count > 0)
            {
                var (first, last) = groups[^1];
                var (start, end) = regions[last];
                var (next, nextEnd) = regions[r];
                if (next - end - 1 <= MaxEaseSeconds && Regions.Seconds(start, end) >= minPart && Regions.Seconds(next, nextEnd) >= minPart
                    && Rolling.MeanWhere(gas, running, end + 1, next, out _) >= baseline[regions[first].Start] * easeFloor)
                {
                    groups[^1] = (first, r);
                    continue;
                }
            }
            groups.Add((r, r));
        }
        return groups;
    }

    /// <summary>
    /// The second the runner began to speed up into a surge whose onset is <paramref name="onset"/>: back while the speed
    /// was still climbing and above <paramref name="floor"/>, at most <paramref name="maxSeconds"/>.
    /// </summary>
    private static int RampStart(ReadOnlySpan<double> gas, bool[] running, int onset, double floor, int maxSeconds)
    {
        var s = onset;
        while (s > 0 && onset - (s - 1) <= maxSeconds && running[s - 1] && gas[s - 1] < gas[s] && gas[s - 1] > floor) s--;
        return s;
    }

    /// <summary>
    /// The running seconds a surge may be measured against: all but the first <see cref="SurgeOptions.RecoveryAfterStop"/>
    /// of running after a standstill of at least <see cref="SurgeOptions.StopBeforeRecovery"/>. A 10-minute window that
    /// holds a cramp stop and the slow minutes after it has a median under the runner's own pace, and going back to that
    /// pace would read as a surge over it. A logged cramp without a stop does not start a recovery: cramp logs also hold
    /// cramps noted minutes late, and leaving five minutes out of every baseline after each would leave too little
    /// running to judge the surges that follow (on the independent generator, recall fell from over 0.9 to 0.68).
    /// </summary>
    private static bool[] SteadyRunning(SignalTrack track, SignalOptions o, Scratch scratch)
    {
        var n = track.Length;
        var include = scratch.Flags();
        var recovery = (int)o.Surge.RecoveryAfterStop.TotalSeconds;
        var longStop = Math.Max(1, (int)o.Surge.StopBeforeRecovery.TotalSeconds);
        int stopped = 0, recovering = 0;
        for (var i = 0; i < n; i++)
        {
            stopped = track.PausedMask[i] ? stopped + 1 : 0;
            // The recovery is counted in running seconds from the end of the stop.
            if (stopped >= longStop) recovering = recovery;
            var running = track.RunningMask[i];
            include[i] = running && recovering == 0;
            if (running && recovering > 0) recovering--;
        }
        return include;
    }

    /// <summary>
    /// Hill-neutral speed of the running seconds averaged over <see cref="SurgeOptions.SteadinessSmoothingWindow"/> (other
    /// seconds NaN), over the first <paramref name="n"/> seconds.
    /// </summary>
    private static double[] SmoothedRunning(SignalTrack track, SignalOptions o, Scratch scratch, int n)
    {
        var running = scratch.Column();
        var mask = track.RunningMask;
        ReadOnlySpan<double> effort = track.Effort;
        for (var i = 0; i < n; i++) running[i] = mask[i] ? effort[i] : double.NaN;
        var smoothed = scratch.Column();
        Rolling.Mean(running.AsSpan(0, n), smoothed.AsSpan(0, n), (int)o.Surge.SteadinessSmoothingWindow.TotalSeconds);
        return smoothed;
    }

    /// <summary>Median hill-neutral speed of the running seconds in the window after <paramref name="end"/>; NaN when too few.</summary>
    private static double PaceAfter(SignalTrack track, int end, SignalOptions o)
    {
        var to = Math.Min(track.Length, end + 1 + (int)o.Surge.AfterWindow.TotalSeconds);
        var median = Rolling.MedianWhere(track.Effort, track.RunningMask, end + 1, to, out var count);
        return count < o.Surge.AfterMinRunning.TotalSeconds ? double.NaN : median;
    }
}
