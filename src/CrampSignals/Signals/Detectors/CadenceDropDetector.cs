namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Cadence drop: steps per minute at least <see cref="CadenceOptions.MinDropPercent"/> below the runner's own
/// rolling baseline at a similar grade-adjusted speed, for at least <see cref="CadenceOptions.MinDuration"/>, while
/// still running. Walk breaks are not running; steep grades are not judged; the baseline is scaled to the current speed
/// (cadence ∝ speed^<see cref="CadenceOptions.SpeedExponent"/>) so an easier pace is allowed its slightly lower cadence.
/// </summary>
internal sealed class CadenceDropDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.CadenceDrop;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) =>
        !context.Track.HasCadence ? "no cadence"
        : !context.Track.HasSpeed ? "no speed to compare cadence at"
        : null;

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        var typical = track.TypicalSpeedMetersPerSecond;
        if (!(typical > 0)) return;
        var n = track.Length;
        var gas = track.EffortSegment;
        var cadence = track.CadenceSegment;
        var k = o.Cadence.SpeedExponent;

        // Cadence scaled to the typical speed, so seconds at slightly different paces compare.
        using var scratch = new Track.Scratch(n);
        var judged = scratch.Flags();
        var normalised = scratch.Column();
        var running = track.RunningMask;
        ReadOnlySpan<double> grade = track.GradeColumn;
        var maxAbsGrade = o.Cadence.MaxAbsGrade;
        for (var i = 0; i < n; i++)
        {
            judged[i] = running[i] && !double.IsNaN(cadence[i]) && !double.IsNaN(gas[i]) && Math.Abs(grade[i]) <= maxAbsGrade;
            normalised[i] = judged[i] ? cadence[i] * Math.Pow(typical / gas[i], k) : double.NaN;
        }
        var window = (int)o.Cadence.BaselineWindow.TotalSeconds;
        var minCount = (int)o.Cadence.BaselineMinRunning.TotalSeconds;
        var baseCadence = scratch.Column();
        Baseline.TrailingMedian(normalised.AsSpan(0, n), judged.AsSpan(0, n), window, minCount, baseCadence.AsSpan(0, n));
        var baseSpeed = scratch.Column();
        Baseline.TrailingMedian(gas, judged.AsSpan(0, n), window, minCount, baseSpeed.AsSpan(0, n));
        var drop = 1 - o.Cadence.MinDropPercent / 100;

        bool Similar(int i, int reference) => Math.Abs(gas[i] / baseSpeed[reference] - 1) <= o.Cadence.SimilarSpeedPercent / 100;
        // Hysteresis as for surges: starts past the full drop, lasts while at least half of it remains.
        var halfDrop = 1 - o.Cadence.OnsetFractionOfThreshold * o.Cadence.MinDropPercent / 100;
        bool Below(int i, int reference, double level) => judged[i] && Similar(i, reference) && normalised[i] <= baseCadence[reference] * level;
        var regions = Regions.Find(n,
            i => !double.IsNaN(baseCadence[i]) && Below(i, i, drop),
            (s, i) => Below(i, s, halfDrop),
            (int)o.Cadence.MaxGap.TotalSeconds);

        var maxOnsetShift = (int)o.Cadence.MaxOnsetShift.TotalSeconds;
        var stretches = new List<(int Start, int From, int End)>();
        foreach (var (s0, end) in regions)
        {
            var onset = Regions.Onset(s0, i => Below(i, s0, halfDrop), maxOnsetShift);
            // A drop that resumes within an onset's reach of the one before is that drop, cut where a few seconds of noisy
            // speed (from positions, above all) strayed out of the similar-speed band: one finding, as from the watch's
            // own speed (a TCX export of a simulated run gave two overlapping drops where its FIT gave one).
            if (stretches.Count > 0 && onset <= stretches[^1].End + maxOnsetShift) stretches[^1] = stretches[^1] with { End = end };
            else stretches.Add((onset, s0, end));
        }

        foreach (var (start, s0, end) in stretches)
        {
            if (Regions.Seconds(start, end) < o.Cadence.MinDuration.TotalSeconds) continue;
            double sumNorm = 0, sumCad = 0, sumGas = 0;
            int count = 0, full = 0;
            for (var i = s0; i <= end; i++)
            {
                if (!judged[i]) continue;
                if (Below(i, s0, drop)) full++;
                sumNorm += normalised[i];
                sumCad += cadence[i];
                sumGas += gas[i];
                count++;
            }
            if (count == 0 || full < o.Cadence.MinDurationAtFullDrop.TotalSeconds) continue;
            var meanGas = sumGas / count;
            // The baseline as the runner would have stepped at this stretch's own speed.
            var baseAtSpeed = baseCadence[s0] * Math.Pow(meanGas / typical, k);
            var dropPct = (1 - sumNorm / count / baseCadence[s0]) * 100;
            if (dropPct < o.Cadence.MinDropPercent) continue;
            var duration = end - start;
            var severity = SeverityLadder.Of(dropPct, o.Cadence.ModeratePercent, o.Cadence.HighPercent);
            findings.Add(new Finding(Kind, track.TimeAt(start), track.TimeAt(end), severity,
            [
                new(EvidenceNames.CadenceDropPercent, Format.Round(dropPct, 1), "%"),
                new(EvidenceNames.BaselineCadence, Format.Round(baseAtSpeed, 1), "spm"),
                new(EvidenceNames.Cadence, Format.Round(sumCad / count, 1), "spm"),
                new(EvidenceNames.Speed, Format.Round(meanGas), "m/s"),
                new(EvidenceNames.DurationSeconds, duration, "s"),
            ],
            $"cadence {Format.N(sumCad / count)} spm, {Format.N(dropPct)} % below its recent {Format.N(baseAtSpeed)} spm at the same effort, for {Format.Duration(duration)} while still running"));
        }
    }
}
