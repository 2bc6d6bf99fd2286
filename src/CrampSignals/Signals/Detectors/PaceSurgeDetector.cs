using CrampSignals.Signals.Track;

namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Pace surge: grade-adjusted speed at least <see cref="SignalOptions.SurgeMinIncreasePercent"/> above the median of
/// the previous <see cref="SignalOptions.SurgeBaselineWindow"/> of running, for at least
/// <see cref="SignalOptions.SurgeMinSeconds"/>. Getting back to pace is not a surge: the baseline must be mostly running
/// at a steady effort, and the surge must also stand above the run's typical pace.
/// </summary>
public sealed class PaceSurgeDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.PaceSurge;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) => context.Track.HasSpeed ? null : "no speed, distance or position";

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        var typical = track.TypicalSpeedMetersPerSecond;
        if (!(typical > 0)) return;
        var baseline = Baseline.TrailingMedian(track.GradeAdjusted, track.RunningMask, (int)o.SurgeBaselineWindow.TotalSeconds, (int)o.SurgeBaselineMinRunning.TotalSeconds);
        var gas = track.GradeAdjusted;
        var running = track.RunningMask;
        var rise = 1 + o.SurgeMinIncreasePercent / 100;
        var aboveTypical = typical * (1 + o.SurgeMinAboveTypicalPercent / 100);
        var minBase = typical * o.SurgeBaselineMinFractionOfTypical;

        bool Above(int i, double b) => running[i] && gas[i] >= b * rise && gas[i] >= aboveTypical;
        var regions = Regions.Find(track.Length,
            i => baseline[i] >= minBase && Above(i, baseline[i]),
            (s, i) => Above(i, baseline[s]),
            (int)o.SurgeMaxDipSeconds);

        foreach (var (s0, end) in regions)
        {
            var b = baseline[s0];
            var onsetLevel = b * (1 + o.OnsetFractionOfThreshold * o.SurgeMinIncreasePercent / 100);
            var start = Regions.Onset(s0, i => running[i] && gas[i] >= onsetLevel, (int)o.MaxOnsetSeconds);
            var duration = end - start + 1;
            if (end - s0 + 1 < o.SurgeMinSeconds) continue;
            double sumGas = 0, sumSpeed = 0, peak = 0;
            var count = 0;
            for (var i = s0; i <= end; i++)
            {
                if (!running[i]) continue;
                sumGas += gas[i];
                sumSpeed += track.Speed[i];
                peak = Math.Max(peak, gas[i]);
                count++;
            }
            if (count == 0) continue;
            var meanGas = sumGas / count;
            var increase = (meanGas / b - 1) * 100;
            var severity = increase >= o.SurgeHighPercent ? Severity.High : increase >= o.SurgeModeratePercent ? Severity.Moderate : Severity.Low;
            findings.Add(new Finding(Kind, track.TimeAt(start), track.TimeAt(end), severity,
            [
                new(EvidenceNames.SpeedIncreasePercent, Format.Round(increase, 1), "%"),
                new(EvidenceNames.BaselineSpeed, Format.Round(b), "m/s"),
                new(EvidenceNames.Speed, Format.Round(meanGas), "m/s"),
                new("peak_speed_mps", Format.Round(peak), "m/s"),
                new(EvidenceNames.DurationSeconds, duration, "s"),
            ],
            $"speed +{Format.N(increase)} % over the previous {Format.N(o.SurgeBaselineWindow.TotalMinutes)} min median for {Format.Duration(duration)} ({Format.Pace(meanGas)} against {Format.Pace(b)}, grade-adjusted)"));
        }
    }
}
