namespace CrampSignals.Formats;

/// <summary>Expands paths into the activity files to read: files as given, folders searched recursively for .fit, .gpx, .tcx and .gz.</summary>
internal static class ActivityFileFinder
{
    /// <summary>The file name endings a folder search picks up (case-insensitive).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".fit", ".gpx", ".tcx", ".gz"];

    /// <summary>
    /// The files under <paramref name="paths"/>, in the order given, each folder's files sorted by path; a path that is neither
    /// file nor folder is kept so that reading it reports it by name.
    /// </summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden })
                    .Where(IsActivityFile)
                    .Order(StringComparer.Ordinal);
                foreach (var f in files) if (seen.Add(Path.GetFullPath(f))) result.Add(f);
            }
            else if (seen.Add(Path.GetFullPath(path))) result.Add(path);
        }
        return result;
    }

    /// <summary>True when the file name ends in one of <see cref="Extensions"/>.</summary>
    public static bool IsActivityFile(string path) =>
        Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
