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
}
