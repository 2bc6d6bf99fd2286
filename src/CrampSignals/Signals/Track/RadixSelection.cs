using System.Buffers;

namespace CrampSignals.Signals.Track;

/// <summary>
/// The median and quantiles of non-negative values, the values <see cref="Rolling.MedianOf(ReadOnlySpan{double})"/> and
/// <see cref="Rolling.QuantileOf"/> give (order statistics, or the mean of the two middle ones), found by radix
/// selection: the bits of a non-negative double order as its value does, so a few histogram passes over 11-bit digits
/// narrow the candidates to the rank sought without comparing values, where a comparison-based selection mispredicts a
/// branch on every other value. Speeds and squared residuals are never negative; anything else (a NaN, a negative
/// value, a negative zero) goes to the general selection, so the answer is the same whatever the input.
/// </summary>
internal static class RadixSelection
{
    private const int DigitBits = 11;
    private const int Digits = 1 << DigitBits;
    // Few enough candidates left to sort them outright.
    private const int SortBelow = 32;
    // The bits of +∞: every non-negative double that is not NaN has bits no greater, and a negative one's sign bit sets.
    private const ulong MaxBits = 0x7FF0_0000_0000_0000;

    /// <summary>As <see cref="Rolling.MedianOf(ReadOnlySpan{double})"/>, the same value.</summary>
    public static double MedianOf(ReadOnlySpan<double> values)
    {
        if (!AllNonNegative(values)) return Rolling.MedianOf(values);
        var work = ArrayPool<double>.Shared.Rent(Math.Max(1, values.Length));
        try
        {
            return MedianOf(values, work);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(work);
        }
    }

    /// <summary>As <see cref="Rolling.QuantileOf"/>, the same value.</summary>
    public static double QuantileOf(ReadOnlySpan<double> values, double quantile)
    {
        if (values.Length == 0 || !AllNonNegative(values)) return Rolling.QuantileOf(values, quantile);
        var work = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            return Smallest(values, (int)(Math.Clamp(quantile, 0, 1) * (values.Length - 1)), work, wantBelow: false, out _);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(work);
        }
    }

    /// <summary>
    /// The median of <paramref name="values"/>, which must all be non-negative (no NaN, no negative zero), NaN when
    /// empty; <paramref name="work"/> holds at least as many values.
    /// </summary>
    public static double MedianOf(ReadOnlySpan<double> values, Span<double> work)
    {
        var n = values.Length;
        if (n == 0) return double.NaN;
        if ((n & 1) == 1) return Smallest(values, n / 2, work, wantBelow: false, out _);
        var upper = Smallest(values, n / 2, work, wantBelow: true, out var lower);
        return 0.5 * (lower + upper);
    }

    /// <summary>Whether every value is non-negative: no NaN, no negative number, no negative zero.</summary>
    public static bool AllNonNegative(ReadOnlySpan<double> values)
    {
        foreach (var v in values) if (BitConverter.DoubleToUInt64Bits(v) > MaxBits) return false;
        return true;
    }

    /// <summary>
    /// The value of rank <paramref name="k"/> (from 0) among <paramref name="values"/>, which stay unchanged; with
    /// <paramref name="wantBelow"/> (and <paramref name="k"/> ≥ 1) also the value of rank k − 1.
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
            var bits = BitConverter.DoubleToUInt64Bits(v);
            low = Math.Min(low, bits);
            high = Math.Max(high, bits);
        }
        if (low == high)
        {
            below = values[0];
            return values[0];
        }
        var shift = Math.Max(0, 64 - System.Numerics.BitOperations.LeadingZeroCount(low ^ high) - DigitBits);
        // Two histograms, for values at even and odd places: runs of one digit then do not make each count wait on the
        // one before it.
        Span<int> counts = stackalloc int[2 * Digits];
        var candidates = values;
        var first = true;
        for (; candidates.Length > SortBelow; shift = Math.Max(0, shift - DigitBits))
        {
            if (!first) counts.Clear();
            first = false;
            var even = counts[..Digits];
            var odd = counts[Digits..];
            var i = 0;
            for (; i + 1 < candidates.Length; i += 2)
            {
                even[Digit(candidates[i], shift)]++;
                odd[Digit(candidates[i + 1], shift)]++;
            }
            if (i < candidates.Length) even[Digit(candidates[i], shift)]++;
            var digit = 0;
            while (k >= even[digit] + odd[digit]) k -= even[digit] + odd[digit++];
            if (k == 0 && !belowKnown)
            {
                // Rank k − 1 is the last of the lower digits: the largest value below this digit.
                below = double.NegativeInfinity;
                foreach (var v in candidates) if (Digit(v, shift) < digit && v > below) below = v;
                belowKnown = true;
            }
            if (even[digit] + odd[digit] == candidates.Length)
            {
                if (shift == 0) return AllOneValue(candidates, k, belowKnown, ref below);
                continue;
            }
            // Kept without a branch: which values share the digit is as good as random.
            var kept = 0;
            foreach (var v in candidates)
            {
                work[kept] = v;
                kept += Digit(v, shift) == digit ? 1 : 0;
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

    /// <summary>Every bit examined, the candidates left are all one value: it is rank k, and rank k − 1 unless that is known.</summary>
    private static double AllOneValue(ReadOnlySpan<double> candidates, int k, bool belowKnown, ref double below)
    {
        if (!belowKnown) below = candidates[k - 1];
        return candidates[k];
    }

    private static int Digit(double v, int shift) => (int)(BitConverter.DoubleToUInt64Bits(v) >> shift) & (Digits - 1);
}
