namespace CrampSignals.Cohorts.Statistics;

/// <summary>Turns a fitted coefficient into an odds ratio with its Wald interval, or into the reason there is none.</summary>
internal static class Estimates
{
    public static OddsRatioEstimate From(ConditionalFit fit, int column, string method, string noInformation) => fit.Status[column] switch
    {
        CoefficientStatus.NoInformation => OddsRatioEstimate.None(method, noInformation),
        CoefficientStatus.Infinite => OddsRatioEstimate.None(method,
            $"no finite estimate: the odds ratio runs to {(fit.Beta[column] > 0 ? "infinity" : "zero")} (the finding separates cases from non-cases in every informative set)"),
        _ => Wald(fit.Beta[column], fit.StandardError[column], method),
    };

    private static OddsRatioEstimate Wald(double beta, double se, string method) => new(
        Math.Exp(beta), Math.Exp(beta - TwoByTwo.Z95 * se), Math.Exp(beta + TwoByTwo.Z95 * se), Normal.TwoSidedP(beta / se), method, null);
}
