using System.Collections.Immutable;
using CrampSignals.Runs;
using CrampSignals.Signals;

namespace CrampSignals.Cohorts;

/// <summary>A file of a folder analysis that could not be read, and why.</summary>
/// <param name="Path">The file.</param>
/// <param name="Message">What was wrong with it.</param>
public sealed record FileFailure(string Path, string Message);

/// <summary>How one finding kind relates to cramps over many runs.</summary>
/// <param name="Kind">The finding kind.</param>
/// <param name="Runs">Runs with at least one such finding.</param>
/// <param name="RunsWithCramps">Of those, runs that also had a cramp.</param>
/// <param name="CrampsPreceded">Cramps with such a finding in their lookback window.</param>
/// <param name="ShareOfCrampsPreceded">That count over all cramps (0-1).</param>
/// <param name="OddsRatio">Odds of a cramp in runs with the finding over runs without it: the crude 2×2 estimate (0.5 added to every cell only when one is empty); null with no runs with a cramp, none without, or no runs on one side.</param>
/// <param name="MedianLeadTimeSeconds">Median time from the finding's start to the cramp, over the cramps it preceded.</param>
public sealed record FindingCrampStat(
    FindingKind Kind,
    int Runs,
    int RunsWithCramps,
    int CrampsPreceded,
    double ShareOfCrampsPreceded,
    double? OddsRatio,
    double? MedianLeadTimeSeconds);

/// <summary>
/// Many runs analysed together, by <see cref="CohortAnalyzer.AnalyzeMany(IEnumerable{string}, Cramps.CrampLog?, AnalysisOptions?, CohortOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>
/// (each run's report kept) or by <see cref="CohortAnalyzer.Map"/> and <see cref="CohortAnalyzer.Reduce"/> (only the runs' small
/// records kept): which findings most often came before cramps, the cohort statistics, and what was left out and why.
/// </summary>
/// <param name="Runs">Each readable run's report, in file order; empty when the runs were mapped to records only.</param>
/// <param name="Failures">Files that could not be read.</param>
/// <param name="RunsWithCramps">Runs with at least one matched cramp.</param>
/// <param name="Cramps">Cramps matched to a run, over all runs.</param>
/// <param name="Findings">Per finding kind, how it relates to cramps; the kinds that preceded most cramps first.</param>
/// <param name="WindowVsRun">Mean over all cramps of each "what the window before a cramp looked like against the run" ratio (an event-triggered average).</param>
public sealed record CohortReport(
    ImmutableArray<RunReport> Runs,
    ImmutableArray<FileFailure> Failures,
    int RunsWithCramps,
    int Cramps,
    ImmutableArray<FindingCrampStat> Findings,
    ImmutableSortedDictionary<string, double> WindowVsRun)
{
    /// <summary>What was wrong with the shared cramp log, or which of its cramps could not be placed in any run.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>Files left out because they hold a run already counted from another file (the same run exported twice).</summary>
    public ImmutableArray<DuplicateRun> Duplicates { get; init; } = [];

    /// <summary>
    /// Files read but not counted as runs, each with the reason that names its sport or file type ("a swimming activity, not
    /// a run", "a FIT settings file, not an activity"): swims, rides and other sports get no findings, and walks and hikes
    /// only when asked for (<see cref="AnalysisOptions.Include"/>, <see cref="CohortOptions.Include"/>).
    /// </summary>
    public ImmutableArray<FileFailure> Skipped { get; init; } = [];

    /// <summary>Each counted run's record (its cohort table rows), ordered by file.</summary>
    public ImmutableArray<CohortRunRecord> Records { get; init; } = [];

    /// <summary>The cohort statistics of the counted runs (crude, adjusted and mutually adjusted odds ratios, case-crossover, triggered averages).</summary>
    public CohortStatisticsResult? Statistics { get; init; }

    /// <summary>Files looked at (this shard's, when the work was split).</summary>
    public int Files { get; init; }

    /// <summary>Runs counted: one record each, also when their reports went to a sink instead of <see cref="Runs"/>.</summary>
    internal int RunCount => Records.IsEmpty ? Runs.Length : Records.Length;
}
