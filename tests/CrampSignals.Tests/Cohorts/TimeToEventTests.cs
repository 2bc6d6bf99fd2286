using CrampSignals.Cohorts;
using CrampSignals.Cohorts.Statistics;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Cohorts;

/// <summary>The time-to-event design: what is at risk when, what exposes it, and what each design refuses to estimate.</summary>
public class TimeToEventTests
{
    /// <summary>A run with no pauses (moving clock = elapsed clock) of <paramref name="minutes"/>.</summary>
    private static CohortRunRow Run(string runner, double minutes, FindingSpan[] findings, params double[] crampMinutes) =>
        new($"{runner}/{Guid.NewGuid():N}", runner, minutes * 60, minutes, [.. findings],
            [.. crampMinutes.Select(m => CohortCrampRow.At(m * 60, duringRun: m <= minutes))]);

    private static FindingSpan Span(FindingKind kind, double fromMinutes, double toMinutes) => new(kind, fromMinutes * 60, toMinutes * 60);

    [Fact]
    public void A_transient_finding_exposes_the_run_until_the_window_after_it_and_the_run_leaves_risk_at_its_first_cramp()
    {
        var run = Run("a", 90, [Span(FindingKind.PaceSurge, 10, 12)], 40, 50);
        var risk = RiskIntervals.Build([run], [FindingKind.PaceSurge], 20 * 60);
        Assert.Equal(1, risk.Events);
        // (0, 10] unexposed, (10, 32] exposed (surge end + 20 min), (32, 40] unexposed ending in the event; nothing after 40.
        Assert.Equal([(0.0, 600.0, 0.0, false), (600.0, 1920.0, 1.0, false), (1920.0, 2400.0, 0.0, true)],
            risk.Rows.Select(r => (r.Start, r.Stop, r.X[0], r.Event)));
    }

