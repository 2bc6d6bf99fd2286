using System.Globalization;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Formats.Tcx;

namespace CrampSignals.Simulation.Archives;

/// <summary>
/// Writes a Strava bulk export: <c>activities.csv</c> (English header with its repeated names, UTC dates, texts quoted
/// where they hold commas, quotes or line breaks) and <c>activities/ID.fit.gz</c>, <c>.gpx</c>, <c>.gpx.gz</c> or
/// <c>.tcx.gz</c> (TCX with the blank run before the XML declaration Strava's files have).
/// </summary>
internal static class StravaArchiveWriter
{
    public const string Header =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,"
        + "Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,"
        + "Average Speed,Elevation Gain,Workout Type";

    // Strava's TCX files start with spaces before "<?xml": XML parsers that insist on the declaration first fail on them.
    private static readonly byte[] TcxLead = "          "u8.ToArray();

    /// <summary>The activity's file (and its duplicate, when it has one) as entries to write; sets the paths on <paramref name="item"/>.</summary>
    public static List<(string Entry, byte[] Bytes, bool Compressed)> Files(ArchiveItem item, Activity activity)
    {
        var id = item.Id.ToString(CultureInfo.InvariantCulture);
        var (ext, bytes, compressed) = item.FileKind switch
        {
            ArchiveFileKind.FitGz => (".fit.gz", ArchiveSink.Gzip(s => FitActivityWriter.Write(activity, s)), true),
            ArchiveFileKind.Gpx => (".gpx", ArchiveSink.Bytes(s => GpxActivityWriter.Write(activity, s)), false),
            ArchiveFileKind.GpxGz => (".gpx.gz", ArchiveSink.Gzip(s => GpxActivityWriter.Write(activity, s)), true),
            ArchiveFileKind.TcxGz => (".tcx.gz", ArchiveSink.Gzip(s => { s.Write(TcxLead); TcxActivityWriter.Write(activity, s); }), true),
            _ => throw new InvalidOperationException($"activity {id} has no file"),
        };
        item.File = $"activities/{id}{ext}";
        List<(string, byte[], bool)> files = [(item.File, bytes, compressed)];
        if (!item.Duplicate) return files;
        // The same run again, as a GPX from another app, which the index does not list.
        item.DuplicateFile = $"activities/{id}-1.gpx";
        files.Add((item.DuplicateFile, ArchiveSink.Bytes(s => GpxActivityWriter.Write(activity, s)), false));
        return files;
    }

    public static byte[] Index(IReadOnlyList<ArchiveItem> items, double athleteWeight)
    {
        var sb = new StringBuilder(items.Count * 400);
        sb.Append(Header).Append('\n');
        foreach (var a in items)
        {
            var ride = a.Sport.Sport == Sport.Cycling;
            string[] fields =
            [
                a.Id.ToString(CultureInfo.InvariantCulture),
                a.StartUtc.ToString("MMM d, yyyy, h:mm:ss tt", CultureInfo.InvariantCulture),
                a.Title,
                a.Sport.StravaType,
                a.Description ?? "",
                Math.Round(a.ElapsedSeconds).ToString(CultureInfo.InvariantCulture),
                (a.DistanceMeters / 1000).ToString("0.00", CultureInfo.InvariantCulture),
                a.MaxHeartRate > 0 ? a.MaxHeartRate.ToString("0.0", CultureInfo.InvariantCulture) : "",
                a.Manual ? "" : Math.Round(a.MovingSeconds / 60 * (a.IsHot ? 1.6 : 1.0) * (a.Sport.IsRun ? 1.2 : 0.7)).ToString(CultureInfo.InvariantCulture),
                "false",
                a.PrivateNote ?? "",
                a.Sport.IsRun ? "Pegasus 40" : ride ? "Canyon Endurace" : "",
                a.File ?? "",
                athleteWeight.ToString("0.0", CultureInfo.InvariantCulture),
                ride ? "8.2" : "",
                a.ElapsedSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                a.MovingSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                a.DistanceMeters.ToString("0.0", CultureInfo.InvariantCulture),
                a.MaxSpeed.ToString("0.0##", CultureInfo.InvariantCulture),
                (a.MovingSeconds > 0 ? a.DistanceMeters / a.MovingSeconds : 0).ToString("0.0##", CultureInfo.InvariantCulture),
                a.ElevationGain.ToString("0.0", CultureInfo.InvariantCulture),
                a.WorkoutType < 0 || (!a.Sport.IsRun && !ride) ? "" : a.WorkoutType.ToString(CultureInfo.InvariantCulture),
            ];
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0) sb.Append(',');
                Field(sb, fields[i], force: i == 1);
            }
            sb.Append('\n');
        }
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    private static void Field(StringBuilder sb, string value, bool force)
    {
        if (!force && value.IndexOfAny([',', '"', '\n', '\r']) < 0) { sb.Append(value); return; }
        sb.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }
}
