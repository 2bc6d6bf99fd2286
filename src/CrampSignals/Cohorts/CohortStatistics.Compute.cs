using CrampSignals.Cohorts.Statistics;

namespace CrampSignals.Cohorts;

public static partial class CohortStatistics
{
    /// <summary>
    /// The cohort statistics of the runs (one record per run, twins already removed): per finding kind the crude
    /// odds ratio of a cramp, the odds ratio adjusted for runner and run length (conditional logistic regression grouped
    /// by runner, and Mantel-Haenszel over runner × duration-band strata), the mutually adjusted one, Benjamini-Hochberg
    /// q-values across kinds; the case-crossover estimate for findings in the 20 minutes before each cramp; and the
    /// channels' average course before a cramp. Where the data cannot support a number there is none, and a note says why.
    /// </summary>
    /// <param name="records">One record per run, twins already removed; made live by <see cref="CohortAnalyzer"/> or read back from a cohort's tables.</param>
    public static CohortStatisticsResult Compute(IEnumerable<CohortRunRecord> records) => Compute(records, Exposures.DefaultWindowMinutes);

    /// <summary>As <see cref="Compute(IEnumerable{CohortRunRecord})"/>, with transient findings exposing a run for <paramref name="triggerWindowMinutes"/> after they end.</summary>
    /// <param name="records">One record per run, twins already removed.</param>
    /// <param name="triggerWindowMinutes">The trigger window W of the time-to-event analysis, 1 to 240 minutes.</param>
    public static CohortStatisticsResult Compute(IEnumerable<CohortRunRecord> records, int triggerWindowMinutes)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(triggerWindowMinutes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(triggerWindowMinutes, 240);
        return ComputeRows(records.Select(r => r.ToStatisticsRow()), triggerWindowMinutes);
    }

    internal static CohortStatisticsResult ComputeRows(IEnumerable<CohortRunRow> rows, int triggerWindowMinutes = Exposures.DefaultWindowMinutes)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        var notes = new List<string>();
        var runsWithCramps = list.Count(r => r.HasCramps);
        if (list.Count == 0) notes.Add("no runs");
        else if (runsWithCramps == 0) notes.Add("no run has a cramp: no odds ratio can be estimated");
        var (timeToEvent, events) = TimeToEvent.Analyse(list, triggerWindowMinutes);
        var afterRunCases = list.Count(r => r.HasAfterRunCramp);
        var afterRun = afterRunCases == 0 ? [] : RunLevel.Associate(list, r => r.HasAfterRunCramp, Exposures.AfterRunKinds);
        return QFamily.Apply(new CohortStatisticsResult(
            list.Count,
            list.Select(r => r.RunnerId).Distinct(StringComparer.Ordinal).Count(),
            runsWithCramps,
            list.Sum(r => r.Cramps.IsDefault ? 0 : r.Cramps.Length),
            RunLevel.Associate(list),
            CaseCrossover.Analyse(list),
            TriggeredAverages.Compute(list),
            [.. notes])
        {
            TimeToEvent = timeToEvent,
            InRunEvents = events,
            TriggerWindowMinutes = triggerWindowMinutes,
            AfterRun = afterRun,
            RunsWithAfterRunCramps = afterRunCases,
            CausalGraph = [.. CausalGraph.Edges],
        });
    }
}
