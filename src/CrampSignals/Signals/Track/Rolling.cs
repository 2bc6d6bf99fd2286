using System.Buffers;
using System.Runtime.CompilerServices;

namespace CrampSignals.Signals.Track;

/// <summary>NaN-aware centred rolling filters over 1 Hz columns, and a fast median.</summary>
internal static class Rolling
{
    // AggressiveOptimization on this file's loops over every second or record: compiled optimised at the first call, not
    // once unoptimised and again when hot (docs/tuning-log.md, "optimised from the first call").
    /// <summary>
    /// Centred rolling median of width <paramref name="width"/>, ignoring NaN; a second whose window holds fewer than a
    /// third valid values stays NaN, so pauses and gaps are never bridged.
    /// </summary>
    /// <remarks>With <paramref name="fillHoles"/>, a missing second whose window is mostly valid gets the median too (a removed spike).</remarks>
    public static void Median(ReadOnlySpan<double> source, Span<double> target, int width, bool fillHoles = false)
    {
        if (width / 2 is > 0 and <= FewHalf && !HasNegativeZero(source)) MedianOfFew(source, target, width, fillHoles);
        else MedianBySortedWindow(source, target, width, fillHoles);
    }

    /// <summary>As <see cref="Median"/>, always by a window kept sorted from one second to the next: for wider windows, and as the reference of the others.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void MedianBySortedWindow(ReadOnlySpan<double> source, Span<double> target, int width, bool fillHoles)
    {
        var n = source.Length;
        if (width <= 1) { source.CopyTo(target); return; }
        var half = width / 2;
        var minValid = MinValid(width);
        var window = new SortedWindow(2 * half + 2);
        var added = 0;
        for (var i = 0; i < n; i++)
        {
            // Slide the window to [i - half, i + half]: one value in and one out is a single swap.
            var last = Math.Min(n - 1, i + half);
            var old = i - half - 1;
            var leaving = old >= 0 ? source[old] : double.NaN;
            if (added == last && !double.IsNaN(leaving) && !double.IsNaN(source[added])) window.Replace(leaving, source[added++]);
            else
            {
                for (; added <= last; added++)
                    if (!double.IsNaN(source[added])) window.Add(source[added]);
                if (!double.IsNaN(leaving)) window.Remove(leaving);
            }
            var hole = double.IsNaN(source[i]);
            target[i] = hole && !fillHoles ? double.NaN
                : window.Count < (hole ? half + 1 : minValid) ? double.NaN
                : window.Median;
        }
    }

    // Up to this half-width (the heart rate's window of 5) each second's median is taken from its few values directly:
    // keeping them sorted from one second to the next costs more than sorting a handful.
    private const int FewHalf = 2;

    /// <summary>
    /// As <see cref="Median"/> for a half-width of at most <see cref="FewHalf"/>, the same values bit for bit: a full window
    /// of five by a network of comparisons, any other by sorting its valid values. With no −0 among the values, equal values
    /// have equal bits, so which of them a network picks does not matter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MedianOfFew(ReadOnlySpan<double> source, Span<double> target, int width, bool fillHoles)
    {
        var n = source.Length;
        var half = width / 2;
        var minValid = MinValid(width);
        Span<double> few = stackalloc double[2 * FewHalf + 1];
        for (var i = 0; i < n; i++)
        {
            var hole = double.IsNaN(source[i]);
            if (hole && !fillHoles) { target[i] = double.NaN; continue; }
            if (half == 2 && i >= 2 && i + 2 < n)
            {
                double a = source[i - 2], b = source[i - 1], c = source[i], d = source[i + 1], e = source[i + 2];
                if (!(double.IsNaN(a) | double.IsNaN(b) | double.IsNaN(c) | double.IsNaN(d) | double.IsNaN(e))) { target[i] = MedianOfFive(a, b, c, d, e); continue; }
            }
            var count = 0;
            for (int k = Math.Max(0, i - half), to = Math.Min(n - 1, i + half); k <= to; k++)
            {
                var v = source[k];
                if (double.IsNaN(v)) continue;
                var at = count++;
                while (at > 0 && few[at - 1] > v) { few[at] = few[at - 1]; at--; }
                few[at] = v;
            }
            target[i] = count < (hole ? half + 1 : minValid) ? double.NaN
                : (count & 1) == 1 ? few[count / 2] : 0.5 * (few[count / 2 - 1] + few[count / 2]);
        }
    }

