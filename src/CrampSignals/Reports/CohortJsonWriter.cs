using System.Text.Json;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Reports.Json;
using CrampSignals.Signals;

namespace CrampSignals.Reports;

/// <summary>
/// Writes a cohort study as JSON (<see cref="CohortJson"/>, docs/schemas/cohort.schema.json). Odds ratios and intervals are
/// rounded to 3 decimals, p- and q-values to 3 significant digits: more digits than the data can carry would only mislead. No
/// number is written where the statistics gave none; a <c>note</c> says why.
/// </summary>
internal static class CohortJsonWriter
{
    public static string ToJson(CohortReport result) =>
        JsonText.Render(w => JsonSerializer.Serialize(w, Model(result), ReportJsonContext.Default.CohortJson), indented: true);

    internal static CohortJson Model(CohortReport result)
    {
        var s = result.Statistics ?? CohortStatistics.Compute([]);
        return new CohortJson(
            s.Runs, s.Runners, s.RunsWithCramps, s.Cramps,
            [.. result.Duplicates.Select(d => new DuplicateJson(d.Kept, d.Dropped))],
            [.. result.Failures.Select(f => new CohortFailureJson(f.Path, f.Message))],
            Associations(s),
            [.. s.CaseCrossover.Select(CaseCrossover)],
            [.. s.TriggeredAverages.Select(t => new TriggeredAverageJson(t.Channel, t.OffsetSeconds, t.Cramps,
                [.. t.Mean.Select(v => Round(v, 4))], [.. t.Ci95Low.Select(v => Round(v, 4))], [.. t.Ci95High.Select(v => Round(v, 4))]))],
            s.Notes, result.Warnings, Disclaimer.Text)
        {
            Skipped = [.. result.Skipped.Select(f => new CohortFailureJson(f.Path, f.Message))],
            InRunEvents = s.InRunEvents,
            TimeToEvent = TimeToEvent(s),
            RunsWithAfterRunCramps = s.RunsWithAfterRunCramps,
            AfterRun = AfterRun(s),
            CausalGraph = CausalGraph(s),
        };
    }

    /// <summary>The time-to-event rows, as <c>cohort</c> and <c>history</c> write them.</summary>
    internal static IReadOnlyList<TimeToEventJson> TimeToEvent(CohortStatisticsResult s) => [.. s.TimeToEvent.Select(t =>
    {
        var (hr, ci, p) = Core(t.Alone.HazardRatio, t.Alone.Ci95Low, t.Alone.Ci95High, t.Alone.PValue);
        return new TimeToEventJson(t.Kind.ToId(), t.Exposure, t.WindowMinutes, t.Events, t.ExposedEvents, t.RunsExposed, hr, ci, p,
            Significant(t.Alone.QValue), Bound(t.Alone.BoundLower, t.Alone.BoundUpper), Hazard(t.Mutual), t.Alone.AdjustedFor.IsDefault ? [] : t.Alone.AdjustedFor,
            t.Alone.Method, t.Alone.Note, t.ProportionalHazardsNote);
    })];

    /// <summary>The after-run associations, as <c>cohort</c> and <c>history</c> write them.</summary>
    internal static IReadOnlyList<AssociationJson> AfterRun(CohortStatisticsResult s) => Associations(s.AfterRun);

    /// <summary>The causal graph as [cause, consequence] id pairs.</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> CausalGraph(CohortStatisticsResult s) =>
        [.. s.CausalGraph.Select(e => (IReadOnlyList<string>)[e.Cause.ToId(), e.Effect.ToId()])];

    private static HazardJson Hazard(HazardRatioEstimate e)
    {
        var (hr, ci, p) = Core(e.HazardRatio, e.Ci95Low, e.Ci95High, e.PValue);
        return new HazardJson(hr, ci, p, Significant(e.QValue), Bound(e.BoundLower, e.BoundUpper), e.AdjustedFor.IsDefault ? [] : e.AdjustedFor, e.Method, e.Note);
    }

    private static BoundJson? Bound(double? lower, double? upper) =>
        lower is null && upper is null ? null : new BoundJson(Round(lower, 3), Round(upper, 3));

    /// <summary>The run-level associations, kind by kind, as <c>cohort</c> and <c>history</c> write them.</summary>
    internal static IReadOnlyList<AssociationJson> Associations(CohortStatisticsResult s) => Associations(s.Associations);

    private static IReadOnlyList<AssociationJson> Associations(IEnumerable<KindAssociation> associations) =>
        [.. associations.Select(a => new AssociationJson(a.Kind.ToId(), a.RunsWith, a.RunsWithCramps,
            Estimate(a.Crude), Estimate(a.Adjusted), Estimate(a.MantelHaenszel), Estimate(a.MutuallyAdjusted)))];

    /// <summary>The case-crossover estimates, as <c>cohort</c> and <c>history</c> write them.</summary>
    internal static IReadOnlyList<CaseCrossoverJson> CaseCrossovers(CohortStatisticsResult s) => [.. s.CaseCrossover.Select(CaseCrossover)];

    internal static EstimateJson Estimate(OddsRatioEstimate e)
    {
        var (or, ci, p) = Core(e);
        return new EstimateJson(or, ci, p, e.Method, e.Note, Significant(e.QValue),
            e.AdjustedFor.IsDefaultOrEmpty ? null : e.AdjustedFor) { Bound = Bound(e.BoundLower, e.BoundUpper) };
    }

    private static CaseCrossoverJson CaseCrossover(CaseCrossoverResult c)
    {
        var (or, ci, p) = Core(c.Estimate);
        return new CaseCrossoverJson(c.Kind.ToId(), c.Referents, c.HazardMinutes, c.Cases, or, ci, p, c.Estimate.Method, c.Estimate.Note)
        {
            QValue = Significant(c.Estimate.QValue),
            Bound = Bound(c.Estimate.BoundLower, c.Estimate.BoundUpper),
        };
    }

    /// <summary>The odds ratio, its interval (null ends where unbounded) and p; all null when there is no estimate.</summary>
    private static (double? OddsRatio, double?[]? Ci95, double? PValue) Core(OddsRatioEstimate e) => Core(e.OddsRatio, e.Ci95Low, e.Ci95High, e.PValue);

    /// <summary>
    /// A ratio, its interval (null ends where unbounded) and p; without a ratio, the p alone when there is one (the likelihood-ratio
    /// p of an estimate that runs to 0 or infinity keeps its place in the record).
    /// </summary>
    private static (double? Ratio, double?[]? Ci95, double? PValue) Core(double? ratio, double? low, double? high, double? p) =>
        ratio is double r
            ? (Round(r, 3), [Round(low, 3), Round(high, 3)], Significant(p))
            : (null, null, Significant(p));

    internal static double? Round(double? v, int decimals) => v is double x && double.IsFinite(x) ? Math.Round(x, decimals) : null;

    /// <summary>Three significant digits (p-values are small numbers whose magnitude matters, not their fourth decimal); null for none.</summary>
    internal static double? Significant(double? value)
    {
        if (value is not double v || !double.IsFinite(v)) return null;
        if (v == 0) return v;
        var digits = 2 - (int)Math.Floor(Math.Log10(Math.Abs(v)));
        return digits is >= 0 and <= 15 ? Math.Round(v, digits) : double.Parse(v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    }
}
