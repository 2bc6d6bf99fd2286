using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

public class GpsNoiseTests
{
    /// <summary>The triples, one at a time, as the definition reads: the reference for the four-at-once steady stretches.</summary>
    private static (double[] Squares, byte[] Spacing, int[] LagEnds, bool SpacedAsLag) Reference(double[] time, double[] east, double[] north, int[] segment)
    {
        var squares = new List<double>();
        var spacing = new List<byte>();
        var lagEnds = new int[5];
        var spacedAsLag = true;
        for (var lag = 1; lag <= 4; lag++)
        {
            for (var i = lag; i + lag < time.Length; i++)
            {
                int a = i - lag, b = i + lag;
                if (segment[a] != segment[b]) continue;
                double h1 = time[i] - time[a], h2 = time[b] - time[i], h = Math.Round(h1);
                if (Math.Abs(h1 - h2) > 1e-3 || Math.Abs(h1 - h) > 1e-3 || h < 1 || h > 8) continue;
                var re = east[i] - (east[a] + east[b]) / 2;
                var rn = north[i] - (north[a] + north[b]) / 2;
                squares.Add(re * re + rn * rn);
                spacing.Add((byte)h);
                spacedAsLag &= h == lag;
            }
            lagEnds[lag] = squares.Count;
        }
        return ([.. squares], [.. spacing], lagEnds, spacedAsLag);
    }

    [Theory]
    [InlineData(1, 0.0, 0.0)]
    [InlineData(2, 0.02, 0.0)]
    [InlineData(3, 0.0, 0.01)]
    [InlineData(4, 0.05, 0.02)]
    [InlineData(5, 0.3, 0.05)]
    public void Triples_are_noted_bit_for_bit_as_one_at_a_time(int seed, double irregular, double newSegment)
    {
        var random = new Random(seed);
        var n = 2000 + seed;
        var time = new double[n];
        var east = new double[n];
        var north = new double[n];
        var segment = new int[n];
        double t = 0;
        var id = 0;
        for (var i = 0; i < n; i++)
        {
            // Mostly steady seconds, some off by a millisecond or less (kept) or more (left out), some longer steps, some gaps.
            var roll = random.NextDouble();
            t += roll < irregular / 3 ? 1 + random.NextDouble() * 2e-3 - 1e-3
                : roll < 2 * irregular / 3 ? 2
                : roll < irregular ? 1.0005 + random.NextDouble() * 0.01
                : 1;
            if (random.NextDouble() < newSegment) id++;
            time[i] = random.NextDouble() < 0.002 ? double.NaN : t;
            segment[i] = id;
            east[i] = 3.1 * t + random.NextDouble() * 4 - 2;
            north[i] = -1.7 * t + random.NextDouble() * 4 - 2;
        }
        var squares = new double[4 * n];
        var spacing = new byte[4 * n];
        var lagEnds = new int[5];
        var found = GpsNoise.Triples(time, east, north, segment, squares, spacing, lagEnds, out var spacedAsLag);

        var expected = Reference(time, east, north, segment);
        Assert.Equal(expected.Squares.Length, found);
        for (var j = 0; j < found; j++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Squares[j]), BitConverter.DoubleToInt64Bits(squares[j]));
            Assert.Equal(expected.Spacing[j], spacing[j]);
        }
        Assert.Equal(expected.LagEnds, lagEnds);
        Assert.Equal(expected.SpacedAsLag, spacedAsLag);
    }
}
