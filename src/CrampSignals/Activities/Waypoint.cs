namespace CrampSignals.Activities;

/// <summary>A named point the runner or an app marked (a GPX waypoint).</summary>
/// <param name="Time">When it was marked, UTC, if the file says.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description or comment.</param>
public sealed record Waypoint(DateTime? Time, double Latitude, double Longitude, string? Name, string? Description);
