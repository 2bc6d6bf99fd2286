using System.Collections.Immutable;
using CrampSignals.Signals;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>Run-level associations: each kind's crude, Mantel-Haenszel and conditional logistic odds ratios, and the mutual model.</summary>
internal static class RunLevel
{
    public const string ConditionalMethod = "conditional logistic regression grouped by runner (Gail-Lubin-Rubinstein recursion, Newton-Raphson), "
        + "moving time as hours and band indicators (< 45, 45-75, 75-120, ≥ 120 min), Wald interval and p; "
        + "where the odds ratio runs off, the 95 % profile-likelihood bound and the likelihood-ratio p";

    private const string NoStratum = "no runner × duration-band stratum holds runs with and without the finding and with and without a cramp "
        + "(a finding decided by run length alone is constant in every band): no adjusted estimate";

    private const string NoRuns = "no runs with this finding";

    /// <summary>
    /// Each kind's association with <paramref name="isCase"/> (a cramp matched to the run, unless told otherwise) over
    /// <paramref name="kinds"/> (every kind, unless told otherwise). The q-values are left to the one family over everything reported.
    /// </summary>
    public static ImmutableArray<KindAssociation> Associate(IReadOnlyList<CohortRunRow> rows, Func<CohortRunRow, bool>? isCase = null, FindingKind[]? kinds = null)
    {
        kinds ??= Enum.GetValues<FindingKind>();
        isCase ??= r => r.HasCramps;
        var runners = rows.GroupBy(r => r.RunnerId, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();
        var exposure = new Dictionary<CohortRunRow, bool[]>(ReferenceEqualityComparer.Instance);
        foreach (var r in rows) exposure[r] = [.. kinds.Select(r.Holds)];
        var crude = new OddsRatioEstimate[kinds.Length];
        var mh = new OddsRatioEstimate[kinds.Length];
        var adjusted = new OddsRatioEstimate[kinds.Length];
        var counts = new (int With, int WithCramps)[kinds.Length];
        // Each kind's fits are independent of the others' (the runners' exposures are only read): one kind per core, each fit
        // the same arithmetic as in turn, so the numbers do not depend on the number of cores.
        Parallel.For(0, kinds.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var table = Table(rows, isCase, r => exposure[r][k]);
            counts[k] = (table.A + table.B, table.A);
            crude[k] = table.OddsRatio();
            var strata = runners.SelectMany(g => g.GroupBy(r => DurationBands.Of(r.MovingMinutes)).Select(b => Table(b, isCase, r => exposure[r][k])));
            mh[k] = MantelHaenszel.Estimate(strata, counts[k].With == 0 ? NoRuns : NoStratum) with { AdjustedFor = ["runner", "duration"] };
            // The conditional likelihood can be informative where no single runner × band stratum is (a runner's runs in
            // different bands still compare, given the duration terms): the fit itself says when there is nothing to estimate.
            adjusted[k] = counts[k].With == 0
                ? OddsRatioEstimate.None(ConditionalMethod, NoRuns) with { AdjustedFor = ["runner", "duration"] }
                : Conditional(runners, exposure, isCase, [k], k, ["runner", "duration"]);
        });

        var inModel = Enumerable.Range(0, kinds.Length).Where(k => adjusted[k].HasEstimate).ToArray();
        var mutualFor = new[] { "runner", "duration" }.Concat(inModel.Select(k => kinds[k].ToId())).ToArray();
        var mutualFit = inModel.Length == 0 ? null : Fit(runners, exposure, isCase, inModel);
        var mutual = new OddsRatioEstimate[kinds.Length];
        for (var k = 0; k < kinds.Length; k++)
            mutual[k] = mutualFit is not null && inModel.Contains(k)
                ? Estimate(mutualFit, inModel, k, [.. mutualFor.Where(n => n != kinds[k].ToId())])
                : OddsRatioEstimate.None(ConditionalMethod, "left out of the mutual model: it has no adjusted estimate of its own");
        return [.. Enumerable.Range(0, kinds.Length).Select(k =>
            new KindAssociation(kinds[k], counts[k].With, counts[k].WithCramps, crude[k], adjusted[k], mh[k], mutual[k]))];
    }

    private static TwoByTwo Table(IEnumerable<CohortRunRow> rows, Func<CohortRunRow, bool> isCase, Func<CohortRunRow, bool> exposed)
    {
        int a = 0, b = 0, c = 0, d = 0;
        foreach (var r in rows)
        {
            var e = exposed(r);
            if (isCase(r)) { if (e) a++; else c++; }
            else if (e) b++;
            else d++;
        }
        return new TwoByTwo(a, b, c, d);
    }

    /// <summary>The conditional logistic odds ratio of <paramref name="target"/> in a model with duration and the <paramref name="kinds"/>.</summary>
    private static OddsRatioEstimate Conditional(CohortRunRow[][] runners, Dictionary<CohortRunRow, bool[]> exposure, Func<CohortRunRow, bool> isCase,
        int[] kinds, int target, ImmutableArray<string> adjustedFor) => Estimate(Fit(runners, exposure, isCase, kinds), kinds, target, adjustedFor);

    private static ConditionalFit Fit(CohortRunRow[][] runners, Dictionary<CohortRunRow, bool[]> exposure, Func<CohortRunRow, bool> isCase, int[] kinds)
    {
        var columns = DurationBands.Columns + kinds.Length;
        var sets = runners.Select(g => new MatchedSet(
            [.. g.Select(r =>
            {
                var x = new double[columns];
                DurationBands.Fill(r.MovingMinutes, x);
                for (var i = 0; i < kinds.Length; i++) x[DurationBands.Columns + i] = exposure[r][kinds[i]] ? 1 : 0;
                return x;
            })],
            [.. g.Select(isCase)])).ToList();
        return ConditionalLogistic.Fit(sets, columns);
    }

    private static OddsRatioEstimate Estimate(ConditionalFit fit, int[] kinds, int target, ImmutableArray<string> adjustedFor) =>
        Estimates.From(fit, DurationBands.Columns + Array.IndexOf(kinds, target), ConditionalMethod,
            "no runner has runs with and without the finding beyond what run length (and the other kinds) explain: no adjusted estimate")
            with { AdjustedFor = adjustedFor };
}
