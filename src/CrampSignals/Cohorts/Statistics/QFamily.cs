using System.Collections.Immutable;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// One Benjamini-Hochberg family over every p-value the cohort statistics report (run-level crude, Mantel-Haenszel, adjusted and
/// mutual; time-to-event alone and mutual; case-crossover; after-run), so every printed p has its q and a reader who scans any
/// of the tables is corrected for all of them.
/// </summary>
internal static class QFamily
{
    public static CohortStatisticsResult Apply(CohortStatisticsResult result)
    {
        var p = new List<double>();
        void Collect(double? value) { if (value is double v) p.Add(v); }
        foreach (var a in result.Associations.Concat(result.AfterRun)) { Collect(a.Crude.PValue); Collect(a.MantelHaenszel.PValue); Collect(a.Adjusted.PValue); Collect(a.MutuallyAdjusted.PValue); }
        foreach (var c in result.CaseCrossover) Collect(c.Estimate.PValue);
        foreach (var t in result.TimeToEvent) { Collect(t.Alone.PValue); Collect(t.Mutual.PValue); }
        var q = BenjaminiHochberg.QValues(p);
        var next = 0;
        double? Take(double? value) => value is null ? null : q[next++];
        OddsRatioEstimate Odds(OddsRatioEstimate e) => e with { QValue = Take(e.PValue) };
        HazardRatioEstimate Hazard(HazardRatioEstimate e) => e with { QValue = Take(e.PValue) };
        // Initialisers run in the order written, which is the order the p-values were collected in.
        KindAssociation Association(KindAssociation a) =>
            a with { Crude = Odds(a.Crude), MantelHaenszel = Odds(a.MantelHaenszel), Adjusted = Odds(a.Adjusted), MutuallyAdjusted = Odds(a.MutuallyAdjusted) };
        var associations = result.Associations.Select(Association).ToImmutableArray();
        var afterRun = result.AfterRun.Select(Association).ToImmutableArray();
        var caseCrossover = result.CaseCrossover.Select(c => c with { Estimate = Odds(c.Estimate) }).ToImmutableArray();
        var timeToEvent = result.TimeToEvent.Select(t => t with { Alone = Hazard(t.Alone), Mutual = Hazard(t.Mutual) }).ToImmutableArray();
        return result with { Associations = associations, AfterRun = afterRun, CaseCrossover = caseCrossover, TimeToEvent = timeToEvent };
    }
}
