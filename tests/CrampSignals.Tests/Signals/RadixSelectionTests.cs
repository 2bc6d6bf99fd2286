using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

/// <summary>The radix median and quantiles are bit for bit those of the sorted values and of the general selection.</summary>
public class RadixSelectionTests
{
    public static TheoryData<int, int> Shapes() => new()
    {
        { 0, 1 }, { 1, 2 }, { 2, 3 }, { 31, 4 }, { 32, 5 }, { 33, 6 }, { 600, 7 }, { 601, 8 }, { 14_400, 9 }, { 14_401, 10 },
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
            Assert.Equal(BitConverter.DoubleToInt64Bits(Rolling.MedianOf(values)), BitConverter.DoubleToInt64Bits(median));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(RadixSelection.MedianOf(values)));
            foreach (var q in new[] { 0.0, 0.05, 0.5, 0.95, 1.0 })
                Assert.Equal(n == 0 ? double.NaN : sorted[(int)(q * (n - 1))], RadixSelection.QuantileOf(values, q));
            Assert.Equal(copy, values);
        }
    }

    [Fact]
    public void ValuesARadixCannotOrderTakeTheGeneralSelection()
    {
        double[][] inputs = [[3, -1, 2], [0.0, -0.0, 1, -0.0], [double.NaN, 4, 1, 2], [-5, -7, -6, -8]];
        foreach (var values in inputs)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(Rolling.MedianOf(values)), BitConverter.DoubleToInt64Bits(RadixSelection.MedianOf(values)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(Rolling.QuantileOf(values, 0.95)), BitConverter.DoubleToInt64Bits(RadixSelection.QuantileOf(values, 0.95)));
        }
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
