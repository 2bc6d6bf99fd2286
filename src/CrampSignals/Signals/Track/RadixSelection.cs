using System.Buffers;

namespace CrampSignals.Signals.Track;

/// <summary>
/// The selection behind <see cref="Rolling"/>'s medians and quantiles (order statistics, or the mean of the two middle
/// ones): a double's bits, with the sign bit flipped when it is positive and all bits flipped when it is negative, order as
/// its value does, so a few histogram passes over 11-bit digits (8-bit ones for a small set) narrow the candidates to the
/// rank sought without comparing values, where a comparison-based selection mispredicts a branch on every other value. The
/// one pair of values that compare equal with different bits is −0 and +0: the key would order them, a comparison picks
/// either, so <see cref="Rolling"/> sends an input holding a negative zero (or a NaN) to its comparison selection, and the
/// answer is the same bit for bit whatever the input.
/// </summary>
internal static class RadixSelection
{
    private const int DigitBits = 11;
    private const int Digits = 1 << DigitBits;
    // Below this many candidates a pass takes 8 bits.
    private const int WideFrom = 4096;
    private const int NarrowDigitBits = 8;
    // Few enough candidates left to sort them outright.
    private const int SortBelow = 32;
    private const ulong SignBit = 0x8000_0000_0000_0000;

    /// <summary>
    /// The value of rank <paramref name="k"/> (from 0) among <paramref name="values"/>, which must all be
    /// <see cref="Orderable"/> and are reordered: as <see cref="Rolling.Select"/> gives it.
    /// </summary>
    public static double Select(Span<double> values, int k) => Smallest(values, k, values, wantBelow: false, out _);

    /// <summary>
    /// The median of <paramref name="values"/>, which must all be <see cref="Orderable"/>, NaN when empty;
    /// <paramref name="work"/> holds at least as many values, and may be <paramref name="values"/> itself, from its first value
    /// (which is then reordered).
    /// </summary>
    public static double MedianOf(ReadOnlySpan<double> values, Span<double> work)
    {
        var n = values.Length;
        if (n == 0) return double.NaN;
        if ((n & 1) == 1) return Smallest(values, n / 2, work, wantBelow: false, out _);
        var upper = Smallest(values, n / 2, work, wantBelow: true, out var lower);
        // As the general selection sums them: the same two values give the same bits.
        return 0.5 * (lower + upper);
    }

    /// <summary>
    /// Whether the key orders <paramref name="value"/> among others as comparisons do: not a NaN and not a negative zero
    /// (which compares equal to +0 but has other bits). For callers that check values as they copy them.
    /// </summary>
    public static bool Orderable(double value) => BitConverter.DoubleToUInt64Bits(value) != SignBit && !double.IsNaN(value);

    /// <summary>Whether every value is <see cref="Orderable"/>.</summary>
    public static bool AllOrderable(ReadOnlySpan<double> values)
    {
        // Counted without a branch a value: a NaN or negative zero is rare, and one pass over the span is cheap next to a selection.
        var bad = 0;
        foreach (var v in values) bad |= (BitConverter.DoubleToUInt64Bits(v) == SignBit ? 1 : 0) | (double.IsNaN(v) ? 1 : 0);
        return bad == 0;
    }

