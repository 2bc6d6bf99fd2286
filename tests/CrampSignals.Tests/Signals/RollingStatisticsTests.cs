using CrampSignals.Signals.Track;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Signals;

/// <summary>The medians and rolling filters the track is built from agree with sorting, whatever shape the values take.</summary>
public class RollingStatisticsTests
{
    public static TheoryData<int, int> Shapes() => new()
    {
        { 1, 1 }, { 2, 2 }, { 7, 3 }, { 600, 4 }, { 601, 5 }, { 1000, 6 }, { 14_400, 7 }, { 14_401, 8 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void MedianAndQuantilesEqualThoseOfTheSortedValues(int n, int seed)
    {
        foreach (var values in Inputs(n, seed))
        {
            var valid = values.Where(v => !double.IsNaN(v)).Order().ToArray();
            var copy = values.ToArray();
            var expected = valid.Length == 0 ? double.NaN
                : valid.Length % 2 == 1 ? valid[valid.Length / 2] : 0.5 * (valid[valid.Length / 2 - 1] + valid[valid.Length / 2]);
            Assert.Equal(expected, Rolling.MedianOf(values));
            Assert.Equal(copy, values);
            foreach (var q in new[] { 0.0, 0.05, 0.5, 0.95, 1.0 })
                Assert.Equal(valid.Length == 0 ? double.NaN : valid[(int)(q * (valid.Length - 1))], Rolling.QuantileOf(values, q));
        }
    }

    [Theory]
    [InlineData(5, 11)]
    [InlineData(11, 12)]
    [InlineData(31, 13)]
    [InlineData(121, 14)]
    public void RollingMedianEqualsTheMedianOfEachWindow(int width, int seed)
    {
        foreach (var values in Inputs(2_000, seed))
        {
            var target = new double[values.Length];
            Rolling.Median(values, target, width, fillHoles: true);
            var half = width / 2;
            for (var i = 0; i < values.Length; i++)
            {
                var window = values[Math.Max(0, i - half)..Math.Min(values.Length, i + half + 1)].Where(v => !double.IsNaN(v)).ToArray();
                var hole = double.IsNaN(values[i]);
                var expected = window.Length < (hole ? half + 1 : Math.Max(1, width / 3)) ? double.NaN : Rolling.MedianOf(window);
                Assert.Equal(expected, target[i]);
            }
        }
    }

    /// <summary>
    /// Narrow windows take each second's few values directly instead of keeping them sorted: the medians are the sorted
    /// window's, bit for bit, with every count of valid values in a window, at both ends, and with zeros of either sign.
    /// </summary>
    [Theory]
    [InlineData(2, 21)]
    [InlineData(3, 22)]
    [InlineData(4, 23)]
    [InlineData(5, 24)]
    [InlineData(6, 25)]
    public void NarrowWindowsGiveTheSortedWindowsMedians(int width, int seed)
    {
        var random = new Random(seed);
        foreach (var length in new[] { 0, 1, 2, 3, 4, 5, 6, 7, 500 })
        {
            var inputs = Inputs(length, seed).Append(
                [.. Enumerable.Range(0, length).Select(_ => random.Next(4) switch { 0 => double.NaN, 1 => 0.0, 2 => -0.0, _ => random.Next(-2, 3) * 0.25 })]);
            foreach (var values in inputs)
                foreach (var fillHoles in new[] { true, false })
                {
                    var few = new double[length];
                    var sorted = new double[length];
                    Rolling.Median(values, few, width, fillHoles);
                    Rolling.MedianBySortedWindow(values, sorted, width, fillHoles);
                    for (var i = 0; i < length; i++)
                        SameBits.Assert(sorted[i], few[i], $"width {width}, {length} values, second {i}, fill {fillHoles}");
                }
        }
    }

    /// <summary>Distinct values, many ties, sorted, reversed, and values with NaN gaps.</summary>
    private static IEnumerable<double[]> Inputs(int n, int seed)
    {
        var random = new Random(seed);
        yield return [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() * 10)];
        yield return [.. Enumerable.Range(0, n).Select(_ => (double)random.Next(4))];
        yield return [.. Enumerable.Range(0, n).Select(i => (double)i)];
        yield return [.. Enumerable.Range(0, n).Select(i => (double)(n - i))];
        yield return [.. Enumerable.Range(0, n).Select(i => random.Next(5) == 0 || (i / 50) % 7 == 3 ? double.NaN : Math.Round(random.NextDouble() * 3, 1))];
    }
}
