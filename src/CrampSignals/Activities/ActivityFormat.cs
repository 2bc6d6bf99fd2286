namespace CrampSignals.Activities;

/// <summary>The file format an activity was read from.</summary>
public enum ActivityFormat
{
    /// <summary>Garmin's Flexible and Interoperable data Transfer protocol.</summary>
    Fit,
    /// <summary>GPS Exchange Format 1.0 or 1.1.</summary>
    Gpx,
    /// <summary>Garmin Training Center XML.</summary>
    Tcx,
    /// <summary>Built in memory (for example by the run simulator).</summary>
    Memory,
}
