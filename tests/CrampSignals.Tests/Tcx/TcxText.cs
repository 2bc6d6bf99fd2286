using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats.Tcx;

namespace CrampSignals.Tests.Tcx;

/// <summary>Builds small Training Center XML documents as strings and reads them back.</summary>
internal static class TcxText
{
    public const string Tcd = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";
    public const string Ax = "http://www.garmin.com/xmlschemas/ActivityExtension/v2";

    public static string Document(string activities, string extraNamespaces = "") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase xmlns=\"{Tcd}\" {extraNamespaces}>\n<Activities>\n{activities}\n</Activities>\n</TrainingCenterDatabase>\n";

    public static string Activity(string sport, string id, string laps, string creator = "<Creator><Name>Forerunner 255</Name></Creator>") =>
        $"<Activity Sport=\"{sport}\"><Id>{id}</Id>{laps}{creator}</Activity>";

    public static string Lap(string start, double totalSeconds, double distance, params string[] trackpoints) =>
        FormattableString.Invariant($"<Lap StartTime=\"{start}\"><TotalTimeSeconds>{totalSeconds}</TotalTimeSeconds><DistanceMeters>{distance}</DistanceMeters><Cadence>77</Cadence><Track>")
        + string.Concat(trackpoints) + "</Track></Lap>";

    public static string Trackpoint(string? time, double? lat = null, double? lon = null, string inner = "") =>
        "<Trackpoint>" + (time is null ? "" : $"<Time>{time}</Time>")
        + (lat is null ? "" : FormattableString.Invariant($"<Position><LatitudeDegrees>{lat}</LatitudeDegrees><LongitudeDegrees>{lon}</LongitudeDegrees></Position>"))
        + inner + "</Trackpoint>";

    public static Activity Read(string xml, string fileName = "test.tcx")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml), writable: false);
        return TcxActivityReader.Read(stream, fileName);
    }
}
