using CrampSignals.Activities;

namespace CrampSignals.Formats.Tcx;

/// <summary>Reads Training Center XML into an <see cref="Activity"/> with a streaming <see cref="System.Xml.XmlReader"/>.</summary>
public static class TcxActivityReader
{
    /// <summary>Reads <paramref name="stream"/>; XML damage after some points keeps them and becomes a warning.</summary>
    /// <exception cref="ActivityFormatException">Nothing could be read (with file, line and position).</exception>
    public static Activity Read(Stream stream, string fileName) => throw new NotImplementedException();
}
