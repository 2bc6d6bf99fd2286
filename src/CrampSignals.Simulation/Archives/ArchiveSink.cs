using System.IO.Compression;

namespace CrampSignals.Simulation.Archives;

/// <summary>Where an export's files go: a folder, or a zip file (entries stamped with a fixed time, so a seed gives the same bytes).</summary>
internal sealed class ArchiveSink : IDisposable
{
    public static readonly DateTimeOffset Stamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string? _folder;
    private readonly ZipArchive? _zip;
    private readonly List<string> _written = [];

    private ArchiveSink(string? folder, ZipArchive? zip) => (_folder, _zip) = (folder, zip);

    /// <summary>The entries written, as paths inside the export, in order.</summary>
    public IReadOnlyList<string> Written => _written;

    public static ArchiveSink Open(string path, bool zip)
    {
        if (!zip)
        {
            Directory.CreateDirectory(path);
            return new ArchiveSink(path, null);
        }
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is string parent) Directory.CreateDirectory(parent);
        return new ArchiveSink(null, new ZipArchive(File.Create(path), ZipArchiveMode.Create, leaveOpen: false));
    }

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="entry"/> ('/'-separated); <paramref name="compressed"/> content is stored as it is.</summary>
    public void Add(string entry, ReadOnlySpan<byte> bytes, bool compressed = false)
    {
        _written.Add(entry);
        if (_zip is null)
        {
            var path = Path.Combine(_folder!, entry.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return;
        }
        var e = _zip.CreateEntry(entry, compressed ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
        e.LastWriteTime = Stamp;
        using var s = e.Open();
        s.Write(bytes);
    }

    public void Dispose() => _zip?.Dispose();

    /// <summary>What <paramref name="write"/> writes, gzip-compressed.</summary>
    public static byte[] Gzip(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) write(gz);
        return buffer.ToArray();
    }

    /// <summary>What <paramref name="write"/> writes.</summary>
    public static byte[] Bytes(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
