using CrampSignals.Activities;
using System.IO.Compression;

namespace CrampSignals.Formats.Archives;

/// <summary>
/// Finds the activity files in a zip archive held in memory (Garmin's "export original", a folder zipped), recursing
/// into zips inside it, streamed, never extracted to disk, and under <see cref="ZipLimits"/>: a bad entry (damaged,
/// encrypted, a path that climbs out, past a cap) is a <see cref="Failures"/> line and the walk goes on.
/// </summary>
/// <remarks>
/// An entry is an activity when its first bytes are FIT, GPX or TCX, or gzip holding one; its name does not matter.
/// <see cref="ZipArchive"/> reads only seekable streams, so a nested zip is copied to memory first, at most
/// <see cref="ZipLimits.MaxEntryBytes"/> of it (and within the ratio cap): memory is bounded by the outer archive plus
/// one such copy per level of nesting.
/// </remarks>
internal sealed class ZipArchiveWalker(ZipLimits limits)
{
    private readonly List<ArchiveFailure> _failures = [];
    private int _entries;

    /// <summary>Entries that were not read, in the order met.</summary>
    public IReadOnlyList<ArchiveFailure> Failures => _failures;

    /// <summary>Entries seen, in every archive nested or not (folders included).</summary>
    public int EntriesSeen => _entries;

    /// <summary>Entries that are not activity files (a summary, a picture, a JSON export), passed over without a failure.</summary>
    public int Ignored { get; private set; }

    /// <summary>
    /// The activity entries of the archive in <paramref name="zip"/>, outer entries in their order, a nested zip's
    /// entries where it stands.
    /// </summary>
    /// <exception cref="InputFormatException">The outer archive itself cannot be read (damaged, or more entries than the cap).</exception>
    public IEnumerable<ArchiveEntry> Walk(ReadOnlyMemory<byte> zip, string archiveName) => Walk(zip, archiveName, 1, outer: true);

