namespace CrampSignals.Simulation;

/// <summary>An elevation profile along the route: a few overlaid rolling hills of different wavelengths.</summary>
internal sealed class Terrain
{
    private readonly (double Amplitude, double Wavelength, double Phase)[] _hills;
    private readonly double _baseAltitude;
    private readonly double _maxGrade;

    /// <param name="rng">The run's random source.</param>
    /// <param name="baseAltitudeMeters">Altitude of the start area.</param>
    /// <param name="hilliness">0 = flat, 1 = rolling hills with grades up to about 5 %.</param>
    public Terrain(Random rng, double baseAltitudeMeters, double hilliness)
    {
        _baseAltitude = baseAltitudeMeters;
        _maxGrade = 0.07;
        _hills =
        [
            (hilliness * (14 + 10 * rng.NextDouble()), 2600 + 1800 * rng.NextDouble(), rng.NextDouble() * 2 * Math.PI),
            (hilliness * (5 + 5 * rng.NextDouble()), 900 + 700 * rng.NextDouble(), rng.NextDouble() * 2 * Math.PI),
            (hilliness * (1.5 + 1.5 * rng.NextDouble()), 300 + 200 * rng.NextDouble(), rng.NextDouble() * 2 * Math.PI),
        ];
    }

    /// <summary>Altitude in metres at <paramref name="distanceMeters"/> along the route.</summary>
    public double AltitudeAt(double distanceMeters)
    {
        var a = _baseAltitude;
        foreach (var (amp, len, phase) in _hills) a += amp * (Math.Sin(2 * Math.PI * distanceMeters / len + phase) - Math.Sin(phase));
        return a;
    }

    /// <summary>Grade (rise over run) at <paramref name="distanceMeters"/>, limited to ±7 %.</summary>
    public double GradeAt(double distanceMeters)
    {
        var g = 0.0;
        foreach (var (amp, len, phase) in _hills) g += amp * 2 * Math.PI / len * Math.Cos(2 * Math.PI * distanceMeters / len + phase);
        return Math.Clamp(g, -_maxGrade, _maxGrade);
    }
}
