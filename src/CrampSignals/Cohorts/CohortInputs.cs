using System.Text;
using CrampSignals.Runs;

using CrampSignals.Formats;
namespace CrampSignals.Cohorts;

/// <summary>One activity file of a cohort: where it is, the name it goes by in the tables, and its folder's runner.</summary>
/// <param name="Path">Where the file is on this machine.</param>
/// <param name="Id">Its path relative to the folder given (with '/'), the same on every machine: names the run and decides its shard.</param>
/// <param name="FolderRunner">The first folder level under the folder given, or the folder's own name for files directly in it.</param>
/// <param name="Root">The folder given (or the file's own folder when a file was given).</param>
internal sealed record CohortFile(string Path, string Id, string FolderRunner, string Root);

/// <summary>Expands the paths of a cohort into its files, and splits them into shards by a hash of their relative paths.</summary>
internal static class CohortInputs
{
    /// <summary>
    /// Every activity file under <paramref name="paths"/>, ordered by <see cref="CohortFile.Id"/>. With several folders given, each
    /// id starts with its folder's name so that two folders' "r01/run.fit" stay apart.
    /// </summary>
    public static IReadOnlyList<CohortFile> Find(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var prefix = paths.Count > 1;
        var files = new List<CohortFile>();
        foreach (var given in paths)
        {
            if (Directory.Exists(given))
            {
                var root = System.IO.Path.GetFullPath(given);
                var rootName = NameOf(root);
                foreach (var file in ActivityFileFinder.Find([given]))
                {
                    var relative = System.IO.Path.GetRelativePath(root, System.IO.Path.GetFullPath(file)).Replace('\\', '/');
                    var slash = relative.IndexOf('/', StringComparison.Ordinal);
                    var runner = slash > 0 ? relative[..slash] : rootName;
                    files.Add(new CohortFile(file, prefix ? rootName + "/" + relative : relative, runner, root));
                }
            }
            else
            {
                var full = System.IO.Path.GetFullPath(given);
                var folder = System.IO.Path.GetDirectoryName(full) ?? full;
                files.Add(new CohortFile(given, System.IO.Path.GetFileName(full), NameOf(folder), folder));
            }
        }
        return [.. files.DistinctBy(f => f.Id, StringComparer.Ordinal).OrderBy(f => f.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The shard (0-based) of a run named <paramref name="id"/> among <paramref name="shards"/>: 64-bit FNV-1a of its UTF-8 bytes,
    /// so every machine and every run of the tool agrees (unlike <see cref="string.GetHashCode()"/>, which is randomised per process).
    /// </summary>
    public static int ShardOf(string id, int shards)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return (int)(hash % (ulong)shards);
    }

    private static string NameOf(string folder)
    {
        var name = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(folder));
        return string.IsNullOrEmpty(name) ? "runner" : name;
    }
}
