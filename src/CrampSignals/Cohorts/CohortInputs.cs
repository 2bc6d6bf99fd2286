using System.Text;
using CrampSignals.Formats;

namespace CrampSignals.Cohorts;

/// <summary>One activity file of a cohort: where it is, the name it goes by in the tables, and its folder's runner.</summary>
/// <param name="Path">Where the file is on this machine.</param>
/// <param name="Id">Its path relative to the argument it was found under (with '/'), the same on every machine: names the run and decides its shard.</param>
/// <param name="FolderRunner">The first folder level under the folder given, or the folder's own name for files directly in it.</param>
/// <param name="Argument">Which argument (0-based) it was found under.</param>
/// <param name="Relative">Its path relative to that argument.</param>
internal sealed record CohortFile(string Path, string Id, string FolderRunner, int Argument, string Relative);

/// <summary>A folder's cramp log and the files it covers: those in its folder and below.</summary>
/// <param name="Path">Where the log is.</param>
/// <param name="Name">How warnings name it: its path relative to the argument, prefixed like the runs' ids.</param>
/// <param name="Argument">The argument it was found under.</param>
/// <param name="Folder">Its folder relative to the argument, with '/', empty for the argument itself.</param>
internal sealed record FolderCrampLog(string Path, string Name, int Argument, string Folder)
{
    /// <summary>True when <paramref name="file"/> is in this log's folder or below.</summary>
    public bool Covers(CohortFile file) =>
        file.Argument == Argument && (Folder.Length == 0 || file.Relative.StartsWith(Folder + "/", StringComparison.Ordinal));
}

/// <summary>Everything the walk over a cohort's arguments found: files, folder cramp logs, what failed, and notes.</summary>
internal sealed record CohortInputSet(IReadOnlyList<CohortFile> Files, IReadOnlyList<FolderCrampLog> FolderLogs, IReadOnlyList<FileFailure> Failures, IReadOnlyList<string> Notes);

/// <summary>Expands the paths of a cohort into its files, and splits them into shards by a hash of their ids.</summary>
internal static class CohortInputs
{
    /// <summary>
    /// Every activity file under <paramref name="paths"/> (see <see cref="FolderWalker"/>), ordered by <see cref="CohortFile.Id"/>.
    /// With one argument an id is the path relative to it; with several, it starts with the argument's name, and with the
    /// argument's position too ("cohort#2/r01/run.fit") when two arguments share a name, so no run is ever lost to a clash.
    /// </summary>
    /// <exception cref="ArgumentException">Two runs would still go by one id (an argument literally named like another's label).</exception>
    public static CohortInputSet Find(IReadOnlyList<string> paths, bool followLinks = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var labels = Labels(paths);
        var walker = new FolderWalker(followLinks, cancellationToken);
        var files = new List<CohortFile>();
        var logs = new List<FolderCrampLog>();
        foreach (var walked in walker.Walk(paths))
        {
            var a = walked.Argument;
            var isFolder = Directory.Exists(paths[a]);
            var id = paths.Count == 1 ? walked.Relative : isFolder ? labels[a] + "/" + walked.Relative : labels[a];
            if (walked.Kind == WalkedKind.FolderCrampLog)
            {
                var slash = walked.Relative.LastIndexOf('/');
                logs.Add(new FolderCrampLog(walked.Path, id, a, slash < 0 ? string.Empty : walked.Relative[..slash]));
                continue;
            }
            var firstSlash = walked.Relative.IndexOf('/', StringComparison.Ordinal);
            var runner = !isFolder ? NameOf(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(paths[a])) ?? paths[a])
                : firstSlash > 0 ? walked.Relative[..firstSlash] : labels[a];
            files.Add(new CohortFile(walked.Path, id, runner, a, isFolder ? walked.Relative : string.Empty));
        }
        var clash = files.GroupBy(f => f.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new ArgumentException($"two runs would both be named {clash.Key} ({string.Join(" and ", clash.Select(f => f.Path))}): give the folders under names that differ");
        return new CohortInputSet(
            [.. files.OrderBy(f => f.Id, StringComparer.Ordinal)],
            logs,
            [.. walker.Failures.Select(f => new FileFailure(f.Path, $"{f.Path}: {f.Reason}"))],
            walker.Notes);
    }

    /// <summary>Each argument's name in ids: its own name, with its 1-based position when another argument has the same name.</summary>
    private static string[] Labels(IReadOnlyList<string> paths)
    {
        var names = paths.Select(p => NameOf(System.IO.Path.GetFullPath(p))).ToArray();
        return [.. names.Select((n, i) => names.Count(m => m == n) > 1 ? $"{n}#{i + 1}" : n)];
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
