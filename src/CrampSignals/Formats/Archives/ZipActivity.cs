using CrampSignals.Activities;

namespace CrampSignals.Formats.Archives;

/// <summary>Loads the one activity a zip archive holds (Garmin's "export original" of one run).</summary>
internal static class ZipActivity
{
    private const int FailuresNamed = 10;

    /// <summary>
    /// Loads the archive's single activity entry with <paramref name="loadEntry"/>; entries that could not be read are
    /// warnings of the activity. An archive with no activity or several is refused, saying what it holds.
    /// </summary>
    /// <exception cref="InputFormatException">The archive is damaged, or holds no activity file or more than one.</exception>
    public static Activity Load(ReadOnlyMemory<byte> zip, string fileName, ZipLimits limits, Func<ReadOnlyMemory<byte>, string, Activity> loadEntry)
    {
        var walker = new ZipArchiveWalker(limits);
        var activities = 0;
        (ReadOnlyMemory<byte> Content, string Name)? first = null;
        foreach (var entry in walker.Walk(zip, fileName))
        {
            // Only the first is decoded; the others are counted from their first bytes, to say how many there are.
            if (++activities == 1 && entry.Read() is ReadOnlyMemory<byte> content) first = (content, entry.Name);
        }
        if (activities > 1)
            throw new InputFormatException(fileName,
                $"the zip archive holds {activities} activity files; only an archive of one is read as an activity (extract it, or give the files one at a time){Listed(walker)}");
        if (first is not { } one)
            throw new InputFormatException(fileName,
                $"the zip archive holds no FIT, GPX or TCX file ({walker.EntriesSeen} entries, {walker.Ignored} of other kinds){Listed(walker)}");
        var activity = loadEntry(one.Content, one.Name);
        if (walker.Failures.Count == 0) return activity;
        return activity with
        {
            Warnings = activity.Warnings.AddRange(walker.Failures.Select(f => new ParseWarning($"zip entry not read: {f}"))),
        };
    }

    private static string Listed(ZipArchiveWalker walker)
    {
        if (walker.Failures.Count == 0) return "";
        var named = string.Join("; ", walker.Failures.Take(FailuresNamed));
        var more = walker.Failures.Count > FailuresNamed ? $"; and {walker.Failures.Count - FailuresNamed} more" : "";
        return $"; entries not read: {named}{more}";
    }
}
