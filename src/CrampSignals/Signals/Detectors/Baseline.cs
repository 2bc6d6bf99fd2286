using CrampSignals.Signals.Track;

namespace CrampSignals.Signals.Detectors;

/// <summary>Trailing rolling medians over the running seconds: "the runner's own recent steady effort".</summary>
internal static class Baseline
{
    /// <summary>
    /// For each second, the median of <paramref name="values"/> over the included seconds of the previous
    /// <paramref name="window"/> seconds (not counting itself); NaN when fewer than <paramref name="minCount"/> were included.
    /// </summary>
    public static double[] TrailingMedian(double[] values, bool[] include, int window, int minCount) =>
        TrailingMedian(values, include, window, minCount, 0, null);

    /// <summary>
    /// As <see cref="TrailingMedian(double[], bool[], int, int)"/>, and also the fraction of the window's values within
    /// ±<paramref name="band"/> (relative) of its median: how steady the baseline was.
    /// </summary>
    public static double[] TrailingMedian(double[] values, bool[] include, int window, int minCount, double band, double[]? steadiness)
    {
        var n = values.Length;
        var result = new double[n];
        var sorted = new SortedWindow(window + 1);
        for (var i = 0; i < n; i++)
        {
            result[i] = sorted.Count >= Math.Max(1, minCount) ? sorted.Median : double.NaN;
            if (steadiness is not null)
                steadiness[i] = double.IsNaN(result[i]) ? 0 : sorted.CountBetween(result[i] * (1 - band), result[i] * (1 + band)) / (double)sorted.Count;
            if (include[i] && !double.IsNaN(values[i])) sorted.Add(values[i]);
            var old = i - window + 1;
            // Remove what falls out of the window before the next second reads it.
            if (old - 1 >= 0 && include[old - 1] && !double.IsNaN(values[old - 1])) sorted.Remove(values[old - 1]);
        }
        return result;
    }

    /// <summary>For each second, the median of <paramref name="values"/> over the included seconds within <paramref name="halfWidth"/> either side (NaN when none).</summary>
    public static double[] CentredMedian(double[] values, bool[] include, int halfWidth)
    {
        var n = values.Length;
        var result = new double[n];
        var sorted = new SortedWindow(2 * halfWidth + 2);
        var added = 0;
        for (var i = 0; i < n; i++)
        {
            // Window [i - halfWidth, i + halfWidth]: add the new right edge, drop the old left edge.
            for (; added <= Math.Min(n - 1, i + halfWidth); added++)
                if (include[added] && !double.IsNaN(values[added])) sorted.Add(values[added]);
            var old = i - halfWidth - 1;
            if (old >= 0 && include[old] && !double.IsNaN(values[old])) sorted.Remove(values[old]);
            result[i] = sorted.Median;
        }
        return result;
    }
}
