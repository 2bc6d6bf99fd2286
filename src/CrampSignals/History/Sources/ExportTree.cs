using CrampSignals.Activities;
using System.IO.Compression;
using CrampSignals.Formats;
using CrampSignals.Formats.Archives;
using CrampSignals.Formats.Exports;

namespace CrampSignals.History.Sources;

/// <summary>
/// The files of one argument of <c>history</c>: a folder walked, a zip read where it lies (never extracted), zips inside either
/// opened in memory under <see cref="ZipLimits"/>, and a single file. Listing reads only names; a file's bytes are read when a
/// worker asks for them, one zip entry at a time per archive, since an archive's reader serves one caller at a time.
/// </summary>
internal sealed class ExportTree : IDisposable
{
    /// <summary>Largest zip held in memory to be read from inside another archive (Garmin's uploaded-files parts).</summary>
    public const long MaxNestedZipBytes = 1L << 30;

    private readonly List<SourceFile> _files = [];
    private readonly List<SourceFile> _logs = [];
    private readonly List<(string Path, string Reason)> _failures = [];
    private readonly List<string> _notes = [];
    private readonly List<IDisposable> _open = [];
    private readonly ZipLimits _limits = new(ActivityFile.DecodedSizeLimit);
    private int _entries;

    private ExportTree(string argument) => Argument = argument;

    /// <summary>The argument as given.</summary>
    public string Argument { get; }

    /// <summary>Every file found, activity or not, in ordinal order of their paths (the same for a zip and its folder).</summary>
    public IReadOnlyList<SourceFile> Files => _files;

    /// <summary>Cramp logs that cover the whole tree or a folder of it (<c>cramps.csv</c>, <c>cramps.json</c>).</summary>
    public IReadOnlyList<SourceFile> CrampLogs => _logs;

    /// <summary>What could not be read (a damaged zip, an entry past a cap, a folder that cannot be listed), with why.</summary>
    public IReadOnlyList<(string Path, string Reason)> Failures => _failures;

    /// <summary>What the walk left out and why.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Lists <paramref name="argument"/>: a folder, a zip, or one activity file.</summary>
    public static ExportTree Open(string argument, bool followLinks, CancellationToken cancellationToken)
    {
        var tree = new ExportTree(argument);
        if (Directory.Exists(argument)) tree.AddFolder(argument, followLinks, cancellationToken);
        else if (!File.Exists(argument)) tree._failures.Add((argument, "no such file or folder"));
        else if (IsZipFile(argument)) tree.AddZipFile(argument);
        else tree._files.Add(new SourceFile(Path.GetFileName(argument), argument, () => File.OpenRead(argument), argument));
        // In path order, whatever order the zip tool wrote its entries in: a zip and its unpacked folder list alike.
        tree._files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        tree._logs.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return tree;
    }

    private void AddFolder(string folder, bool followLinks, CancellationToken cancellationToken)
    {
        var walker = new FolderWalker(followLinks, cancellationToken, indexes: true);
        foreach (var f in walker.Walk([folder]))
        {
            var disk = f.Path;
            if (f.Kind == WalkedKind.FolderCrampLog)
            {
                _logs.Add(new SourceFile(f.Relative, Shown(f.Relative), () => File.OpenRead(disk), disk));
                continue;
            }
            if (f.Relative.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && IsZipFile(disk))
            {
                try
                {
                    if (new FileInfo(disk).Length > MaxNestedZipBytes) { _failures.Add((disk, $"a zip of more than {MaxNestedZipBytes} bytes inside the folder; give it as its own argument")); continue; }
                    AddZip(File.ReadAllBytes(disk), f.Relative, Shown(f.Relative), 1);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { _failures.Add((disk, $"cannot be read ({e.Message})")); }
                continue;
            }
            _files.Add(new SourceFile(f.Relative, Shown(f.Relative), () => File.OpenRead(disk), disk));
        }
        _failures.AddRange(walker.Failures);
        _notes.AddRange(walker.Notes);
    }

    private void AddZipFile(string path)
    {
        var stream = File.OpenRead(path);
        // The entry count is read from the end record first: ZipArchive makes an object per entry before anyone can refuse.
        if (DeclaredEntries(stream) is long declared && declared > _limits.MaxEntries)
        {
            stream.Dispose();
            _failures.Add((path, $"the zip archive declares {declared} entries, more than the {_limits.MaxEntries} read in all"));
            return;
        }
        ZipArchive archive;
        try { archive = new ZipArchive(stream, ZipArchiveMode.Read); _ = archive.Entries.Count; }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            stream.Dispose();
            _failures.Add((path, $"the zip archive is damaged: {e.Message}"));
            return;
        }
        _open.Add(archive);
        AddEntries(archive, prefix: "", shownPrefix: path + "!/", depth: 1);
    }

