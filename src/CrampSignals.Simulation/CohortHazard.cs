using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.Simulation;

/// <summary>
/// The in-run hazard of a cramp in the cohort truth model, on moving seconds from the run's start:
/// h(t) per minute = exp(level + <see cref="SlopePerHour"/> · t/3600) · ∏ HR of the kinds whose exposure window holds t,
/// where level is the runner's frailty plus <see cref="BaseLogHazardPerMinute"/>. The exposure windows are the ones the
/// analysis uses: a transient finding (pace surge, cadence drop) acts from its start until W minutes after its end, a
/// state from where it sets in to the run's end, and a missing cool-down not at all (it comes after the last stride).
/// </summary>
internal static class CohortHazard
{
    /// <summary>
    /// Log hazard per minute at the start of a run for a runner of frailty 0 with no finding (one cramp in about 270
    /// minutes): with no planted effect about 28 % of runs have an in-run cramp, with a few planted ones about 45 %.
    /// </summary>
    public const double BaseLogHazardPerMinute = -5.6;

    /// <summary>Rise of the log hazard per hour on one's feet: tired muscles cramp more readily.</summary>
    public const double SlopePerHour = 0.5;

    /// <summary>Minutes after a transient finding's end during which it still raises the hazard (W).</summary>
    public const int DefaultWindowMinutes = 20;

    /// <summary>Findings that act for a while and pass; every other kind is a state that lasts to the run's end.</summary>
    public static readonly FindingKind[] Transient = [FindingKind.PaceSurge, FindingKind.CadenceDrop];

    /// <summary>A stretch of the run over which the product of hazard ratios holds still.</summary>
    public readonly record struct Piece(double From, double To, double LogRatio);

    /// <summary>
    /// When <paramref name="finding"/> raises the hazard in a run of <paramref name="runSeconds"/> moving seconds; null for a
    /// kind that cannot act during the run (no cool-down).
    /// </summary>
    public static (double From, double To)? Window(FindingSpan finding, double runSeconds, int windowMinutes) => finding.Kind switch
    {
        FindingKind.NoCoolDown => null,
        FindingKind.PaceSurge or FindingKind.CadenceDrop => (finding.StartSeconds, Math.Min(runSeconds, finding.EndSeconds + 60.0 * windowMinutes)),
        // A fast start does its harm once it is over: the runner pays for it later on.
        FindingKind.FastStart => (finding.EndSeconds, runSeconds),
        _ => (finding.StartSeconds, runSeconds),
    };

    /// <summary>The run cut where any exposure window opens or closes, each piece with the summed log hazard ratios of the kinds exposed in it.</summary>
    public static List<Piece> Pieces(IEnumerable<FindingSpan> findings, double runSeconds, Func<FindingKind, double> hazardRatio, int windowMinutes)
    {
        var windows = findings.Select(f => (f.Kind, Window: Window(f, runSeconds, windowMinutes)))
            .Where(w => w.Window is var (from, to) && to > from && Math.Log(hazardRatio(w.Kind)) != 0)
            .Select(w => (w.Kind, From: Math.Max(0, w.Window!.Value.From), To: w.Window!.Value.To))
            .ToList();
        var cuts = windows.SelectMany(w => new[] { w.From, w.To }).Append(0).Append(runSeconds)
            .Where(t => t >= 0 && t <= runSeconds).Distinct().Order().ToList();
        var pieces = new List<Piece>(cuts.Count);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var mid = (cuts[i] + cuts[i + 1]) / 2;
            // A kind counts once however many of its windows overlap here.
            var log = windows.Where(w => w.From <= mid && mid < w.To).Select(w => w.Kind).Distinct().Sum(k => Math.Log(hazardRatio(k)));
            pieces.Add(new Piece(cuts[i], cuts[i + 1], log));
        }
        return pieces;
    }

    /// <summary>The hazard per second at <paramref name="seconds"/> for a log level and log ratio.</summary>
    public static double PerSecond(double level, double logRatio, double seconds) =>
        Math.Exp(level + logRatio + SlopePerHour * seconds / 3600) / 60;

    /// <summary>The cumulative hazard over a piece from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static double Integral(double level, double logRatio, double from, double to) =>
        60 * Math.Exp(level + logRatio) / SlopePerHour * (Math.Exp(SlopePerHour * to / 3600) - Math.Exp(SlopePerHour * from / 3600));

    /// <summary>The cumulative hazard over the whole run: 1 − exp(−H) is the chance of a cramp in it.</summary>
    public static double Cumulative(IReadOnlyList<Piece> pieces, double level) => pieces.Sum(p => Integral(level, p.LogRatio, p.From, p.To));

    /// <summary>
    /// The time of the first event by inversion: the moment the cumulative hazard reaches <paramref name="target"/>
    /// (an Exp(1) draw), exact for this piecewise log-linear hazard; null when the run ends first.
    /// </summary>
    public static double? FirstEvent(IReadOnlyList<Piece> pieces, double level, double target)
    {
        var left = target;
        foreach (var p in pieces)
        {
            var h = Integral(level, p.LogRatio, p.From, p.To);
            if (h < left) { left -= h; continue; }
            var grown = Math.Exp(SlopePerHour * p.From / 3600) + left * SlopePerHour / (60 * Math.Exp(level + p.LogRatio));
            return Math.Clamp(3600 / SlopePerHour * Math.Log(grown), p.From, p.To);
        }
        return null;
    }
}
