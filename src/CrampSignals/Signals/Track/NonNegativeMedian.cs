namespace CrampSignals.Signals.Track;

/// <summary>
/// The median of non-negative values without NaN, the value <see cref="Rolling.MedianOf(ReadOnlySpan{double})"/> gives
/// (an order statistic, or the mean of the two middle ones), found by radix selection: the bits of a non-negative
/// double order as its value does, so a few histogram passes over 11-bit digits narrow the candidates to the middle
/// without comparing values, where a comparison-based selection mispredicts a branch on every other value.
/// </summary>
internal static class NonNegativeMedian
{
    private const int DigitBits = 11;
    private const int Digits = 1 << DigitBits;
    // Few enough candidates left to sort them outright.
    private const int SortBelow = 32;

    /// <summary>The median of <paramref name="values"/> (NaN when empty); <paramref name="work"/> holds at least as many.</summary>
    public static double Of(ReadOnlySpan<double> values, Span<double> work)
    {
        var n = values.Length;
        if (n == 0) return double.NaN;
        var k = n / 2;
        var upper = Smallest(values, k, work);
        if ((n & 1) == 1) return upper;
        // The lower middle is the upper one again when it occurs that early, else the largest value below it.
        var below = 0;
        var largestBelow = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (v >= upper) continue;
            below++;
            if (v > largestBelow) largestBelow = v;
        }
        var lower = k - 1 >= below ? upper : largestBelow;
        return 0.5 * (lower + upper);
    }

    /// <summary>The value of rank <paramref name="k"/> (from 0) among <paramref name="values"/>, which stay unchanged.</summary>
    private static double Smallest(ReadOnlySpan<double> values, int k, Span<double> work)
    {
        // Two histograms, for values at even and odd places: runs of one digit then do not make each count wait on the
        // one before it.
        Span<int> counts = stackalloc int[2 * Digits];
        var candidates = values;
        var first = true;
        // The sign bit is 0 for every value: the digits cover bits 62 down to 0, the last overlapping bits already fixed.
        for (var shift = 64 - 1 - DigitBits; candidates.Length > SortBelow; shift = Math.Max(0, shift - DigitBits))
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
            if (even[digit] + odd[digit] == candidates.Length)
            {
                if (shift == 0) return candidates[k];
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
        }
        var few = work[..candidates.Length];
        candidates.CopyTo(few);
        few.Sort();
        return few[k];
    }

    private static int Digit(double v, int shift) => (int)(BitConverter.DoubleToUInt64Bits(v) >> shift) & (Digits - 1);
}
