using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CrampSignals.Signals.Track;

/// <summary>
/// A multiset of doubles kept sorted for a trailing rolling median: add the newest value, remove the oldest. Insert and
/// remove move memory (fast for windows of a few hundred values); the median is read in O(1).
/// </summary>
/// <remarks>
/// Places are found by counting, with vector compares, the values below a value: a binary search or a scan branches on
/// every value it passes and mispredicts. So every place past <see cref="Count"/> holds +∞ (below nothing), the place
/// before the values −∞, and the buffers have room for whole vectors after them.
/// </remarks>
internal sealed class SortedWindow
{
    private const int Lanes = 4;

    // The values live at [Front, Front + Count) of _values; the place before them holds −∞ for a short swap to compare with.
    private const int Front = 1;

    // Below this many values a plain shift beats a binary search and a block copy, and a short swap rewrites the whole
    // window: the smoothing windows hold 5 to 31.
    private const int ShortWindow = 48;

    // Up to this many values a scan beats counting over vectors.
    private const int TinyWindow = 8;

    private double[] _values;

    // A short swap writes the window's new order here and trades the two buffers, so that moving values up or down is one
    // branch-free pass. Past Count it holds +∞ too; before a swap its values are stale.
    private double[] _spare;

    /// <summary>A window for up to <paramref name="capacity"/> values.</summary>
    public SortedWindow(int capacity)
    {
        var length = Front + (Math.Max(capacity, 1) + Lanes - 1) / Lanes * Lanes + Lanes;
        _values = new double[length];
        _spare = new double[length];
        _values.AsSpan().Fill(double.PositiveInfinity);
        _spare.AsSpan().Fill(double.PositiveInfinity);
        _values[Front - 1] = _spare[Front - 1] = double.NegativeInfinity;
    }

    /// <summary>Number of values held.</summary>
    public int Count { get; private set; }

    /// <summary>The values held, in order (a view that the next change overwrites).</summary>
    public ReadOnlySpan<double> Values => _values.AsSpan(Front, Count);

    // AggressiveOptimization on this file's loops over every second or record: compiled optimised at the first call, not
    // once unoptimised and again when hot (docs/tuning-log.md, "optimised from the first call").
    /// <summary>Adds <paramref name="value"/> (must not be NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(double value)
    {
        var count = Count;
        var values = _values.AsSpan(Front, count + 1);
        if (count < ShortWindow)
        {
            var j = count;
            for (; j > 0 && values[j - 1] > value; j--) values[j] = values[j - 1];
            values[j] = value;
            Count = count + 1;
            return;
        }
        int i;
        if (value == 0)
        {
            // Which zero goes where follows the binary search, as it always has: 0 and −0 compare equal but differ in bits.
            i = values[..count].BinarySearch(value);
            if (i < 0) i = ~i;
        }
        else i = Below(value); // Equal non-zero doubles are the same bits: any place among them is the same.
        values[i..count].CopyTo(values[(i + 1)..]);
        values[i] = value;
        Count = count + 1;
    }

    /// <summary>Removes one copy of <paramref name="value"/>, which must have been added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Remove(double value)
    {
        var count = Count;
        var values = _values.AsSpan(Front, count);
        int i;
        if (count <= ShortWindow)
        {
            i = 0;
            while (i < count && values[i] != value) i++;
            if (i == count) return;
        }
        else if (value == 0)
        {
            i = values.BinarySearch(value);
            if (i < 0) return;
        }
        else
        {
            i = Below(value);
            if (i == count || values[i] != value) return;
        }
        values[(i + 1)..].CopyTo(values[i..]);
        // The place freed past the end holds +∞ again, in both buffers: the spare is rewritten only up to Count.
        values[count - 1] = double.PositiveInfinity;
        _spare[Front + count - 1] = double.PositiveInfinity;
        Count = count - 1;
    }

    /// <summary>
    /// As <see cref="Add"/> of <paramref name="value"/> and then <see cref="Remove"/> of <paramref name="old"/> (which must be
    /// held; neither NaN), with one shift over the values between the two places instead of two over the tail: a sliding
    /// window swaps one value a step. The values held end up the same, bit for bit: equal non-zero doubles are identical,
    /// so where among its equals a value lands does not matter; 0 and −0 compare equal but are not, so a zero on either
    /// side takes the two steps, which place them exactly as before.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Replace(double old, double value)
    {
        if (old == 0 || value == 0)
        {
            Add(value);
            Remove(old);
            return;
        }
        // Neither is zero, so equal means the same bits: the window does not change (common in integer channels).
        if (old == value) return;
        if (Count <= TinyWindow) { SwapTiny(old, value); return; }
        if (Count <= ShortWindow && Vector256.IsHardwareAccelerated) { SwapShort(old, value); return; }
        var (at, below) = Below(old, value);
        var count = Count;
        if (at == count || _values[Front + at] != old) { Add(value); return; }
        var values = _values.AsSpan(Front, count);
        if (value > old)
        {
            // Values in (old, value) move one place down; the new value takes the last freed place.
            values[(at + 1)..below].CopyTo(values[at..]);
            values[below - 1] = value;
        }
        else
        {
            values[below..at].CopyTo(values[(below + 1)..]);
            values[below] = value;
        }
    }

