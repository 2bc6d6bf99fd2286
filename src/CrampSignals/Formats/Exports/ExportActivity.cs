using CrampSignals.Activities;

namespace CrampSignals.Formats.Exports;

/// <summary>
/// One activity as an account export's index lists it (Strava's <c>activities.csv</c>, Garmin's summarized activities),
/// before its file is read: enough to list it, skip it by sport, or match it to the file that holds its samples.
/// </summary>
/// <param name="Id">The service's activity id, as written.</param>
/// <param name="FileInArchive">The activity's file inside the export (Strava: <c>activities/123.fit.gz</c>); null for a manual entry or before matching.</param>
/// <param name="StartUtc">When the activity started, UTC.</param>
/// <param name="Sport">The sport the service's type maps to; <see cref="Sport.Other"/> for a type the project does not name.</param>
/// <param name="TypeName">The service's own type name ("Trail Run", "trail_running").</param>
/// <param name="Title">The activity's name.</param>
/// <param name="Description">The public description.</param>
/// <param name="PrivateNote">Strava's private note.</param>
/// <param name="DistanceMeters">Distance in metres.</param>
/// <param name="Elapsed">Elapsed (wall clock) time.</param>
/// <param name="Moving">Moving time.</param>
/// <param name="Race">True when the service marks it a race, false when it marks another workout type, null when it says nothing.</param>
internal sealed record ExportActivity(
    string Id,
    string? FileInArchive,
    DateTime? StartUtc,
    Sport Sport,
    string? TypeName,
    string? Title,
    string? Description,
    string? PrivateNote,
    double? DistanceMeters,
    TimeSpan? Elapsed,
    TimeSpan? Moving,
    bool? Race);
