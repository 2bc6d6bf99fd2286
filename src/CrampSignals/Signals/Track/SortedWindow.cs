namespace CrampSignals.Signals.Track;

/// <summary>
/// A multiset of doubles kept sorted for a trailing rolling median: add the newest value, remove the oldest. Insert and
/// remove move memory (fast for windows of a few hundred values); the median is read in O(1).
/// </summary>
internal sealed class SortedWindow(int capacity)
{
    private readonly double[] _values = new double[Math.Max(capacity, 1)];

    /// <summary>Number of values held.</summary>
    public int Count { get; private set; }

    // Below this many values a plain shift beats a binary search and a block copy: the smoothing windows hold 5 to 31.
    private const int ShortWindow = 48;

    /// <summary>Adds <paramref name="value"/> (must not be NaN).</summary>
    public void Add(double value)
    {
        var values = _values;
        var count = Count;
        if (count < ShortWindow)
        {
            var j = count;
            for (; j > 0 && values[j - 1] > value; j--) values[j] = values[j - 1];
            values[j] = value;
            Count = count + 1;
            return;
        }
        var i = values.AsSpan(0, count).BinarySearch(value);
        if (i < 0) i = ~i;
        Array.Copy(values, i, values, i + 1, count - i);
        values[i] = value;
        Count = count + 1;
    }

    /// <summary>Removes one copy of <paramref name="value"/>, which must have been added.</summary>
    public void Remove(double value)
    {
        var values = _values;
        var count = Count;
        if (count <= ShortWindow)
        {
            var j = 0;
            while (j < count && values[j] != value) j++;
            if (j == count) return;
            for (; j < count - 1; j++) values[j] = values[j + 1];
            Count = count - 1;
            return;
        }
        var i = values.AsSpan(0, count).BinarySearch(value);
        if (i < 0) return;
        Array.Copy(values, i + 1, values, i, count - i - 1);
        Count = count - 1;
    }

    /// <summary>
    /// As <see cref="Add"/> of <paramref name="value"/> and then <see cref="Remove"/> of <paramref name="old"/> (which must be
    /// held; neither NaN), with one shift over the values between the two places instead of two over the tail: a sliding
    /// window swaps one value a step. The values held end up the same, bit for bit: equal non-zero doubles are identical,
    /// so where among its equals a value lands does not matter; 0 and −0 compare equal but are not, so a zero on either
    /// side takes the two steps, which place them exactly as before.
    /// </summary>
    public void Replace(double old, double value)
    {
        if (old == 0 || value == 0)
        {
            Add(value);
            Remove(old);
            return;
        }
        if (Count <= ShortWindow) ReplaceShort(old, value);
        else ReplaceLong(old, value);
    }

    /// <summary><see cref="Replace"/> in a short window: scans and element moves beat searches and block copies there.</summary>
    private void ReplaceShort(double old, double value)
    {
        var values = _values;
        var count = Count;
        var j = 0;
        while (j < count && values[j] != old) j++;
        if (j == count) { Add(value); return; }
        if (value > old)
            for (; j + 1 < count && values[j + 1] < value; j++) values[j] = values[j + 1];
        else
            for (; j > 0 && values[j - 1] > value; j--) values[j] = values[j - 1];
        values[j] = value;
    }

    /// <summary><see cref="Replace"/> in a long window: binary searches, and one block copy of the values between the two places.</summary>
    private void ReplaceLong(double old, double value)
    {
        var values = _values.AsSpan(0, Count);
        var at = LowerBound(values, old, 0, values.Length);
        if (at == values.Length || values[at] != old) { Add(value); return; }
        if (value > old)
        {
            // Values in (old, value) move one place down; the new value takes the last freed place.
            var to = LowerBound(values, value, at + 1, values.Length);
            values[(at + 1)..to].CopyTo(values[at..]);
            values[to - 1] = value;
        }
        else if (value < old)
        {
            var from = UpperBound(values, value, 0, at);
            values[from..at].CopyTo(values[(from + 1)..]);
            values[from] = value;
        }
    }

    /// <summary>The median, or NaN when empty.</summary>
    public double Median => Count == 0 ? double.NaN
        : (Count & 1) == 1 ? _values[Count / 2] : 0.5 * (_values[Count / 2 - 1] + _values[Count / 2]);

    /// <summary>How many values lie in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public int CountBetween(double low, double high)
    {
        var a = LowerBound(low);
        var b = LowerBound(Math.BitIncrement(high));
        return b - a;
    }

    private int LowerBound(double value) => LowerBound(_values.AsSpan(0, Count), value, 0, Count);

    /// <summary>The first index in [<paramref name="lo"/>, <paramref name="hi"/>) whose value is not below <paramref name="value"/>.</summary>
    private static int LowerBound(ReadOnlySpan<double> values, double value, int lo, int hi)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The first index in [<paramref name="lo"/>, <paramref name="hi"/>) whose value is above <paramref name="value"/>.</summary>
    private static int UpperBound(ReadOnlySpan<double> values, double value, int lo, int hi)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
