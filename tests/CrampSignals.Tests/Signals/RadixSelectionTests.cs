using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// The medians and quantiles <see cref="Rolling"/> takes by radix selection are bit for bit those of the sorted values and
/// of the comparison selection, which still takes the values the radix cannot order.
/// </summary>
public class RadixSelectionTests
{
    public static TheoryData<int, int> Shapes() => new()
    {
        { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 11 }, { 4, 12 }, { 31, 4 }, { 32, 5 }, { 33, 6 }, { 600, 7 }, { 601, 8 }, { 900, 13 },
        { 901, 14 }, { 4_095, 15 }, { 4_096, 16 }, { 14_400, 9 }, { 14_401, 10 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void EqualsTheMedianOfTheSortedValues(int n, int seed)
    {
        foreach (var values in Inputs(n, seed))
        {
            var sorted = values.Order().ToArray();
            var copy = values.ToArray();
            var expected = n == 0 ? double.NaN : n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            var median = RadixSelection.MedianOf(values, new double[Math.Max(1, n)]);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(median));
            Assert.Equal(BitConverter.DoubleToInt64Bits(GeneralMedian(values)), BitConverter.DoubleToInt64Bits(median));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Rolling.MedianOf(values)));
            foreach (var q in new[] { 0.0, 0.05, 0.5, 0.95, 1.0 })
                Assert.Equal(n == 0 ? double.NaN : sorted[(int)(q * (n - 1))], Rolling.QuantileOf(values, q));
            Assert.Equal(copy, values);
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void SignedValuesGiveTheMedianOfTheSortedValues(int n, int seed)
    {
        foreach (var values in SignedInputs(n, seed))
        {
            var sorted = values.Order().ToArray();
            var copy = values.ToArray();
            var expected = n == 0 ? double.NaN : n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            Assert.True(RadixSelection.AllOrderable(values));
            AssertSameBits(expected, RadixSelection.MedianOf(values, new double[Math.Max(1, n)]));
            AssertSameBits(expected, Rolling.MedianOf(values));
            AssertSameBits(GeneralMedian(values), Rolling.MedianOf(values));
            var inPlace = values.ToArray();
            AssertSameBits(expected, Rolling.MedianInPlace(inPlace));
            // Reordered, not changed: the same values are still there.
            Assert.Equal(sorted, inPlace.Order());
            var general = values.ToArray();
            AssertSameBits(Rolling.ComparisonMedianInPlace(general), Rolling.MedianInPlace(values.ToArray()));
            foreach (var q in new[] { 0.0, 0.05, 0.5, 0.95, 1.0 })
                AssertSameBits(n == 0 ? double.NaN : sorted[(int)(q * (n - 1))], Rolling.QuantileOf(values, q));
            Assert.Equal(copy, values);
        }
    }

    [Fact]
    public void ANegativeZeroOrNaNTakesTheGeneralSelectionInPlace()
    {
        // −0 and +0 compare equal, so which one a comparison selection lands on depends on where they stand; the key
        // would always order −0 first. Every arrangement of a few of each must answer as the general selection does.
        var r = new Random(11);
        for (var round = 0; round < 400; round++)
        {
            var n = r.Next(1, 80);
            var values = Enumerable.Range(0, n).Select(_ => r.Next(4) switch { 0 => -0.0, 1 => 0.0, 2 => -r.NextDouble(), _ => r.NextDouble() }).ToArray();
            values[r.Next(n)] = -0.0;
            Assert.False(RadixSelection.AllOrderable(values));
            AssertSameBits(Rolling.ComparisonMedianInPlace(values.ToArray()), Rolling.MedianInPlace(values.ToArray()));
            AssertSameBits(GeneralMedian(values), Rolling.MedianOf(values));
            AssertSameBits(GeneralQuantile(values, 0.5), Rolling.QuantileOf(values, 0.5));
        }
        Assert.False(RadixSelection.Orderable(-0.0));
        Assert.False(RadixSelection.Orderable(double.NaN));
        Assert.True(RadixSelection.Orderable(0.0));
        Assert.True(RadixSelection.Orderable(double.NegativeInfinity));
        Assert.True(RadixSelection.Orderable(-double.Epsilon));
    }

    [Fact]
    public void MedianWhereGivesTheGeneralValueAndCount()
    {
        var r = new Random(21);
        for (var round = 0; round < 200; round++)
        {
            var n = r.Next(0, 2_000);
            // Gaps, both signs, +0 and, every third round, a −0 that must send the median to the general selection.
            var column = Enumerable.Range(0, n).Select(_ => r.Next(12) switch
            {
                0 => double.NaN,
                1 => 0.0,
                2 => round % 3 == 0 ? -0.0 : 0.0,
                // About half below zero: the middle often falls among the zeros.
                _ => r.NextDouble() - 0.6,
            }).ToArray();
            var include = Enumerable.Range(0, n).Select(_ => r.Next(4) != 0).ToArray();
            var from = n == 0 ? 0 : r.Next(-3, n);
            var to = n == 0 ? 0 : r.Next(Math.Max(0, from), n + 1);
            var chosen = Enumerable.Range(Math.Max(0, from), Math.Max(0, to - Math.Max(0, from))).Where(i => include[i] && !double.IsNaN(column[i])).Select(i => column[i]).ToArray();
            var expected = Rolling.ComparisonMedianInPlace(chosen);
            var expectedCount = chosen.Length;
            AssertSameBits(expected, Rolling.MedianWhere(column, include, from, to, out var count));
            Assert.Equal(expectedCount, count);
        }
    }

    [Fact]
    public void ValuesARadixCannotOrderTakeTheGeneralSelection()
    {
        double[][] inputs = [[3, -1, 2], [0.0, -0.0, 1, -0.0], [double.NaN, 4, 1, 2], [-5, -7, -6, -8]];
        foreach (var values in inputs)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(GeneralMedian(values)), BitConverter.DoubleToInt64Bits(Rolling.MedianOf(values)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(GeneralQuantile(values, 0.95)), BitConverter.DoubleToInt64Bits(Rolling.QuantileOf(values, 0.95)));
        }
    }

