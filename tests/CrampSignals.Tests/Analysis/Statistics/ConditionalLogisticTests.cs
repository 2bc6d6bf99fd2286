using CrampSignals.Cohorts.Statistics;

namespace CrampSignals.Tests.Analysis.Statistics;

public class ConditionalLogisticTests
{
    private static MatchedSet Set(params (double X, bool Case)[] members) =>
        new([.. members.Select(m => new[] { m.X })], [.. members.Select(m => m.Case)]);

    [Fact]
    public void Matched_pairs_give_the_ratio_of_discordant_pairs()
    {
        // 20 pairs with only the case exposed, 5 with only the control, 10 concordant: OR = 20/5, se = √(1/20 + 1/5).
        var sets = Enumerable.Repeat(Set((1, true), (0, false)), 20)
            .Concat(Enumerable.Repeat(Set((0, true), (1, false)), 5))
            .Concat(Enumerable.Repeat(Set((1, true), (1, false)), 6))
            .Concat(Enumerable.Repeat(Set((0, true), (0, false)), 4)).ToList();
        var fit = ConditionalLogistic.Fit(sets, 1);
        Assert.Equal(CoefficientStatus.Estimated, fit.Status[0]);
        Assert.Equal(4, Math.Exp(fit.Beta[0]), 6);
        Assert.Equal(Math.Sqrt(1 / 20.0 + 1 / 5.0), fit.StandardError[0], 6);
    }

    [Fact]
    public void A_weighted_set_counts_as_that_many_identical_sets()
    {
        var weighted = ConditionalLogistic.Fit([new MatchedSet([[1], [0], [0]], [true, false, false], 20), new MatchedSet([[0], [1], [0]], [true, false, false], 5)], 1);
        var repeated = ConditionalLogistic.Fit([.. Enumerable.Repeat(Set((1, true), (0, false), (0, false)), 20), .. Enumerable.Repeat(Set((0, true), (1, false), (0, false)), 5)], 1);
        // 1:2 sets, the exposure only in the case (20 sets) or only in one referent (5 sets): both fits must agree.
        Assert.Equal(repeated.Beta[0], weighted.Beta[0], 10);
        Assert.Equal(repeated.StandardError[0], weighted.StandardError[0], 10);
        Assert.Equal(repeated.LogLikelihood, weighted.LogLikelihood, 8);
        // Score at the maximum: 20·(1 − e^β/(e^β + 2)) = 5·e^β/(e^β + 2) → 20·2 = 5·e^β → OR = 8.
        Assert.Equal(8, Math.Exp(weighted.Beta[0]), 6);
    }

    [Fact]
    public void Several_cases_in_one_set_give_the_conditional_maximum_likelihood_odds_ratio()
    {
        // The tea-tasting table (3 1 / 1 3) as one set of 8 with 4 cases: the conditional MLE of the odds ratio is
        // 6.408309 (the estimate R's fisher.test reports), which needs the full denominator over all 70 ways to pick 4.
        var fit = ConditionalLogistic.Fit([Set((1, true), (1, true), (1, true), (0, true), (1, false), (0, false), (0, false), (0, false))], 1);
        Assert.Equal(6.408309, Math.Exp(fit.Beta[0]), 4);
    }

