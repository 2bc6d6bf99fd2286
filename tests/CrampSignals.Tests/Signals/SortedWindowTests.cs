using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// A sliding window's one-shift swap leaves the same values as adding the new one and removing the old, bit for bit, and
/// the window always holds its values sorted, whatever mix of ties, zeros of both signs and infinities it is given.
/// </summary>
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
        Slide(values, width);
    }

    [Fact]
    public void ReplaceMatchesAddThenRemoveForEveryWidthUpTo200()
    {
        var random = new Random(17);
        for (var width = 1; width <= 200; width++)
        {
            var pool = Pool(random);
            Slide([.. Enumerable.Range(0, 3 * width + 50).Select(_ => Draw(random, pool))], width);
        }
    }

    [Fact]
    public void ValuesStaySortedUnderAnyMixOfAddsRemovesAndSwaps()
    {
        var random = new Random(23);
        for (var round = 0; round < 40; round++)
        {
            var pool = Pool(random);
            var capacity = 1 + random.Next(200);
            // A swap may add before it removes: one place more than the values held, as the rolling median gives it.
            var window = new SortedWindow(capacity + 1);
            var held = new List<double>();
            for (var step = 0; step < 2_000; step++)
            {
                var op = random.Next(3);
                if (held.Count == 0 || (op == 0 && held.Count < capacity))
                {
                    var value = Draw(random, pool);
                    window.Add(value);
                    held.Add(value);
                }
                else if (op == 1 || held.Count == capacity && op == 0)
                {
                    var old = held[random.Next(held.Count)];
                    window.Remove(old);
                    held.Remove(old);
                }
                else
                {
                    var old = held[random.Next(held.Count)];
                    var value = Draw(random, pool);
                    window.Replace(old, value);
                    held.Remove(old);
                    held.Add(value);
                }
                AssertHolds(held, window);
            }
        }
    }

    /// <summary>
    /// A swap whose old value is not held only adds the new one (a caller that slid its window wrong loses no value), and
    /// the window stays sorted through the swaps that follow, at every short and long width.
    /// </summary>
    [Fact]
    public void ASwapOfAValueNotHeldOnlyAdds()
    {
        var random = new Random(31);
        foreach (var size in new[] { 9, 10, 11, 12, 13, 30, 47, 48, 60 })
        {
            var window = new SortedWindow(size + 8);
            var held = Enumerable.Range(0, size).Select(_ => (double)random.Next(1, 50)).ToList();
            foreach (var v in held) window.Add(v);
            // Above, below and among the values held, never one of them.
            foreach (var stranger in new[] { 1e6, -1e6, 25.5 })
            {
                window.Replace(stranger, 7.25);
                held.Add(7.25);
                AssertHolds(held, window);
            }
            for (var step = 0; step < 200; step++)
            {
                var old = held[random.Next(held.Count)];
                var value = random.Next(-5, 60) + 0.5;
                window.Replace(old, value);
                held.Remove(old);
                held.Add(value);
                AssertHolds(held, window);
            }
        }
    }

    [Fact]
    public void CountBetweenCountsTheValuesInTheClosedRange()
    {
        var random = new Random(29);
        for (var round = 0; round < 200; round++)
        {
            var pool = Pool(random);
            var window = new SortedWindow(150);
            var held = Enumerable.Range(0, 1 + random.Next(150)).Select(_ => Draw(random, pool)).ToList();
            foreach (var v in held) window.Add(v);
            // Finite bounds, as a baseline's band gives (the count below +∞ leaves out the +∞ held).
            var bounds = pool.Where(double.IsFinite).ToArray();
            for (var probe = 0; probe < 20; probe++)
            {
                var a = Draw(random, bounds);
                var b = Draw(random, bounds);
                var (low, high) = a <= b ? (a, b) : (b, a);
                Assert.Equal(held.Count(v => v >= low && v <= high), window.CountBetween(low, high));
            }
        }
    }

    /// <summary>Slides a window of <paramref name="width"/> over the values both ways and compares every value held, bit for bit.</summary>
    private static void Slide(double[] values, int width)
    {
        var twoSteps = new SortedWindow(width + 1);
        var swapped = new SortedWindow(width + 1);
        for (var i = 0; i < Math.Min(width, values.Length); i++)
        {
            twoSteps.Add(values[i]);
            swapped.Add(values[i]);
        }
        for (var i = width; i < values.Length; i++)
        {
            twoSteps.Add(values[i]);
            twoSteps.Remove(values[i - width]);
            swapped.Replace(values[i - width], values[i]);
            Assert.Equal(Bits(twoSteps.Values), Bits(swapped.Values));
            Assert.Equal(BitConverter.DoubleToInt64Bits(twoSteps.Median), BitConverter.DoubleToInt64Bits(swapped.Median));
            Assert.Equal(twoSteps.CountBetween(-0.5, 1.5), swapped.CountBetween(-0.5, 1.5));
            // Against sorting the window's values: the same values in order (a zero's sign depends on the order of steps, its place does not).
            AssertHolds(values[(i - width + 1)..(i + 1)], swapped);
        }
    }

    /// <summary>The window holds exactly <paramref name="expected"/>, sorted: bit for bit except for the sign of a zero.</summary>
    private static void AssertHolds(IEnumerable<double> expected, SortedWindow window)
    {
        var sorted = expected.Order().ToArray();
        var held = window.Values.ToArray();
        Assert.Equal(sorted.Length, window.Count);
        for (var i = 0; i < sorted.Length; i++)
            Assert.True(sorted[i] == 0 ? held[i] == 0 : BitConverter.DoubleToInt64Bits(sorted[i]) == BitConverter.DoubleToInt64Bits(held[i]),
                $"place {i} of {sorted.Length}: expected {sorted[i]}, held {held[i]}");
    }

    /// <summary>A few values to draw from often (long runs of ties, as integer channels give), zeros of both signs and infinities.</summary>
    private static double[] Pool(Random random) =>
        [0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.Epsilon,
            .. Enumerable.Range(0, 1 + random.Next(6)).Select(_ => (double)random.Next(-3, 4))];

    private static double Draw(Random random, double[] pool) => random.Next(4) == 0 ? random.NextDouble() * 8 - 4 : pool[random.Next(pool.Length)];

    private static long[] Bits(ReadOnlySpan<double> values)
    {
        var bits = new long[values.Length];
        for (var i = 0; i < values.Length; i++) bits[i] = BitConverter.DoubleToInt64Bits(values[i]);
        return bits;
    }
}