    /// <summary>
    /// The value of rank <paramref name="k"/> (from 0) among <paramref name="values"/>, which stay unchanged unless
    /// <paramref name="work"/> is the same span; with <paramref name="wantBelow"/> (and <paramref name="k"/> ≥ 1) also the
    /// value of rank k − 1.
    /// </summary>
    private static double Smallest(ReadOnlySpan<double> values, int k, Span<double> work, bool wantBelow, out double below)
    {
        below = double.NaN;
        var belowKnown = !wantBelow;
        // The digits start at the highest bit on which the values differ: above it every value has the same bits, and a
        // histogram there would hold them all in one count.
        ulong low = ulong.MaxValue, high = 0;
        foreach (var v in values)
        {
            var key = Key(v);
            low = Math.Min(low, key);
            high = Math.Max(high, key);
        }
        if (low == high)
        {
            below = values[0];
            return values[0];
        }
        // Bits from `top` up are the same in every candidate left.
        var top = 64 - System.Numerics.BitOperations.LeadingZeroCount(low ^ high);
        // Two histograms, for values at even and odd places: runs of one digit then do not make each count wait on the
        // one before it. Pooled rather than on the stack: a stack array is cleared whole, and a small set clears only the
        // counts its narrower digit uses.
        var pooled = ArrayPool<int>.Shared.Rent(2 * Digits);
        try
        {
            var candidates = values;
            var lowest = low;
            var inPlace = values.Overlaps(work, out var offset) && offset == 0;
            while (candidates.Length > SortBelow)
            {
                // A narrower digit for a small set: clearing and walking 2,048 counts would cost more than the values.
                var shift = Math.Max(0, top - (candidates.Length < WideFrom ? NarrowDigitBits : DigitBits));
                var bins = 1 << (top - shift);
                var mask = bins - 1;
                var even = pooled.AsSpan(0, bins);
                var odd = pooled.AsSpan(Digits, bins);
                even.Clear();
                odd.Clear();
                var i = 0;
                for (; i + 1 < candidates.Length; i += 2)
                {
                    even[Digit(candidates[i], shift, mask)]++;
                    odd[Digit(candidates[i + 1], shift, mask)]++;
                }
                if (i < candidates.Length) even[Digit(candidates[i], shift, mask)]++;
                // No candidate lies below the lowest one's digit.
                var digit = Digit(lowest, shift, mask);
                lowest = 0;
                while (k >= even[digit] + odd[digit]) k -= even[digit] + odd[digit++];
                top = shift;
                if (k == 0 && !belowKnown)
                {
                    // Rank k − 1 is the last of the lower digits: the largest value below this digit.
                    below = double.NegativeInfinity;
                    foreach (var v in candidates) if (Digit(v, shift, mask) < digit && v > below) below = v;
                    belowKnown = true;
                }
                if (even[digit] + odd[digit] == candidates.Length)
                {
                    if (shift == 0) return AllOneValue(candidates, k, belowKnown, ref below);
                    continue;
                }
                // Kept without a branch: which values share the digit is as good as random. In place, each value read
                // swaps with the first not kept, so the span ends up reordered rather than overwritten.
                var kept = 0;
                if (inPlace)
                {
                    for (var j = 0; j < candidates.Length; j++)
                    {
                        var v = work[j];
                        work[j] = work[kept];
                        work[kept] = v;
                        kept += Digit(v, shift, mask) == digit ? 1 : 0;
                    }
                }
                else
                {
                    foreach (var v in candidates)
                    {
                        work[kept] = v;
                        kept += Digit(v, shift, mask) == digit ? 1 : 0;
                    }
                }
                candidates = work[..kept];
                if (shift == 0) return AllOneValue(candidates, k, belowKnown, ref below);
            }
            var few = work[..candidates.Length];
            candidates.CopyTo(few);
            few.Sort();
            if (!belowKnown) below = few[k - 1];
            return few[k];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pooled);
        }
    }

    /// <summary>Every bit examined, the candidates left are all one value: it is rank k, and rank k − 1 unless that is known.</summary>
    private static double AllOneValue(ReadOnlySpan<double> candidates, int k, bool belowKnown, ref double below)
    {
        if (!belowKnown) below = candidates[k - 1];
        return candidates[k];
    }

    private static int Digit(double v, int shift, int mask) => (int)(Key(v) >> shift) & mask;

    private static int Digit(ulong key, int shift, int mask) => (int)(key >> shift) & mask;

    /// <summary>
    /// The bits of <paramref name="v"/> made to order as its value does: a positive value's sign bit set, above every
    /// negative one, and a negative value's bits all flipped, so that a larger magnitude comes lower.
    /// </summary>
    private static ulong Key(double v)
    {
        var bits = BitConverter.DoubleToUInt64Bits(v);
        return bits ^ ((ulong)((long)bits >> 63) | SignBit);
    }
}
