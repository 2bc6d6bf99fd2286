using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using CrampSignals.Activities;
using CrampSignals.Formats.Archives;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Formats.Tcx;

namespace CrampSignals.Formats;

/// <summary>
/// Opens any activity file the project reads (FIT, GPX, TCX, each optionally gzip-compressed, or a zip archive holding
/// one, zips nested in it included), telling the format from the content.
/// </summary>
public static class ActivityFile
{
    /// <summary>
    /// The default of <see cref="DecodedSizeLimit"/>: 256 MiB, far above any real activity (a day of 1 Hz FIT is about 3 MB),
    /// low enough that a gzip or zip bomb cannot exhaust memory.
    /// </summary>
    public const long MaxDecodedBytes = 256L * 1024 * 1024;

    private static long s_decodedSizeLimit = MaxDecodedBytes;

    /// <summary>
    /// The most bytes one file may hold, read and once decoded (gzip, or one entry of a zip archive): decoding stops and
    /// the file is refused with an <see cref="InputFormatException"/> as soon as it is reached. Process-wide; set it
    /// before loading (the tool's <c>--max-decoded-mb</c>). Between 1 KiB and 2 GiB.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 KiB to 2 GiB.</exception>
    public static long DecodedSizeLimit
    {
        get => Interlocked.Read(ref s_decodedSizeLimit);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1024L);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, (long)Array.MaxLength);
            Interlocked.Exchange(ref s_decodedSizeLimit, value);
        }
    }

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
    /// <exception cref="InputFormatException">The content is not a readable activity file, or is larger than <see cref="DecodedSizeLimit"/>.</exception>
    public static async Task<Activity> LoadAsync(Stream stream, string fileName = "<stream>", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var limit = DecodedSizeLimit;
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        while ((n = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > limit)
                throw new InputFormatException(fileName, $"is larger than {limit} bytes (ActivityFile.DecodedSizeLimit), far beyond any activity file", buffer.Length);
            buffer.Write(chunk, 0, n);
        }
        buffer.Position = 0;
        return Load(buffer, fileName);
    }

    /// <summary>Loads the activity in <paramref name="stream"/>; <paramref name="fileName"/> names it in warnings and errors.</summary>
    /// <exception cref="InputFormatException">
    /// The content is not a readable activity file, decodes to more than <see cref="DecodedSizeLimit"/>, or is a zip
    /// archive holding no activity file or more than one.
    /// </exception>
    public static Activity Load(Stream stream, string fileName = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var limit = DecodedSizeLimit;
        var bytes = ReadAll(stream, fileName, limit);
        if (FormatSniffer.IsGzip(bytes.Span)) bytes = Gunzip(bytes, fileName, limit);
        if (ZipDirectory.IsZip(bytes.Span))
            return ZipActivity.Load(bytes, fileName, new ZipLimits(limit), (content, name) => Load(AsStream(content), name));
        return Load(bytes, fileName);
    }

    private static ReadOnlyMemory<byte> Gunzip(ReadOnlyMemory<byte> compressed, string fileName, long limit)
    {
        // The trailer's size is the decoded size mod 4 GiB, never more than it: past the cap, the file is past it too.
        if (compressed.Length >= 18 && System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(compressed.Span[^4..]) is var declared && declared > limit)
            throw new InputFormatException(fileName, $"the gzip data says it decodes to {declared} bytes, more than {Mebibytes(limit)} (ActivityFile.DecodedSizeLimit): refused unread as a likely decompression bomb");
        using var gz = new GZipStream(AsStream(compressed), CompressionMode.Decompress);
        var bytes = ReadAll(gz, fileName, limit, GzipSizeHint(compressed.Span, limit), n => GzipDamage(compressed.Span, n));
        if (bytes.IsEmpty) throw new InputFormatException(fileName, "the gzip data holds nothing (empty or damaged)");
        return bytes;
    }

    // gzip ends with the decoded size (mod 4 GiB): sizing the buffer from it saves the regrowth that doubled memory. It
    // can lie, so it is only a hint, and never more than deflate's best ratio (about 1032:1) allows.
    private static int GzipSizeHint(ReadOnlySpan<byte> gzip, long limit)
    {
        if (gzip.Length < 18) return 1 << 16;
        long declared = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(gzip[^4..]);
        return (int)Math.Clamp(declared, 1 << 16, Math.Min(limit, gzip.Length * 1032L + (1 << 16)));
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

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) => Archives.Memory.AsStream(content);

    private static string Mebibytes(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes} bytes";

    private static ReadOnlyMemory<byte> ReadAll(Stream stream, string fileName, long limit, int? sizeHint = null, Func<long, string>? gzipDamage = null)
    {
        var capacity = sizeHint ?? (stream.CanSeek ? (int)Math.Min(Math.Max(stream.Length - stream.Position, 0), limit) : 1 << 16);
        MemoryStream? buffer = null;
        try
        {
            // A file of known size is read straight into an array of that size: through a growing buffer it would be copied
            // twice. One that grew while it was read goes on below, from what was read.
            if (sizeHint is null && stream.CanSeek && capacity > 0 && stream.Length - stream.Position <= limit)
            {
                var whole = GC.AllocateUninitializedArray<byte>(capacity);
                var read = stream.ReadAtLeast(whole, whole.Length, throwOnEndOfStream: false);
                if (read < whole.Length) return whole.AsMemory(0, read);
                Span<byte> next = stackalloc byte[1];
                if (stream.Read(next) == 0) return whole;
                buffer = new MemoryStream(capacity + (1 << 16));
                buffer.Write(whole);
                buffer.Write(next);
                if (buffer.Length > limit) throw new InputFormatException(fileName, $"the content is larger than {Mebibytes(limit)} (ActivityFile.DecodedSizeLimit)");
            }
            else buffer = new MemoryStream(capacity);
            var chunk = new byte[1 << 16];
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                // Refused as soon as the cap is passed: a bomb is never decoded in full.
                if (buffer.Length + n > limit)
                    throw new InputFormatException(fileName, gzipDamage is null
                        ? $"the content is larger than {Mebibytes(limit)} (ActivityFile.DecodedSizeLimit)"
                        : $"the gzip data decodes to more than {Mebibytes(limit)} (ActivityFile.DecodedSizeLimit), far beyond any activity file: refused as a likely decompression bomb");
                buffer.Write(chunk, 0, n);
            }
        }
        catch (InvalidDataException e)
        {
            // The framework says "unsupported compression method" for any damage; the method byte tells whether that is true.
            var readBytes = buffer?.Length ?? 0;
            throw new InputFormatException(fileName, gzipDamage?.Invoke(readBytes) ?? $"the data is damaged after {readBytes} bytes", inner: e);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
