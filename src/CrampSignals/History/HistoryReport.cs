using System.Collections.Immutable;
using CrampSignals.Cohorts;
using CrampSignals.Advice;
using CrampSignals.Runs;

namespace CrampSignals.History;

/// <summary>
/// A runner's history read from their archive: every run with its findings and cramps, every other activity with why it was
/// not counted, and what came with their cramps over the years against their runs without.
/// </summary>
public sealed record HistoryReport
{
    /// <summary>Activities found: counted runs, duplicates, skipped activities and failures.</summary>
    public int Activities { get; init; }

    /// <summary>The runs counted, oldest first.</summary>
    public ImmutableArray<HistoryRun> Runs { get; init; } = [];

    /// <summary>Activities not counted as runs, each with its sport and the reason.</summary>
    public ImmutableArray<SkippedActivity> Skipped { get; init; } = [];

    /// <summary>Files or entries that could not be read, each with the reason.</summary>
    public ImmutableArray<FileFailure> Failures { get; init; } = [];

    /// <summary>The same run found twice (a FIT and its GPX, or one run in two exports): counted once, from the file kept.</summary>
    public ImmutableArray<DuplicateRun> Duplicates { get; init; } = [];

    /// <summary>Each counted run's rows, as a cohort's tables hold them (its runner is <see cref="Runner"/>).</summary>
    public ImmutableArray<CohortRunRecord> Records { get; init; } = [];

    /// <summary>The statistics <c>cohort</c> computes, over the one runner's runs.</summary>
    public required CohortStatisticsResult Statistics { get; init; }

    /// <summary>Runs grouped by season, temperature, length, time of day and race, each against the other runs.</summary>
    public ImmutableArray<HistoryPattern> Patterns { get; init; } = [];

    /// <summary>The article's rules that answer a finding, strongest personal evidence first.</summary>
    public ImmutableArray<RankedAdvice> Advice { get; init; } = [];

    /// <summary>What the reader noted on the way: index lines that could not be read, cramps that could not be placed.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>The units the report is written in (from <see cref="AnalysisOptions.Units"/>).</summary>
    public UnitSystem Units { get; init; }

    /// <summary>Runs with at least one cramp.</summary>
    public int RunsWithCramps => Runs.Count(r => r.HasCramps);

    /// <summary>Cramps over all runs.</summary>
    public int Cramps => Runs.Sum(r => r.Cramps.Length);

    /// <summary>The runner id the history's records carry.</summary>
    public const string Runner = "me";
}
