namespace CrampSignals.Activities;

/// <summary>The grid positions are held on: the FIT protocol's unit of latitude and longitude, 2³¹ semicircles to 180 degrees, under a centimetre.</summary>
internal static class Semicircles
{
    /// <summary>Degrees per semicircle: 180 / 2³¹ (exact in a double).</summary>
    public const double DegreesPerSemicircle = 180.0 / 2147483648.0;

    /// <summary>Semicircles per degree: 2³¹ / 180.</summary>
    public const double PerDegree = 2147483648.0 / 180.0;

    /// <summary>The nearest number of whole semicircles to <paramref name="degrees"/>, as a FIT writer stores it.</summary>
    public static double FromDegrees(double degrees) => Math.Round(degrees * PerDegree);

    /// <summary>
    /// <paramref name="degrees"/> at the protocol's resolution (under a centimetre), exactly as a FIT reader gives back what
    /// a FIT writer stored.
    /// </summary>
    public static double OnGrid(double degrees) => FromDegrees(degrees) * DegreesPerSemicircle;
}
