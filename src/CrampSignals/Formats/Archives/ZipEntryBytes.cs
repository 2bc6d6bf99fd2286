using System.IO.Compression;

namespace CrampSignals.Formats.Archives;

/// <summary>Decodes one zip entry into memory, never past a cap, whatever size the entry declares.</summary>
internal static class ZipEntryBytes
{
    /// <summary>
    /// The entry's bytes, or null once they pass <paramref name="cap"/> (the copy stops there, so a bomb costs at most the
    /// cap). The declared size only sizes the buffer: it can lie.
    /// </summary>
    /// <exception cref="InvalidDataException">The entry cannot be unzipped; the message says after how many decoded bytes.</exception>
    public static byte[]? Read(ZipArchiveEntry entry, long cap)
    {
        var buffer = new MemoryStream((int)Math.Min(Math.Max(entry.Length, 0), cap));
        try
        {
            using var s = entry.Open();
            var chunk = new byte[1 << 16];
            int n;
            while ((n = s.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > cap) return null;
                buffer.Write(chunk, 0, n);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new InvalidDataException($"cannot be unzipped after {buffer.Length} bytes: {e.Message}", e);
        }
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
