namespace CrampSignals.Formats.Exports;

/// <summary>Summaries with the uploaded file each was matched to, and the files no summary took.</summary>
/// <param name="Activities">The summaries in their order, <see cref="ExportActivity.FileInArchive"/> set for those matched.</param>
/// <param name="UnmatchedFiles">Files matched to no summary, in the order given.</param>
/// <param name="MatchedByTime">How many files were matched by start time rather than by id.</param>
internal sealed record GarminMatch(IReadOnlyList<ExportActivity> Activities, IReadOnlyList<string> UnmatchedFiles, int MatchedByTime);

/// <summary>
/// Matches Garmin's summarized activities to the FIT files of <c>UploadedFiles_*.zip</c>. A file named after its activity
/// id (<c>12345678901.fit</c>, <c>name@example.com_12345678901.fit</c>) is matched by that id; one named after its upload
/// id is matched by start time: the summary starting nearest to the file's start, within <see cref="MaxStartGap"/>.
/// </summary>
internal static class GarminFileMatcher
{
    /// <summary>Furthest a file's start may be from its summary's: uploads and summaries agree to the second, a minute allows for rounding and clock repairs.</summary>
    public static readonly TimeSpan MaxStartGap = TimeSpan.FromSeconds(60);

    // Garmin's ids have 9 to 11 digits today; shorter runs of digits in a name are dates or counters, not ids.
    private const int MinIdDigits = 6;

    /// <summary>
    /// Matches <paramref name="files"/> to <paramref name="summaries"/>. <paramref name="startOf"/> reads a file's start
    /// (UTC; null when it has none) and is called only for files no id matched, since reading a file costs far more than its name.
    /// </summary>
    public static GarminMatch Match(IReadOnlyList<ExportActivity> summaries, IEnumerable<string> files, Func<string, DateTime?> startOf)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(startOf);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < summaries.Count; i++) byId.TryAdd(summaries[i].Id, i);
        var assigned = new string?[summaries.Count];
        var pending = new List<string>();
        var order = new List<string>();
        foreach (var file in files)
        {
            order.Add(file);
            var hit = IdsIn(file).Select(id => byId.TryGetValue(id, out var i) ? i : -1).FirstOrDefault(i => i >= 0 && assigned[i] is null, -1);
            if (hit >= 0) assigned[hit] = file;
            else pending.Add(file);
        }
        var byTime = 0;
        var unmatched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in pending)
        {
            var best = startOf(file) is DateTime start ? Nearest(summaries, start, i => assigned[i] is null) : -1;
            if (best >= 0) { assigned[best] = file; byTime++; }
            else unmatched.Add(file);
        }
        var activities = summaries.Select((s, i) => assigned[i] is string f ? s with { FileInArchive = f } : s).ToArray();
        return new GarminMatch(activities, [.. order.Where(unmatched.Contains)], byTime);
    }

    /// <summary>The index of the summary among those <paramref name="open"/> allows that started nearest to <paramref name="start"/>, within <see cref="MaxStartGap"/>; -1 when none did.</summary>
    public static int Nearest(IReadOnlyList<ExportActivity> summaries, DateTime start, Func<int, bool> open)
    {
        var best = -1;
        var bestGap = TimeSpan.MaxValue;
        for (var i = 0; i < summaries.Count; i++)
        {
            if (!open(i) || summaries[i].StartUtc is not DateTime s) continue;
            var gap = (s - start).Duration();
            if (gap <= MaxStartGap && gap < bestGap) (best, bestGap) = (i, gap);
        }
        return best;
    }

    /// <summary>The runs of digits in the file's name (folders left out; extensions such as .fit and .gz hold no digits, and an e-mail address in the name may hold dots) long enough to be an id.</summary>
    public static IEnumerable<string> IdsIn(string file)
    {
        var name = file.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var digit = i < name.Length && char.IsAsciiDigit(name[i]);
            if (digit && start < 0) start = i;
            else if (!digit && start >= 0)
            {
                if (i - start >= MinIdDigits) yield return name[start..i];
                start = -1;
            }
        }
    }
}
