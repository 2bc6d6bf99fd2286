using CrampSignals.Signals.Track;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// The selection buckets values by where they lie between the least and the greatest; whatever the spread (ties, a range
/// beyond a double's, subnormals, values on the buckets' edges, outliers that leave most values in one bucket), every rank
/// it gives is bit for bit the one the sorted values and the comparison selection give.
/// </summary>
public class ValueBucketSelectionTests
{
    public static TheoryData<int> Seeds() => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MediansAndRanksAreThoseOfTheComparisonSelection(int seed)
    {
        var r = new Random(seed);
        // Small sets (sorted outright), the sizes the library takes, and random ones up to 20,000, odd and even.
        int[] sizes = [1, 2, 3, 32, 33, 34, 899, 900, 14_400, 14_401, r.Next(1, 20_001), r.Next(1, 20_001), r.Next(1, 2_000)];
        foreach (var n in sizes)
            foreach (var (shape, values) in Shapes(n, r))
                AssertAsComparison(shape, values, r);
    }

    [Fact]
    public void TwoValuesAndOneRepeatedGiveThatValue()
    {
        foreach (var n in new[] { 1, 2, 3, 40, 41, 5_000 })
        {
            AssertAsComparison("all equal", [.. Enumerable.Repeat(-3.25, n)], new Random(n));
            AssertAsComparison("all +0", [.. Enumerable.Repeat(0.0, n)], new Random(n));
            // Two values, split evenly or not: the middle two may differ, and their mean is the median.
            AssertAsComparison("two values", [.. Enumerable.Range(0, n).Select(i => i < n / 2 ? 1.0 : 2.0)], new Random(n));
            AssertAsComparison("two values, one once", [.. Enumerable.Range(0, n).Select(i => i == 0 ? double.MaxValue : -double.MaxValue)], new Random(n));
        }
    }

    /// <summary>
    /// Values that each round's buckets split badly: powers of two over most of a double's exponents, where each round
    /// would keep nearly all of them, must still give the exact rank (by the radix the selection then falls back on).
    /// </summary>
    [Fact]
    public void ValuesOverEveryOrderOfMagnitudeGiveTheExactRank()
    {
        var r = new Random(7);
        foreach (var n in new[] { 100, 2_047, 2_048, 20_000 })
        {
            AssertAsComparison("powers of two", [.. Enumerable.Range(0, n).Select(_ => Math.ScaleB(1.0 + r.NextDouble(), -r.Next(0, 1_070)))], r);
            AssertAsComparison("ascending powers", [.. Enumerable.Range(0, n).Select(i => Math.ScaleB(1.0, -(i % 1_074)))], r);
            AssertAsComparison("signed powers", [.. Enumerable.Range(0, n).Select(_ => (r.Next(2) == 0 ? -1 : 1) * Math.ScaleB(1.0, r.Next(-1_074, 1_024)))], r);
        }
    }

    [Fact]
    public void ANegativeZeroOrNaNAnywhereMakesTheValuesUnorderable()
    {
        foreach (var n in new[] { 1, 3, 4, 5, 8, 9, 23 })
            for (var at = 0; at < n; at++)
                foreach (var odd in new[] { -0.0, double.NaN, -double.NaN, BitConverter.Int64BitsToDouble(0x7FF0_0000_0000_0001) })
                {
                    var values = Enumerable.Range(0, n).Select(i => i - 2.0).ToArray();
                    Assert.True(RadixSelection.AllOrderable(values));
                    values[at] = odd;
                    Assert.False(RadixSelection.AllOrderable(values), $"n {n}, at {at}, {odd}");
                }
    }

    private static void AssertAsComparison(string shape, double[] values, Random r)
    {
        var n = values.Length;
        Assert.True(RadixSelection.AllOrderable(values), shape);
        var sorted = values.Order().ToArray();
        var expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        SameBits.Assert(Rolling.ComparisonMedianInPlace(values.ToArray()), expected, shape);
        // Copied: the values stay as they were.
        var copy = values.ToArray();
        SameBits.Assert(expected, RadixSelection.MedianOf(values, new double[n]), shape);
        Assert.Equal(copy, values);
        // In place: only reordered.
        var inPlace = values.ToArray();
        SameBits.Assert(expected, RadixSelection.MedianOf(inPlace, inPlace), shape);
        Assert.Equal(sorted, inPlace.Order());
        foreach (var k in new[] { 0, n - 1, n / 2, r.Next(n), r.Next(n) })
        {
            var general = values.ToArray();
            var selected = values.ToArray();
            SameBits.Assert(Rolling.Select(general, k), RadixSelection.Select(selected, k), $"{shape}, n {n}, rank {k}");
            SameBits.Assert(sorted[k], RadixSelection.Select(values.ToArray(), k), $"{shape}, n {n}, rank {k}");
            Assert.Equal(sorted, selected.Order());
        }
    }