    /// <summary>The median of the values that are not NaN by the comparison selection alone.</summary>
    private static double GeneralMedian(double[] values) => Rolling.ComparisonMedianInPlace(values.Where(v => !double.IsNaN(v)).ToArray());

    /// <summary>The quantile (nearest rank below) of the values that are not NaN by the comparison selection alone.</summary>
    private static double GeneralQuantile(double[] values, double quantile)
    {
        var valid = values.Where(v => !double.IsNaN(v)).ToArray();
        return valid.Length == 0 ? double.NaN : Rolling.Select(valid, (int)(Math.Clamp(quantile, 0, 1) * (valid.Length - 1)));
    }

    private static void AssertSameBits(double expected, double actual) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));

    /// <summary>Residuals as the hill fit sees them (both signs, a few far off), and the signed shapes a key could trip on.</summary>
    private static IEnumerable<double[]> SignedInputs(int n, int seed)
    {
        var r = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
        yield return [.. Enumerable.Range(0, n).Select(_ => 0.05 * Normal() + (r.Next(10) == 0 ? 0.5 * Normal() : 0))];
        // Duplicates about zero, +0 among them: the middle falls in a run of equal values of either sign.
        yield return [.. Enumerable.Range(0, n).Select(_ => (double)r.Next(-3, 4))];
        yield return [.. Enumerable.Range(0, n).Select(_ => -2.5)];
        yield return [.. Enumerable.Range(0, n).Select(_ => r.Next(2) == 0 ? 0.0 : -1.0)];
        // Negative values differing only in their last bits, which the key flips.
        yield return [.. Enumerable.Range(0, n).Select(_ => BitConverter.Int64BitsToDouble(unchecked((long)0xBFF0_0000_0000_0000) + r.Next(64)))];
        // Both infinities, the extremes, subnormals of both signs and +0.
        yield return [.. Enumerable.Range(0, n).Select(_ => r.Next(10) switch
        {
            0 => 0.0,
            1 => double.Epsilon * r.Next(-4, 5) is var e && e != 0 ? e : double.Epsilon,
            2 => double.MaxValue / r.Next(1, 5),
            3 => double.MinValue / r.Next(1, 5),
            4 => double.PositiveInfinity,
            5 => double.NegativeInfinity,
            _ => (r.Next(2) == 0 ? -1 : 1) * r.NextDouble() * Math.Pow(10, r.Next(-300, 300)),
        })];
    }

    /// <summary>Squared residuals as the estimate sees them, and the shapes a radix selection could trip on.</summary>
    private static IEnumerable<double[]> Inputs(int n, int seed)
    {
        var r = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
        yield return [.. Enumerable.Range(0, n).Select(_ => { var e = 2 * Normal(); var no = 2 * Normal(); return e * e + no * no; })];
        // Few distinct values, each many times: the middle falls inside a run of equal ones.
        yield return [.. Enumerable.Range(0, n).Select(_ => (double)r.Next(4))];
        yield return [.. Enumerable.Range(0, n).Select(_ => 1.5)];
        // Values that share their high bits and differ only in the last ones, and values across the whole range.
        yield return [.. Enumerable.Range(0, n).Select(_ => BitConverter.Int64BitsToDouble(0x3FF0_0000_0000_0000 + r.Next(64)))];
        yield return [.. Enumerable.Range(0, n).Select(_ => r.Next(8) switch
        {
            0 => 0.0,
            1 => double.Epsilon * r.Next(1, 5),
            2 => double.MaxValue / r.Next(1, 5),
            3 => double.PositiveInfinity,
            _ => r.NextDouble() * Math.Pow(10, r.Next(-300, 300)),
        })];
    }
}
