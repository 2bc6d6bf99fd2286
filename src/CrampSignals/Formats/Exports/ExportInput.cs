using CrampSignals.Activities;

namespace CrampSignals.Formats.Exports;

/// <summary>Reads an export's index file whole, refusing one larger than a cap so that a damaged or hostile archive cannot eat memory.</summary>
internal static class ExportInput
{
    /// <summary>Largest index read: Strava's <c>activities.csv</c> for 10,000 activities with long descriptions is tens of MB.</summary>
    public const long MaxIndexBytes = 256L * 1024 * 1024;

    /// <summary>The stream's bytes, at most <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InputFormatException">The stream holds more than <paramref name="maxBytes"/>.</exception>
    public static byte[] ReadAll(Stream stream, string fileName, long maxBytes = MaxIndexBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes) throw TooLarge(fileName, maxBytes, stream.Length - stream.Position);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + n > maxBytes) throw TooLarge(fileName, maxBytes, null);
            copy.Write(buffer, 0, n);
        }
        return copy.ToArray();
    }

    private static InputFormatException TooLarge(string fileName, long max, long? actual) =>
        new(fileName, $"the export index is {(actual is long a ? $"{a} bytes" : "larger than that")}, more than the {max} bytes an index is read up to");
}
