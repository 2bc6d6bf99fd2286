using CrampSignals.Signals.Track;

namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Rolling medians over the running seconds: "the runner's own recent steady effort". Windows of minutes are read from
/// every few seconds' value (<see cref="Step"/>): the median of a 10-minute window hardly changes, and the pass stays fast.
/// </summary>
internal static class Baseline
{
    /// <summary>Seconds between the values a long window holds.</summary>
    public const int Step = 5;

    /// <summary>
    /// For each second, the median of <paramref name="values"/> over the included seconds of the previous
    /// <paramref name="window"/> seconds (not counting itself); NaN when fewer than <paramref name="minCount"/> seconds were included.
    /// </summary>
    public static void TrailingMedian(ReadOnlySpan<double> values, ReadOnlySpan<bool> include, int window, int minCount, Span<double> result) =>
        TrailingMedian(values, include, window, minCount, result, 0, []);

    /// <summary>
    /// As <see cref="TrailingMedian(ReadOnlySpan{double}, ReadOnlySpan{bool}, int, int, Span{double})"/>, and also (when
    /// <paramref name="steadiness"/> is not empty) the fraction of the window's values within ±<paramref name="band"/>
    /// (relative) of its median: how steady the baseline was.
    /// </summary>
    public static void TrailingMedian(ReadOnlySpan<double> values, ReadOnlySpan<bool> include, int window, int minCount, Span<double> result, double band, Span<double> steadiness)
    {
        var n = values.Length;
        var sorted = new SortedWindow(window / Step + 2);
        int added = 0, removed = 0;
        for (var i = 0; i < n; i++)
        {
            // The window is the sampled seconds in [i - window, i - 1]. Both values are read from it alone, so they hold
            // while it does not change (four seconds in five): the second entering it is i - 1 and the one leaving it
            // i - window - 1, and when neither is sampled nothing need be looked at.
            if (i > 0 && Unsampled(i - 1) && Unsampled(i - window - 1))
            {
                // Both ends are kept level with the window, so that the next slide is one value in and one out: a single swap.
                added = i;
                removed = Math.Max(removed, i - window);
                result[i] = result[i - 1];
                if (!steadiness.IsEmpty) steadiness[i] = steadiness[i - 1];
                continue;
            }
            if (!Slide(values, include, sorted, ref added, i, ref removed, i - window) && i > 0)
            {
                result[i] = result[i - 1];
                if (!steadiness.IsEmpty) steadiness[i] = steadiness[i - 1];
                continue;
            }
            result[i] = sorted.Count * Step >= Math.Max(1, minCount) ? sorted.Median : double.NaN;
            if (!steadiness.IsEmpty)
                steadiness[i] = double.IsNaN(result[i]) ? 0 : sorted.CountBetween(result[i] * (1 - band), result[i] * (1 + band)) / (double)sorted.Count;
        }
    }

    /// <summary>For each second, the median of <paramref name="values"/> over the included seconds within <paramref name="halfWidth"/> either side (NaN when none).</summary>
    public static void CentredMedian(ReadOnlySpan<double> values, ReadOnlySpan<bool> include, int halfWidth, Span<double> result)
    {
        var n = values.Length;
        var sorted = new SortedWindow(2 * halfWidth / Step + 3);
        int added = 0, removed = 0;
        for (var i = 0; i < n; i++)
        {
            var addTo = Math.Min(n - 1, i + halfWidth) + 1;
            // The second entering is i + halfWidth, the one leaving i - halfWidth - 1: when neither is sampled (four seconds
            // in five) the window and its median stay.
            if (i > 0 && (i + halfWidth >= n || Unsampled(i + halfWidth)) && Unsampled(i - halfWidth - 1))
            {
                added = addTo;
                removed = Math.Max(removed, i - halfWidth);
                result[i] = result[i - 1];
                continue;
            }
            Slide(values, include, sorted, ref added, addTo, ref removed, i - halfWidth);
            result[i] = sorted.Median;
        }
    }

    /// <summary>
    /// Adds the sampled seconds of [<paramref name="added"/>, <paramref name="addTo"/>), then removes those of
    /// [<paramref name="removed"/>, <paramref name="removeTo"/>); one second in and one out (the steady slide) is a single
    /// swap. Returns whether any value went in or out.
    /// </summary>
    private static bool Slide(ReadOnlySpan<double> values, ReadOnlySpan<bool> include, SortedWindow sorted, ref int added, int addTo, ref int removed, int removeTo)
    {
        if (addTo - added == 1 && removeTo - removed == 1 && Sampled(values, include, added) && Sampled(values, include, removed))
        {
            sorted.Replace(values[removed++], values[added++]);
            return true;
        }
        var changed = false;
        for (; added < addTo; added++) if (Sampled(values, include, added)) { sorted.Add(values[added]); changed = true; }
        for (; removed < removeTo; removed++) if (Sampled(values, include, removed)) { sorted.Remove(values[removed]); changed = true; }
        return changed;
    }

    private static bool Sampled(ReadOnlySpan<double> values, ReadOnlySpan<bool> include, int i) => i % Step == 0 && include[i] && !double.IsNaN(values[i]);

    /// <summary>Whether second <paramref name="i"/> can never be in a window: not one in <see cref="Step"/>, or before the run.</summary>
    private static bool Unsampled(int i) => i < 0 || i % Step != 0;
}
