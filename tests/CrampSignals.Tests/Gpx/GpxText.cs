using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats.Gpx;

namespace CrampSignals.Tests.Gpx;

/// <summary>Builds small GPX documents as strings and reads them back.</summary>
internal static class GpxText
{
    public const string Gpx11 = "http://www.topografix.com/GPX/1/1";
    public const string Gpx10 = "http://www.topografix.com/GPX/1/0";
    public const string TpxV1 = "http://www.garmin.com/xmlschemas/TrackPointExtension/v1";
    public const string TpxV2 = "http://www.garmin.com/xmlschemas/TrackPointExtension/v2";

    /// <summary>A GPX 1.1 document with <paramref name="body"/> inside the root.</summary>
    public static string V11(string body, string extraNamespaces = "", string creator = "Test Watch") =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"{creator}\" xmlns=\"{Gpx11}\" {extraNamespaces}>\n{body}\n</gpx>\n";

    /// <summary>A GPX 1.0 document with <paramref name="body"/> inside the root.</summary>
    public static string V10(string body, string creator = "Old Logger") =>
        $"<?xml version=\"1.0\"?>\n<gpx version=\"1.0\" creator=\"{creator}\" xmlns=\"{Gpx10}\">\n{body}\n</gpx>\n";

    /// <summary>One track of the given type with one segment holding <paramref name="points"/>.</summary>
    public static string Track(string? type, params string[] points) =>
        "<trk>" + (type is null ? "" : $"<type>{type}</type>") + "<trkseg>" + string.Concat(points) + "</trkseg></trk>";

    /// <summary>A track point with a time and optional inner XML.</summary>
    public static string Point(double lat, double lon, string? time, string inner = "") =>
        FormattableString.Invariant($"<trkpt lat=\"{lat}\" lon=\"{lon}\">") + (time is null ? "" : $"<time>{time}</time>") + inner + "</trkpt>";

    public static Activity ReadActivity(string xml, string fileName = "test.gpx") => ReadActivity(Encoding.UTF8.GetBytes(xml), fileName);

    public static Activity ReadActivity(byte[] bytes, string fileName = "test.gpx")
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return GpxActivityReader.Read(stream, fileName);
    }

    /// <summary>Every token of the document with the reader state that matters, as text, in order.</summary>
    public static List<string> Tokens(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        using var reader = new GpxReader(stream, "test.gpx");
        var tokens = new List<string>();
        while (reader.Read())
        {
            tokens.Add(reader.TokenType switch
            {
                GpxTokenType.Metadata => $"metadata {reader.Version} {reader.Creator}",
                GpxTokenType.TrackStart => $"track {reader.TrackIndex} {reader.TrackName} {reader.TrackType}",
                GpxTokenType.SegmentStart => $"segment {reader.TrackIndex}.{reader.SegmentIndex}",
                GpxTokenType.TrackPoint => FormattableString.Invariant($"trkpt {reader.TrackIndex}.{reader.SegmentIndex}.{reader.PointIndex} {reader.Point.Latitude}"),
                GpxTokenType.RouteStart => $"route {reader.RouteIndex} {reader.RouteName}",
                GpxTokenType.RoutePoint => FormattableString.Invariant($"rtept {reader.RouteIndex}.{reader.PointIndex} {reader.Point.Latitude}"),
                GpxTokenType.Waypoint => $"wpt {reader.Point.Name}",
                _ => reader.TokenType.ToString(),
            });
        }
        Assert.Equal(GpxTokenType.End, reader.TokenType);
        Assert.False(reader.Read());
        return tokens;
    }

    /// <summary>Haversine on the mean Earth radius, written independently of the library.</summary>
    public static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371008.8;
        double rad(double d) => d * Math.PI / 180;
        var a = Math.Pow(Math.Sin(rad(lat2 - lat1) / 2), 2) + Math.Cos(rad(lat1)) * Math.Cos(rad(lat2)) * Math.Pow(Math.Sin(rad(lon2 - lon1) / 2), 2);
        return 2 * r * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }

    public static double Unix(int year, int month, int day, int hour, int minute, double second) =>
        (new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc) - DateTime.UnixEpoch).TotalSeconds + second;
}
