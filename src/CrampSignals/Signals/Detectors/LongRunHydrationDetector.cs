namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Long-run hydration: time on the move (the run's moving time, <see cref="Track.MovingTime"/>, the summary's) of at least <see cref="WholeRunOptions.HydrationMinMoving"/>, or
/// <see cref="WholeRunOptions.HydrationMinMovingHot"/> when it was hot (air temperature from weather at or above
/// <see cref="HeatOptions.AirThresholdCelsius"/>, else device temperature at or above
/// <see cref="HeatOptions.WristThresholdCelsius"/>, on average or for at least <see cref="HeatOptions.MinBlock"/>
/// of the moving time): long enough to need a drinking plan.
/// </summary>
internal sealed class LongRunHydrationDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.LongRunHydration;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) => context.Track.Length == 0 ? "no timed samples" : null;

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        // The summary's moving time, by the same rule: the finding, the advice that quotes it and the summary name one length.
        var moving = Track.MovingTime.Measure(context.Activity).Seconds;
        var (mean, threshold, hotSeconds) = MeanTemperature(context);
        var hot = mean >= threshold || hotSeconds >= o.Heat.MinBlock.TotalSeconds;
        var need = hot ? o.WholeRun.HydrationMinMovingHot : o.WholeRun.HydrationMinMoving;
        if (moving < need.TotalSeconds) return;
        // The text quotes the evidence's own rounded values, so the advice that reads the evidence says the same.
        var minutes = Format.Round(moving / 60.0, 1);
        mean = Format.Round(mean, 1);
        var longRun = moving >= o.WholeRun.HydrationLongMoving.TotalSeconds;
        var severity = longRun && hot ? Severity.High : longRun || hot ? Severity.Moderate : Severity.Low;
        var evidence = new List<Evidence> { new(EvidenceNames.RunMinutes, minutes, "min") };
        if (!double.IsNaN(mean)) evidence.Add(new(EvidenceNames.MeanTemperature, mean, "°C"));
        var where = double.IsNaN(mean) ? "" : context.Air is { HasData: true } ? $" at a mean {Format.N(mean)} °C air temperature" : $" at a mean {Format.N(mean)} °C on the watch's sensor";
        findings.Add(new Finding(Kind, track.TimeAt(Math.Max(0, track.FirstMovingIndex)), track.TimeAt(Math.Max(0, track.LastMovingIndex)), severity, [.. evidence],
            $"{Format.N(minutes)} min on the move{where}{(hot ? " (hot)" : "")}: long enough to need a drinking plan"));
    }

    /// <summary>Mean temperature over the moving seconds (air when weather was given, else the device's), the heat threshold that applies to it, and the moving seconds at or above it.</summary>
    internal static (double Mean, double Threshold, int HotSeconds) MeanTemperature(SignalContext context)
    {
        var track = context.Track;
        var o = context.Options;
        var air = context.Air is { HasData: true } a ? a : null;
        ReadOnlySpan<double> column = air is null ? track.Temperature : air.Temperature;
        var threshold = air is not null ? o.Heat.AirThresholdCelsius : o.Heat.WristThresholdCelsius;
        double sum = 0;
        int count = 0, hot = 0;
        for (var i = 0; i < track.Length; i++)
        {
            if (!track.MovingMask[i] || double.IsNaN(column[i])) continue;
            sum += column[i];
            count++;
            if (column[i] >= threshold) hot++;
        }
        return (count == 0 ? double.NaN : sum / count, threshold, hot);
    }
}
