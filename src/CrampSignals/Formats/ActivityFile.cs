using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Formats.Tcx;

namespace CrampSignals.Formats;

/// <summary>Opens any activity file the project reads (FIT, GPX, TCX, each optionally gzip-compressed), telling the format from the content.</summary>
public static class ActivityFile
{
    /// <summary>Largest file (after decompression) the loader will hold in memory: far above any real activity, low enough that a gzip bomb cannot exhaust memory.</summary>
    public const long MaxDecodedBytes = 512L * 1024 * 1024;

    /// <summary>
    /// The activity files under <paramref name="paths"/>: files as given, folders searched recursively for <c>.fit</c>, <c>.gpx</c>,
    /// <c>.tcx</c> and <c>.gz</c> (hidden files left out), each folder's files sorted by path, every file once however many names
    /// or links lead to it; links to folders are not followed. A path that is neither file nor folder is kept, so that loading
    /// it reports it by name. Folders that cannot be listed are left out: the batch analyses list them as failures.
    /// </summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return [.. new FolderWalker().Walk([.. paths]).Where(f => f.Kind == WalkedKind.Activity)
            .GroupBy(f => f.Argument).SelectMany(g => g.OrderBy(f => f.Relative, StringComparer.Ordinal)).Select(f => f.Path)];
    }

    /// <summary>Loads the activity in the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file is not a readable activity file; the message names it.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static Activity Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path)) throw new InputFormatException(path, "is a folder, not an activity file");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Load(stream, path);
    }

    /// <summary>
    /// Loads the activity in the file at <paramref name="path"/>, or says why it cannot: for apps that list unreadable files
    /// instead of stopping at them. Bugs and cancellation still throw.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="activity">The activity, when it could be read.</param>
    /// <param name="error">Why it could not, naming the file (and the byte offset or line where known); null when it could.</param>
    public static bool TryLoad(string path, [NotNullWhen(true)] out Activity? activity, [NotNullWhen(false)] out string? error)
    {
        try
        {
            activity = Load(path);
            error = null;
            return true;
        }
        catch (Exception e) when (InputFailures.IsExpected(e))
        {
            activity = null;
            error = e is FileNotFoundException ? $"{path}: no such file" : e.Message;
            return false;
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end without blocking, then loads the activity in it, as <see cref="Load(Stream, string)"/> does.</summary>
    /// <exception cref="InputFormatException">The content is not a readable activity file, or is larger than <see cref="MaxDecodedBytes"/>.</exception>
    public static async Task<Activity> LoadAsync(Stream stream, string fileName = "<stream>", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > MaxDecodedBytes)
                throw new InputFormatException(fileName, $"is larger than {MaxDecodedBytes} bytes, far beyond any activity file", buffer.Length);
            buffer.Write(chunk, 0, n);
        }
        buffer.Position = 0;
        return Load(buffer, fileName);
    }

    /// <summary>Loads the activity in <paramref name="stream"/>; <paramref name="fileName"/> names it in warnings and errors.</summary>
    /// <exception cref="InputFormatException">The content is not a readable activity file.</exception>
    public static Activity Load(Stream stream, string fileName = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadAll(stream, fileName);
        if (FormatSniffer.IsGzip(bytes.Span))
        {
            using var gz = new GZipStream(AsStream(bytes), CompressionMode.Decompress);
            var compressed = bytes;
            bytes = ReadAll(gz, fileName, n => GzipDamage(compressed.Span, n));
            if (bytes.IsEmpty) throw new InputFormatException(fileName, "the gzip data holds nothing (empty or damaged)");
        }
        return Load(bytes, fileName);
    }

    /// <summary>Loads the activity held in <paramref name="content"/> (not compressed).</summary>
    /// <exception cref="InputFormatException">The content is not a readable activity file.</exception>
    public static Activity Load(ReadOnlyMemory<byte> content, string fileName)
    {
        var span = content.Span;
        var format = FormatSniffer.Detect(span[..Math.Min(span.Length, FormatSniffer.PrefixLength)]);
        var activity = format switch
        {
            ActivityFormat.Fit => FitActivityReader.Read(span, fileName),
            ActivityFormat.Gpx => GpxActivityReader.Read(AsStream(content), fileName),
            ActivityFormat.Tcx => TcxActivityReader.Read(AsStream(content), fileName),
            _ => throw new InputFormatException(fileName, content.Length == 0
                ? "the file is empty"
                : "not a FIT, GPX or TCX file (no FIT header and no <gpx> or <TrainingCenterDatabase> root element)"),
        };
        return activity.Source is { SizeBytes: null } source
            ? activity with { Source = source with { SizeBytes = content.Length } }
            : activity;
    }

    private static string GzipDamage(ReadOnlySpan<byte> compressed, long decompressed)
    {
        if (compressed.Length > 3 && compressed[2] != 8)
            return $"the gzip data uses compression method {compressed[2]}, not deflate (8), the only one gzip defines";
        return decompressed == 0
            ? "the gzip data is damaged: its compressed blocks do not decode"
            : $"the gzip data is damaged after {decompressed} decompressed bytes: its compressed blocks stop decoding there";
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static ReadOnlyMemory<byte> ReadAll(Stream stream, string fileName, Func<long, string>? gzipDamage = null)
    {
        var capacity = stream.CanSeek ? (int)Math.Min(Math.Max(stream.Length - stream.Position, 0), MaxDecodedBytes) : 1 << 16;
        var buffer = new MemoryStream(capacity);
        var chunk = new byte[1 << 16];
        try
        {
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > MaxDecodedBytes)
                    throw new InputFormatException(fileName, $"the content is larger than {MaxDecodedBytes / (1024 * 1024)} MiB");
                buffer.Write(chunk, 0, n);
            }
        }
        catch (InvalidDataException e)
        {
            // The framework says "unsupported compression method" for any damage; the method byte tells whether that is true.
            throw new InputFormatException(fileName, gzipDamage?.Invoke(buffer.Length) ?? $"the data is damaged after {buffer.Length} bytes", inner: e);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
