using System.Xml;

namespace CrampSignals.Formats.Gpx;

/// <summary>
/// The GPX element and attribute names, atomized in the reader's name table so that a name test is one reference
/// comparison. Extension names are matched by local name only: exporters use any prefix, or none.
/// </summary>
internal sealed class GpxNames
{
    public GpxNames(XmlNameTable table)
    {
        Table = table;
        Gpx = table.Add("gpx");
        Version = table.Add("version");
        Creator = table.Add("creator");
        Metadata = table.Add("metadata");
        Trk = table.Add("trk");
        Trkseg = table.Add("trkseg");
        Trkpt = table.Add("trkpt");
        Rte = table.Add("rte");
        Rtept = table.Add("rtept");
        Wpt = table.Add("wpt");
        Lat = table.Add("lat");
        Lon = table.Add("lon");
        Ele = table.Add("ele");
        Time = table.Add("time");
        Name = table.Add("name");
        Desc = table.Add("desc");
        Cmt = table.Add("cmt");
        Type = table.Add("type");
        Speed = table.Add("speed");
        Course = table.Add("course");
        Extensions = table.Add("extensions");
        Hr = table.Add("hr");
        Cad = table.Add("cad");
        Atemp = table.Add("atemp");
        Wtemp = table.Add("wtemp");
        Power = table.Add("power");
        HeartRateNames = [table.Add("heartrate"), table.Add("heartRate"), table.Add("HeartRate"), table.Add("heart_rate")];
        CadenceNames = [table.Add("cadence"), table.Add("Cadence"), table.Add("RunCadence")];
        TemperatureNames = [table.Add("temp"), table.Add("temperature"), table.Add("Temperature")];
    }

    public XmlNameTable Table { get; }
    public string Gpx { get; }
    public string Version { get; }
    public string Creator { get; }
    public string Metadata { get; }
    public string Trk { get; }
    public string Trkseg { get; }
    public string Trkpt { get; }
    public string Rte { get; }
    public string Rtept { get; }
    public string Wpt { get; }
    public string Lat { get; }
    public string Lon { get; }
    public string Ele { get; }
    public string Time { get; }
    public string Name { get; }
    public string Desc { get; }
    public string Cmt { get; }
    public string Type { get; }
    public string Speed { get; }
    public string Course { get; }
    public string Extensions { get; }
    public string Hr { get; }
    public string Cad { get; }
    public string Atemp { get; }
    public string Wtemp { get; }
    public string Power { get; }

    /// <summary>Other apps' heart rate elements (Amazfit, mapstogpx, ...), read when no Garmin <c>hr</c> is there.</summary>
    public string[] HeartRateNames { get; }

    /// <summary>Other apps' cadence elements (Strava's and cluetrust gpxdata's <c>cadence</c>, ...), read when no <c>cad</c> is there.</summary>
    public string[] CadenceNames { get; }

    /// <summary>Other apps' temperature elements (gpxdata <c>temp</c>, Garmin GpxExtensions v3 <c>Temperature</c>, ...), read when no <c>atemp</c> is there.</summary>
    public string[] TemperatureNames { get; }
}
