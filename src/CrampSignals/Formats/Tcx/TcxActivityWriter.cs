using System.Text;
using System.Xml;
using CrampSignals.Activities;
using CrampSignals.Formats.Gpx;
using CrampSignals.Text;

namespace CrampSignals.Formats.Tcx;

/// <summary>Writes an <see cref="Activity"/> as Training Center XML: one activity, one lap, one track, and the Garmin activity extension (speed, run cadence, watts).</summary>
/// <remarks>
/// A trackpoint's <c>DistanceMeters</c> is written only where the sample has a distance, so a positions-only activity
/// gives a positions-only file (as phone apps export them) that <see cref="TcxActivityReader"/> reads with its
/// distance computed from the positions. Temperature has no place in TCX and is not written.
/// </remarks>
internal static class TcxActivityWriter
{
    private const string TcxNamespace = "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2";
    private const string ExtensionNamespace = "http://www.garmin.com/xmlschemas/ActivityExtension/v2";

    /// <summary>Writes <paramref name="activity"/> to <paramref name="output"/> as UTF-8 TCX (the stream is left open).</summary>
    public static void Write(Activity activity, Stream output)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = " ", CloseOutput = false };
        using var xml = XmlWriter.Create(output, settings);
        var s = activity.Samples;
        var start = activity.StartTime ?? s.TimeAt(0) ?? UnixTime.ToDateTime(0);
        var startText = GpxActivityWriter.FormatTime(start.Ticks);
        xml.WriteStartDocument();
        xml.WriteStartElement("TrainingCenterDatabase", TcxNamespace);
        xml.WriteAttributeString("xmlns", "ns3", null, ExtensionNamespace);
        xml.WriteStartElement("Activities", TcxNamespace);
        xml.WriteStartElement("Activity", TcxNamespace);
        xml.WriteAttributeString("Sport", activity.Sport switch { Sport.Running => "Running", Sport.Cycling => "Biking", _ => "Other" });
        xml.WriteElementString("Id", TcxNamespace, startText);
        xml.WriteStartElement("Lap", TcxNamespace);
        xml.WriteAttributeString("StartTime", startText);
        xml.WriteElementString("TotalTimeSeconds", TcxNamespace, Number(activity.Duration?.TotalSeconds ?? 0));
        var last = ChannelStatistics.Last(s.DistanceMeters);
        xml.WriteElementString("DistanceMeters", TcxNamespace, Number(double.IsNaN(last) ? 0 : last));
        xml.WriteStartElement("Track", TcxNamespace);
        var cadenceScale = activity.Sport.IsOnFoot() ? 0.5 : 1.0;
        for (var i = 0; i < s.Count; i++)
        {
            if (double.IsNaN(s.UnixSeconds[i])) continue;
            xml.WriteStartElement("Trackpoint", TcxNamespace);
            xml.WriteElementString("Time", TcxNamespace, GpxActivityWriter.FormatTime(IsoTime.FromUnixSeconds(s.UnixSeconds[i])));
            if (!double.IsNaN(s.Latitude[i]) && !double.IsNaN(s.Longitude[i]))
            {
                xml.WriteStartElement("Position", TcxNamespace);
                xml.WriteElementString("LatitudeDegrees", TcxNamespace, Number(s.Latitude[i]));
                xml.WriteElementString("LongitudeDegrees", TcxNamespace, Number(s.Longitude[i]));
                xml.WriteEndElement();
            }
            if (!double.IsNaN(s.AltitudeMeters[i])) xml.WriteElementString("AltitudeMeters", TcxNamespace, Number(s.AltitudeMeters[i]));
            if (!double.IsNaN(s.DistanceMeters[i])) xml.WriteElementString("DistanceMeters", TcxNamespace, Number(s.DistanceMeters[i]));
            if (!double.IsNaN(s.HeartRateBpm[i]))
            {
                xml.WriteStartElement("HeartRateBpm", TcxNamespace);
                xml.WriteElementString("Value", TcxNamespace, Number(Math.Round(s.HeartRateBpm[i])));
                xml.WriteEndElement();
            }
            var speed = s.SpeedMetersPerSecond[i];
            var cadence = s.Cadence[i];
            var watts = s.PowerWatts[i];
            if (!double.IsNaN(speed) || !double.IsNaN(cadence) || !double.IsNaN(watts))
            {
                xml.WriteStartElement("Extensions", TcxNamespace);
                xml.WriteStartElement("ns3", "TPX", ExtensionNamespace);
                if (!double.IsNaN(speed)) xml.WriteElementString("ns3", "Speed", ExtensionNamespace, Number(speed));
                if (!double.IsNaN(cadence)) xml.WriteElementString("ns3", "RunCadence", ExtensionNamespace, Number(cadence * cadenceScale));
                if (!double.IsNaN(watts)) xml.WriteElementString("ns3", "Watts", ExtensionNamespace, Number(watts));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
