namespace CrampSignals.Activities;

/// <summary>A measured channel of the sample table.</summary>
public enum SampleChannel
{
    /// <summary>Latitude in degrees.</summary>
    Latitude,
    /// <summary>Longitude in degrees.</summary>
    Longitude,
    /// <summary>Distance from the start in metres.</summary>
    Distance,
    /// <summary>Speed in metres per second.</summary>
    Speed,
    /// <summary>Altitude in metres.</summary>
    Altitude,
    /// <summary>Heart rate in beats per minute.</summary>
    HeartRate,
    /// <summary>Cadence: steps per minute on foot, revolutions per minute otherwise.</summary>
    Cadence,
    /// <summary>Temperature in °C.</summary>
    Temperature,
    /// <summary>Power in watts.</summary>
    Power,
}
