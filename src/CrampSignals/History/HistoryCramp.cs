using CrampSignals.Cramps;

namespace CrampSignals.History;

/// <summary>
/// One cramp of a runner's history, with where it was read: the words of a title, description or private note, a line of a
/// cramp log, or a marker recorded on the watch. A cramp whose moment the runner did not state has no time: none is invented.
/// </summary>
/// <param name="Source">Where it was read.</param>
/// <param name="Text">The words it was read from (the clause of a title or note; a log's note or line), so the runner can check it.</param>
/// <param name="TimeUtc">When it struck, UTC; null when no position was stated (or only "that night").</param>
/// <param name="ElapsedSeconds">When it struck, seconds after the run's start; null with <paramref name="TimeUtc"/>.</param>
/// <param name="Muscle">The muscle named, or null.</param>
/// <param name="AfterRun">True when it struck after the run ("after the finish", "that night", or a logged time past the run's end).</param>
public sealed record HistoryCramp(CrampSource Source, string Text, DateTime? TimeUtc, double? ElapsedSeconds, Muscle? Muscle, bool AfterRun)
{
    /// <summary>Two-letter code of the language the cramp was written in (en, de, fr, es, it, nl, pt); null for a log or a marker.</summary>
    public string? Language { get; init; }
}