    /// <summary>
    /// The middle of five values, none NaN: the least and the greatest of the first four cannot be the middle of five
    /// (at most one value lies below that least, at most one above that greatest), so it is the middle of the other two
    /// and the fifth. The processor's own minimum and maximum serve: they differ from the IEEE ones only for NaN and for
    /// zeros of both signs, which never reach here.
    /// </summary>
    private static double MedianOfFive(double a, double b, double c, double d, double e)
    {
        var secondLeast = double.MaxNative(double.MinNative(a, b), double.MinNative(c, d));
        var thirdLeast = double.MinNative(double.MaxNative(a, b), double.MaxNative(c, d));
        return double.MaxNative(double.MinNative(secondLeast, thirdLeast), double.MinNative(double.MaxNative(secondLeast, thirdLeast), e));
    }

    // A second with a value of its own needs a third of its window valid (a hole to fill needs half the window and one more).
    private static int MinValid(int width) => Math.Max(1, width / 3);

    private static bool HasNegativeZero(ReadOnlySpan<double> values) =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<double, long>(values).Contains(BitConverter.DoubleToInt64Bits(-0.0));

    /// <summary>Centred rolling mean of width <paramref name="width"/>, ignoring NaN; NaN stays NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Mean(ReadOnlySpan<double> source, Span<double> target, int width)
    {
        var n = source.Length;
        if (width <= 1 || n == 0) { source.CopyTo(target); return; }
        var half = width / 2;
        double sum = 0;
        var count = 0;
        var added = 0;
        for (var i = 0; i < n; i++)
        {
            for (; added <= Math.Min(n - 1, i + half); added++)
                if (!double.IsNaN(source[added])) { sum += source[added]; count++; }
            var old = i - half - 1;
            if (old >= 0 && !double.IsNaN(source[old])) { sum -= source[old]; count--; }
            target[i] = double.IsNaN(source[i]) || count == 0 ? double.NaN : sum / count;
        }
    }

