using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using System.Runtime.Intrinsics;

namespace CrampSignals.Signals.Track;

/// <summary>
/// The selection behind <see cref="Rolling"/>'s medians and quantiles (order statistics, or the mean of the two middle
/// ones), by counting rather than comparing, where a comparison-based selection mispredicts a branch on every other value.
/// Each round puts every candidate in one of a few hundred or thousand buckets by where its value lies between the least
/// and the greatest (four at a time), counts them, and keeps the bucket holding the rank sought: the bucket is monotone in
/// the value, so the answer is exact whatever the distribution, and on the library's medians one round leaves a hundred
/// or so candidates to sort. Values the buckets cannot split (a range beyond a double's, or spread over so many orders of
/// magnitude that rounds keep most of them), and every selection on a machine without 256-bit vectors (where each bucket
/// would be a scalar conversion), take a radix selection over the double's bits, with the sign bit flipped when
/// it is positive and all bits flipped when it is negative, which order as its value does. The one pair of values that
/// compare equal with different bits is −0 and +0: the key would order them, a comparison picks either, so
/// <see cref="Rolling"/> sends an input holding a negative zero (or a NaN) to its comparison selection, and the answer is
/// the same bit for bit whatever the input.
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
    // Candidates a value bucket holds on average in a round: few enough that the one holding rank k is small. A round has
    // at most as many buckets as the radix has digits, so both count in the same two pooled histograms, which stay in the
    // first-level cache.
    private const int BinShare = 4;
    // From this many candidates a round's bounds may come from an evenly spaced sample instead: its second least and second
    // greatest value, when the least and the greatest candidate lie more than OutlierStretch times as far apart. One far
    // outlier (a squared GPS spike) would otherwise leave nearly every value in the first bucket, round after round. On the
    // library's well-behaved medians the bulk spans a third of the range or more, and the least and the greatest serve.
    // Not bounds close around the rank sought: most values would fall outside them, and counting those in the first and
    // the last bucket makes each count wait on the one before.
    private const int SampleFrom = 4096;
    internal const int SampleSize = 64;
    private const double OutlierStretch = 8;
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
        // Counted without a branch a value, four at a time: a NaN or negative zero is rare, and this pass runs before every
        // selection, so it must cost little beside one.
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var negativeZero = Vector256.Create(SignBit);
            var found = Vector256<ulong>.Zero;
            for (; i + Vector256<double>.Count <= values.Length; i += Vector256<double>.Count)
            {
                var v = Vector256.Create(values[i..]);
                // A NaN is the one value not equal to itself.
                found |= Vector256.Equals(v.AsUInt64(), negativeZero) | ~Vector256.Equals(v, v).AsUInt64();
            }
            if (found != Vector256<ulong>.Zero) return false;
        }
        var bad = 0;
        for (; i < values.Length; i++) bad |= Orderable(values[i]) ? 0 : 1;
        return bad == 0;
    }

    // AggressiveOptimization on this file's loops over every second or record: compiled optimised at the first call, not
    // once unoptimised and again when hot (docs/tuning-log.md, "optimised from the first call").
    /// <summary>
    /// The value of rank <paramref name="k"/> (from 0) among <paramref name="values"/>, which stay unchanged unless
    /// <paramref name="work"/> is the same span; with <paramref name="wantBelow"/> (and <paramref name="k"/> ≥ 1) also the
    /// value of rank k − 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Smallest(ReadOnlySpan<double> values, int k, Span<double> work, bool wantBelow, out double below)
    {
        below = double.NaN;
        var belowKnown = !wantBelow;
        var pooled = ArrayPool<int>.Shared.Rent(2 * Digits);
        try
        {
            var candidates = values;
            var inPlace = values.Overlaps(work, out var offset) && offset == 0;
            // Without 256-bit vectors (an ahead-of-time build for any x64, a machine without AVX) each value's bucket is a
            // scalar conversion, and the radix's branch-free rounds are the faster way.
            if (!Vector256.IsHardwareAccelerated || !Avx.IsSupported)
                return RadixSmallest(candidates, k, work, inPlace, belowKnown, ref below, pooled);
            var poorRounds = 0;
            while (candidates.Length > SortBelow)
            {
                // A bucket a value, from where the value lies between two bounds, clamped to the first and the last bucket
                // outside them: monotone in the value, so rank k lies in the bucket the counts below it reach, whatever the
                // distribution. Both bounds are candidates in different buckets, so every round drops some. A range too
                // wide for a double (or too narrow for its reciprocal) and a spread the buckets split badly, round after
                // round (values spread over many orders of magnitude), take the radix instead.
                MinMax(candidates, out var min, out var max);
                // Equal values have equal bits (no −0 here), so any of them is rank k and rank k − 1.
                if (min == max) return AllOneValue(candidates, k, belowKnown, ref below);
                if (candidates.Length >= SampleFrom && Bulk(candidates, out var low, out var high) && high - low < (max - min) / OutlierStretch)
                    (min, max) = (low, high);
                var range = max - min;
                var bins = Math.Clamp(candidates.Length / BinShare, 2, Digits);
                var scale = bins / range;
                if (!double.IsFinite(range) || !double.IsFinite(scale) || poorRounds == 2)
                    return RadixSmallest(candidates, k, work, inPlace, belowKnown, ref below, pooled);
                var last = bins - 1;
                // Two histograms, for values at even and odd places: runs of one bucket then do not make each count wait
                // on the one before it.
                var even = pooled.AsSpan(0, bins);
                var odd = pooled.AsSpan(Digits, bins);
                even.Clear();
                odd.Clear();
                Count(candidates, min, scale, last, even, odd);
                var bucket = 0;
                while (k >= even[bucket] + odd[bucket]) k -= even[bucket] + odd[bucket++];
                if (k == 0 && !belowKnown)
                {
                    // Rank k − 1 is the largest value in the lower buckets.
                    below = double.NegativeInfinity;
                    foreach (var v in candidates) if (Bucket(v, min, scale, last) < bucket && v > below) below = v;
                    belowKnown = true;
                }
                var kept = Keep(candidates, work, inPlace, min, scale, last, bucket);
                if (kept > candidates.Length / 2) poorRounds++;
                candidates = work[..kept];
            }
            return SortFew(candidates, k, work, belowKnown, ref below);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(pooled);
        }
    }

    /// <summary>
    /// How many candidates each bucket holds, split between <paramref name="even"/> and <paramref name="odd"/> places (only
    /// with AVX: <see cref="Smallest"/> takes the radix without it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Count(ReadOnlySpan<double> candidates, double min, double scale, int last, Span<int> even, Span<int> odd)
    {
        // Four buckets at once, by the same subtraction, product, clamp and truncation as one at a time.
        var i = 0;
        var least = Vector256.Create(min);
        var times = Vector256.Create(scale);
        var top = Vector256.Create((double)last);
        for (; i + Vector256<double>.Count <= candidates.Length; i += Vector256<double>.Count)
        {
            var buckets = Avx.ConvertToVector128Int32WithTruncation(Offset(Vector256.Create(candidates[i..]), least, times, top));
            even[buckets.GetElement(0)]++;
            odd[buckets.GetElement(1)]++;
            even[buckets.GetElement(2)]++;
            odd[buckets.GetElement(3)]++;
        }
        for (; i + 1 < candidates.Length; i += 2)
        {
            even[Bucket(candidates[i], min, scale, last)]++;
            odd[Bucket(candidates[i + 1], min, scale, last)]++;
        }
        if (i < candidates.Length) even[Bucket(candidates[i], min, scale, last)]++;
    }

    /// <summary>
    /// Moves the candidates in <paramref name="bucket"/> to the front of <paramref name="work"/> and returns how many they
    /// are; in place, the others end up behind them, so the span is reordered rather than overwritten. Only with AVX, as
    /// <see cref="Count"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Keep(ReadOnlySpan<double> candidates, Span<double> work, bool inPlace, double min, double scale, int last, int bucket)
    {
        // A bucket holds a small share of the values, so a branch on it is nearly always predicted, and four values are
        // tested at once. The bucket is the truncated scaled offset, clamped: it is `bucket` exactly when that offset lies
        // in [bucket, bucket + 1), as the same arithmetic in a vector gives it.
        var kept = 0;
        var j = 0;
        var least = Vector256.Create(min);
        var times = Vector256.Create(scale);
        var top = Vector256.Create((double)last);
        var from = Vector256.Create((double)bucket);
        var to = Vector256.Create(bucket + 1.0);
        for (; j + Vector256<double>.Count <= candidates.Length; j += Vector256<double>.Count)
        {
            var offset = Offset(Vector256.Create(candidates[j..]), least, times, top);
            var hits = (Vector256.GreaterThanOrEqual(offset, from) & Vector256.LessThan(offset, to)).ExtractMostSignificantBits();
            while (hits != 0)
            {
                var at = j + System.Numerics.BitOperations.TrailingZeroCount(hits);
                hits &= hits - 1;
                Move(candidates, work, inPlace, at, kept++);
            }
        }
        for (; j < candidates.Length; j++)
            if (Bucket(candidates[j], min, scale, last) == bucket) Move(candidates, work, inPlace, j, kept++);
        return kept;
    }

    /// <summary>
    /// Puts candidate <paramref name="at"/> at <paramref name="to"/> (not after it): swapped in place, so the values are
    /// only reordered, copied otherwise.
    /// </summary>
    private static void Move(ReadOnlySpan<double> candidates, Span<double> work, bool inPlace, int at, int to)
    {
        if (inPlace) (work[at], work[to]) = (work[to], work[at]);
        else work[to] = candidates[at];
    }

    // Clamped before it is truncated: a value far outside the bounds would overflow the conversion to an integer.
    private static int Bucket(double v, double min, double scale, int last) => (int)Math.Clamp((v - min) * scale, 0, last);

    /// <summary>As <see cref="Bucket"/> before its truncation, four values at a time (no NaN among the offsets: see <see cref="Smallest"/>).</summary>
    private static Vector256<double> Offset(Vector256<double> values, Vector256<double> least, Vector256<double> times, Vector256<double> top) =>
        Vector256.MinNative(Vector256.MaxNative((values - least) * times, Vector256<double>.Zero), top);

    /// <summary>
    /// Bounds that leave out about the lowest and the highest sixty-fourth of the candidates, read from an evenly spaced
    /// sample: the bulk of the values, without the outliers that stretch the least-to-greatest range. False when the sample
    /// cannot tell two bounds apart. The few values outside share the first and the last bucket; a sample that misleads
    /// costs speed only, as the round keeps whichever bucket holds the rank.
    /// </summary>
    private static bool Bulk(ReadOnlySpan<double> candidates, out double low, out double high)
    {
        // The second least and the second greatest of the sample, in one pass: sorting it would cost as much as a round.
        double least = double.PositiveInfinity, greatest = double.NegativeInfinity;
        low = double.PositiveInfinity;
        high = double.NegativeInfinity;
        var stride = candidates.Length / SampleSize;
        for (var s = 0; s < SampleSize; s++)
        {
            var v = candidates[s * stride + stride / 2];
            if (v < least) (least, low) = (v, least);
            else if (v < low) low = v;
            if (v > greatest) (greatest, high) = (v, greatest);
            else if (v > high) high = v;
        }
        return low < high;
    }

    private static void MinMax(ReadOnlySpan<double> values, out double min, out double max)
    {
        // Four lanes at a time: no NaN or −0 here, so the vector minimum and maximum agree with comparisons.
        var i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= 2 * Vector256<double>.Count)
        {
            var lo = Vector256.Create(values);
            var hi = lo;
            for (i = Vector256<double>.Count; i + Vector256<double>.Count <= values.Length; i += Vector256<double>.Count)
            {
                var v = Vector256.Create(values[i..]);
                lo = Vector256.MinNative(lo, v);
                hi = Vector256.MaxNative(hi, v);
            }
            min = Math.Min(Math.Min(lo[0], lo[1]), Math.Min(lo[2], lo[3]));
            max = Math.Max(Math.Max(hi[0], hi[1]), Math.Max(hi[2], hi[3]));
        }
        else
        {
            min = double.PositiveInfinity;
            max = double.NegativeInfinity;
        }
        for (; i < values.Length; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }
    }

    /// <summary>Rank k (and k − 1 unless known) among a few candidates, sorted outright in <paramref name="work"/>.</summary>
    private static double SortFew(ReadOnlySpan<double> candidates, int k, Span<double> work, bool belowKnown, ref double below)
    {
        var few = work[..candidates.Length];
        candidates.CopyTo(few);
        few.Sort();
        if (!belowKnown) below = few[k - 1];
        return few[k];
    }

    /// <summary>
    /// As <see cref="Smallest"/>, by histograms of the key's digits: for candidates the value buckets cannot split.
    /// <paramref name="inPlace"/> says <paramref name="candidates"/> start <paramref name="work"/>.
    /// </summary>
    private static double RadixSmallest(ReadOnlySpan<double> candidates, int k, Span<double> work, bool inPlace, bool belowKnown, ref double below, int[] pooled)
    {
        // The digits start at the highest bit on which the values differ: above it every value has the same bits, and a
        // histogram there would hold them all in one count.
        ulong low = ulong.MaxValue, high = 0;
        foreach (var v in candidates)
        {
            var key = Key(v);
            low = Math.Min(low, key);
            high = Math.Max(high, key);
        }
        if (low == high) return AllOneValue(candidates, k, belowKnown, ref below);
        // Bits from `top` up are the same in every candidate left.
        var top = 64 - System.Numerics.BitOperations.LeadingZeroCount(low ^ high);
        var lowest = low;
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
            // Kept without a branch, as the value buckets are.
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
        return SortFew(candidates, k, work, belowKnown, ref below);
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
