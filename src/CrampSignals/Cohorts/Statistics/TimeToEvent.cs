using System.Collections.Immutable;
using CrampSignals.Signals;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// The time-to-event analysis of cramps during runs: a Cox model stratified by runner on the moving clock, each kind alone and in
/// a model adjusted for the kinds of <see cref="CausalGraph"/> that are not its consequences, with a proportional-hazards check.
/// </summary>
internal static class TimeToEvent
{
    private const string NoRuns = "no runs with this finding";
    private const string NoTimeAtRisk = "no run exposed to the finding had time at risk before its first cramp";

    public static (ImmutableArray<TimeToEventResult> Results, int Events) Analyse(IReadOnlyList<CohortRunRow> rows, int windowMinutes)
    {
        var kinds = Exposures.InRunKinds;
        var risk = RiskIntervals.Build(rows, kinds, windowMinutes * 60.0);
        var results = new TimeToEventResult[kinds.Length];
        var exposedRuns = new int[kinds.Length];
        for (var k = 0; k < kinds.Length; k++) exposedRuns[k] = rows.Count(r => r.Holds(kinds[k]));
        var exposedTime = new bool[kinds.Length];
        foreach (var piece in risk.Rows)
            for (var k = 0; k < kinds.Length; k++)
                if (piece.X[k] > 0) exposedTime[k] = true;
        var usable = Enumerable.Range(0, kinds.Length).Where(k => exposedTime[k]).ToArray();
        var layout = new CoxLayout(risk.Rows);
        // Each kind's fits only read the pieces: one kind per core, each fit the same arithmetic as in turn.
        Parallel.For(0, kinds.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var kind = kinds[k];
            var shape = Exposures.Shape(kind);
            HazardRatioEstimate alone, mutual;
            string? phNote = null;
            if (risk.Events == 0)
            {
                alone = mutual = None("no cramp struck during a run: no hazard ratio can be estimated");
            }
            else if (!exposedTime[k])
            {
                alone = mutual = None(exposedRuns[k] == 0 ? NoRuns : NoTimeAtRisk);
            }
            else
            {
                alone = Estimate(CoxModel.Fit(layout, [k]), 0, ["runner (strata)"]);
                if (alone.HasEstimate && CoxModel.ProportionalHazardsP(layout, [k], 0) is double ph && ph < 0.05)
                    phNote = $"the hazard ratio changes with time on feet (proportional-hazards check, x·log(t) interaction p = {ph:0.###}): read it as an average over the run";
                mutual = Mutual(risk, layout, kinds, usable, k);
            }
            results[k] = new TimeToEventResult(kind, Exposures.Id(shape), shape == ExposureShape.Transient ? windowMinutes : null, risk.Events,
                risk.ExposedEvents(k), exposedTime[k] ? exposedRuns[k] : 0, alone, mutual) { ProportionalHazardsNote = phNote };
        });
        return ([.. results], risk.Events);
    }

    /// <summary>The kind in a model with every other usable kind that is not its consequence; collinear kinds named, never dropped silently.</summary>
    private static HazardRatioEstimate Mutual(RiskIntervals risk, CoxLayout layout, FindingKind[] kinds, int[] usable, int target)
    {
        var consequences = CausalGraph.Consequences(kinds[target]);
        var others = usable.Where(j => j != target && !consequences.Contains(kinds[j])).ToArray();
        // Adjustment kinds first and the target last: a target that adds nothing beyond them is the one reported as collinear.
        var columns = others.Append(target).ToArray();
        var fit = CoxModel.Fit(layout, columns);
        var collinear = others.Where((j, i) => fit.Status[i] == CoefficientStatus.NoInformation).Select(j => kinds[j].ToId()).ToList();
        var adjustedFor = new List<string> { "runner (strata)" };
        adjustedFor.AddRange(others.Where((j, i) => fit.Status[i] != CoefficientStatus.NoInformation).Select(j => kinds[j].ToId()));
        var estimate = Estimate(fit, columns.Length - 1, [.. adjustedFor]);
        if (fit.Status[^1] == CoefficientStatus.NoInformation)
        {
            var twins = Twins(risk, target, others).Select(j => kinds[j].ToId()).ToList();
            return estimate with
            {
                Note = twins.Count > 0
                    ? $"collinear with {string.Join(", ", twins)}: the runs' exposures to them are the same, so the model cannot tell them apart"
                    : "collinear with the other kinds in the model (a combination of them): no adjusted estimate",
            };
        }
        if (collinear.Count > 0)
            estimate = estimate with { Note = Join(estimate.Note, $"left out of the adjustment as collinear with the kinds before them: {string.Join(", ", collinear)}") };
        if (consequences.Count > 0)
            estimate = estimate with { Note = Join(estimate.Note, $"not adjusted for its consequences: {string.Join(", ", consequences.Select(c => c.ToId()))}") };
        return estimate;
    }

    /// <summary>The other kinds whose exposure equals the target's in every piece of time at risk.</summary>
    private static IEnumerable<int> Twins(RiskIntervals risk, int target, int[] others) =>
        others.Where(j => risk.Rows.All(r => r.X[j] == r.X[target]));

    private static HazardRatioEstimate Estimate(ConditionalFit fit, int column, ImmutableArray<string> adjustedFor) =>
        HazardRatioEstimate.From(Estimates.From(fit, column, CoxModel.Method,
            "at every cramp, the runner's runs still at risk were all exposed or all unexposed (a finding decided by time on feet alone, "
            + "or one that never varies within a runner): no estimate")) with { AdjustedFor = adjustedFor };

    private static HazardRatioEstimate None(string why) => new(null, null, null, null, CoxModel.Method, why);

    private static string Join(string? a, string b) => a is null ? b : $"{a}; {b}";
}
