using CrampSignals.Signals;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>
/// Runs in counting-process form for the time-to-event analysis: each run is at risk on its moving clock from its start until its
/// first cramp during the run or its end, cut into pieces wherever a finding starts or stops exposing it, one covariate per kind.
/// </summary>
internal sealed class RiskIntervals
{
    private RiskIntervals(List<CoxInterval> rows, FindingKind[] kinds, int events)
    {
        Rows = rows;
        Kinds = kinds;
        Events = events;
    }

    /// <summary>The pieces, with one covariate per entry of <see cref="Kinds"/>; pieces exposed alike share one covariate array, so read it, never write it.</summary>
    public List<CoxInterval> Rows { get; }

    public FindingKind[] Kinds { get; }

    /// <summary>First cramps during a run: the events.</summary>
    public int Events { get; }

    public static RiskIntervals Build(IReadOnlyList<CohortRunRow> rows, FindingKind[] kinds, double windowSeconds)
    {
        if (kinds.Length > 64) throw new ArgumentOutOfRangeException(nameof(kinds), "at most 64 kinds");
        // A cohort has hundreds of thousands of pieces but only a few patterns of exposure among them: the pieces of one
        // pattern share one read-only covariate array.
        var patterns = new Dictionary<ulong, double[]>();
        double[] Covariates(ulong exposed)
        {
            if (patterns.TryGetValue(exposed, out var shared)) return shared;
            var x = new double[kinds.Length];
            for (var k = 0; k < x.Length; k++)
                if ((exposed & (1UL << k)) != 0) x[k] = 1;
            return patterns[exposed] = x;
        }
        var strata = new Dictionary<string, int>(StringComparer.Ordinal);
        var pieces = new List<CoxInterval>();
        var events = 0;
        var cuts = new List<double>();
        var spans = new List<(int Column, double From, double To)>();
        foreach (var run in rows)
        {
            var length = run.MovingClockSeconds;
            if (!(length > 0) || !double.IsFinite(length)) continue;
            var first = run.FirstInRunCramp();
            var isEvent = first is not null;
            // A cramp in the first second still needs a piece of time at risk to fall in; one logged during the run but after its last
            // sample falls at the run's end.
            var stop = first is double f ? Math.Max(Math.Min(f, length), Math.Min(1, length)) : length;
            if (!strata.TryGetValue(run.RunnerId, out var stratum)) strata[run.RunnerId] = stratum = strata.Count;
            if (isEvent) events++;

            var hot = run.Holds(FindingKind.HeatExposure);
            spans.Clear();
            cuts.Clear();
            cuts.Add(0);
            cuts.Add(stop);
            foreach (var finding in run.Findings)
            {
                var column = Array.IndexOf(kinds, finding.Kind);
                if (column < 0) continue;
                var (from, to) = Exposures.Span(finding.Kind, run.MovingAt(finding.StartSeconds), run.MovingAt(finding.EndSeconds), windowSeconds, hot);
                if (!(from < stop) || !(to > 0)) continue;
                spans.Add((column, from, to));
                if (from > 0) cuts.Add(from);
                if (to < stop) cuts.Add(to);
            }
            cuts.Sort();
            var start = 0.0;
            for (var i = 1; i < cuts.Count; i++)
            {
                var end = cuts[i];
                if (!(end > start)) continue;
                var mid = (start + end) / 2;
                var exposed = 0UL;
                foreach (var (column, from, to) in spans)
                    if (from < mid && to > mid) exposed |= 1UL << column;
                pieces.Add(new CoxInterval(stratum, start, end, isEvent && end >= stop, Covariates(exposed)));
                start = end;
                if (end >= stop) break;
            }
        }
        return new RiskIntervals(pieces, kinds, events);
    }

    /// <summary>Events that struck while the kind in column <paramref name="column"/> exposed the run.</summary>
    public int ExposedEvents(int column) => Rows.Count(r => r.Event && r.X[column] > 0);
}
