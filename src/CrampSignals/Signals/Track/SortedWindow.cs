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

    private int LowerBound(double value)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_values[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
