namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// One row in counting-process form: at risk over (<paramref name="Start"/>, <paramref name="Stop"/>], an event at
/// <paramref name="Stop"/> when <paramref name="Event"/>, covariates <paramref name="X"/> (one per column), and the
/// stratum (the runner's index) whose baseline hazard it shares.
/// </summary>
internal readonly record struct CoxInterval(int Stratum, double Start, double Stop, bool Event, double[] X);

/// <summary>
/// The Cox proportional hazards model stratified by runner: the partial likelihood of which row has each event among the
/// rows of its stratum at risk then, with Efron's correction for tied events, maximised by Newton-Raphson as
/// <see cref="ConditionalLogistic.Fit"/> is (the same stopping, column and infinity rules).
/// </summary>
internal static class CoxModel
{
    public const string Method = "Cox proportional hazards stratified by runner (counting process, Efron ties, Newton-Raphson), Wald interval and p; "
        + "where the ratio runs off, the 95 % profile-likelihood bound and the likelihood-ratio p";

    /// <summary>
    /// Fits <paramref name="rows"/> with <paramref name="columns"/> covariates. Columns are tried in order and one that adds
    /// nothing beyond the earlier ones among the risk sets is left out (<see cref="CoefficientStatus.NoInformation"/>); one
    /// that separates (events only ever in its favour) runs to infinity (<see cref="CoefficientStatus.Infinite"/>).
    /// <see cref="ConditionalFit.InformativeSets"/> is the number of events.
    /// </summary>
    public static ConditionalFit Fit(IReadOnlyList<CoxInterval> rows, int columns, int maxIterations = 60) =>
        new CoxRiskSets(rows, columns, timeColumn: null).Fit(maxIterations);

    /// <summary>
    /// As <see cref="Fit(IReadOnlyList{CoxInterval}, int, int)"/> over the covariates <paramref name="select"/> of laid-out wider
    /// rows, in that order: the same fit as over rows cut down to those columns, without a copy of the rows or a new layout per model.
    /// </summary>
    public static ConditionalFit Fit(CoxLayout rows, int[] select, int maxIterations = 60) =>
        new CoxRiskSets(rows, select, timeColumn: null).Fit(maxIterations);

    /// <summary>
    /// A check of proportional hazards for <paramref name="column"/>: the model with all <paramref name="columns"/> plus
    /// x·log(t), t the event time at which each risk set is formed (as R's <c>coxph(... + tt(x), tt = function(x, t, ...) x * log(t))</c>),
    /// and the Wald p of that interaction; null when it cannot be estimated (no information, separation, an event at t ≤ 0).
    /// </summary>
    public static double? ProportionalHazardsP(IReadOnlyList<CoxInterval> rows, int columns, int column) =>
        ProportionalHazardsP(new CoxLayout(rows), Enumerable.Range(0, columns).ToArray(), column);

    /// <summary>As <see cref="ProportionalHazardsP(IReadOnlyList{CoxInterval}, int, int)"/> over the covariates <paramref name="select"/> of laid-out wider rows; <paramref name="column"/> indexes <paramref name="select"/>.</summary>
    public static double? ProportionalHazardsP(CoxLayout rows, int[] select, int column)
    {
        ArgumentNullException.ThrowIfNull(select);
        var columns = select.Length;
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, columns);
        var data = new CoxRiskSets(rows, select, column);
        if (!data.EventTimesPositive) return null;
        var fit = data.Fit(60);
        return fit.Status[columns] == CoefficientStatus.Estimated ? Normal.TwoSidedP(fit.Beta[columns] / fit.StandardError[columns]) : null;
    }
}
