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
    public static CohortStatisticsResult Compute(IEnumerable<CohortRunRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return ComputeRows(records.Select(r => r.ToStatisticsRow()));
    }

    internal static CohortStatisticsResult ComputeRows(IEnumerable<CohortRunRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        var notes = new List<string>();
        var runsWithCramps = list.Count(r => r.HasCramps);
        if (list.Count == 0) notes.Add("no runs");
        else if (runsWithCramps == 0) notes.Add("no run has a cramp: no odds ratio can be estimated");
        return new CohortStatisticsResult(
            list.Count,
            list.Select(r => r.RunnerId).Distinct(StringComparer.Ordinal).Count(),
            runsWithCramps,
            list.Sum(r => r.Cramps.IsDefault ? 0 : r.Cramps.Length),
            RunLevel.Associate(list),
            CaseCrossover.Analyse(list),
            TriggeredAverages.Compute(list),
            [.. notes]);
    }
}
