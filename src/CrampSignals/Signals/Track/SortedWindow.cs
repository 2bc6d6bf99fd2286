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

    /// <summary>Adds <paramref name="value"/> (must not be NaN).</summary>
    public void Add(double value)
    {
        var i = _values.AsSpan(0, Count).BinarySearch(value);
        if (i < 0) i = ~i;
        Array.Copy(_values, i, _values, i + 1, Count - i);
        _values[i] = value;
        Count++;
    }

    /// <summary>Removes one copy of <paramref name="value"/>, which must have been added.</summary>
    public void Remove(double value)
    {
        var i = _values.AsSpan(0, Count).BinarySearch(value);
        if (i < 0) return;
        Array.Copy(_values, i + 1, _values, i, Count - i - 1);
        Count--;
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
