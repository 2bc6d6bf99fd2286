using CrampSignals.Signals.Detectors;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// The detectors' rolling baselines agree, second by second and bit for bit, with the median of the sampled seconds each
/// window holds, found by sorting them: with gaps, excluded stretches, ties and windows longer than the run.
/// </summary>
public class BaselineTests
{
    public static TheoryData<int, int, int> Windows() => new()
    {
        { 600, 300, 1 }, { 300, 150, 2 }, { 10, 5, 3 }, { 7, 1, 4 }, { 5, 0, 5 }, { 3_000, 100, 6 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void TrailingMedianIsThatOfTheSampledSecondsBefore(int window, int minCount, int seed)
    {
        foreach (var (values, include) in Inputs(seed))
        {
            var n = values.Length;
            var result = new double[n];
            var steadiness = new double[n];
            const double band = 0.05;
            Baseline.TrailingMedian(values, include, window, minCount, result, band, steadiness);
            var plain = new double[n];
            Baseline.TrailingMedian(values, include, window, minCount, plain);
            for (var i = 0; i < n; i++)
            {
                var held = Held(values, include, i - window, i - 1);
                var expected = held.Length * Baseline.Step >= Math.Max(1, minCount) ? Median(held) : double.NaN;
                SameBits.Assert(expected, result[i], $"trailing {window}, second {i} of {n}");
                SameBits.Assert(expected, plain[i], $"trailing {window} without steadiness, second {i} of {n}");
                var steady = double.IsNaN(expected) ? 0
                    : held.Count(v => v >= expected * (1 - band) && v <= expected * (1 + band)) / (double)held.Length;
                SameBits.Assert(steady, steadiness[i], $"steadiness {window}, second {i} of {n}");
            }
        }
    }

    [Theory]
    [InlineData(900, 11)]
    [InlineData(12, 12)]
    [InlineData(2, 13)]
    [InlineData(0, 14)]
    [InlineData(5_000, 15)]
    public void CentredMedianIsThatOfTheSampledSecondsAround(int halfWidth, int seed)
    {
        foreach (var (values, include) in Inputs(seed))
        {
            var n = values.Length;
            var result = new double[n];
            Baseline.CentredMedian(values, include, halfWidth, result);
            for (var i = 0; i < n; i++)
                SameBits.Assert(Median(Held(values, include, i - halfWidth, i + halfWidth)), result[i], $"centred {halfWidth}, second {i} of {n}");
        }
    }

    /// <summary>The values of the sampled, included, valid seconds in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private static double[] Held(double[] values, bool[] include, int from, int to) =>
        [.. Enumerable.Range(Math.Max(0, from), Math.Max(0, Math.Min(values.Length - 1, to) - Math.Max(0, from) + 1))
            .Where(j => j % Baseline.Step == 0 && include[j] && !double.IsNaN(values[j]))
            .Select(j => values[j])];

    private static double Median(double[] values)
    {
        if (values.Length == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }

    /// <summary>Runs of several lengths: a pace with scatter and ties, NaN gaps, and stretches left out (stops, walks).</summary>
    private static IEnumerable<(double[] Values, bool[] Include)> Inputs(int seed)
    {
        var random = new Random(seed);
        foreach (var n in new[] { 1, 4, 5, 6, 11, 97, 2_000, 4_001 })
        {
            var values = Enumerable.Range(0, n).Select(i => random.Next(12) == 0 ? double.NaN
                : random.Next(3) == 0 ? Math.Round(3 + random.NextDouble(), 1) : 3 + 0.3 * Math.Sin(i / 200.0) + 0.2 * random.NextDouble()).ToArray();
            var include = new bool[n];
            var on = true;
            for (var i = 0; i < n; i++)
            {
                if (random.Next(150) == 0) on = !on;
                include[i] = on && random.Next(20) != 0;
            }
            yield return (values, include);
            yield return (values, [.. Enumerable.Repeat(true, n)]);
        }
    }
}
