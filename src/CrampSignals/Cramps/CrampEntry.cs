namespace CrampSignals.Cramps;

/// <summary>Where a cramp entry came from.</summary>
public enum CrampSource
{
    /// <summary>A side-car CSV or JSON cramp log.</summary>
    Log,
    /// <summary>A user-marker event in a FIT file.</summary>
    FitMarker,
    /// <summary>A GPX waypoint whose name or description says cramp.</summary>
    GpxWaypoint,
    /// <summary>The words of an activity's title in an account export.</summary>
    Title,
    /// <summary>The words of an activity's description in an account export.</summary>
    Description,
    /// <summary>The words of an activity's private note (Strava) in an account export.</summary>
    PrivateNote,
}

/// <summary>One cramp the runner logged. Either <see cref="Time"/> or <see cref="Elapsed"/> is set.</summary>
/// <param name="Time">When it struck, UTC, when the log gives a clock time.</param>
/// <param name="Elapsed">When it struck as time from the run's start, when the log gives that instead.</param>
/// <param name="Muscle">Which muscle.</param>
/// <param name="Side">"left", "right", "both", or null.</param>
/// <param name="Severity">1 (barely) to 10 (had to stop), when given; mild = 3, moderate = 6, severe = 9.</param>
/// <param name="Note">The runner's note.</param>
/// <param name="Source">Where the entry came from.</param>
/// <param name="Line">1-based line in the log file, when it came from one.</param>
public sealed record CrampEntry(
    DateTime? Time,
    TimeSpan? Elapsed,
    Muscle Muscle,
    string? Side,
    int? Severity,
    string? Note,
    CrampSource Source = CrampSource.Log,
    int? Line = null)
{
    /// <summary>
    /// True while <see cref="Time"/> holds a clock time typed without a UTC offset: the runner's local time, read as if UTC
    /// until it is matched to a run whose offset says where it was (<see cref="CrampMatcher.ResolveLocal"/>).
    /// </summary>
    internal bool NoOffset { get; init; }
}
