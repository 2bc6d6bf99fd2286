using CrampSignals.Formats.Exports;

namespace CrampSignals.History.Sources;

/// <summary>
/// Garmin summaries not yet matched to a file: an upload named by no activity id takes the summary that started nearest to
/// it within <see cref="GarminFileMatcher.MaxStartGap"/>, once read. Workers ask from several threads, so it locks.
/// </summary>
internal sealed class GarminStarts
{
    private readonly List<ExportActivity> _open = [];

    /// <summary>Adds summaries to match.</summary>
    public void Add(IEnumerable<ExportActivity> summaries)
    {
        lock (_open) _open.AddRange(summaries);
    }

    /// <summary>The summary starting nearest to <paramref name="start"/> within the gap, taken so no other file gets it; null when none.</summary>
    public ExportActivity? Claim(DateTime? start)
    {
        if (start is not DateTime at) return null;
        lock (_open)
        {
            var best = GarminFileMatcher.Nearest(_open, at, _ => true);
            if (best < 0) return null;
            var hit = _open[best];
            _open.RemoveAt(best);
            return hit;
        }
    }

    /// <summary>The summaries no file took, in their order.</summary>
    public IReadOnlyList<ExportActivity> Unclaimed()
    {
        lock (_open) return [.. _open];
    }
}
