using System.Collections.Immutable;
using CrampSignals.Analysis;
using CrampSignals.Signals;

namespace CrampSignals.Export.Cohorts;

/// <summary>A cohort's statistics, and what was left out of it and why.</summary>
/// <param name="Statistics">Counts, associations, case-crossover and triggered averages.</param>
/// <param name="Duplicates">Files left out as another file's twin.</param>
/// <param name="Failures">Files that could not be read.</param>
/// <param name="Warnings">Cramp-log, runner and shard notes.</param>
internal sealed record CohortStudyResult(
    CohortStatisticsResult Statistics,
    ImmutableArray<DuplicateRun> Duplicates,
    ImmutableArray<FileFailure> Failures,
    ImmutableArray<string> Warnings)
{
    /// <summary>The result as JSON (see docs/schemas/cohort.schema.json).</summary>
    public string ToJson() => CohortJsonWriter.ToJson(this);

    /// <summary>The result as text for people: rounded tables.</summary>
    public string ToText() => CohortTextWriter.ToText(this);

    /// <summary>The result as a self-contained HTML page: a forest plot of the adjusted odds ratios and the triggered averages.</summary>
    public string ToHtml() => CohortHtmlWriter.ToHtml(this);
}
