using CrampSignals.Cramps;
using CrampSignals.Runs;

namespace CrampSignals.History;

/// <summary>How <see cref="HistoryAnalyzer.Analyze"/> reads a runner's archive.</summary>
public sealed record HistoryOptions
{
    /// <summary>The defaults.</summary>
    public static HistoryOptions Default { get; } = new();

    /// <summary>Weather, thresholds, and the sports counted as runs besides running (<see cref="AnalysisOptions.Include"/>: walking, hiking).</summary>
    public AnalysisOptions Analysis { get; init; } = AnalysisOptions.Default;

    /// <summary>A cramp log over the whole history: each entry with a clock time goes to the run it struck in (or within the window after it).</summary>
    public CrampLog? Cramps { get; init; }

    /// <summary>Read cramps marked on the watch (FIT user markers, GPX waypoints named as a cramp); off by default, since a marker can mean anything.</summary>
    public bool CrampMarkers { get; init; }

    /// <summary>Leave out activities that started before this time (UTC); they are listed as skipped.</summary>
    public DateTime? Since { get; init; }

    /// <summary>How many runs to analyse at once; 0 for one per processor.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>Go into folders reached through symbolic links.</summary>
    public bool FollowLinks { get; init; }

    /// <summary>
    /// Told each run with a cramp as soon as it is analysed, with its full report (samples included), one at a time: write
    /// its page here. A run told here may still turn out a duplicate of another (<see cref="HistoryReport.Duplicates"/>).
    /// </summary>
    public Action<HistoryRun, RunReport>? CrampRunSink { get; init; }

    /// <summary>
    /// Metres of every route hidden at its start and its end in the reports given to <see cref="CrampRunSink"/> (pages written
    /// for sharing), like a service's privacy zones; 0 (the default) hides nothing. The analysis itself uses every position.
    /// </summary>
    public double PrivacyRadiusMeters { get; init; }
}
