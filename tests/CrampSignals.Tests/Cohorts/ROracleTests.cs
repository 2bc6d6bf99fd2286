using System.Globalization;
using CrampSignals.Cohorts.Statistics;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Cohorts;

/// <summary>
/// The cohort statistics against R (survival 3.x, stats): Cox with Efron ties in counting-process form, its time
/// interaction, the profile bound of a coefficient that runs off, exact conditional logistic regression, fisher.test and
/// mantelhaen.test, each to 3 significant digits (relative 5e-4). Without Rscript outside CI they return early.
/// </summary>
// Slow: every case starts Rscript and loads survival (2-4 s each).
[Trait("Category", "Slow")]
public class ROracleTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private void Close(double expected, double actual, double relative = 5e-4, string what = "") => ROracle.Close(expected, actual, relative, what, output);

    private static readonly string[] CoxHeader = ["s", "start", "stop", "event", "x1", "x2", "x3", "x4"];

    /// <summary>
    /// Runners (strata) followed over whole minutes: each stint at risk is cut where its two findings (x1, x2) and a
    /// continuous covariate (x4) change, x3 is fixed per stint, and events fall on whole minutes so several tie.
    /// </summary>
    internal static List<CoxInterval> CountingProcess(int seed, int strata = 3, int subjects = 30)
    {
        var rng = new Random(seed);
        var rows = new List<CoxInterval>();
        for (var s = 0; s < strata; s++)
            for (var subject = 0; subject < subjects; subject++)
            {
                var end = rng.Next(4, 25);
                var x3 = Math.Round(rng.NextDouble() * 2, 3);
                var cuts = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => rng.Next(1, end)).Distinct().Order().ToList();
                var from = 0.0;
                foreach (var to in cuts.Append(end))
                {
                    double x1 = rng.Next(2), x2 = rng.NextDouble() < 0.3 ? 1 : 0, x4 = Math.Round(rng.NextDouble() * 3 - 1, 3);
                    var last = to == end;
                    var hazard = 0.45 * Math.Exp(0.8 * x1 - 0.5 * x2 + 0.3 * x3 + 0.2 * x4);
                    var ev = last && rng.NextDouble() < hazard / (1 + hazard);
                    rows.Add(new CoxInterval(s, from, to, ev, [x1, x2, x3, x4]));
                    from = to;
                }
            }
        return rows;
    }

    private static string CoxCsv(string folder, string name, IEnumerable<CoxInterval> rows) => ROracle.WriteCsv(folder, name, CoxHeader,
        rows.Select(r => (IReadOnlyList<double>)[r.Stratum, r.Start, r.Stop, r.Event ? 1 : 0, .. r.X, .. Enumerable.Repeat(0.0, 4 - r.X.Length)]));

    private static string Terms(int columns) => string.Join(" + ", Enumerable.Range(1, columns).Select(j => $"x{j}"));

    private void AgreesWithCoxph(List<CoxInterval> rows, int columns)
    {
        var folder = ROracle.Folder();
        var csv = CoxCsv(folder, "cox.csv", rows);
        if (ROracle.Cox(csv, $"Surv(start, stop, event) ~ {Terms(columns)} + strata(s)") is not var (coef, se, p, lr)) return;
        var fit = CoxModel.Fit(rows, columns);
        var nullFit = CoxModel.Fit(rows, 0);
        for (var j = 0; j < columns; j++)
        {
            Assert.Equal(CoefficientStatus.Estimated, fit.Status[j]);
            Close(coef[j], fit.Beta[j], what: $"coef x{j + 1}");
            Close(se[j], fit.StandardError[j], what: $"se x{j + 1}");
            Close(p[j], Normal.TwoSidedP(fit.Beta[j] / fit.StandardError[j]), what: $"p x{j + 1}");
        }
        Close(lr, 2 * (fit.LogLikelihood - nullFit.LogLikelihood), what: "likelihood ratio");
        Assert.Equal(rows.Count(r => r.Event), fit.InformativeSets);
    }

    [Theory]
    [InlineData(11, 2)]
    [InlineData(12, 3)]
    [InlineData(13, 4)]
    public void Cox_with_Efron_ties_in_counting_process_form_matches_coxph(int seed, int columns)
    {
        var rows = CountingProcess(seed);
        Assert.True(rows.Where(r => r.Event).GroupBy(r => (r.Stratum, r.Stop)).Any(g => g.Count() > 1), "the data must have tied events");
        AgreesWithCoxph(rows, columns);
    }

    /// <summary>
    /// A simulated cohort (planted per-minute hazards, the limp after each cramp) through the project's own counting-process
    /// builder: the data R fits are the rows the time-to-event analysis fits, and the analysis's reported hazard ratio, interval and
    /// p of a kind alone are R's.
    /// </summary>
    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void A_simulated_cohorts_counting_process_data_match_coxph_and_the_reported_hazard_ratios_are_Rs(int seed)
    {
        var planted = new Dictionary<FindingKind, double> { [FindingKind.PaceSurge] = 4, [FindingKind.HeatExposure] = 2 };
        var truth = CrampSignals.Simulation.CohortModel.Generate(12, 15, planted, seed);
        var rows = truth.Runs.Select(r => r.ToRow()).ToList();
        FindingKind[] kinds = [FindingKind.PaceSurge, FindingKind.HeatExposure, FindingKind.FastStart, FindingKind.CadenceDrop];
        var risk = RiskIntervals.Build(rows, kinds, 20 * 60);
        Assert.Equal(truth.Runs.Count(r => !r.CrampSeconds.IsEmpty), risk.Events);
        AgreesWithCoxph(risk.Rows, kinds.Length);

        var folder = ROracle.Folder();
        var csv = CoxCsv(folder, "alone.csv", risk.Rows.Select(r => r with { X = [r.X[0]] }));
        if (ROracle.Cox(csv, "Surv(start, stop, event) ~ x1 + strata(s)") is not var (coef, se, p, _)) return;
        var reported = CrampSignals.Cohorts.CohortStatistics.ComputeRows(rows).TimeToEvent.Single(t => t.Kind == FindingKind.PaceSurge).Alone;
        Close(Math.Exp(coef[0]), reported.HazardRatio!.Value, what: "hazard ratio");
        Close(Math.Exp(coef[0] - 1.959963984540054 * se[0]), reported.Ci95Low!.Value, what: "lower end");
        Close(Math.Exp(coef[0] + 1.959963984540054 * se[0]), reported.Ci95High!.Value, what: "upper end");
        Close(p[0], reported.PValue!.Value, what: "p");
    }

    [Fact]
    public void A_small_hand_built_Cox_case_with_ties_and_late_entry_matches_coxph()
    {
        // Two runners; ties at 4 and 6 in runner 0, one at 5 in runner 1; some stints enter late (start > 0).
        List<CoxInterval> rows =
        [
            new(0, 0, 4, true, [1, 0.5]), new(0, 0, 4, true, [0, 1.5]), new(0, 0, 3, false, [1, 0.2]), new(0, 3, 6, true, [0, 0.2]),
            new(0, 0, 6, true, [1, 1.1]), new(0, 2, 9, false, [0, 0.7]), new(0, 0, 9, true, [1, 0.1]), new(0, 1, 5, false, [0, 2.0]),
            new(1, 0, 5, true, [0, 0.3]), new(1, 0, 5, true, [1, 0.9]), new(1, 0, 7, false, [1, 1.4]), new(1, 1, 8, true, [0, 0.6]),
            new(1, 0, 2, false, [0, 1.0]), new(1, 2, 8, false, [1, 1.0]), new(1, 0, 3, true, [0, 0.4]), new(1, 0, 10, false, [0, 1.2]),
        ];
        AgreesWithCoxph(rows, 2);
    }

    [Fact]
    public void Time_interaction_p_matches_coxph_tt()
    {
        // One runner: R's tt() forms the risk sets itself. With strata and (start, stop] rows, survival 3.5-3's tt() keeps
        // rows whose start is past the event time in the risk set (nrisk above the stratum's size), so there the check below
        // compares with coxph on the risk sets expanded by hand, the definition tt() stands for.
        var rows = CountingProcess(21, strata: 1, subjects: 80);
        var folder = ROracle.Folder();
        CoxCsv(folder, "cox.csv", rows);
        var r = ROracle.Run(folder, """
            d <- read.csv("cox.csv")
            tlog <- function(x, t, ...) x * log(t)
            out("p1", summary(coxph(Surv(start, stop, event) ~ x1 + x2 + tt(x1), data = d, ties = "efron", tt = tlog))$coefficients["tt(x1)", "Pr(>|z|)"])
            out("p2", summary(coxph(Surv(start, stop, event) ~ x1 + x2 + tt(x2), data = d, ties = "efron", tt = tlog))$coefficients["tt(x2)", "Pr(>|z|)"])
            """);
        if (r is null) return;
        Close(r["p1"][0], CoxModel.ProportionalHazardsP(rows, 2, 0)!.Value, what: "tt(x1) p");
        Close(r["p2"][0], CoxModel.ProportionalHazardsP(rows, 2, 1)!.Value, what: "tt(x2) p");
    }

    [Fact]
    public void Stratified_time_interaction_p_matches_coxph_on_risk_sets_expanded_by_hand()
    {
        var rows = CountingProcess(22, subjects: 40);
        var folder = ROracle.Folder();
        CoxCsv(folder, "cox.csv", rows);
        var r = ROracle.Run(folder, """
            d <- read.csv("cox.csv")
            sets <- list()
            for (s in unique(d$s)) {
              ds <- d[d$s == s, ]
              for (t in unique(ds$stop[ds$event == 1])) {
                r <- ds[ds$start < t & ds$stop >= t, ]
                r$set <- paste(s, t); r$status <- as.integer(r$event == 1 & r$stop == t); r$z1 <- r$x1 * log(t); r$z2 <- r$x2 * log(t)
                sets[[length(sets) + 1]] <- r
              }
            }
            e <- do.call(rbind, sets)
            out("p1", summary(coxph(Surv(rep(1, nrow(e)), status) ~ x1 + x2 + z1 + strata(set), data = e, ties = "efron"))$coefficients["z1", "Pr(>|z|)"])
            out("p2", summary(coxph(Surv(rep(1, nrow(e)), status) ~ x1 + x2 + z2 + strata(set), data = e, ties = "efron"))$coefficients["z2", "Pr(>|z|)"])
            """);
        if (r is null) return;
        Close(r["p1"][0], CoxModel.ProportionalHazardsP(rows, 2, 0)!.Value, what: "x1·log t p");
        Close(r["p2"][0], CoxModel.ProportionalHazardsP(rows, 2, 1)!.Value, what: "x2·log t p");
    }

    [Fact]
    public void A_separated_Cox_coefficient_gets_the_profile_likelihood_bound_and_likelihood_ratio_p_R_computes()
    {
        // Events only ever happen in stints with x1 = 1, while stints with x1 = 0 are at risk beside them: β1 runs to +∞.
        var rng = new Random(31);
        var rows = new List<CoxInterval>();
        for (var s = 0; s < 3; s++)
            for (var i = 0; i < 12; i++)
            {
                var exposed = i % 3 == 0;
                rows.Add(new CoxInterval(s, 0, rng.Next(2, 12), exposed && rng.NextDouble() < 0.8, [exposed ? 1 : 0, Math.Round(rng.NextDouble(), 3)]));
            }
        var fit = CoxModel.Fit(rows, 2);
        Assert.Equal(CoefficientStatus.Infinite, fit.Status[0]);
        Assert.Equal(CoefficientStatus.Estimated, fit.Status[1]);
        var estimate = Estimates.From(fit, 0, CoxModel.Method, "none");
        Assert.Null(estimate.OddsRatio);
        Assert.Null(estimate.BoundUpper);
        Assert.Contains("infinity", estimate.Note);
        Assert.Contains("lower bound", estimate.Note);

        var folder = ROracle.Folder();
        CoxCsv(folder, "sep.csv", rows);
        var r = ROracle.Run(folder, """
            d <- read.csv("sep.csv")
            ll <- function(b) { f <- coxph(Surv(start, stop, event) ~ x2 + offset(b * x1) + strata(s), data = d, ties = "efron"); f$loglik[length(f$loglik)] }
            sup <- max(ll(30), ll(40), ll(50))
            root <- uniroot(function(b) 2 * (sup - ll(b)) - qchisq(0.95, 1), c(-5, 30), tol = 1e-10)$root
            out("bound", exp(root))
            out("p", pchisq(2 * (sup - ll(0)), 1, lower.tail = FALSE))
            """);
        if (r is null) return;
        Close(r["bound"][0], estimate.BoundLower!.Value, what: "profile lower bound");
        Close(r["p"][0], estimate.PValue!.Value, what: "likelihood-ratio p");
    }

    [Fact]
    public void Conditional_logistic_matches_clogit_exact()
    {
        var rng = new Random(41);
        var sets = Enumerable.Range(0, 25).Select(_ =>
        {
            var m = rng.Next(3, 8);
            var cases = rng.Next(1, Math.Min(4, m));
            var x = Enumerable.Range(0, m).Select(i => new[] { rng.NextDouble() < (i < cases ? 0.6 : 0.35) ? 1.0 : 0, Math.Round(rng.NextDouble() * 2, 3) }).ToArray();
            return new MatchedSet(x, [.. Enumerable.Range(0, m).Select(i => i < cases)]);
        }).ToList();
        var folder = ROracle.Folder();
        ROracle.WriteCsv(folder, "sets.csv", ["set", "case", "x1", "x2"],
            sets.SelectMany((s, k) => s.X.Select((x, i) => (IReadOnlyList<double>)[k, s.Case[i] ? 1 : 0, x[0], x[1]])));
        var r = ROracle.Run(folder, """
            d <- read.csv("sets.csv")
            fit <- clogit(case ~ x1 + x2 + strata(set), data = d, method = "exact")
            s <- summary(fit)$coefficients
            out("coef", s[, "coef"]); out("se", s[, "se(coef)"]); out("p", s[, "Pr(>|z|)"])
            """);
        if (r is null) return;
        var fit = ConditionalLogistic.Fit(sets, 2);
        for (var j = 0; j < 2; j++)
        {
            Close(r["coef"][j], fit.Beta[j], what: $"coef x{j + 1}");
            Close(r["se"][j], fit.StandardError[j], what: $"se x{j + 1}");
            Close(r["p"][j], Normal.TwoSidedP(fit.Beta[j] / fit.StandardError[j]), what: $"p x{j + 1}");
        }
    }

    [Fact]
    public void Sparse_two_by_two_tables_match_fisher_test()
    {
        TwoByTwo[] tables = [new(3, 1, 1, 3), new(2, 8, 7, 3), new(5, 2, 1, 9), new(1, 9, 6, 4), new(0, 10, 5, 5), new(6, 0, 2, 4), new(12, 3, 2, 1)];
        var folder = ROracle.Folder();
        // fisher.test finds its roots with uniroot's default tolerance (about 1e-4 in ψ or 1/ψ, so 0.7 % at an upper end
        // near 600); `tight` solves the same equations (its dhyper, the same tails) to 1e-13 in log ψ.
        var script = """
            tight <- function(a, b, c, d) {
              m <- a + c; n <- b + d; k <- a + b; lo <- max(0, k - n); hi <- min(k, m); support <- lo:hi
              logdc <- dhyper(support, m, n, k, log = TRUE)
              dn <- function(lp) { e <- logdc + lp * support; e <- exp(e - max(e)); e / sum(e) }
              root <- function(f) exp(uniroot(f, c(-60, 60), tol = 1e-13)$root)
              c(if (a == lo) 0 else if (a == hi) Inf else root(function(lp) sum(support * dn(lp)) - a),
                if (a == lo) 0 else root(function(lp) sum(dn(lp)[support >= a]) - 0.025),
                if (a == hi) Inf else root(function(lp) sum(dn(lp)[support <= a]) - 0.025))
            }
            """ + "\n" + string.Join("\n", tables.Select((t, i) => string.Create(CultureInfo.InvariantCulture,
            $"f <- fisher.test(matrix(c({t.A}, {t.C}, {t.B}, {t.D}), 2)); out(\"t{i}\", c(f$estimate, f$conf.int, f$p.value)); out(\"x{i}\", tight({t.A}, {t.B}, {t.C}, {t.D}))")));
        if (ROracle.Run(folder, script) is not { } r) return;
        for (var i = 0; i < tables.Length; i++)
        {
            var (estimate, low, high, p) = (r[$"t{i}"][0], r[$"t{i}"][1], r[$"t{i}"][2], r[$"t{i}"][3]);
            var (tightEstimate, tightLow, tightHigh) = (r[$"x{i}"][0], r[$"x{i}"][1], r[$"x{i}"][2]);
            var ours = tables[i].OddsRatio();
            Assert.Contains("exact", ours.Method);
            Close(p, ours.PValue!.Value, what: $"{tables[i]} p");
            if (estimate == 0)
            {
                Assert.Null(ours.OddsRatio);
                Close(tightHigh, ours.BoundUpper!.Value, what: $"{tables[i]} upper bound");
                Close(high, ours.BoundUpper!.Value, 2e-2, $"{tables[i]} upper bound (fisher.test)");
            }
            else if (double.IsPositiveInfinity(estimate))
            {
                Assert.Null(ours.OddsRatio);
                Close(tightLow, ours.BoundLower!.Value, what: $"{tables[i]} lower bound");
                Close(low, ours.BoundLower!.Value, 2e-2, $"{tables[i]} lower bound (fisher.test)");
            }
            else
            {
                Close(tightEstimate, ours.OddsRatio!.Value, what: $"{tables[i]} estimate");
                Close(tightLow, ours.Ci95Low!.Value, what: $"{tables[i]} lower");
                Close(tightHigh, ours.Ci95High!.Value, what: $"{tables[i]} upper");
                Close(estimate, ours.OddsRatio!.Value, 2e-2, $"{tables[i]} estimate (fisher.test)");
                Close(low, ours.Ci95Low!.Value, 2e-2, $"{tables[i]} lower (fisher.test)");
                Close(high, ours.Ci95High!.Value, 2e-2, $"{tables[i]} upper (fisher.test)");
            }
        }
    }

    [Theory]
    [InlineData("10 20 5 40;3 1 1 3")]  // |Σa − ΣE| = 5: the half is taken off
    [InlineData("2 3 3 3;1 1 1 1")]     // |Σa − ΣE| = 0.27: nothing is taken off
    [InlineData("4 6 5 5;2 2 3 1;6 1 2 5")]
    public void Mantel_Haenszel_matches_mantelhaen_test(string strata)
    {
        var tables = strata.Split(';').Select(t => t.Split(' ').Select(int.Parse).ToArray()).Select(c => new TwoByTwo(c[0], c[1], c[2], c[3])).ToArray();
        var cells = string.Join(", ", tables.SelectMany(t => new[] { t.A, t.C, t.B, t.D }));
        var folder = ROracle.Folder();
        var r = ROracle.Run(folder, $"""
            m <- mantelhaen.test(array(c({cells}), dim = c(2, 2, {tables.Length})))
            out("r", c(m$estimate, m$conf.int, m$p.value))
            """);
        if (r is null) return;
        var ours = MantelHaenszel.Estimate(tables, "none");
        Close(r["r"][0], ours.OddsRatio!.Value, what: "estimate");
        Close(r["r"][1], ours.Ci95Low!.Value, what: "lower");
        Close(r["r"][2], ours.Ci95High!.Value, what: "upper");
        Close(r["r"][3], ours.PValue!.Value, what: "p");
    }
}