    /// <summary>A swap in a window of a few values: a scan and element moves beat counting over vectors there.</summary>
    private void SwapTiny(double old, double value)
    {
        var values = _values.AsSpan(Front, Count);
        var j = 0;
        while (j < values.Length && values[j] != old) j++;
        if (j == values.Length) { Add(value); return; }
        if (value > old)
            for (; j + 1 < values.Length && values[j + 1] < value; j++) values[j] = values[j + 1];
        else
            for (; j > 0 && values[j - 1] > value; j--) values[j] = values[j - 1];
        values[j] = value;
    }

    /// <summary>
    /// The short window's swap: a copy of <paramref name="old"/> goes, <paramref name="value"/> goes in (neither zero nor
    /// NaN, and not equal). Every place takes its own value, its neighbour's above or below, or the new value, chosen by
    /// comparing the neighbours with the two values, in one pass into the spare buffer: no pass first to find their places,
    /// and no branch on which way the values move, nor on how far.
    /// </summary>
    /// <remarks>
    /// The values are sorted, so a place lies at or past the first copy of old exactly when its value is not below old,
    /// and before the new value's place exactly when its value is below the new one. Moving up, the places from old's up
    /// to the new value's take their next neighbour, and the new value lands where the next neighbour is not below it;
    /// moving down, those from the new value's up to old's take their previous neighbour, and the new value lands where
    /// the previous one is below it. The +∞ past the values and the −∞ before them make the ends follow the same rule.
    /// Copies of old all move together, which leaves the same values: they have the same bits.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SwapShort(double old, double value)
    {
        ref var source = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), Front);
        ref var target = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_spare), Front);
        var count = Count;
        var vOld = Vector256.Create(old);
        var vValue = Vector256.Create(value);
        var up = Vector256.Create(value > old ? -1L : 0L).AsDouble();
        var index = Vector256.Create(0L, 1, 2, 3);
        var step = Vector256.Create((long)Lanes);
        var held = Vector256.Create((long)count);
        var found = Vector256<long>.Zero;
        for (var i = 0; i < count; i += Lanes)
        {
            var own = Vector256.LoadUnsafe(ref source, (nuint)i);
            var next = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, i + 1));
            var previous = Vector256.LoadUnsafe(ref Unsafe.Add(ref source, i - 1));
            var fromNext = up & Vector256.GreaterThanOrEqual(own, vOld) & Vector256.LessThan(next, vValue);
            var fromPrevious = Vector256.AndNot(Vector256.GreaterThanOrEqual(previous, vValue) & Vector256.LessThan(previous, vOld), up);
            var put = Vector256.ConditionalSelect(up,
                Vector256.LessThan(own, vValue) & Vector256.GreaterThanOrEqual(next, vValue),
                Vector256.GreaterThanOrEqual(own, vValue) & Vector256.LessThan(previous, vValue));
            var result = Vector256.ConditionalSelect(fromNext, next, own);
            result = Vector256.ConditionalSelect(fromPrevious, previous, result);
            result = Vector256.ConditionalSelect(put, vValue, result);
            result.StoreUnsafe(ref target, (nuint)i);
            found |= Vector256.Equals(own, vOld).AsInt64() & Vector256.LessThan(index, held);
            index += step;
        }
        if (found == Vector256<long>.Zero)
        {
            // Old was not held: the pass is thrown away (the spare is +∞ again past the values), and the value only added.
            _spare.AsSpan(Front + count).Fill(double.PositiveInfinity);
            Add(value);
            return;
        }
        (_values, _spare) = (_spare, _values);
    }

    /// <summary>How many values lie below <paramref name="value"/>: the first place not below it.</summary>
    private int Below(double value) => Below(value, value).A;

    /// <summary>How many values lie below <paramref name="a"/> and below <paramref name="b"/>, with vector compares over the whole window.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int A, int B) Below(double a, double b)
    {
        ref var start = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_values), Front);
        var count = Count;
        if (!Vector256.IsHardwareAccelerated)
        {
            int belowA = 0, belowB = 0;
            for (var i = 0; i < count; i++)
            {
                var v = Unsafe.Add(ref start, i);
                belowA += v < a ? 1 : 0;
                belowB += v < b ? 1 : 0;
            }
            return (belowA, belowB);
        }
        var va = Vector256.Create(a);
        var vb = Vector256.Create(b);
        // A true lane is all ones, i.e. −1; a's count goes in the low half of each lane and b's in the high half, so that
        // one sum across the lanes gives both (a window holds far fewer than 2^31 values).
        var sum = Vector256<long>.Zero;
        for (var i = 0; i < count; i += Lanes)
        {
            var v = Vector256.LoadUnsafe(ref start, (nuint)i);
            sum -= Vector256.LessThan(v, va).AsInt64() + Vector256.ShiftLeft(Vector256.LessThan(v, vb).AsInt64(), 32);
        }
        var total = Vector256.Sum(sum);
        return ((int)(total & 0xFFFFFFFF), (int)(total >>> 32));
    }

    /// <summary>The median, or NaN when empty.</summary>
    public double Median => Count == 0 ? double.NaN
        : (Count & 1) == 1 ? _values[Front + Count / 2] : 0.5 * (_values[Front + Count / 2 - 1] + _values[Front + Count / 2]);

    /// <summary>How many values lie in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public int CountBetween(double low, double high)
    {
        // The first place not below each bound, as a binary search finds it in sorted values (none of them NaN).
        var (a, b) = Below(low, Math.BitIncrement(high));
        return b - a;
    }
}
