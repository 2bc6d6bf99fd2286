namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Cardiac drift (aerobic decoupling): heart rate per unit of grade-adjusted speed in the second half of the steady
/// running against the first half, above <see cref="SignalOptions.DriftMinPercent"/>. Steady running is within
/// <see cref="SignalOptions.DriftSteadyFraction"/> of the typical pace, after the first
/// <see cref="SignalOptions.DriftSkipStart"/> of running; the run needs <see cref="SignalOptions.DriftMinRunning"/> of
/// running and at least <see cref="SignalOptions.DriftMinSteady"/> of it steady.
/// </summary>
public sealed class CardiacDriftDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.CardiacDrift;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) =>
        !context.Track.HasHeartRate ? "no heart rate"
        : !context.Track.HasSpeed ? "no speed, distance or position"
        : null;

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        var typical = track.TypicalSpeedMetersPerSecond;
        if (!(typical > 0) || track.RunningSeconds < o.DriftMinRunning.TotalSeconds) return;
        var steady = new List<int>();
        var skip = (int)o.DriftSkipStart.TotalSeconds;
        var runningSoFar = 0;
        for (var i = 0; i < track.Length; i++)
        {
            if (!track.RunningMask[i]) continue;
            if (runningSoFar++ < skip) continue;
            var g = track.GradeAdjusted[i];
            if (double.IsNaN(g) || double.IsNaN(track.HeartRate[i]) || Math.Abs(g / typical - 1) > o.DriftSteadyFraction
                || Math.Abs(track.GradeColumn[i]) > o.ComparisonMaxAbsGrade) continue;
            steady.Add(i);
        }
        if (steady.Count < o.DriftMinSteady.TotalSeconds) return;
        var half = steady.Count / 2;
        var (hr1, v1) = Means(track, steady, 0, half);
        var (hr2, v2) = Means(track, steady, half, steady.Count);
        var pct = ((hr2 / v2) / (hr1 / v1) - 1) * 100;
        if (!(pct > o.DriftMinPercent)) return;
        var severity = pct >= o.DriftHighPercent ? Severity.High : pct >= o.DriftModeratePercent ? Severity.Moderate : Severity.Low;
        findings.Add(new Finding(Kind, track.TimeAt(steady[0]), track.TimeAt(steady[^1]), severity,
        [
            new(EvidenceNames.DecouplingPercent, Format.Round(pct, 1), "%"),
            new(EvidenceNames.HeartRateStart, Format.Round(hr1, 0), "bpm"),
            new(EvidenceNames.HeartRateEnd, Format.Round(hr2, 0), "bpm"),
            new("first_half_speed_mps", Format.Round(v1), "m/s"),
            new("second_half_speed_mps", Format.Round(v2), "m/s"),
        ],
        $"heart rate rose from {Format.N(hr1)} to {Format.N(hr2)} bpm at {Format.Pace(v1)} then {Format.Pace(v2)} (grade-adjusted): {Format.N(pct, "0.0")} % aerobic decoupling"));
    }

    private static (double HeartRate, double Speed) Means(Track.SignalTrack track, List<int> rows, int from, int to)
    {
        double hr = 0, v = 0;
        for (var k = from; k < to; k++)
        {
            hr += track.HeartRate[rows[k]];
            v += track.GradeAdjusted[rows[k]];
        }
        var n = Math.Max(1, to - from);
        return (hr / n, v / n);
    }
}
