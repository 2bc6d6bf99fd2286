using CrampSignals.Cohorts.Statistics;
using CrampSignals.Tests.Cohorts;

namespace CrampSignals.Tests.Analysis.Statistics;

public class CoxModelTests
{
    [Fact]
    public void Cutting_a_row_where_nothing_happens_or_shuffling_rows_leaves_the_fit_unchanged()
    {
        var rows = ROracleTests.CountingProcess(5);
        var fit = CoxModel.Fit(rows, 3);
        // Each row cut in two halfway (a time no event uses, the times being whole minutes), the event kept on the second part.
        var cut = rows.SelectMany(r => new[] { r with { Stop = (r.Start + r.Stop) / 2, Event = false }, r with { Start = (r.Start + r.Stop) / 2 } }).ToList();
        var shuffled = rows.OrderBy(_ => Random.Shared.Next()).ToList();
        foreach (var other in new[] { CoxModel.Fit(cut, 3), CoxModel.Fit(shuffled, 3) })
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(fit.Beta[j], other.Beta[j], 9);
                Assert.Equal(fit.StandardError[j], other.StandardError[j], 9);
            }
    }

    [Fact]
    public void The_time_interaction_is_the_model_fitted_on_risk_sets_expanded_by_hand()
    {
        // Every (stratum, event time) becomes a stratum of its own holding the rows at risk then, with x1·log t as a covariate.
        var rows = ROracleTests.CountingProcess(8);
        var expanded = new List<CoxInterval>();
        var set = 0;
        foreach (var (stratum, time) in rows.Where(r => r.Event).Select(r => (r.Stratum, r.Stop)).Distinct())
        {
            foreach (var r in rows.Where(r => r.Stratum == stratum && r.Start < time && r.Stop >= time))
                expanded.Add(new CoxInterval(set, 0, 1, r.Event && r.Stop == time, [r.X[0], r.X[1], r.X[0] * Math.Log(time)]));
            set++;
        }
        var fit = CoxModel.Fit(expanded, 3);
        Assert.Equal(Normal.TwoSidedP(fit.Beta[2] / fit.StandardError[2]), CoxModel.ProportionalHazardsP(rows, 2, 0)!.Value, 9);
    }

    [Fact]
    public void Without_any_event_nothing_is_estimated()
    {
        var rows = ROracleTests.CountingProcess(9).Select(r => r with { Event = false }).ToList();
        var fit = CoxModel.Fit(rows, 2);
        Assert.All(fit.Status, s => Assert.Equal(CoefficientStatus.NoInformation, s));
        Assert.Equal(0, fit.InformativeSets);
        Assert.Null(CoxModel.ProportionalHazardsP(rows, 2, 0));
    }

    [Fact]
    public void A_fit_over_chosen_columns_of_wide_rows_is_bit_for_bit_the_fit_over_rows_cut_to_them()
    {
        var rows = ROracleTests.CountingProcess(11);
        int[] select = [2, 0];
        var cut = rows.Select(r => r with { X = [r.X[2], r.X[0]] }).ToList();
        var layout = new CoxLayout(rows);
        var wide = CoxModel.Fit(layout, select);
        var narrow = CoxModel.Fit(cut, 2);
        Assert.True(narrow.Status.All(s => s == CoefficientStatus.Estimated), "the columns carry information");
        Assert.Equal(narrow.Beta, wide.Beta);
        Assert.Equal(narrow.StandardError, wide.StandardError);
        Assert.Equal(narrow.LogLikelihood, wide.LogLikelihood);
        Assert.Equal(narrow.Iterations, wide.Iterations);
        Assert.Equal(CoxModel.ProportionalHazardsP(cut, 2, 1), CoxModel.ProportionalHazardsP(layout, select, 1));
        // A different choice of columns is a different model.
        Assert.NotEqual(narrow.Beta, CoxModel.Fit(layout, [0, 2]).Beta);
    }

    [Fact]
    public void Rows_that_share_one_covariate_array_fit_bit_for_bit_as_rows_that_each_hold_their_own()
    {
        // Binary covariates, as the risk pieces have: few patterns among many rows.
        var rows = ROracleTests.CountingProcess(12, strata: 4, subjects: 60)
            .Select(r => r with { X = [r.X[0], r.X[1], r.X[3] > 0.5 ? 1 : 0] }).ToList();
        var arrays = new Dictionary<string, double[]>();
        var shared = rows.Select(r =>
        {
            var key = string.Join(",", r.X);
            if (!arrays.TryGetValue(key, out var x)) arrays[key] = x = [.. r.X];
            return r with { X = x };
        }).ToList();
        var layout = new CoxLayout(shared);
        Assert.Equal(arrays.Count, layout.Patterns.Length);
        Assert.True(layout.Patterns.Length < rows.Count / 10, "the rows fall into few patterns");
        Assert.Equal(rows.Count, new CoxLayout(rows).Patterns.Length);
        foreach (int[] select in new[] { new[] { 0 }, [0, 1, 2], [2, 0] })
        {
            var own = CoxModel.Fit(new CoxLayout(rows), select);
            var one = CoxModel.Fit(layout, select);
            Assert.Equal(CoefficientStatus.Estimated, own.Status[0]);
            Assert.Equal(own.Beta, one.Beta);
            Assert.Equal(own.StandardError, one.StandardError);
            Assert.Equal(own.LogLikelihood, one.LogLikelihood);
            Assert.Equal(own.Iterations, one.Iterations);
            Assert.Equal(CoxModel.ProportionalHazardsP(new CoxLayout(rows), select, 0), CoxModel.ProportionalHazardsP(layout, select, 0));
        }
    }

    [Fact]
    public void A_row_without_covariates_is_refused()
    {
        var rows = ROracleTests.CountingProcess(13);
        rows[5] = rows[5] with { X = null! };
        Assert.Throws<ArgumentException>(() => CoxModel.Fit(new CoxLayout(rows), [0]));
    }
}
