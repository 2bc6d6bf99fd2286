using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Runs;
using CrampSignals.Signals;
using Microsoft.Data.Analysis;
using CrampSignals.Weather;

namespace CrampSignals.Cohorts;

/// <summary>How a batch of runs is analysed: by <see cref="CohortAnalyzer.AnalyzeMany(IEnumerable{string}, CrampLog?, Runs.AnalysisOptions?, CohortOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/> (each run's report) or by <see cref="CohortAnalyzer.Map"/> (each run's records).</summary>
public sealed record CohortOptions
{
    /// <summary>The defaults.</summary>
    public static CohortOptions Default { get; } = new();

    /// <summary>Keep each run's samples in its report (for charts); off by default so a year of runs fits in memory.</summary>
    public bool KeepSamples { get; init; }

    /// <summary>Finds the cramp log that belongs to one file (e.g. a side-car file next to it); its entries join the shared log's for that run.</summary>
    public Func<string, CrampLog?>? CrampLogFor { get; init; }

    /// <summary>
    /// Finds the weather that belongs to one file (e.g. a side-car file next to it, <see cref="Runs.SideCarFiles.WeatherFor"/>); when it gives
    /// one, that run uses it instead of <see cref="Runs.AnalysisOptions.Weather"/>.
    /// </summary>
    public Func<string, WeatherSeries?>? WeatherFor { get; init; }

    /// <summary>
    /// Told each run's report as soon as it and the runs before it are made, in file order and one at a time, by
    /// <see cref="CohortAnalyzer.AnalyzeMany(IEnumerable{string}, CrampLog?, Runs.AnalysisOptions?, CohortOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>,
    /// which then keeps none of them (<see cref="CohortReport.Runs"/> is empty; the records and statistics are whole): write each
    /// run out here and memory does not grow with the number of runs.
    /// </summary>
    public Action<RunReport>? RunSink { get; init; }

    /// <summary>How many files to analyse at once; 0 for one per processor.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>
    /// Go into folders reached through symbolic links (each folder once, by device and inode, so a link loop cannot make the
    /// walk endless); off by default, when such links are counted and named in the warnings instead.
    /// </summary>
    public bool FollowLinks { get; init; }

    /// <summary>What names the runner of each run in <see cref="CohortAnalyzer.Map"/>; the first folder level by default.</summary>
    public RunnerSource RunnerFrom { get; init; } = RunnerSource.Folder;

    /// <summary>A cramp log over every run in <see cref="CohortAnalyzer.Map"/>, split over the runs by time like a folder's <c>cramps.csv</c>.</summary>
    public CrampLog? Cramps { get; init; }

    /// <summary>Weather for every run in <see cref="CohortAnalyzer.Map"/>; a run's side-car weather file wins.</summary>
    public WeatherSeries? Weather { get; init; }

    /// <summary>
    /// Sports counted as runs in <see cref="CohortAnalyzer.Map"/> besides running (trail, track, treadmill and virtual runs
    /// included): walking and hiking when asked for. Other files are listed in <see cref="CohortReport.Skipped"/>.
    /// </summary>
    public IReadOnlySet<Sport> Include { get; init; } = ImmutableHashSet<Sport>.Empty;

    /// <summary>The thresholds of the signal pass in <see cref="CohortAnalyzer.Map"/>.</summary>
    public SignalOptions Signals { get; init; } = SignalOptions.Default;

    /// <summary>This shard, from 1 to <see cref="Shards"/>: <see cref="CohortAnalyzer.Map"/> analyses only the files whose path hash falls in it.</summary>
    public int Shard { get; init; } = 1;

    /// <summary>How many shards the files are split into (1 to 65,536).</summary>
    public int Shards { get; init; } = 1;

    /// <summary>
    /// Told each run's 1 Hz signal track while it is still in memory (columns <c>t_s</c>, <c>time_utc</c>, <c>speed_mps</c>,
    /// <c>grade_adjusted_speed_mps</c>, <c>grade</c>, <c>distance_m</c>, <c>altitude_m</c>, <c>cadence_spm</c>,
    /// <c>heart_rate_bpm</c>, <c>temperature_c</c>, <c>moving</c>, <c>running</c>); called from several workers at once.
    /// </summary>
    public Action<CohortRunRecord, DataFrame>? TrackSink { get; init; }

    /// <summary>
    /// Told each run's record by <see cref="CohortAnalyzer.Map"/> as soon as it and the records before it are made, in file
    /// order and one at a time: write the cohort's tables here as the runs finish. The report then keeps each record without
    /// its findings' evidence and summary text (<see cref="CohortFindingRecord.Evidence"/> and
    /// <see cref="CohortFindingRecord.Summary"/> are empty; the statistics never read them), so a run held for the
    /// statistics costs a few hundred bytes instead of a few kilobytes.
    /// </summary>
    public Action<CohortRunRecord>? RecordSink { get; init; }

    /// <summary>Throws when the shard is out of range.</summary>
    internal void Validate()
    {
        if (Shards < 1 || Shards > 65536 || Shard < 1 || Shard > Shards)
            throw new ArgumentException($"shard {Shard}/{Shards}: give K/N with 1 <= K <= N <= 65536");
    }
}

/// <summary>Progress of a folder analysis.</summary>
/// <param name="Done">Files finished, read or not.</param>
/// <param name="Total">Files in all.</param>
/// <param name="Path">The file just finished.</param>
public readonly record struct AnalysisProgress(int Done, int Total, string Path);
