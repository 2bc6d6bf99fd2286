namespace CrampSignals.Tests.Probe;

/// <summary>How good the sky view was: clean, everyday, or city canyons with drifting fixes and spikes.</summary>
internal enum GpsQuality
{
    Clean,
    Everyday,
    Noisy,
}

/// <summary>The watch and its settings for one run: sensors present, GPS quality, auto-pause, tunnels, where and when.</summary>
internal sealed class WatchSetup
{
    public required DateTime StartUtc { get; init; }
    public TimeSpan? UtcOffsetInFile { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public bool Treadmill { get; init; }
    public bool HasHeartRate { get; init; } = true;
    public bool HasCadence { get; init; } = true;
    public bool HasTemperature { get; init; } = true;
    public bool AutoPause { get; init; }
    public GpsQuality Gps { get; init; }
    public int SpikeCount { get; init; }
    public int DriftExcursions { get; init; }
    public List<(int Start, int Seconds)> Tunnels { get; init; } = [];
    public double FootPodCalibration { get; init; } = 1;
}