    private static IEnumerable<(string, double[])> Shapes(int n, Random r)
    {
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
        double[] Make(Func<int, double> value) => [.. Enumerable.Range(0, n).Select(value)];
        yield return ("residuals", Make(_ => 0.05 * Normal() + (r.Next(10) == 0 ? 0.3 * Normal() : 0)));
        yield return ("speeds", Make(_ => 1 + 5 * r.NextDouble() * r.NextDouble()));
        yield return ("squared residuals", Make(_ => { var e = 2 * Normal(); var no = 2 * Normal(); return (e * e + no * no) * Math.Pow(10, r.Next(0, 4)); }));
        yield return ("heavy ties", Make(_ => r.Next(-2, 3) * 0.5));
        yield return ("mixed signs with +0", Make(_ => r.Next(3) == 0 ? 0.0 : (r.Next(2) == 0 ? -1 : 1) * r.NextDouble()));
        yield return ("last ulp", Make(_ => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(1234.5) + r.Next(-8, 9))));
        yield return ("negative last ulp", Make(_ => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(-1e-300) + r.Next(-3, 4))));
        // Most values in a tiny range, a few far off: the first buckets hold nearly everything.
        yield return ("tiny range and outliers", Make(_ => r.Next(50) == 0 ? (r.Next(2) == 0 ? -1 : 1) * 1e12 * r.NextDouble() : 1 + 1e-12 * r.NextDouble()));
        yield return ("one outlier", Make(i => i == 0 ? 1e300 : r.NextDouble() * 1e-3));
        // A GPS track's squared residuals: most a few square metres, a few spikes of thousands of kilometres.
        yield return ("squared residuals and spikes", Make(_ => { var e = Normal(); var no = Normal(); return r.Next(200) == 0 ? 1e13 * r.NextDouble() : e * e + no * no; }));
        // A large set's first bounds come from values at evenly spaced places: there the values can mislead them, above
        // or below every other value, or all one value, and the rank then lies outside the bounds.
        yield return ("sampled places above the rest", Make(i => SampledPlace(i, n) ? 1e6 + i : r.NextDouble()));
        yield return ("sampled places below the rest", Make(i => SampledPlace(i, n) ? -1e6 - i : r.NextDouble()));
        yield return ("sampled places far either side", Make(i => SampledPlace(i, n) ? (i % 2 == 0 ? -1 : 1) * 1e300 : r.NextDouble()));
        yield return ("sampled places one value", Make(i => SampledPlace(i, n) ? 0.5 : r.NextDouble()));
        yield return ("huge range", Make(_ => (r.Next(2) == 0 ? -1 : 1) * r.NextDouble() * 1e308));
        yield return ("extremes", Make(_ => r.Next(4) switch { 0 => double.MaxValue, 1 => -double.MaxValue, 2 => 0.0, _ => r.NextDouble() }));
        yield return ("infinities", Make(_ => r.Next(5) switch { 0 => double.PositiveInfinity, 1 => double.NegativeInfinity, _ => Normal() }));
        yield return ("one infinity", Make(i => i == 0 ? double.PositiveInfinity : Normal()));
        yield return ("subnormals", Make(_ => double.Epsilon * r.Next(-1_000, 1_000)));
        yield return ("positive subnormals", Make(_ => double.Epsilon * r.Next(0, 5)));
        yield return ("subnormals and normals", Make(_ => r.Next(2) == 0 ? double.Epsilon * r.Next(1, 100) : 2.2250738585072014E-308 * (1 + r.NextDouble())));
        // A range wide enough for its reciprocal, with offsets and products among the subnormals.
        yield return ("tiny values and subnormals", Make(_ => r.Next(2) == 0 ? double.Epsilon * r.Next(1, 100) : 1e-300 * r.NextDouble()));
        // Values on the edges of the buckets a round of a few (up to thousands of) buckets between 0 and 1 draws, and a
        // bit either side: a bucket formula that is not monotone, or counts and keeps a value in different buckets, errs here.
        foreach (var bins in new[] { 2, 8, 225, 2_048 })
            yield return ($"bucket edges of {bins}", Make(i => i == 0 ? 0.0 : i == 1 ? 1.0 : Nudge((double)r.Next(bins + 1) / bins, r.Next(-2, 3))));
        yield return ("bucket edges of the set", Make(i => i == 0 ? -1.0 : i == 1 ? 2.0 : Nudge(-1 + 3.0 * r.Next(Math.Max(2, n / 4) + 1) / Math.Max(2, n / 4), r.Next(-2, 3))));
    }

    /// <summary>Whether place <paramref name="i"/> of <paramref name="n"/> values is one the selection's sample of a large set reads.</summary>
    private static bool SampledPlace(int i, int n)
    {
        var stride = n / RadixSelection.SampleSize;
        return stride > 0 && i < RadixSelection.SampleSize * stride && i % stride == stride / 2;
    }

    /// <summary><paramref name="v"/> moved by <paramref name="ulps"/> representable values (a −0 made +0).</summary>
    private static double Nudge(double v, int ulps)
    {
        for (; ulps > 0; ulps--) v = Math.BitIncrement(v);
        for (; ulps < 0; ulps++) v = Math.BitDecrement(v);
        return v == 0 ? 0.0 : v;
    }
}