    [Fact]
    public void The_recursion_agrees_with_enumerating_every_subset()
    {
        var rng = new Random(3);
        var sets = Enumerable.Range(0, 12).Select(_ =>
        {
            var m = rng.Next(3, 9);
            var cases = rng.Next(1, m);
            var x = Enumerable.Range(0, m).Select(_ => new[] { rng.NextDouble() * 2, rng.Next(2) }).Select(v => new double[] { v[0], v[1] }).ToArray();
            var c = Enumerable.Range(0, m).Select(i => i < cases).ToArray();
            return new MatchedSet(x, c);
        }).ToList();
        var fit = ConditionalLogistic.Fit(sets, 2);
        Assert.All(fit.Status, s => Assert.Equal(CoefficientStatus.Estimated, s));
        // At the maximum the score is zero: check it by finite differences of the brute-force likelihood.
        double LogLik(double b0, double b1) => sets.Sum(s =>
        {
            var eta = s.X.Select(x => b0 * x[0] + b1 * x[1]).ToArray();
            var k = s.Case.Count(c => c);
            var numerator = eta.Where((_, i) => s.Case[i]).Sum();
            var denominator = Subsets(s.X.Length, k).Sum(subset => Math.Exp(subset.Sum(i => eta[i])));
            return numerator - Math.Log(denominator);
        });
        Assert.Equal(LogLik(fit.Beta[0], fit.Beta[1]), fit.LogLikelihood, 8);
        const double h = 1e-5;
        Assert.Equal(0, (LogLik(fit.Beta[0] + h, fit.Beta[1]) - LogLik(fit.Beta[0] - h, fit.Beta[1])) / (2 * h), 5);
        Assert.Equal(0, (LogLik(fit.Beta[0], fit.Beta[1] + h) - LogLik(fit.Beta[0], fit.Beta[1] - h)) / (2 * h), 5);
    }

    private static IEnumerable<int[]> Subsets(int n, int k) => k == 0
        ? [[]]
        : Enumerable.Range(k - 1, n - k + 1).SelectMany(last => Subsets(last, k - 1).Select(s => s.Append(last).ToArray()));

    [Fact]
    public void Separation_is_reported_as_no_finite_estimate()
    {
        var sets = Enumerable.Repeat(Set((1, true), (0, false), (0, false)), 8).ToList();
        var fit = ConditionalLogistic.Fit(sets, 1);
        Assert.Equal(CoefficientStatus.Infinite, fit.Status[0]);
        Assert.True(double.IsNaN(fit.StandardError[0]));
    }

    [Fact]
    public void Separation_still_gives_the_profile_likelihood_bound_and_the_likelihood_ratio_p()
    {
        // 8 sets, the exposed case against 2 unexposed referents: ℓ(β) = 8·(β − ln(e^β + 2)) = −8·ln(1 + 2e^−β), sup 0.
        // Bound: 16·ln(1 + 2e^−β) = 3.8415 → β = −ln((e^(3.8415/16) − 1)/2); LR statistic at 0: 16·ln 3.
        var expectedBound = 1 / ((Math.Exp(ProfileLikelihood.Chi95 / 16) - 1) / 2);
        var expectedP = Normal.TwoSidedP(Math.Sqrt(16 * Math.Log(3)));
        var general = ConditionalLogistic.Fit(Enumerable.Repeat(Set((1, true), (0, false), (0, false)), 8).ToList(), 1);
        var binary = BinaryMatchedSets.Fit([(true, 0, 2, 8)]);
        foreach (var fit in new[] { general, binary })
        {
            var e = Estimates.From(fit, 0, "method", "none");
            Assert.Null(e.OddsRatio);
            Assert.Equal(expectedBound, e.BoundLower!.Value, 6);
            Assert.Null(e.BoundUpper);
            Assert.Equal(expectedP, e.PValue!.Value, 10);
            Assert.Contains("runs to infinity", e.Note);
            Assert.Contains("lower bound", e.Note);
        }
        // The mirror image runs to zero and is bounded above.
        var zero = Estimates.From(BinaryMatchedSets.Fit([(false, 2, 2, 8)]), 0, "method", "none");
        Assert.Null(zero.BoundLower);
        Assert.Contains("runs to zero", zero.Note);
        Assert.True(zero.BoundUpper < 1);
    }

    [Fact]
    public void A_column_that_repeats_an_earlier_one_inside_every_set_has_no_information()
    {
        // Column 1 equals column 0 plus a constant per set: nothing left once column 0 is in.
        var sets = Enumerable.Range(0, 10).Select(i => new MatchedSet(
            [[0, i], [1, i + 1], [1, i + 1], [0, i]], [i % 2 == 0, true, false, i % 2 == 1])).ToList();
        var fit = ConditionalLogistic.Fit(sets, 2);
        Assert.Equal(CoefficientStatus.NoInformation, fit.Status[1]);
        Assert.Equal(CoefficientStatus.Estimated, fit.Status[0]);
    }
}
