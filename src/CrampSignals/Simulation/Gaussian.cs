namespace CrampSignals.Simulation;

/// <summary>Standard normal draws from a seeded <see cref="Random"/> (Box-Muller), so runs repeat exactly.</summary>
internal static class Gaussian
{
    /// <summary>One draw with mean 0 and standard deviation 1.</summary>
    public static double Next(Random rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A uniform draw between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static double Between(Random rng, double min, double max) => min + (max - min) * rng.NextDouble();
}
