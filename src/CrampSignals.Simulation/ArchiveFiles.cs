namespace CrampSignals.Simulation;

/// <summary>The account export an archive is written as.</summary>
public enum ArchiveLayout
{
    /// <summary>A Strava bulk export: <c>activities.csv</c> and <c>activities/ID.fit.gz</c>, <c>.gpx</c>, <c>.gpx.gz</c>, <c>.tcx.gz</c>.</summary>
    Strava,
    /// <summary>A Garmin Connect account export: <c>DI_CONNECT/…/EMAIL_0_summarizedActivities.json</c> and FIT files in <c>UploadedFiles_0-_PartN.zip</c>.</summary>
    Garmin,
}

/// <summary>What <see cref="ArchiveSimulator.Write"/> wrote.</summary>
/// <param name="Archive">The export: a zip file or a folder.</param>
/// <param name="Truth">The ground-truth JSON, next to the export.</param>
/// <param name="Activities">Activities in the export's index.</param>
/// <param name="Entries">Files written into the export (an inner zip counts once).</param>
/// <param name="Cramps">Cramps planted in the runner's texts.</param>
/// <param name="Decoys">Texts about cramps that are not one.</param>
public sealed record ArchiveFiles(string Archive, string Truth, int Activities, int Entries, int Cramps, int Decoys);
