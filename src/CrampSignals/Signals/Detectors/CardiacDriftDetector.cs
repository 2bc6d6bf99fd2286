namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Cardiac drift (aerobic decoupling): heart rate rising above what the pace needs. Heart rate is modelled against
/// grade-adjusted speed from the first <see cref="DriftOptions.ReferenceLength"/> of steady running (heart-rate
/// reserve grows in proportion to speed, from <see cref="DriftOptions.RestingHeartRateBpm"/>); the trend of how far
/// heart rate sits above that model over the steady running, start to end, must exceed
/// <see cref="DriftOptions.MinPercent"/>, and heart rate itself must have risen by at least
/// <see cref="DriftOptions.MinHeartRateRisePercent"/> (a fading race whose heart rate falls with the pace is not drift).
/// Steady running is within <see cref="DriftOptions.SteadyBandPercent"/> of the typical pace, after the first
/// <see cref="DriftOptions.SkipStart"/> of running; the run needs <see cref="DriftOptions.MinRunning"/> of
/// running and at least <see cref="DriftOptions.MinSteady"/> of it steady.
/// </summary>
/// <remarks>
/// At an even pace the measure is the plain rise of heart rate (the classic decoupling at steady pace); where the pace
/// changes, the model says how much of the heart rate's change the pace explains. The whole trend is measured rather
/// than the halves' means, since halves catch only half of a steady creep.
/// </remarks>
internal sealed class CardiacDriftDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.CardiacDrift;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) =>
        !context.Track.HasHeartRate ? "no heart rate"
        : !context.Track.HasSpeed ? "no speed, distance or position"
        : context.Track.RunningSeconds < context.Options.Drift.MinRunning.TotalSeconds
            ? TooShort.Reason(context.Track.RunningSeconds, context.Options.Drift.MinRunning.TotalSeconds, "drift shows over a longer steady run")
        : null;

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        if (Measure(context) is not { } m) return;
        var o = context.Options;
        if (!(m.DecouplingPercent > o.Drift.MinPercent) || !(m.HeartRateRisePercent >= o.Drift.MinHeartRateRisePercent)) return;
        var pct = m.DecouplingPercent;
        var track = context.Track;
        var severity = SeverityLadder.Of(pct, o.Drift.ModeratePercent, o.Drift.HighPercent);
        findings.Add(new Finding(Kind, track.TimeAt(m.From), track.TimeAt(m.To), severity,
        [
            new(EvidenceNames.DecouplingPercent, Format.Round(pct, 1), "%"),
            new(EvidenceNames.HeartRateStart, Format.Round(m.EarlyHeartRate, 0), "bpm"),
            new(EvidenceNames.HeartRateEnd, Format.Round(m.LateHeartRate, 0), "bpm"),
            new("early_speed_mps", Format.Round(m.EarlySpeed), "m/s"),
            new("late_speed_mps", Format.Round(m.LateSpeed), "m/s"),
        ],
        // The text quotes the evidence's rounded values, as the advice does ("17 %", not "17.0 %" beside it).
        $"heart rate rose from {Format.N(Format.Round(m.EarlyHeartRate, 0))} to {Format.N(Format.Round(m.LateHeartRate, 0))} bpm at {PaceText.PerKm(Format.Round(m.EarlySpeed))} then {PaceText.PerKm(Format.Round(m.LateSpeed))} (grade-adjusted): {Format.N(Format.Round(pct, 1), "0.#")} % above what the pace needs (aerobic decoupling)"));
    }

    /// <summary>What the detector measured on a run: the decoupling trend, heart rate's own rise, and the early and late levels.</summary>
    internal readonly record struct Measurement(
        int From, int To, double DecouplingPercent, double HeartRateRisePercent,
        double EarlyHeartRate, double LateHeartRate, double EarlySpeed, double LateSpeed);

    /// <summary>Measures the drift of a run, or null when it is too short or has too little steady running with heart rate.</summary>
    internal static Measurement? Measure(SignalContext context)
    {
        var track = context.Track;
        var o = context.Options;
        var typical = track.TypicalSpeedMetersPerSecond;
        if (!(typical > 0) || track.RunningSeconds < o.Drift.MinRunning.TotalSeconds) return null;

        using var scratch = new Track.Scratch(track.Length);
        var lagged = LaggedSpeed(track, o.Drift.HeartRateLag.TotalSeconds, scratch);
        var rows = scratch.Rows();
        var count = 0;
        var skip = (int)o.Drift.SkipStart.TotalSeconds;
        var runningSoFar = 0;
        // The columns are read once: each read through the track's properties cuts a fresh span out of its block.
        var running = track.RunningMask;
        ReadOnlySpan<double> grade = track.GradeAdjusted, heartRate = track.HeartRate, slope = track.GradeColumn;
        for (var i = 0; i < track.Length; i++)
        {
            if (!running[i]) continue;
            if (runningSoFar++ < skip) continue;
            var g = grade[i];
            if (double.IsNaN(g) || double.IsNaN(heartRate[i]) || !(lagged[i] > 0) || Math.Abs(g / typical - 1) > o.Drift.SteadyBandPercent / 100
                || Math.Abs(slope[i]) > o.Track.ComparisonMaxAbsGrade) continue;
            rows[count++] = i;
        }
        // Steady running starts where it is sustained: from the first second after which at least half of the next
        // SustainedWindow of running is at a steady pace. A warm-up jog near the edge of the band lets a few seconds
        // through, and how many depends on how noisy the speed is (speed read from noisy fixes lets through more than a
        // foot pod's), so the finding's start and its reference would otherwise move with the recording.
        var start = SustainedStart(track, typical, o);
        var first = 0;
        while (first < count && rows[first] < start) first++;
        ReadOnlySpan<int> steady = rows.AsSpan(first, count - first);
        if (steady.Length < o.Drift.MinSteady.TotalSeconds) return null;

        // The heart rate the pace needs, learnt from the early steady running: the reserve above rest grows with speed.
        var window = Math.Min((int)o.Drift.ReferenceLength.TotalSeconds, steady.Length / 3);
        var (hrEarly, vEarly, _) = Means(track, lagged, steady, 0, window);
        var (hrLate, _, vLate) = Means(track, lagged, steady, steady.Length - window, steady.Length);
        var rest = Math.Min(o.Drift.RestingHeartRateBpm, o.Drift.RestingMaxFractionOfEarly * hrEarly);
        var perSpeed = (hrEarly - rest) / vEarly;

        // Least-squares trends over time of heart rate's excess over the model and of heart rate itself.
        double sx = 0, sxx = 0, se = 0, sxe = 0, sh = 0, sxh = 0;
        var t0 = steady[0];
        foreach (var i in steady)
        {
            double x = i - t0, hr = heartRate[i];
            var excess = hr / (rest + perSpeed * lagged[i]) - 1;
            sx += x; sxx += x * x; se += excess; sxe += x * excess; sh += hr; sxh += x * hr;
        }
        var n = steady.Length;
        var den = n * sxx - sx * sx;
        if (!(den > 0)) return null;
        var span = steady[^1] - t0;
        var excessSlope = (n * sxe - sx * se) / den;
        var hrSlope = (n * sxh - sx * sh) / den;
        var hrAtStart = (sh - hrSlope * sx) / n;
        return new Measurement(steady[0], steady[^1], excessSlope * span * 100, hrSlope * span / hrAtStart * 100,
            hrEarly, hrLate, Mean(track.GradeAdjusted, steady, 0, window), vLate);
    }

    /// <summary>
    /// The first running row from which the mean grade-adjusted speed over the running seconds of the next
    /// <see cref="DriftOptions.SustainedWindow"/> is within half of <see cref="DriftOptions.SteadyBandPercent"/> of
    /// <paramref name="typical"/> (the track's length when there is none).
    /// </summary>
    private static int SustainedStart(Track.SignalTrack track, double typical, SignalOptions o)
    {
        var window = (int)o.Drift.SustainedWindow.TotalSeconds;
        var halfBand = o.Drift.SteadyBandPercent / 200;
        double sum = 0;
        var count = 0;
        var running = track.RunningMask;
        ReadOnlySpan<double> grade = track.GradeAdjusted;
        for (int from = 0, to = 0; from < track.Length; from++)
        {
            for (; to < Math.Min(track.Length, from + window); to++)
                if (running[to] && !double.IsNaN(grade[to])) { sum += grade[to]; count++; }
            var counted = running[from] && !double.IsNaN(grade[from]);
            if (counted && count >= window / 2 && Math.Abs(sum / count / typical - 1) <= halfBand) return from;
            if (counted) { sum -= grade[from]; count--; }
        }
        return track.Length;
    }

    /// <summary>
    /// Grade-adjusted speed as the heart sees it: an exponential lag of about <paramref name="tauSeconds"/>, standing
    /// still counting as zero, so heart rate still climbing after the start or a stop is not read as drift.
    /// </summary>
    private static double[] LaggedSpeed(Track.SignalTrack track, double tauSeconds, Track.Scratch scratch)
    {
        var result = scratch.Column();
        var level = 0.0;
        var tau = Math.Max(1, tauSeconds);
        var moving = track.MovingMask;
        ReadOnlySpan<double> grade = track.GradeAdjusted;
        for (var i = 0; i < track.Length; i++)
        {
            var g = grade[i];
            var v = moving[i] && !double.IsNaN(g) ? g : 0;
            level += (v - level) / tau;
            result[i] = level;
        }
        return result;
    }

    private static (double HeartRate, double Lagged, double Speed) Means(Track.SignalTrack track, double[] lagged, ReadOnlySpan<int> rows, int from, int to)
    {
        double hr = 0, v = 0, g = 0;
        ReadOnlySpan<double> heartRate = track.HeartRate, grade = track.GradeAdjusted;
        for (var k = from; k < to; k++)
        {
            hr += heartRate[rows[k]];
            v += lagged[rows[k]];
            g += grade[rows[k]];
        }
        var n = Math.Max(1, to - from);
        return (hr / n, v / n, g / n);
    }

    private static double Mean(ReadOnlySpan<double> column, ReadOnlySpan<int> rows, int from, int to)
    {
        double sum = 0;
        for (var k = from; k < to; k++) sum += column[rows[k]];
        return sum / Math.Max(1, to - from);
    }
}
