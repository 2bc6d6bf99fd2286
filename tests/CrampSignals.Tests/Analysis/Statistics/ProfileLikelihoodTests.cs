using CrampSignals.Cohorts.Statistics;

namespace CrampSignals.Tests.Analysis.Statistics;

public class ProfileLikelihoodTests
{
    /// <summary>A profile rising to its supremum 0 as β runs off: −3·e^(−β), whose 95 % bound solves 6·e^(−β) = χ²₀.₉₅.</summary>
    private static double Profile(int column, double beta) => -3 * Math.Exp(-beta);

    [Fact]
    public void The_bound_of_a_coefficient_running_to_infinity_is_where_the_profile_falls_by_half_the_chi_square_quantile()
    {
        var (bound, p) = ProfileLikelihood.RunningOff(Profile, 0, runsUp: true, fittedLogLikelihood: Profile(0, 30));
        Assert.Equal(Math.Log(6 / ProfileLikelihood.Chi95), bound!.Value, 8);
        // The likelihood-ratio statistic of β = 0 is 2·(0 − (−3)) = 6.
        Assert.Equal(Normal.TwoSidedP(Math.Sqrt(6)), p!.Value, 8);
    }

    [Fact]
    public void A_refit_that_fails_inside_the_bracket_leaves_the_bound_unknown_but_keeps_the_likelihood_ratio_p()
    {
        double Failing(int column, double beta) => beta is > 0.2 and < 0.7 ? double.NaN : Profile(column, beta);
        var (bound, p) = ProfileLikelihood.RunningOff(Failing, 0, runsUp: true, fittedLogLikelihood: Profile(0, 30));
        Assert.Null(bound);
        Assert.Equal(Normal.TwoSidedP(Math.Sqrt(6)), p!.Value, 8);
    }
}
