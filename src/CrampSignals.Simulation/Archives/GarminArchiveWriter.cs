using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Simulation.Archives;

/// <summary>
/// Writes a Garmin Connect account export: <c>DI_CONNECT/DI-Connect-Fitness/EMAIL_0_summarizedActivities.json</c>
/// (times in ms since 1970, durations in ms, distances in cm) and the FIT files in zips inside the export,
/// <c>DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_PartN.zip</c>, named by activity id
/// (<c>EMAIL_ID.fit</c>) or by an upload id that only the start time ties to its activity.
/// </summary>
internal sealed class GarminArchiveWriter(ArchiveSink sink, string email, int filesPerPart = 500)
{
    public const string FitnessFolder = "DI_CONNECT/DI-Connect-Fitness";
    public const string UploadsFolder = "DI_CONNECT/DI-Connect-Uploaded-Files";
    // The part being filled, compressed as files come, so memory holds one compressed part and not its FIT files.
    private MemoryStream? _buffer;
    private ZipArchive? _part;
    private int _inPart;
    private int _parts;
    private readonly List<string> _otherFiles = [];

    /// <summary>Files in the uploads that are not activities (device settings), as paths inside the export.</summary>
    public IReadOnlyList<string> OtherFiles => _otherFiles;

    /// <summary>Adds the activity's FIT file to the current part and sets its path on <paramref name="item"/>.</summary>
    public void Add(ArchiveItem item, byte[] fit)
    {
        var id = item.Id.ToString(CultureInfo.InvariantCulture);
        // Most files are named by their activity's id; the others by a 12-digit upload id that is never an activity's.
        var byId = new Random(item.Seed ^ 0x5A5A5A).NextDouble() < 0.7;
        var name = byId ? $"{email}_{id}.fit" : $"{900_000_000_000 + item.Id * 7 % 99_999_999_977}.fit";
        item.File = AddToPart(name, fit);
    }

    /// <summary>Adds a settings FIT file (no activity, no samples) that a watch uploads beside its activities.</summary>
    public void AddSettings(long uploadId, DateTime created, double weightKg)
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.FileId, [new(0, FitBaseType.Enum), new(1, FitBaseType.UInt16), new(2, FitBaseType.UInt16), new(3, FitBaseType.UInt32z), new(4, FitBaseType.UInt32)]);
        // File type 2 is "settings"; manufacturer 1 is Garmin.
        w.Write(0, 2, 1, 3990, 3_412_345_678u, (uint)(new DateTimeOffset(created).ToUnixTimeSeconds() - FitEpochUnixSeconds));
        w.Define(1, FitMessageNumbers.UserProfile, [new(1, FitBaseType.Enum), new(2, FitBaseType.UInt8), new(4, FitBaseType.UInt16)]);
        w.Write(1, 0, 38, (uint)Math.Round(weightKg * 10));
        w.EndFile();
        _otherFiles.Add(AddToPart($"{uploadId}.fit", w.ToArray()));
    }

    private const long FitEpochUnixSeconds = 631_065_600;

    private string AddToPart(string name, byte[] bytes)
    {
        if (_part is null)
        {
            _buffer = new MemoryStream();
            _part = new ZipArchive(_buffer, ZipArchiveMode.Create, leaveOpen: true);
        }
        var entry = _part.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = ArchiveSink.Stamp;
        using (var s = entry.Open()) s.Write(bytes);
        var path = $"{PartName(_parts + 1)}!/{name}";
        if (++_inPart >= filesPerPart) Flush();
        return path;
    }

    /// <summary>Writes the part being filled, if it has files.</summary>
    public void Flush()
    {
        if (_part is null) return;
        _part.Dispose();
        sink.Add(PartName(++_parts), _buffer!.ToArray(), compressed: true);
        _buffer.Dispose();
        (_part, _buffer, _inPart) = (null, null, 0);
    }

    private static string PartName(int part) => $"{UploadsFolder}/UploadedFiles_0-_Part{part}.zip";

    public void WriteSummaries(IReadOnlyList<ArchiveItem> items)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteStartArray("summarizedActivitiesExport");
            foreach (var a in items) Summary(w, a);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }
        sink.Add($"{FitnessFolder}/{email}_0_summarizedActivities.json", buffer.ToArray());
        // What else an account export holds, which a reader must pass over.
        sink.Add("DI_CONNECT/DI-Connect-User/user_profile.json", """{"userName":"runner","gender":"FEMALE","weight":61000.0}"""u8);
        sink.Add($"{FitnessFolder}/{email}_personalRecord.json", """[{"personalRecords":[]}]"""u8);
    }

    private static void Summary(Utf8JsonWriter w, ArchiveItem a)
    {
        var begin = new DateTimeOffset(a.StartUtc).ToUnixTimeMilliseconds();
        w.WriteStartObject();
        w.WriteNumber("activityId", a.Id);
        w.WriteString("name", a.Title);
        if (a.Description is not null) w.WriteString("description", a.Description);
        w.WriteString("activityType", a.Sport.GarminType);
        w.WriteString("sportType", a.Sport.GarminSportType);
        w.WriteNumber("beginTimestamp", begin);
        w.WriteNumber("startTimeGmt", begin);
        w.WriteNumber("startTimeLocal", begin + (long)a.UtcOffset.TotalMilliseconds);
        // Garmin's durations carry fractions of a millisecond; the activity's own seconds stay whole.
        var fraction = a.Id % 997 / 1000.0 + 0.0498046875;
        w.WriteNumber("duration", a.MovingSeconds * 1000 + fraction);
        w.WriteNumber("elapsedDuration", a.ElapsedSeconds * 1000 + fraction);
        w.WriteNumber("movingDuration", Math.Round(a.MovingSeconds * 1000));
        w.WriteNumber("distance", Math.Round(a.DistanceMeters * 100, 1));
        if (a.MaxHeartRate > 0) w.WriteNumber("maxHr", a.MaxHeartRate);
        w.WriteNumber("elevationGain", Math.Round(a.ElevationGain * 100));
        w.WriteBoolean("manualActivity", a.Manual);
        w.WriteBoolean("parent", false);
        w.WriteBoolean("favorite", a.Race);
        w.WriteEndObject();
    }
}
