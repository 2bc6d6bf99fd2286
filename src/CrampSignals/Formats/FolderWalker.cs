namespace CrampSignals.Formats;

/// <summary>What the walk found: an activity file, or a cramp log that covers its folder and everything below.</summary>
internal enum WalkedKind
{
    /// <summary>A FIT, GPX or TCX file, optionally gzipped or in a zip.</summary>
    Activity,

    /// <summary>A folder's <c>cramps.csv</c> or <c>cramps.json</c>.</summary>
    FolderCrampLog,

    /// <summary>An account export's index (Strava's <c>activities.csv</c>, Garmin's summarized activities), when asked for.</summary>
    ExportIndex,
}

/// <summary>One file the walk found.</summary>
/// <param name="Path">Where it is, as reached from the argument.</param>
/// <param name="Argument">Which of the arguments (0-based) it was found under.</param>
/// <param name="Relative">Its path relative to the argument, with '/'; a file given by itself is its own name.</param>
/// <param name="Kind">What it is.</param>
internal sealed record WalkedFile(string Path, int Argument, string Relative, WalkedKind Kind);

/// <summary>
/// The one walk over the files and folders a command is given. It never follows a link to a folder unless asked, and then
/// goes into each folder once (by device and inode), so a link loop cannot make it run for ever; it reads each file once
/// whatever names and links lead to it; a folder it cannot list, or a path too long to open, is a listed failure and the
/// rest goes on. It streams: a folder's listing at a time, in ordinal name order, so the order is the same on every run.
/// </summary>
/// <param name="followLinks">Go into folders reached through symbolic links.</param>
/// <param name="cancellationToken">Stops the walk between folders.</param>
/// <param name="lister">Lists a folder's entries (<see cref="ListFolder"/> unless a test stands in a folder that cannot be read).</param>
/// <param name="indexes">Also yield the index files of account exports (<see cref="WalkedKind.ExportIndex"/>).</param>
internal sealed class FolderWalker(bool followLinks = false, CancellationToken cancellationToken = default, Func<string, IEnumerable<FileSystemInfo>>? lister = null, bool indexes = false)
{
    /// <summary>The file name endings of activity files (case-insensitive).</summary>
    public static IReadOnlyList<string> ActivityExtensions { get; } = [".fit", ".gpx", ".tcx", ".gz", ".zip"];

    /// <summary>The names of the cramp logs that cover a folder and everything below it.</summary>
    public static IReadOnlyList<string> FolderCrampLogNames { get; } = ["cramps.csv", "cramps.json"];

    private readonly List<(string Path, string Reason)> _failures = [];
    private readonly List<string> _notes = [];
    private readonly Dictionary<FileIdentity, string> _files = [];
    private readonly HashSet<FileIdentity> _folders = [];
    private int _linksNotFollowed;

    /// <summary>Paths that could not be walked or read, with the reason.</summary>
    public IReadOnlyList<(string Path, string Reason)> Failures => _failures;

    /// <summary>What the walk left out and why (links not followed, files reached twice, loops).</summary>
    public IReadOnlyList<string> Notes => _linksNotFollowed == 0 ? _notes
        : [.. _notes, $"{_linksNotFollowed} link(s) to folders not followed (give --follow-links to go into them)"];

    /// <summary>True when the name ends in one of <see cref="ActivityExtensions"/>.</summary>
    public static bool IsActivityFile(string path) =>
        ActivityExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The files under <paramref name="arguments"/>, argument by argument. A file given by itself is yielded whatever its name
    /// (and one that does not exist too, so that reading it reports it); folders yield their activity files and folder cramp logs.
    /// </summary>
    public IEnumerable<WalkedFile> Walk(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        for (var a = 0; a < arguments.Count; a++)
        {
            var given = arguments[a];
            if (!Directory.Exists(given))
            {
                if (!File.Exists(given) || IsFirstSight(given, given))
                    yield return new WalkedFile(given, a, System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(given)), WalkedKind.Activity);
                continue;
            }
            // A folder named on the command line is gone into even when it is a link: the user chose it.
            if (FileIdentity.Of(given) is FileIdentity root && !_folders.Add(root))
            {
                _notes.Add($"{given}: a folder already walked, read once");
                continue;
            }
            var pending = new Stack<(string Folder, string Relative)>();
            pending.Push((given, string.Empty));
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (folder, relative) = pending.Pop();
                var subfolders = new List<(string, string)>();
                foreach (var entry in List(folder))
                {
                    var name = entry.Name;
                    var childRelative = relative.Length == 0 ? name : relative + "/" + name;
                    if (IsFolder(entry, out var isLink))
                    {
                        if (isLink && !followLinks) { _linksNotFollowed++; continue; }
                        if (FileIdentity.Of(entry.FullName) is not FileIdentity id)
                            _failures.Add((entry.FullName, isLink ? "a link to a folder that cannot be reached" : "a folder that cannot be opened"));
                        else if (_folders.Add(id)) subfolders.Add((entry.FullName, childRelative));
                        else if (isLink) _notes.Add($"{childRelative}: a link back into folders already walked, not followed again");
                        continue;
                    }
                    var kind = FolderCrampLogNames.Any(n => name.Equals(n, StringComparison.OrdinalIgnoreCase)) ? WalkedKind.FolderCrampLog
                        : IsActivityFile(name) ? WalkedKind.Activity
                        : indexes && (Exports.ExportLayout.IsStravaIndex(childRelative) || Exports.ExportLayout.IsGarminSummary(childRelative)) ? WalkedKind.ExportIndex
                        : (WalkedKind?)null;
                    if (kind is null) continue;
                    if (kind != WalkedKind.Activity || IsFirstSight(entry.FullName, childRelative))
                        yield return new WalkedFile(entry.FullName, a, childRelative, kind.Value);
                }
                // Pushed in reverse so the walk goes into them in name order.
                for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
            }
        }
    }

    /// <summary>True the first time a file is reached; later names for it are noted and skipped.</summary>
    private bool IsFirstSight(string path, string shownAs)
    {
        if (FileIdentity.Of(path) is not FileIdentity id) return true;
        if (_files.TryAdd(id, shownAs)) return true;
        _notes.Add($"{shownAs}: the same file as {_files[id]}, read once");
        return false;
    }

    /// <summary>A folder's entries in ordinal name order, hidden ones left out; a folder that cannot be listed is a failure.</summary>
    private List<FileSystemInfo> List(string folder)
    {
        var entries = new List<FileSystemInfo>();
        try
        {
            foreach (var e in (lister ?? ListFolder)(folder)) entries.Add(e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            _failures.Add((folder, $"the folder cannot be read ({Reason(e)})"));
        }
        entries.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        return entries;
    }

    /// <summary>A folder's entries as the file system gives them, hidden ones (names starting with a dot) left out.</summary>
    public static IEnumerable<FileSystemInfo> ListFolder(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden, RecurseSubdirectories = false });

    private static bool IsFolder(FileSystemInfo entry, out bool isLink)
    {
        isLink = entry.LinkTarget is not null;
        if (entry is DirectoryInfo && !isLink) return true;
        // A link says what it points to only once resolved; a broken one is neither file nor folder and is left to the reader.
        return isLink && Directory.Exists(entry.FullName);
    }

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the path is too long to open",
        _ => e.Message,
    };
}
