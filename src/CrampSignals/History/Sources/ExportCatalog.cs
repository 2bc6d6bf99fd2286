using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Formats.Exports;

namespace CrampSignals.History.Sources;

/// <summary>
/// What an archive or folder holds, before any activity file is read: the files to read with their index entries, the
/// activities the index alone settles (manual entries, other sports), and index lines that name files it does not hold.
/// </summary>
internal sealed class ExportCatalog
{
    private readonly List<HistoryItem> _items = [];
    private readonly List<SkippedActivity> _skipped = [];
    private readonly List<(string Path, string Reason)> _failures = [];
    private readonly List<string> _warnings = [];

    /// <summary>The layout the archive was read as.</summary>
    public ExportKind Kind { get; private init; }

    /// <summary>Files to read, in the index's order, then the files no index lists.</summary>
    public IReadOnlyList<HistoryItem> Items => _items;

    /// <summary>Activities settled from the index alone.</summary>
    public IReadOnlyList<SkippedActivity> Skipped => _skipped;

    /// <summary>Index lines naming a file the archive does not hold, and index files that cannot be read.</summary>
    public IReadOnlyList<(string Path, string Reason)> Failures => _failures;

    /// <summary>Lines of an index that could not be read.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Garmin summaries no file was matched to by id, for the files matched by start time as they are read.</summary>
    public GarminStarts? Garmin { get; private init; }

    /// <summary>Reads the index of <paramref name="tree"/> (if it has one) and lists what to read.</summary>
    public static ExportCatalog Read(ExportTree tree, IReadOnlySet<Sport> include, DateTime? since)
    {
        var kind = ExportLayout.Detect(tree.Files.Select(f => f.Path));
        var catalog = new ExportCatalog { Kind = kind, Garmin = kind == ExportKind.Garmin ? new GarminStarts() : null };
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (kind == ExportKind.Strava) catalog.ReadStrava(tree, include, since, used);
        else if (kind == ExportKind.Garmin) catalog.ReadGarmin(tree, include, since, used);
        foreach (var f in tree.Files)
            if (!used.Contains(f.Path) && FolderWalker.IsActivityFile(f.Path)) catalog._items.Add(new HistoryItem(f.Path, f, null, catalog.Garmin is not null));
        return catalog;
    }

    /// <summary>Why an activity of <paramref name="sport"/> (by the index's type) is not read, or null when its file is read.</summary>
    public static string? NotReadAs(Sport sport, IReadOnlySet<Sport> include) =>
        sport is Sport.Generic or Sport.Multisport || sport.IsRun(include) ? null
        : sport is Sport.Walking or Sport.Hiking ? $"{RunLegs.NotARun(sport)} (give --include {sport.ToString().ToLowerInvariant()} to count it)"
        : RunLegs.NotARun(sport);

    /// <summary>The reason for an activity that started before <c>--since</c>.</summary>
    public static string BeforeSince(DateTime since) => $"started before {since:yyyy-MM-dd} (--since)";

    private void ReadStrava(ExportTree tree, IReadOnlySet<Sport> include, DateTime? since, HashSet<string> used)
    {
        var index = tree.Files.First(f => ExportLayout.IsStravaIndex(f.Path));
        used.Add(index.Path);
        var folder = index.Path[..(index.Path.LastIndexOf('/') + 1)];
        var byPath = tree.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        IReadOnlyList<ExportActivity> activities;
        try
        {
            using var s = index.Open();
            (activities, var warnings) = StravaActivitiesCsv.Read(s, index.Shown);
            _warnings.AddRange(warnings.Select(w => w.ToString()));
        }
        catch (Exception e) when (e is InputFormatException or IOException)
        {
            _failures.Add((index.Shown, $"the export's index cannot be read ({e.Message}); its files are read without it"));
            return;
        }
        foreach (var a in activities)
        {
            var path = a.FileInArchive is string f ? folder + f : null;
            if (path is not null) used.Add(path);
            if (since is DateTime from && a.StartUtc < from) { _skipped.Add(new(a.Id, path, a.Sport, BeforeSince(from)) { TypeName = a.TypeName }); continue; }
            if (path is null) { _skipped.Add(new(a.Id, null, a.Sport, $"a manual entry ({a.TypeName ?? "no type"}): no file to read") { TypeName = a.TypeName }); continue; }
            if (NotReadAs(a.Sport, include) is string why) { _skipped.Add(new(a.Id, path, a.Sport, why) { TypeName = a.TypeName }); continue; }
            if (!byPath.TryGetValue(path, out var file))
            {
                _failures.Add(($"{tree.Argument}!/{path}", $"{index.Path} lists it for activity {a.Id}, but the export does not hold it"));
                continue;
            }
            _items.Add(new HistoryItem(a.Id, file, a));
        }
    }

    private void ReadGarmin(ExportTree tree, IReadOnlySet<Sport> include, DateTime? since, HashSet<string> used)
    {
        var summaries = new List<ExportActivity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var index in tree.Files.Where(f => ExportLayout.IsGarminSummary(f.Path)))
        {
            used.Add(index.Path);
            try
            {
                using var s = index.Open();
                var (read, warnings) = GarminSummaries.Read(s, index.Shown);
                _warnings.AddRange(warnings.Select(w => w.ToString()));
                summaries.AddRange(read.Where(a => seen.Add(a.Id)));
            }
            catch (Exception e) when (e is InputFormatException or IOException)
            {
                _failures.Add((index.Shown, $"the export's summaries cannot be read ({e.Message})"));
            }
        }
        var byId = new Dictionary<string, ExportActivity>(StringComparer.Ordinal);
        foreach (var a in summaries) byId.TryAdd(a.Id, a);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in tree.Files.Where(f => FolderWalker.IsActivityFile(f.Path)))
        {
            var hit = GarminFileMatcher.IdsIn(f.Path).Select(id => byId.GetValueOrDefault(id)).FirstOrDefault(a => a is not null && !taken.Contains(a.Id));
            if (hit is null) continue;
            taken.Add(hit.Id);
            used.Add(f.Path);
            var file = hit with { FileInArchive = f.Path };
            if (since is DateTime from && hit.StartUtc < from) _skipped.Add(new(hit.Id, f.Path, hit.Sport, BeforeSince(from)) { TypeName = hit.TypeName });
            else if (NotReadAs(hit.Sport, include) is string why) _skipped.Add(new(hit.Id, f.Path, hit.Sport, why) { TypeName = hit.TypeName });
            else _items.Add(new HistoryItem(hit.Id, f, file));
        }
        Garmin!.Add(summaries.Where(a => !taken.Contains(a.Id)));
    }
}
