using CrampSignals.Signals;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// What is taken to cause what among the findings, as data: the mutually adjusted time-to-event model of a kind adjusts for the
/// other kinds but never for its consequences, since adjusting for a consequence takes away part of the kind's own effect (and can
/// invent one in the consequence). Documented in <c>docs/cohort-methods.md</c>.
/// </summary>
internal static class CausalGraph
{
    /// <summary>Cause → consequence.</summary>
    public static IReadOnlyList<(FindingKind Cause, FindingKind Effect)> Edges { get; } =
    [
        // Hot hours of the day make a hot run likely.
        (FindingKind.HotHours, FindingKind.HeatExposure),
        // Heat raises the heart rate at a given pace: drift follows heat.
        (FindingKind.HeatExposure, FindingKind.CardiacDrift),
        // Going out too fast costs later: the heart rate drifts up at the same pace.
        (FindingKind.FastStart, FindingKind.CardiacDrift),
        // The hydration rule itself is shorter on a hot run.
        (FindingKind.HeatExposure, FindingKind.LongRunHydration),
    ];

    /// <summary>Every kind downstream of <paramref name="kind"/>, following the edges.</summary>
    public static HashSet<FindingKind> Consequences(FindingKind kind)
    {
        var found = new HashSet<FindingKind>();
        var queue = new Queue<FindingKind>([kind]);
        while (queue.TryDequeue(out var k))
            foreach (var (cause, effect) in Edges)
                if (cause == k && found.Add(effect)) queue.Enqueue(effect);
        return found;
    }
}
