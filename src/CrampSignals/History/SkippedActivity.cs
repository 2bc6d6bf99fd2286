using CrampSignals.Activities;

namespace CrampSignals.History;

/// <summary>An activity of the archive that is not counted as a run, and why: a ride, a swim, a manual entry, a settings file.</summary>
/// <param name="Id">The export's activity id, else the file's path inside the archive.</param>
/// <param name="File">The file inside the archive, or null when the activity has none (a manual entry).</param>
/// <param name="Sport">The sport the export or the file names, or null when neither does.</param>
/// <param name="Reason">Why it is not counted, in words.</param>
public sealed record SkippedActivity(string Id, string? File, Sport? Sport, string Reason)
{
    /// <summary>The export's own type name ("Ride", "Weight Training", "lap_swimming"), when the export gives one.</summary>
    public string? TypeName { get; init; }
}
