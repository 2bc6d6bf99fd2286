using CrampSignals.Cramps;

namespace CrampSignals.Simulation.Archives;

/// <summary>How an activity's file is stored in a Strava export; Garmin stores every file as FIT.</summary>
internal enum ArchiveFileKind
{
    /// <summary>A manual entry: no file.</summary>
    None,
    FitGz,
    Gpx,
    GpxGz,
    TcxGz,
}

/// <summary>Where the runner wrote a text: the activity's title, its description or Strava's private note.</summary>
internal enum TextSource
{
    Title,
    Description,
    PrivateNote,
}

/// <summary>A cramp the runner wrote about, with where in the run it happened (filled in once the run is simulated).</summary>
internal sealed class PlantedCramp(PhraseTemplate template, TextSource source)
{
    public PhraseTemplate Template { get; } = template;
    public TextSource Source { get; } = source;
    public string Language => Template.Language;
    public Muscle? Muscle => Template.Muscle;
    public PhrasePosition Position => Template.Position;
    public bool AfterRun => Position is PhrasePosition.AfterFinish or PhrasePosition.Night;
    /// <summary>The text as written, once its number is known.</summary>
    public string Text { get; set; } = "";
    /// <summary>The number written in the text (km, miles or from the end); 0 when none.</summary>
    public int Number { get; set; }
    /// <summary>Seconds from the start (wall clock) where it happened; null when the text does not place it in the run.</summary>
    public double? ElapsedSeconds { get; set; }
}

/// <summary>One activity of a simulated account: what it is, when, what the runner wrote, and what was written for it.</summary>
internal sealed class ArchiveItem
{
    public required long Id { get; init; }
    public required int Seed { get; init; }
    public required ArchiveSport Sport { get; init; }
    public required DateTime StartUtc { get; init; }
    public required TimeSpan UtcOffset { get; init; }
    public required DiurnalWeather Weather { get; init; }
    /// <summary>Planned length in seconds.</summary>
    public required double PlannedSeconds { get; init; }
    /// <summary>Planned flat-ground speed of the main part, m/s.</summary>
    public required double Speed { get; init; }
    public required bool Manual { get; init; }
    public required bool Race { get; init; }
    /// <summary>Strava workout type: runs 0 default, 1 race, 2 long run, 3 workout; rides 10, 11, 12.</summary>
    public required int WorkoutType { get; init; }
    public required ArchiveFileKind FileKind { get; init; }
    /// <summary>True when the same run is also in the export as a plain GPX file the index does not list.</summary>
    public required bool Duplicate { get; init; }
    /// <summary>Mean air temperature over the planned run, °C.</summary>
    public required double AirCelsius { get; init; }
    public required double CrampProbability { get; init; }
    public List<PlantedCramp> Cramps { get; } = [];
    public List<(TextSource Source, string Text)> Decoys { get; } = [];
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? PrivateNote { get; set; }
    /// <summary>Filled in from the simulated file (or the plan for a manual entry).</summary>
    public double DistanceMeters { get; set; }
    public double ElapsedSeconds { get; set; }
    public double MovingSeconds { get; set; }
    public double MaxHeartRate { get; set; }
    public double MaxSpeed { get; set; }
    public double ElevationGain { get; set; }
    /// <summary>The file's path inside the export, null for a manual entry.</summary>
    public string? File { get; set; }
    /// <summary>The duplicate's path inside the export, when there is one.</summary>
    public string? DuplicateFile { get; set; }

    public bool IsHot => AirCelsius >= ArchivePlanner.HotAirCelsius;
    public bool IsLong => PlannedSeconds >= ArchivePlanner.LongMinutes * 60;
}
