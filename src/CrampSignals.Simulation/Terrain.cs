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

    /// <summary>Distance over which the hills grow in from the flat streets around the start.</summary>
    private const double FlatStartMeters = 1500;

    /// <summary>Altitude in metres at <paramref name="distanceMeters"/> along the route.</summary>
    public double AltitudeAt(double distanceMeters)
    {
        var hills = 0.0;
        foreach (var (amp, len, phase) in _hills) hills += amp * (Math.Sin(2 * Math.PI * distanceMeters / len + phase) - Math.Sin(phase));
        var x = Math.Clamp(distanceMeters / FlatStartMeters, 0, 1);
        return _baseAltitude + x * x * (3 - 2 * x) * hills;
    }

    /// <summary>Grade (rise over run) at <paramref name="distanceMeters"/>, limited to ±7 %.</summary>
    public double GradeAt(double distanceMeters) =>
        Math.Clamp((AltitudeAt(distanceMeters + 1) - AltitudeAt(distanceMeters - 1)) / 2, -_maxGrade, _maxGrade);
}