    [Fact]
    public void Pieces_exposed_alike_share_one_covariate_array_and_pieces_exposed_differently_do_not()
    {
        var runs = Enumerable.Range(0, 3).Select(i => Run($"r{i}", 90, [Span(FindingKind.PaceSurge, 10 + i, 12 + i), Span(FindingKind.CadenceDrop, 60, 62)])).ToArray();
        var risk = RiskIntervals.Build(runs, [FindingKind.PaceSurge, FindingKind.CadenceDrop], 20 * 60);
        var byPattern = risk.Rows.GroupBy(r => string.Join(",", r.X)).ToList();
        Assert.True(byPattern.Count >= 2 && risk.Rows.Count > byPattern.Count, $"{risk.Rows.Count} pieces in {byPattern.Count} patterns");
        foreach (var pattern in byPattern) Assert.Single(pattern.Select(r => r.X).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Equal(byPattern.Count, risk.Rows.Select(r => r.X).Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void State_findings_expose_from_when_they_hold_to_the_end_fast_start_from_the_end_of_its_window_hydration_from_its_rule()
    {
        var run = Run("a", 100, [Span(FindingKind.FastStart, 0, 20), Span(FindingKind.LongRunHydration, 0, 100), Span(FindingKind.CardiacDrift, 50, 100)]);
        var kinds = new[] { FindingKind.FastStart, FindingKind.LongRunHydration, FindingKind.CardiacDrift };
        var risk = RiskIntervals.Build([run], kinds, 1200);
        Assert.Equal(0, risk.Events);
        double[] At(double minute) => risk.Rows.Single(r => r.Start < minute * 60 && minute * 60 <= r.Stop).X;
        Assert.Equal([0, 0, 0], At(10));
        Assert.Equal([1, 0, 0], At(30));
        Assert.Equal([1, 0, 1], At(55));
        Assert.Equal([1, 1, 1], At(61));
        Assert.Equal(6000, risk.Rows[^1].Stop);
        // In a hot run the hydration rule is met at 45 moving minutes.
        var hot = Run("a", 100, [Span(FindingKind.HeatExposure, 5, 100), Span(FindingKind.LongRunHydration, 0, 100)]);
        var hotRisk = RiskIntervals.Build([hot], [FindingKind.LongRunHydration], 1200);
        Assert.Equal(45 * 60, hotRisk.Rows.Single(r => r.X[0] > 0 && r.Start == r.Start).Start);
    }

    [Fact]
    public void Cramps_after_the_run_are_not_events_and_no_cool_down_is_not_in_the_in_run_model()
    {
        var rows = new[]
        {
            Run("a", 60, [Span(FindingKind.NoCoolDown, 58, 60)], 200),
            Run("a", 60, [], 30),
            Run("a", 60, []),
        };
        var result = CohortStatistics.ComputeRows(rows);
        Assert.Equal(1, result.InRunEvents);
        Assert.DoesNotContain(result.TimeToEvent, t => t.Kind == FindingKind.NoCoolDown);
        Assert.All(result.TimeToEvent, t => Assert.Equal(1, t.Events));
        Assert.Equal(1, result.RunsWithAfterRunCramps);
        Assert.Contains(result.AfterRun, a => a.Kind == FindingKind.NoCoolDown && a.RunsWith == 1 && a.RunsWithCramps == 1);
    }

    [Fact]
    public void The_case_crossover_gives_no_number_for_state_kinds_and_takes_referents_only_from_runs_still_running_and_at_risk()
    {
        var rows = new[]
        {
            Run("a", 60, [Span(FindingKind.PaceSurge, 25, 28), Span(FindingKind.HeatExposure, 0, 60)], 40),
            // Cramped before 40 minutes: no longer at risk at 40, so not a referent.
            Run("a", 60, [Span(FindingKind.PaceSurge, 25, 28)], 30),
            // Ended before 40 minutes: not running then.
            Run("a", 35, [Span(FindingKind.PaceSurge, 25, 28)]),
            Run("a", 60, []),
            Run("a", 60, [Span(FindingKind.HeatExposure, 0, 60)]),
        };
        var sets = CaseCrossover.Windows(rows, sameRun: false, [FindingKind.PaceSurge]);
        var first = sets.Single(s => ReferenceEquals(s.Case.Run, rows[0]));
        Assert.Equal(2, first.Referents);
        var result = CohortStatistics.ComputeRows(rows);
        foreach (var c in result.CaseCrossover.Where(c => Exposures.Shape(c.Kind) != ExposureShape.Transient))
        {
            Assert.Null(c.Estimate.OddsRatio);
            Assert.Equal("not applicable: not a transient trigger", c.Estimate.Note);
        }
    }

    [Fact]
    public void The_mutual_model_never_adjusts_a_kind_for_its_consequences_and_names_collinear_kinds()
    {
        var rows = Cohort(seed: 3, (rng, minutes) =>
        {
            var list = new List<FindingSpan>();
            if (rng.NextDouble() < 0.4) list.Add(Span(FindingKind.HeatExposure, 5, minutes));
            if (rng.NextDouble() < 0.3) list.Add(Span(FindingKind.CardiacDrift, minutes / 2, minutes));
            // No warm-up exactly when the runner starts fast (from the end of its window on): the two cannot be told apart.
            if (rng.NextDouble() < 0.3) { list.Add(Span(FindingKind.FastStart, 0, 10)); list.Add(Span(FindingKind.NoWarmUp, 10, 11)); }
            return list;
        });
        var result = CohortStatistics.ComputeRows(rows);
        var heat = result.TimeToEvent.Single(t => t.Kind == FindingKind.HeatExposure);
        Assert.DoesNotContain("cardiac-drift", heat.Mutual.AdjustedFor);
        var drift = result.TimeToEvent.Single(t => t.Kind == FindingKind.CardiacDrift);
        Assert.Contains("heat-exposure", drift.Mutual.AdjustedFor);
        var collinear = result.TimeToEvent.Where(t => t.Kind is FindingKind.FastStart or FindingKind.NoWarmUp).Select(t => t.Mutual).ToList();
        Assert.Contains(collinear, e => e.Note is string n && n.Contains("collinear") && (n.Contains("fast-start") || n.Contains("no-warm-up")));
    }

    [Fact]
    public void Every_reported_p_value_has_its_q_value_in_one_family()
    {
        var rows = Cohort(seed: 5, (rng, minutes) =>
        {
            var list = new List<FindingSpan>();
            if (rng.NextDouble() < 0.5) list.Add(Span(FindingKind.HeatExposure, 5, minutes));
            var at = rng.NextDouble() * (minutes - 10);
            if (rng.NextDouble() < 0.6) list.Add(Span(FindingKind.PaceSurge, at, at + 3));
            return list;
        });
        var result = CohortStatistics.ComputeRows(rows);
        var estimates = result.Associations.Concat(result.AfterRun)
            .SelectMany(a => new[] { a.Crude, a.Adjusted, a.MantelHaenszel, a.MutuallyAdjusted })
            .Concat(result.CaseCrossover.Select(c => c.Estimate))
            .Select(e => (e.PValue, e.QValue))
            .Concat(result.TimeToEvent.SelectMany(t => new[] { (t.Alone.PValue, t.Alone.QValue), (t.Mutual.PValue, t.Mutual.QValue) }))
            .ToList();
        Assert.Contains(estimates, e => e.PValue is not null);
        Assert.All(estimates, e => Assert.Equal(e.PValue is null, e.QValue is null));
        // One family: a q is never below its own p, and the ordering of p carries over to q.
        var withP = estimates.Where(e => e.PValue is not null).OrderBy(e => e.PValue).ToList();
        Assert.All(withP, e => Assert.True(e.QValue >= e.PValue - 1e-12));
        for (var i = 1; i < withP.Count; i++) Assert.True(withP[i].QValue >= withP[i - 1].QValue - 1e-12);
    }

    /// <summary>
    /// Eight runners of thirty runs with a per-minute hazard of a first cramp that no finding changes (each runner their own
    /// level), the findings from <paramref name="findings"/>.
    /// </summary>
    private static List<CohortRunRow> Cohort(int seed, Func<Random, double, List<FindingSpan>> findings)
    {
        var rng = new Random(seed);
        var rows = new List<CohortRunRow>();
        for (var r = 0; r < 8; r++)
        {
            var level = -5 + rng.NextDouble();
            for (var n = 0; n < 30; n++)
            {
                var minutes = 30 + rng.Next(90);
                var spans = findings(rng, minutes);
                double? cramp = null;
                for (var m = 1; m <= minutes && cramp is null; m++)
                    if (rng.NextDouble() < Math.Exp(level)) cramp = m - rng.NextDouble();
                rows.Add(Run($"r{r}", minutes, [.. spans], cramp is double c ? [c] : []));
            }
        }
        return rows;
    }
}
