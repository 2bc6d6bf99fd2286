using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

/// <summary>A sliding window's one-shift swap leaves the same values as adding the new one and removing the old, bit for bit.</summary>
public class SortedWindowTests
{
    [Theory]
    [InlineData(5, 1)]
    [InlineData(11, 2)]
    [InlineData(31, 3)]
    [InlineData(61, 4)]
    [InlineData(361, 5)]
    public void ReplaceMatchesAddThenRemove(int width, int seed)
    {
        var random = new Random(seed);
        // Ties, both zeros (equal but not the same bits) and distinct values.
        double[] pool = [0.0, -0.0, 1, 2, 2.5, -1, 1e-300, -3];
        var values = Enumerable.Range(0, 4_000).Select(_ => random.Next(3) == 0 ? random.NextDouble() * 4 - 2 : pool[random.Next(pool.Length)]).ToArray();
        var twoSteps = new SortedWindow(width + 1);
        var swapped = new SortedWindow(width + 1);
        for (var i = 0; i < width; i++)
        {
            twoSteps.Add(values[i]);
            swapped.Add(values[i]);
        }
        for (var i = width; i < values.Length; i++)
        {
            twoSteps.Add(values[i]);
            twoSteps.Remove(values[i - width]);
            swapped.Replace(values[i - width], values[i]);
            Assert.Equal(twoSteps.Count, swapped.Count);
            Assert.Equal(BitConverter.DoubleToInt64Bits(twoSteps.Median), BitConverter.DoubleToInt64Bits(swapped.Median));
            Assert.Equal(twoSteps.CountBetween(-0.5, 1.5), swapped.CountBetween(-0.5, 1.5));
        }
    }
}
