using System.Collections.Immutable;
using CrampSignals.Signals;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// Case-crossover for transient triggers inside runs: the hazard window before each run's first cramp during the run against
/// referent windows, either the same minutes on the moving clock of the runner's other runs that were still running and still
/// at risk (no cramp yet) at that time, or earlier windows of the cramp's own run. One matched set per cramp, analysed by
/// conditional logistic regression. Only transient kinds get a number: a state or whole-run kind's place in a run is set by the
/// run's length or start, which these designs would read as an effect.
/// </summary>
internal static class CaseCrossover
{
    public const int HazardMinutes = 20;

    /// <summary>The longest run whose cramps get windows: 1,000 hours, the cramp log's limit on elapsed times.</summary>
    public const double MaxRunSeconds = 3_600_000;

    public const string OtherRuns = "other-runs";
    public const string SameRun = "same-run";

    private const string Method = "case-crossover: conditional logistic regression over matched sets (a run's first cramp during the run and its referent "
        + "windows on the moving clock; other-runs referents only from the runner's runs still running and still at risk at that time, so run length cannot bias them), "
        + "Wald interval and p; where the odds ratio runs off, the 95 % profile-likelihood bound and the likelihood-ratio p";

    public const string NotTransient = "not applicable: not a transient trigger";

    public static ImmutableArray<CaseCrossoverResult> Analyse(IReadOnlyList<CohortRunRow> rows)
    {
        var results = ImmutableArray.CreateBuilder<CaseCrossoverResult>();
        var kinds = Enum.GetValues<FindingKind>();
        var windows = new[] { (OtherRuns, Windows(rows, sameRun: false, kinds)), (SameRun, Windows(rows, sameRun: true, kinds)) };
        foreach (var kind in kinds)
            foreach (var (referents, sets) in windows)
            {
                if (Exposures.Shape(kind) != ExposureShape.Transient)
                {
                    results.Add(new CaseCrossoverResult(kind, referents, HazardMinutes, sets.Count, OddsRatioEstimate.None(Method, NotTransient)));
                    continue;
                }
                // With one binary exposure a set is known by (case exposed, exposed referents, referents): identical sets are fitted once, weighted.
                var k = (int)kind;
                var matched = sets
                    .Select(s => (Case: s.CaseExposed[k], Exposed: s.ExposedReferents[k], s.Referents))
                    .GroupBy(t => t)
                    .Select(g => (g.Key.Case, g.Key.Exposed, g.Key.Referents, Weight: (double)g.Count()))
                    .ToList();
                var fit = BinaryMatchedSets.Fit(matched);
                var estimate = sets.Count == 0
                    ? OddsRatioEstimate.None(Method, "no cramp during a run has a referent window")
                    : matched.All(s => !s.Case && s.Exposed == 0)
                    ? OddsRatioEstimate.None(Method, "no hazard or referent window holds this finding")
                    : Estimates.From(fit, 0, Method, "no matched set has hazard and referent windows that differ in the finding");
                results.Add(new CaseCrossoverResult(kind, referents, HazardMinutes, sets.Count, estimate));
            }
        return results.ToImmutable();
    }

    internal readonly record struct Window(CohortRunRow Run, double From, double To);

    /// <summary>
    /// One cramp's matched set, summed up per finding kind as it is built: whether the hazard window was exposed, and how many of
    /// its referent windows were. Keeping counts rather than windows holds memory to a few numbers per cramp, however many
    /// runs a runner has.
    /// </summary>
    internal sealed record Set(Window Case, int Referents, bool[] CaseExposed, int[] ExposedReferents);

