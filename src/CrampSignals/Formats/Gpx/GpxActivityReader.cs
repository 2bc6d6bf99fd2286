using CrampSignals.Activities;

namespace CrampSignals.Formats.Gpx;

/// <summary>Reads GPX 1.0 and 1.1 into an <see cref="Activity"/> with a streaming <see cref="System.Xml.XmlReader"/>.</summary>
public static class GpxActivityReader
{
    /// <summary>Reads <paramref name="stream"/>; XML damage after some points keeps them and becomes a warning.</summary>
    /// <exception cref="ActivityFormatException">Nothing could be read (with file, line and position).</exception>
    public static Activity Read(Stream stream, string fileName) => throw new NotImplementedException();
}
