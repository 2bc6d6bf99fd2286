namespace CrampSignals.Signals.Track;

/// <summary>NaN-aware centred rolling filters over 1 Hz columns.</summary>
internal static class Rolling
{
    /// <summary>
    /// Centred rolling median of width <paramref name="width"/>, ignoring NaN; a second whose window holds fewer than a
    /// third valid values stays NaN, so pauses and gaps are never bridged.
    /// </summary>
    /// <remarks>With <paramref name="fillHoles"/>, a missing second whose window is mostly valid gets the median too (a removed spike).</remarks>
    public static void Median(ReadOnlySpan<double> source, Span<double> target, int width, bool fillHoles = false)
    {
        if (width <= 1) { source.CopyTo(target); return; }
        var half = width / 2;
        var minValid = Math.Max(1, width / 3);
        Span<double> buffer = width <= 256 ? stackalloc double[width] : new double[width];
        var n = source.Length;
        for (var i = 0; i < n; i++)
        {
            var hole = double.IsNaN(source[i]);
            if (hole && !fillHoles) { target[i] = double.NaN; continue; }
            var from = Math.Max(0, i - half);
            var to = Math.Min(n - 1, i + half);
            var count = 0;
            for (var j = from; j <= to; j++)
            {
                var v = source[j];
                if (double.IsNaN(v)) continue;
                // Insertion keeps the small buffer sorted.
                var k = count++;
                while (k > 0 && buffer[k - 1] > v) { buffer[k] = buffer[k - 1]; k--; }
                buffer[k] = v;
            }
            target[i] = count < (hole ? half + 1 : minValid) ? double.NaN
                : (count & 1) == 1 ? buffer[count / 2] : 0.5 * (buffer[count / 2 - 1] + buffer[count / 2]);
        }
    }

    /// <summary>Centred rolling mean of width <paramref name="width"/>, ignoring NaN; NaN stays NaN.</summary>
    public static void Mean(ReadOnlySpan<double> source, Span<double> target, int width)
    {
        var n = source.Length;
        if (width <= 1 || n == 0) { source.CopyTo(target); return; }
        var half = width / 2;
        // Prefix sums of values and of valid counts make every window O(1).
        var sum = new double[n + 1];
        var cnt = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var v = source[i];
            var valid = !double.IsNaN(v);
            sum[i + 1] = sum[i] + (valid ? v : 0);
            cnt[i + 1] = cnt[i] + (valid ? 1 : 0);
        }
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(source[i])) { target[i] = double.NaN; continue; }
            var from = Math.Max(0, i - half);
            var to = Math.Min(n, i + half + 1);
            target[i] = (sum[to] - sum[from]) / (cnt[to] - cnt[from]);
        }
    }

    /// <summary>Median then mean: robust to spikes, then smooth.</summary>
    public static double[] Smooth(ReadOnlySpan<double> source, int medianWidth, int meanWidth)
    {
        var tmp = new double[source.Length];
        Median(source, tmp, medianWidth);
        var result = new double[source.Length];
        Mean(tmp, result, meanWidth);
        return result;
    }

    /// <summary>The median of the valid values in <paramref name="values"/> (NaN when none); sorts a copy.</summary>
    public static double MedianOf(IEnumerable<double> values)
    {
        var list = values.Where(v => !double.IsNaN(v)).ToArray();
        if (list.Length == 0) return double.NaN;
        Array.Sort(list);
        var m = list.Length / 2;
        return (list.Length & 1) == 1 ? list[m] : 0.5 * (list[m - 1] + list[m]);
    }
}
