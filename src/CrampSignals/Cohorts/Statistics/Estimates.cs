using System.Globalization;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>Turns a fitted coefficient into a ratio with its Wald interval, or into the reason there is none.</summary>
internal static class Estimates
{
    public static OddsRatioEstimate From(ConditionalFit fit, int column, string method, string noInformation) => fit.Status[column] switch
    {
        CoefficientStatus.NoInformation => OddsRatioEstimate.None(method, noInformation),
        CoefficientStatus.Infinite => RunningOff(fit, column, method),
        _ => Wald(fit.Beta[column], fit.StandardError[column], method),
    };

    private static OddsRatioEstimate Wald(double beta, double se, string method) => new(
        Math.Exp(beta), Math.Exp(beta - TwoByTwo.Z95 * se), Math.Exp(beta + TwoByTwo.Z95 * se), Normal.TwoSidedP(beta / se), method, null);

    /// <summary>
    /// Separation: no estimate and no Wald interval, but the data still bound the ratio on one side (the finite end of the
    /// 95 % profile-likelihood interval) and the likelihood-ratio test of no effect still has a p-value.
    /// </summary>
    private static OddsRatioEstimate RunningOff(ConditionalFit fit, int column, string method)
    {
        var up = fit.Beta[column] > 0;
        var (bound, p) = fit.Profile is { } profile ? Bound(profile, column, up, fit.LogLikelihood) : (null, null);
        double? ratio = bound is double b ? Math.Exp(b) : null;
        var note = $"no finite estimate: the ratio runs to {(up ? "infinity" : "zero")} (the finding separates cramps from no cramps in every informative set)";
        if (ratio is double r)
            note += string.Create(CultureInfo.InvariantCulture, $"; 95 % profile-likelihood {(up ? "lower" : "upper")} bound {r:G3}");
        if (p is double pv)
            note += string.Create(CultureInfo.InvariantCulture, $"; likelihood-ratio p = {pv:G3}");
        return new OddsRatioEstimate(null, null, null, p, method, note)
        {
            BoundLower = up ? ratio : null,
            BoundUpper = up ? null : ratio,
        };
    }

    /// <summary>The profile bound and p, or neither when a refit along the profile fails outright: the report is made either way.</summary>
    private static (double? Bound, double? PValue) Bound(Func<int, double, double> profile, int column, bool up, double logLikelihood)
    {
        try { return ProfileLikelihood.RunningOff(profile, column, up, logLikelihood); }
        catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException) { return (null, null); }
    }
}
