namespace CrampSignals.Reports;

/// <summary>
/// The altitude the report draws and climbs on: the recorded altitude with its spikes taken out by a Hampel filter.
/// A barometer that jumps, or a GPS altitude that loses its fix, writes a single sample or a few tens of metres off;
/// counted as it is, one 87 m spike on flat ground is 87 m of climb and as much descent in its split and stretches the
/// elevation chart around it. The <c>samples</c> command and the sample table keep the raw values.
/// </summary>
/// <remarks>
/// Each value is compared with the median of the <see cref="HalfWidth"/> finite values either side of it and itself
/// (up to 11 samples). When it is further from that median than <see cref="Threshold"/> times the window's scaled median
/// absolute deviation (1.4826 × MAD, the standard deviation of normal noise), and at least
/// <see cref="MinDeviationMeters"/>, it is replaced by the median; any other value is kept as recorded. A steady climb or
/// descent is untouched: the median of a window along a monotonic slope is its middle value. A spike of up to
/// <see cref="HalfWidth"/> samples is removed; a longer change is taken as real.
/// </remarks>
internal static class AltitudeFilter
{
    /// <summary>Samples either side of each value in its window.</summary>
    public const int HalfWidth = 5;

    /// <summary>Scaled median absolute deviations from the median beyond which a value is a spike.</summary>
    public const double Threshold = 3;

    /// <summary>Least departure from the median, metres, that counts as a spike: on a flat run the MAD is near zero.</summary>
    public const double MinDeviationMeters = 3;

    /// <summary>The spike-filtered copy of <paramref name="altitude"/>; NaN stays NaN.</summary>
    public static double[] Hampel(ReadOnlySpan<double> altitude)
    {
        var n = altitude.Length;
        var result = altitude.ToArray();
        var window = new double[2 * HalfWidth + 1];
        var deviations = new double[2 * HalfWidth + 1];
        for (var i = 0; i < n; i++)
        {
            var x = altitude[i];
            if (!double.IsFinite(x)) continue;
            var count = 0;
            window[count++] = x;
            // The nearest finite values either side, skipping gaps, so a missing sample does not shrink the window.
            for (int j = i - 1, taken = 0; j >= 0 && taken < HalfWidth; j--) if (double.IsFinite(altitude[j])) { window[count++] = altitude[j]; taken++; }
            for (int j = i + 1, taken = 0; j < n && taken < HalfWidth; j++) if (double.IsFinite(altitude[j])) { window[count++] = altitude[j]; taken++; }
            if (count < 3) continue;
            var median = Median(window.AsSpan(0, count));
            for (var k = 0; k < count; k++) deviations[k] = Math.Abs(window[k] - median);
            var mad = 1.4826 * Median(deviations.AsSpan(0, count));
            if (Math.Abs(x - median) > Math.Max(MinDeviationMeters, Threshold * mad)) result[i] = median;
        }
        return result;
    }

    private static double Median(Span<double> values)
    {
        values.Sort();
        var m = values.Length / 2;
        return values.Length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }
}
