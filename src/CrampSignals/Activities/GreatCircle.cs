namespace CrampSignals.Activities;

/// <summary>Distances on the Earth taken as a sphere, for formats that store positions but no distance (GPX) and for distances derived from positions.</summary>
internal static class GreatCircle
{
    /// <summary>Mean Earth radius in metres (IUGG).</summary>
    public const double MeanEarthRadiusMeters = 6371008.8;

    /// <summary>Haversine distance in metres between two positions in degrees.</summary>
    public static double DistanceMeters(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var phi1 = double.DegreesToRadians(latitude1);
        var phi2 = double.DegreesToRadians(latitude2);
        var dPhi = phi2 - phi1;
        var dLambda = double.DegreesToRadians(longitude2 - longitude1);
        var sinPhi = Math.Sin(dPhi / 2);
        var sinLambda = Math.Sin(dLambda / 2);
        var a = sinPhi * sinPhi + Math.Cos(phi1) * Math.Cos(phi2) * sinLambda * sinLambda;
        return 2 * MeanEarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The cosine of a latitude in degrees, as <see cref="DistanceMeters(double, double, double, double, double, double)"/> takes it.</summary>
    public static double CosLatitude(double latitude) => Math.Cos(double.DegreesToRadians(latitude));

    /// <summary>
    /// As <see cref="DistanceMeters(double, double, double, double)"/>, bit for bit, with the cosines of both latitudes
    /// given (<see cref="CosLatitude"/>): a walk along a track computes each fix's cosine once instead of twice.
    /// </summary>
    public static double DistanceMeters(double latitude1, double longitude1, double cosLatitude1, double latitude2, double longitude2, double cosLatitude2)
    {
        var dPhi = double.DegreesToRadians(latitude2) - double.DegreesToRadians(latitude1);
        var dLambda = double.DegreesToRadians(longitude2 - longitude1);
        var sinPhi = Math.Sin(dPhi / 2);
        var sinLambda = Math.Sin(dLambda / 2);
        var a = sinPhi * sinPhi + cosLatitude1 * cosLatitude2 * sinLambda * sinLambda;
        return 2 * MeanEarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// A bound no smaller than <see cref="DistanceMeters(double, double, double, double)"/> between the same positions,
    /// without a trigonometric call: |sin x| ≤ |x| and a cosine ≤ 1 bound the haversine term by (Δφ² + Δλ²)/4, and
    /// asin y ≤ (π/2)·y on [0, 1]. For a check that only cares whether a step is long, most steps are told short by this alone.
    /// </summary>
    public static double DistanceBoundMeters(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dPhi = double.DegreesToRadians(latitude2) - double.DegreesToRadians(latitude1);
        var dLambda = double.DegreesToRadians(longitude2 - longitude1);
        // The margin covers the rounding of both this and the exact formula, which the factor π/2 already dwarfs for a short step.
        return 1.001 * Math.PI / 2 * MeanEarthRadiusMeters * Math.Sqrt(dPhi * dPhi + dLambda * dLambda);
    }
}
