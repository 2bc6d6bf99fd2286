using CrampSignals.Signals.Track;

namespace CrampSignals.Signals.Detectors;

/// <summary>Trailing rolling medians over the running seconds: "the runner's own recent steady effort".</summary>
internal static class Baseline
{
    /// <summary>
    /// For each second, the median of <paramref name="values"/> over the included seconds of the previous
    /// <paramref name="window"/> seconds (not counting itself); NaN when fewer than <paramref name="minCount"/> were included.
    /// </summary>
    public static double[] TrailingMedian(double[] values, bool[] include, int window, int minCount)
    {
        var n = values.Length;
        var result = new double[n];
        var sorted = new SortedWindow(window + 1);
        for (var i = 0; i < n; i++)
        {
            result[i] = sorted.Count >= Math.Max(1, minCount) ? sorted.Median : double.NaN;
            if (include[i] && !double.IsNaN(values[i])) sorted.Add(values[i]);
            var old = i - window + 1;
            // Remove what falls out of the window before the next second reads it.
            if (old - 1 >= 0 && include[old - 1] && !double.IsNaN(values[old - 1])) sorted.Remove(values[old - 1]);
        }
        return result;
    }
}