    private IEnumerable<ArchiveEntry> Walk(ReadOnlyMemory<byte> zip, string archiveName, int depth, bool outer)
    {
        var archive = Open(zip, archiveName, outer);
        if (archive is null) yield break;
        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                if (++_entries > limits.MaxEntries)
                {
                    if (_entries == limits.MaxEntries + 1)
                        Fail(archiveName, $"more than {limits.MaxEntries} entries in all; the rest are not read");
                    yield break;
                }
                var name = $"{archiveName}!/{entry.FullName}";
                if (entry.FullName.EndsWith('/') && entry.Length == 0) continue;
                if (EscapingPath(entry.FullName) is string why) { Fail(name, why); continue; }
                if (entry.Length > limits.MaxDecodedFor(entry.CompressedLength))
                {
                    Fail(name, Refusal(entry.Length, entry.CompressedLength, declared: true));
                    continue;
                }
                var kind = Sniff(entry, name);
                if (kind == EntryKind.Unreadable) continue;
                if (kind == EntryKind.Other) { Ignored++; continue; }
                if (kind == EntryKind.Activity)
                {
                    yield return new ArchiveEntry(name, () => ReadBounded(entry, name));
                    continue;
                }
                if (depth >= limits.MaxDepth)
                {
                    Fail(name, $"a zip nested {depth + 1} deep; zips are read {limits.MaxDepth} deep at most");
                    continue;
                }
                if (ReadBounded(entry, name) is not ReadOnlyMemory<byte> inner) continue;
                foreach (var found in Walk(inner, name, depth + 1, outer: false)) yield return found;
            }
        }
    }

    private ZipArchive? Open(ReadOnlyMemory<byte> zip, string name, bool outer)
    {
        string? why = null;
        var declared = ZipDirectory.DeclaredEntries(zip.Span);
        if (declared is null) why = "the zip archive is damaged: it has no end-of-central-directory record";
        else if (declared > limits.MaxEntries - _entries)
            why = $"the zip archive declares {declared} entries, more than the {limits.MaxEntries} read in all";
        else
        {
            ZipArchive? archive = null;
            try
            {
                archive = new ZipArchive(Memory.AsStream(zip), ZipArchiveMode.Read);
                // The central directory is read on first use; a damaged one must fail here, not in the middle of the walk.
                _ = archive.Entries.Count;
                return archive;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
            {
                archive?.Dispose();
                why = $"the zip archive is damaged: {e.Message}";
            }
        }
        if (outer) throw new InputFormatException(name, why);
        Fail(name, why);
        return null;
    }

    private enum EntryKind { Activity, Zip, Other, Unreadable }

    private EntryKind Sniff(ZipArchiveEntry entry, string name)
    {
        try
        {
            var prefix = new byte[FormatSniffer.PrefixLength];
            int length;
            using (var s = entry.Open()) length = s.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
            var head = prefix.AsSpan(0, length);
            if (ZipDirectory.IsZip(head)) return EntryKind.Zip;
            if (FormatSniffer.IsGzip(head))
            {
                // What the gzip holds decides; its first 4 KB are enough to tell.
                var inner = new byte[FormatSniffer.PrefixLength];
                using var gz = new GZipStream(Memory.AsStream(prefix.AsMemory(0, length)), CompressionMode.Decompress);
                var n = ReadWhatDecodes(gz, inner);
                return FormatSniffer.Detect(inner.AsSpan(0, n)) is null ? EntryKind.Other : EntryKind.Activity;
            }
            return FormatSniffer.Detect(head) is null ? EntryKind.Other : EntryKind.Activity;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            Fail(name, $"cannot be unzipped: {e.Message}");
            return EntryKind.Unreadable;
        }
    }

    // A truncated gzip prefix ends in an error once its bytes run out; what decoded before it is what counts.
    private static int ReadWhatDecodes(Stream s, byte[] buffer)
    {
        var n = 0;
        try
        {
            int r;
            while (n < buffer.Length && (r = s.Read(buffer, n, buffer.Length - n)) > 0) n += r;
        }
        catch (Exception e) when (e is InvalidDataException or IOException) { }
        return n;
    }

    private ReadOnlyMemory<byte>? ReadBounded(ZipArchiveEntry entry, string name)
    {
        // The declared size is only a hint (it is checked above, and it can lie): the copy stops at the cap either way.
        try
        {
            if (ZipEntryBytes.Read(entry, limits.MaxDecodedFor(entry.CompressedLength)) is byte[] bytes) return bytes;
            Fail(name, Refusal(0, entry.CompressedLength, declared: false));
        }
        catch (InvalidDataException e)
        {
            Fail(name, e.Message);
        }
        return null;
    }

    private string Refusal(long declaredBytes, long compressed, bool declared)
    {
        var cap = limits.MaxDecodedFor(compressed);
        var size = declared ? $"declares {declaredBytes} bytes" : $"decodes to more than {cap} bytes";
        return cap >= limits.MaxEntryBytes
            ? $"{size}, over the cap of {limits.MaxEntryBytes} bytes for one entry"
            : $"{size} from {compressed} compressed bytes, over {limits.MaxRatio:0} to 1: refused as a zip bomb";
    }

    /// <summary>Why a path would leave the folder the archive is unpacked into, or null when it stays inside.</summary>
    internal static string? EscapingPath(string path)
    {
        if (path.Length == 0) return "an entry with no name";
        if (path.Contains('\0')) return "a path with a NUL character";
        if (path[0] is '/' or '\\') return "an absolute path, refused";
        if (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':') return "a path with a drive letter, refused";
        foreach (var part in path.Split('/', '\\'))
            if (part == "..") return "a path that climbs out of the archive (..), refused";
        return null;
    }

    private void Fail(string name, string reason) => _failures.Add(new ArchiveFailure(name, reason));
}
