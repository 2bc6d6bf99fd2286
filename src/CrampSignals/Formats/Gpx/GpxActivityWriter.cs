using System.Globalization;
using System.Text;
using System.Xml;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Formats.Gpx;

/// <summary>Writes an <see cref="Activity"/> as GPX 1.1 with Garmin TrackPointExtension v2 (hr, cad, atemp, speed) and waypoints.</summary>
/// <remarks>
/// <para>One track holds all samples in one segment; its <c>type</c> is the sport's name ("running"), so that
/// <see cref="GpxActivityReader"/> reads the same sport back. Power goes in a bare <c>power</c> element inside
/// <c>extensions</c>, as Strava writes it.</para>
/// <para>Cadence is written the Garmin way: for foot sports half the steps per minute (one leg), so that the reader's
/// doubling gives the same value back. An odd step count therefore gives a half stride (".5"), which the TPX schema's
/// integer type does not allow but every reader of numbers accepts; rounding would break the round trip.</para>
/// <para>A sample without a position is written without <c>lat</c>/<c>lon</c> rather than dropped, so that its
/// other values survive; GPX requires both attributes, so strict readers may refuse such a point.</para>
/// <para>Distance is not written: GPX has no place for it and the reader recomputes it from the positions.</para>
/// </remarks>
internal static class GpxActivityWriter
{
    private const string GpxNamespace = "http://www.topografix.com/GPX/1/1";
    private const string TpxNamespace = "http://www.garmin.com/xmlschemas/TrackPointExtension/v2";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation =
        GpxNamespace + " http://www.topografix.com/GPX/1/1/gpx.xsd " +
        TpxNamespace + " http://www.garmin.com/xmlschemas/TrackPointExtensionv2.xsd";

    /// <summary>Writes <paramref name="activity"/> to <paramref name="output"/> as UTF-8 GPX 1.1 (the stream is left open).</summary>
    public static void Write(Activity activity, Stream output)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = " ",
            CloseOutput = false,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("gpx", GpxNamespace);
        xml.WriteAttributeString("version", "1.1");
        xml.WriteAttributeString("creator", "CrampSignals");
        xml.WriteAttributeString("xmlns", "gpxtpx", null, TpxNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, SchemaLocation);

        if (activity.StartTime is DateTime start)
        {
            xml.WriteStartElement("metadata", GpxNamespace);
            xml.WriteElementString("time", GpxNamespace, FormatTime(ToUtcTicks(start)));
            xml.WriteEndElement();
        }
        foreach (var waypoint in activity.Waypoints) WriteWaypoint(xml, waypoint);
        WriteTrack(xml, activity);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteWaypoint(XmlWriter xml, Waypoint waypoint)
    {
        xml.WriteStartElement("wpt", GpxNamespace);
        WritePosition(xml, waypoint.Latitude, waypoint.Longitude);
        if (waypoint.Time is DateTime time) xml.WriteElementString("time", GpxNamespace, FormatTime(ToUtcTicks(time)));
        if (waypoint.Name is not null) xml.WriteElementString("name", GpxNamespace, waypoint.Name);
        if (waypoint.Description is not null) xml.WriteElementString("desc", GpxNamespace, waypoint.Description);
        xml.WriteEndElement();
    }

    private static void WriteTrack(XmlWriter xml, Activity activity)
    {
        var s = activity.Samples;
        xml.WriteStartElement("trk", GpxNamespace);
        if (activity.Sport != Sport.Generic)
            xml.WriteElementString("type", GpxNamespace, activity.Sport.ToString().ToLowerInvariant());
        xml.WriteStartElement("trkseg", GpxNamespace);
        var cadenceScale = activity.Sport.IsOnFoot() ? 0.5 : 1.0;
        var time = s.UnixSeconds;
        var lat = s.Latitude;
        var lon = s.Longitude;
        var alt = s.AltitudeMeters;
        var hr = s.HeartRateBpm;
        var cad = s.Cadence;
        var temp = s.TemperatureCelsius;
        var speed = s.SpeedMetersPerSecond;
        var power = s.PowerWatts;
        for (var i = 0; i < s.Count; i++)
        {
            xml.WriteStartElement("trkpt", GpxNamespace);
            WritePosition(xml, lat[i], lon[i]);
            if (!double.IsNaN(alt[i])) xml.WriteElementString("ele", GpxNamespace, Number(alt[i]));
            if (!double.IsNaN(time[i])) xml.WriteElementString("time", GpxNamespace, FormatTime(IsoTime.FromUnixSeconds(time[i])));
            var hasTpx = !double.IsNaN(hr[i]) || !double.IsNaN(cad[i]) || !double.IsNaN(temp[i]) || !double.IsNaN(speed[i]);
            if (hasTpx || !double.IsNaN(power[i]))
            {
                xml.WriteStartElement("extensions", GpxNamespace);
                if (!double.IsNaN(power[i])) xml.WriteElementString("power", GpxNamespace, Number(power[i]));
                if (hasTpx)
                {
                    // TrackPointExtension v2 fixes the order: atemp, wtemp, depth, hr, cad, speed, course, bearing.
                    xml.WriteStartElement("gpxtpx", "TrackPointExtension", TpxNamespace);
                    if (!double.IsNaN(temp[i])) xml.WriteElementString("gpxtpx", "atemp", TpxNamespace, Number(temp[i]));
                    if (!double.IsNaN(hr[i])) xml.WriteElementString("gpxtpx", "hr", TpxNamespace, Number(hr[i]));
                    if (!double.IsNaN(cad[i])) xml.WriteElementString("gpxtpx", "cad", TpxNamespace, Number(cad[i] * cadenceScale));
                    if (!double.IsNaN(speed[i])) xml.WriteElementString("gpxtpx", "speed", TpxNamespace, Number(speed[i]));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WritePosition(XmlWriter xml, double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || double.IsNaN(longitude)) return;
        xml.WriteAttributeString("lat", Number(latitude));
        xml.WriteAttributeString("lon", Number(longitude));
    }

    // The shortest text that parses back to the same double, so a written file reads back exactly; never an exponent,
    // which xsd:decimal forbids.
    private static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E') ? value.ToString("0.####################", CultureInfo.InvariantCulture) : text;
    }

    private static long ToUtcTicks(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime().Ticks : time.Ticks;

    /// <summary>"2024-05-01T06:30:00Z", with a fraction only when the time has one (trailing zeros dropped).</summary>
    internal static string FormatTime(long utcTicks)
    {
        var time = new DateTime(utcTicks, DateTimeKind.Utc);
        var fraction = utcTicks % TimeSpan.TicksPerSecond;
        var whole = time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (fraction == 0) return whole + "Z";
        return whole + "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0') + "Z";
    }
}
