namespace CrampSignals.Simulation;

/// <summary>
/// The random draws the simulators (and the tests' own generators) share, so that every noise model samples the same
/// way from a seeded <see cref="Random"/> and a seed reproduces a run exactly.
/// </summary>
internal static class Draw
{
    /// <summary>One draw from the standard normal distribution (mean 0, standard deviation 1), by Box-Muller.</summary>
    public static double Normal(Random rng)
    {
        // 1 - u keeps the logarithm's argument in (0, 1]: NextDouble can return 0.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A uniform draw between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static double Uniform(Random rng, double min, double max) => min + (max - min) * rng.NextDouble();
}
