using CrampSignals.Cramps;
using CrampSignals.Formats.Exports;

namespace CrampSignals.History.Sources;

/// <summary>One activity file to read, with what the export's index says of it when it says anything.</summary>
/// <param name="Id">The export's activity id, else the file's path inside the archive.</param>
/// <param name="File">The file.</param>
/// <param name="Export">The index's entry for it; null for a file no index lists (or not yet matched).</param>
/// <param name="MatchByStart">True for a Garmin upload named by no activity id: its summary is found by its start time once it is read.</param>
internal sealed record HistoryItem(string Id, SourceFile File, ExportActivity? Export, bool MatchByStart = false)
{
    /// <summary>The cramps the index entry's words tell of, read once: the plan counts the runs with cramps from them before any run is read.</summary>
    public IReadOnlyList<(CrampMention Mention, CrampSource Source)> Told { get; } = MentionMerge.Told(Export);
}