    /// <summary>The median of the valid values in <paramref name="values"/> (NaN when none), in linear time on a pooled copy.</summary>
    public static double MedianOf(IEnumerable<double> values)
    {
        if (values is List<double> list) return MedianOf(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return MedianOf(values.ToArray());
    }

    /// <summary>The median of the valid values in <paramref name="values"/> (NaN when none); the span is not changed.</summary>
    public static double MedianOf(ReadOnlySpan<double> values)
    {
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(1, values.Length));
        try
        {
            var n = 0;
            foreach (var v in values) if (!double.IsNaN(v)) buffer[n++] = v;
            if (n == 0) return double.NaN;
            return MedianInPlace(buffer.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The median of <paramref name="values"/>, which must hold no NaN and may be reordered (working space already copied):
    /// by radix selection, or by comparisons when a −0 is among them (see <see cref="RadixSelection"/>).
    /// </summary>
    public static double MedianInPlace(Span<double> values) =>
        RadixSelection.AllOrderable(values) ? RadixSelection.MedianOf(values, values) : ComparisonMedianInPlace(values);

    /// <summary>As <see cref="MedianInPlace"/>, always by comparisons: for values the radix selection cannot order, and as its reference.</summary>
    internal static double ComparisonMedianInPlace(Span<double> values)
    {
        var n = values.Length;
        if (n == 0) return double.NaN;
        var upper = Select(values, n / 2);
        if ((n & 1) == 1) return upper;
        // The lower middle is the largest of the values left of the upper one after selection.
        var lower = double.NegativeInfinity;
        foreach (var v in values[..(n / 2)]) if (v > lower) lower = v;
        return 0.5 * (lower + upper);
    }

    /// <summary>
    /// The median of <paramref name="column"/> over the seconds of [<paramref name="from"/>, <paramref name="to"/>) that
    /// <paramref name="include"/> marks and that hold a value; <paramref name="count"/> is how many those were (NaN when none).
    /// </summary>
    /// <remarks>Read straight into a pooled buffer: collecting a whole run's values in a growing list costs about twice the column in garbage.</remarks>
    public static double MedianWhere(ReadOnlySpan<double> column, ReadOnlySpan<bool> include, int from, int to, out int count)
    {
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(1, to - from));
        try
        {
            count = 0;
            // A negative zero is looked for as the values are copied, not in a second pass.
            var orderable = true;
            for (var i = Math.Max(0, from); i < to; i++)
            {
                var v = column[i];
                if (!include[i] || double.IsNaN(v)) continue;
                orderable &= RadixSelection.Orderable(v);
                buffer[count++] = v;
            }
            // The buffer is already a copy with no NaN: selecting in it directly saves a second copy of the column.
            var values = buffer.AsSpan(0, count);
            return orderable ? RadixSelection.MedianOf(values, values) : ComparisonMedianInPlace(values);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The mean of <paramref name="column"/> over the seconds of [<paramref name="from"/>, <paramref name="to"/>) that
    /// <paramref name="include"/> marks and that hold a value; <paramref name="count"/> is how many those were (NaN when none).
    /// </summary>
    public static double MeanWhere(ReadOnlySpan<double> column, ReadOnlySpan<bool> include, int from, int to, out int count)
    {
        var sum = 0.0;
        count = 0;
        for (var i = Math.Max(0, from); i < to; i++)
        {
            if (!include[i] || double.IsNaN(column[i])) continue;
            sum += column[i];
            count++;
        }
        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>The <paramref name="quantile"/> (0-1, nearest rank below) of the valid values, NaN when none; the span is not changed.</summary>
    public static double QuantileOf(ReadOnlySpan<double> values, double quantile)
    {
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(1, values.Length));
        try
        {
            var n = 0;
            foreach (var v in values) if (!double.IsNaN(v)) buffer[n++] = v;
            if (n == 0) return double.NaN;
            var valid = buffer.AsSpan(0, n);
            var k = (int)(Math.Clamp(quantile, 0, 1) * (n - 1));
            return RadixSelection.AllOrderable(valid) ? RadixSelection.Select(valid, k) : Select(valid, k);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Selection (Floyd and Rivest): reorders <paramref name="a"/> so that element <paramref name="k"/> is in its sorted
    /// place, everything before it no larger and everything after it no smaller; returns it. A pivot range narrowed by a
    /// recursive pass over a sample takes about 1.5 comparisons a value where a median-of-three quickselect takes about 3;
    /// the median of a 4-hour column is taken a dozen times a pass.
    /// </summary>
    internal static double Select(Span<double> a, int k)
    {
        int left = 0, right = a.Length - 1;
        while (right > left)
        {
            if (right - left > 600)
            {
                double n = right - left + 1;
                double i = k - left + 1;
                var z = Math.Log(n);
                var s = 0.5 * Math.Exp(2 * z / 3);
                var sd = 0.5 * Math.Sqrt(z * s * (n - s) / n) * Math.Sign(i - n / 2);
                var newLeft = Math.Max(left, (int)(k - i * s / n + sd));
                var newRight = Math.Min(right, (int)(k + (n - i) * s / n + sd));
                Select(a[newLeft..(newRight + 1)], k - newLeft);
            }
            var t = a[k];
            var lo = left;
            var hi = right;
            (a[left], a[k]) = (a[k], a[left]);
            if (a[right] > t) (a[right], a[left]) = (a[left], a[right]);
            while (lo < hi)
            {
                (a[lo], a[hi]) = (a[hi], a[lo]);
                lo++;
                hi--;
                while (a[lo] < t) lo++;
                while (a[hi] > t) hi--;
            }
            if (a[left] == t) (a[left], a[hi]) = (a[hi], a[left]);
            else
            {
                hi++;
                (a[hi], a[right]) = (a[right], a[hi]);
            }
            if (hi <= k) left = hi + 1;
            if (k <= hi) right = hi - 1;
        }
        return a[k];
    }
}