    /// <summary>Each run's first cramp during the run with its referent windows; cramps without any referent are left out.</summary>
    internal static List<Set> Windows(IReadOnlyList<CohortRunRow> rows, bool sameRun, IReadOnlyList<FindingKind> kinds)
    {
        const double hazard = HazardMinutes * 60.0;
        var sets = new List<Set>();
        var slots = kinds.Count == 0 ? 0 : kinds.Max(k => (int)k) + 1;
        var wanted = new bool[Math.Max(slots, Enum.GetValues<FindingKind>().Max(k => (int)k) + 1)];
        foreach (var kind in kinds) wanted[(int)kind] = true;
        var seen = new bool[wanted.Length];
        foreach (var runner in rows.GroupBy(r => r.RunnerId, StringComparer.Ordinal))
        {
            var runs = runner.Where(r => r.DurationSeconds <= MaxRunSeconds).ToArray();
            var firsts = runs.Select(r => r.FirstInRunCramp()).ToArray();
            // Each run's findings on its moving clock, worked out once: a run is a referent for many cramps of its runner, and
            // the clock's interpolation per finding and per referent would cost more than the comparisons themselves.
            var spans = runs.Select(MovingSpans).ToArray();
            for (var i = 0; i < runs.Length; i++)
            {
                var run = runs[i];
                // A first cramp lies within its run: one outside it (a damaged or foreign table's 1e15, Inf, NaN) has no windows, and
                // the window loops below are bounded by the run's own length, never by the cramp's time alone.
                if (firsts[i] is not double t || !(t >= 0 && t <= run.MovingClockSeconds)) continue;
                var hazardWindow = new Window(run, Math.Max(0, t - hazard), t);
                var exposed = new int[slots];
                var referents = 0;
                if (sameRun)
                {
                    for (var to = t - hazard; to - hazard >= 0; to -= hazard) Count(spans[i], to - hazard, to);
                }
                else
                {
                    for (var j = 0; j < runs.Length; j++)
                        if (j != i && runs[j].MovingClockSeconds >= t && !(firsts[j] <= t))
                            Count(spans[j], hazardWindow.From, t);
                }
                if (referents == 0) continue;
                var caseExposed = new bool[slots];
                Mark(spans[i], hazardWindow.From, t, caseExposed);
                sets.Add(new Set(hazardWindow, referents, caseExposed, exposed));

                void Count((FindingKind Kind, double Start, double End)[] findings, double from, double to)
                {
                    referents++;
                    Array.Clear(seen);
                    Mark(findings, from, to, seen);
                    for (var k = 0; k < slots; k++) if (seen[k]) exposed[k]++;
                }
            }
        }
        return sets;

        // Which of the kinds asked for have a finding exposing the window, as Exposed says for each kind.
        void Mark((FindingKind Kind, double Start, double End)[] findings, double from, double to, bool[] into)
        {
            foreach (var (kind, start, end) in findings)
                if (wanted[(int)kind] && start < to && end >= from) into[(int)kind] = true;
        }
    }

    /// <summary>The run's findings with their start and end on its moving clock, in the run's order.</summary>
    private static (FindingKind Kind, double Start, double End)[] MovingSpans(CohortRunRow run) =>
        [.. run.Findings.Select(f => (f.Kind, run.MovingAt(f.StartSeconds), run.MovingAt(f.EndSeconds)))];

    /// <summary>
    /// A finding of <paramref name="kind"/> overlaps the window (seconds on the run's moving clock) and started before its end: one
    /// that starts at the very moment of the cramp cannot have come before it (the limp that follows a cramp).
    /// </summary>
    internal static bool Exposed(CohortRunRow run, double from, double to, FindingKind kind)
    {
        foreach (var f in run.Findings)
            if (f.Kind == kind && run.MovingAt(f.StartSeconds) < to && run.MovingAt(f.EndSeconds) >= from) return true;
        return false;
    }

    /// <summary>
    /// The Mantel-Haenszel odds ratio over matched sets (case exposure a, e exposed of m referents):
    /// Σ a(m − e)/(m + 1) over Σ e(1 − a)/(m + 1); null when either sum is zero. A check on the conditional fit.
    /// </summary>
    internal static double? MantelHaenszelOverSets(IEnumerable<(bool CaseExposed, int ExposedReferents, int Referents)> sets)
    {
        double r = 0, s = 0;
        foreach (var (a, e, m) in sets)
        {
            r += (a ? 1 : 0) * (m - e) / (m + 1.0);
            s += e * (a ? 0 : 1) / (m + 1.0);
        }
        return r > 0 && s > 0 ? r / s : null;
    }
}
