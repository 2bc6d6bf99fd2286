using CrampSignals.Weather;

namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Heat exposure: one finding per block of at least <see cref="HeatOptions.MinBlock"/> above a heat threshold
/// (dips up to <see cref="HeatOptions.MaxDip"/> bridged). With weather input: air temperature or heat index above
/// their thresholds, or the estimated WBGT in the ACSM black band; the WBGT flag (yellow, red, black) sets the severity.
/// Without weather, the watch's own sensor above the higher wrist threshold; since that sensor warms minutes behind the
/// air, such a block is dated from where its rise began (<see cref="RiseOnset"/>).
/// </summary>
internal sealed class HeatExposureDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.HeatExposure;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) =>
        context.Air is { HasData: true } || context.Track.HasTemperature ? null : "no temperature (neither the watch's sensor nor weather input)";

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        var air = context.Air is { HasData: true } a ? a : null;
        var n = track.Length;
        ReadOnlySpan<double> temperature = air is null ? track.Temperature : air.Temperature;
        var threshold = air is null ? o.Heat.WristThresholdCelsius : o.Heat.AirThresholdCelsius;
        using var scratch = new Track.Scratch(n);
        var hot = scratch.Flags();
        if (air is null)
            for (var i = 0; i < n; i++) hot[i] = temperature[i] >= threshold;
        else
        {
            // The columns are read once: each read through the properties cuts a fresh span out of the block.
            ReadOnlySpan<double> wbgt = air.Wbgt, heatIndex = air.HeatIndex;
            double wbgtThreshold = o.Heat.WbgtThresholdCelsius, heatIndexThreshold = o.Heat.HeatIndexThresholdCelsius;
            for (var i = 0; i < n; i++)
                hot[i] = temperature[i] >= threshold || wbgt[i] >= wbgtThreshold || heatIndex[i] >= heatIndexThreshold;
        }
        var blocks = Regions.Find(n, i => hot[i], (_, i) => hot[i], (int)o.Heat.MaxDip.TotalSeconds);
        var previousEnd = -1;
        foreach (var (crossing, end) in blocks)
        {
            if (end - crossing < o.Heat.MinBlock.TotalSeconds) continue;
            // The wrist sensor warms behind the air (skin and case take minutes): the block began where its rise did.
            var start = air is null ? RiseOnset(temperature, crossing, previousEnd + 1, o) : crossing;
            previousEnd = end;
            var seconds = end - start;
            double sum = 0, max = double.MinValue, maxWbgt = double.MinValue, maxHi = double.MinValue, rh = 0;
            int count = 0, above = 0;
            for (var i = start; i <= end; i++)
            {
                if (hot[i]) above++;
                var t = temperature[i];
                if (double.IsNaN(t)) continue;
                sum += t;
                max = Math.Max(max, t);
                count++;
                if (air is null) continue;
                if (!double.IsNaN(air.Wbgt[i])) maxWbgt = Math.Max(maxWbgt, air.Wbgt[i]);
                if (!double.IsNaN(air.HeatIndex[i])) maxHi = Math.Max(maxHi, air.HeatIndex[i]);
                if (!double.IsNaN(air.Humidity[i])) rh += air.Humidity[i];
            }
            if (count == 0) continue;
            // Rounded once: the text and the evidence the advice reads carry the same numbers.
            var mean = Format.Round(sum / count, 1);
            max = Format.Round(max, 1);
            var minutes = above / 60.0;
            var evidence = new List<Evidence>
            {
                new(EvidenceNames.MinutesAboveThreshold, Format.Round(minutes, 1), "min"),
                new(EvidenceNames.ThresholdTemperature, threshold, "°C"),
                new(EvidenceNames.MaxTemperature, max, "°C"),
                new(EvidenceNames.MeanTemperature, mean, "°C"),
                new(EvidenceNames.DurationSeconds, seconds, "s"),
            };
            Severity severity;
            string summary;
            if (air is null)
            {
                severity = SeverityLadder.Of(max, threshold + o.Heat.SeverityStepCelsius, threshold + 2 * o.Heat.SeverityStepCelsius);
                summary = $"{Format.Duration(seconds)} with the watch's sensor at or above {Format.N(threshold)} °C (mean {Format.N(mean)} °C, up to {Format.N(max)} °C)";
            }
            else
            {
                if (maxWbgt > double.MinValue) evidence.Add(new(EvidenceNames.Wbgt, Format.Round(maxWbgt, 1), "°C"));
                if (maxHi > double.MinValue) evidence.Add(new(EvidenceNames.HeatIndex, Format.Round(maxHi, 1), "°C"));
                if (rh > 0) evidence.Add(new(EvidenceNames.RelativeHumidity, Format.Round(rh / count, 0), "%"));
                WbgtFlag? flag = maxWbgt > double.MinValue ? HeatStress.FlagFor(maxWbgt) : null;
                var byFlag = flag switch { WbgtFlag.Black => Severity.High, WbgtFlag.Red => Severity.Moderate, _ => Severity.Low };
                var byTemp = SeverityLadder.Of(max, threshold + o.Heat.SeverityStepCelsius, threshold + 2 * o.Heat.SeverityStepCelsius);
                severity = (Severity)Math.Max((int)byFlag, (int)byTemp);
                summary = $"{Format.Duration(seconds)} in the heat: air {Format.N(mean)} °C on average, up to {Format.N(max)} °C"
                    + (flag is null ? "" : $", estimated WBGT up to {Format.N(maxWbgt)} °C ({flag.ToString()!.ToLowerInvariant()} flag)");
            }
            findings.Add(new Finding(Kind, track.TimeAt(start), track.TimeAt(end), severity, [.. evidence], summary));
        }
    }

    /// <summary>
    /// Where the rise that crossed the threshold at <paramref name="crossing"/> began: back from the crossing while the
    /// temperature over the previous <see cref="HeatOptions.OnsetWindow"/> rose at least
    /// <see cref="HeatOptions.OnsetMinRiseCelsiusPerMinute"/>, at most <see cref="HeatOptions.OnsetMaxShift"/>
    /// and not before <paramref name="floor"/>.
    /// </summary>
    internal static int RiseOnset(ReadOnlySpan<double> temperature, int crossing, int floor, SignalOptions o)
    {
        var window = Math.Max(1, (int)o.Heat.OnsetWindow.TotalSeconds);
        var minRise = o.Heat.OnsetMinRiseCelsiusPerMinute * window / 60;
        var earliest = Math.Max(Math.Max(0, floor), crossing - (int)o.Heat.OnsetMaxShift.TotalSeconds);
        // A short gap in the reading (a tunnel, a dropout) neither ends the rise nor hides where it began.
        var k = crossing;
        var onset = crossing;
        while (k - 1 >= earliest && k - window >= 0)
        {
            var now = temperature[k];
            if (!double.IsNaN(now))
            {
                var before = double.NaN;
                for (var j = k - window; j >= Math.Max(0, k - 2 * window) && double.IsNaN(before); j--) before = temperature[j];
                if (double.IsNaN(before) || now - before < minRise) break;
                onset = k;
            }
            k--;
        }
        return onset == crossing ? crossing : onset - 1;
    }
}