    /// <summary>The entry count a zip file declares, read from its end (and, for zip64, the record the end points to); null when not found.</summary>
    private static long? DeclaredEntries(FileStream stream)
    {
        var tail = new byte[(int)Math.Min(stream.Length, 22 + 65535 + 20)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        var count = ZipDirectory.DeclaredEntries(tail);
        if (count is null && ZipDirectory.Zip64EndOffset(tail) is long at && at >= 0 && at + 56 <= stream.Length)
        {
            // The zip64 end record lies before the tail: read it where it is, as if the file began there.
            var record = new byte[56 + tail.Length];
            stream.Position = at;
            var n = stream.ReadAtLeast(record, record.Length, throwOnEndOfStream: false);
            count = ZipDirectory.Zip64Entries(record.AsSpan(0, n));
        }
        stream.Position = 0;
        return count;
    }

    private void AddZip(byte[] zip, string path, string shown, int depth)
    {
        var declared = ZipDirectory.DeclaredEntries(zip);
        if (declared is null) { _failures.Add((shown, "the zip archive is damaged: it has no end-of-central-directory record")); return; }
        if (declared > _limits.MaxEntries - _entries) { _failures.Add((shown, $"the zip archive declares {declared} entries, more than the {_limits.MaxEntries} read in all")); return; }
        ZipArchive archive;
        try { archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read); _ = archive.Entries.Count; }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            _failures.Add((shown, $"the zip archive is damaged: {e.Message}"));
            return;
        }
        _open.Add(archive);
        AddEntries(archive, path + "!/", shown + "!/", depth);
    }

    private void AddEntries(ZipArchive archive, string prefix, string shownPrefix, int depth)
    {
        foreach (var entry in archive.Entries)
        {
            if (++_entries > _limits.MaxEntries)
            {
                if (_entries == _limits.MaxEntries + 1) _failures.Add((shownPrefix.TrimEnd('/', '!'), $"more than {_limits.MaxEntries} entries in all; the rest are not read"));
                return;
            }
            if (entry.FullName.EndsWith('/') && entry.Length == 0) continue;
            var name = entry.FullName.Replace('\\', '/');
            var shown = shownPrefix + name;
            if (ZipArchiveWalker.EscapingPath(entry.FullName) is string why) { _failures.Add((shown, why)); continue; }
            var cap = name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? Math.Min(MaxNestedZipBytes, Math.Max(ZipLimits.RatioFloorBytes, entry.CompressedLength * _limits.MaxRatio)) : _limits.MaxDecodedFor(entry.CompressedLength);
            if (entry.Length > cap)
            {
                _failures.Add((shown, Refusal(entry.Length, entry.CompressedLength, (long)cap)));
                continue;
            }
            if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                if (depth >= _limits.MaxDepth) { _failures.Add((shown, $"a zip nested {depth + 1} deep; zips are read {_limits.MaxDepth} deep at most")); continue; }
                byte[]? inner;
                try { inner = ReadBounded(archive, entry, (long)cap); }
                catch (InvalidDataException e) { _failures.Add((shown, e.Message)); continue; }
                if (inner is null) _failures.Add((shown, $"decodes to more than {(long)cap} bytes, over its cap: refused as a likely zip bomb"));
                else AddZip(inner, prefix + name, shown, depth + 1);
                continue;
            }
            if (!Wanted(name)) continue;
            var capBytes = (long)cap;
            (IsCrampLog(name) ? _logs : _files).Add(new SourceFile(prefix + name, shown, () => new MemoryStream(ReadBounded(archive, entry, capBytes)
                ?? throw new InputFormatException(shown, $"decodes to more than {capBytes} bytes, over its cap: refused as a likely zip bomb")), null));
        }
    }

    /// <summary>Activity files and the index files of exports; pictures and the rest of an export are not listed.</summary>
    private static bool Wanted(string path) =>
        FolderWalker.IsActivityFile(path) || ExportLayout.IsStravaIndex(path) || ExportLayout.IsGarminSummary(path)
        || IsCrampLog(path);

    private static bool IsCrampLog(string path) =>
        FolderWalker.FolderCrampLogNames.Any(n => path.Equals(n, StringComparison.OrdinalIgnoreCase) || path.EndsWith("/" + n, StringComparison.OrdinalIgnoreCase));

    // One reader per archive: entries of one zip are decoded one at a time.
    private static byte[]? ReadBounded(ZipArchive archive, ZipArchiveEntry entry, long cap)
    {
        lock (archive) return ZipEntryBytes.Read(entry, cap);
    }

    private string Refusal(long declared, long compressed, long cap) =>
        cap >= _limits.MaxEntryBytes
            ? $"declares {declared} bytes, over the cap of {cap} bytes for one entry"
            : $"declares {declared} bytes from {compressed} compressed bytes, over {_limits.MaxRatio:0} to 1: refused as a zip bomb";

    private string Shown(string relative) => Path.Combine(Argument, relative);

    private static bool IsZipFile(string path)
    {
        try
        {
            using var s = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            return s.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && ZipDirectory.IsZip(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var d in _open) d.Dispose();
        _open.Clear();
    }
}
