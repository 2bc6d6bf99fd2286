using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Runs;
using CrampSignals.Signals.Track;
using CrampSignals.Signals;

using CrampSignals.Text;
namespace CrampSignals.Reports;

/// <summary>One kilometre (or mile) of the run; the last one may be shorter.</summary>
/// <param name="Number">1 for the first split.</param>
/// <param name="Meters">Distance the split covers: a full kilometre or mile except, perhaps, the last.</param>
/// <param name="Seconds">Time the split took.</param>
/// <param name="GradeAdjustedSecondsPerKm">Pace on flat ground at the same effort (Minetti cost of the slopes run), s/km.</param>
/// <param name="HeartRateBpm">Mean heart rate, or NaN.</param>
/// <param name="Cadence">Mean cadence, or NaN.</param>
/// <param name="GainMeters">Climb over the split, metres (NaN without altitude).</param>
/// <param name="LossMeters">Descent over the split, metres (NaN without altitude).</param>
/// <param name="TemperatureCelsius">Mean air temperature when the weather covers the split, else the wrist sensor's, else NaN.</param>
/// <param name="Findings">Indices of the findings whose stretch overlaps the split.</param>
/// <param name="StartSeconds">Seconds from the first sample to the split's start.</param>
internal sealed record Split(
    int Number, double Meters, double Seconds, double GradeAdjustedSecondsPerKm, double HeartRateBpm, double Cadence,
    double GainMeters, double LossMeters, double TemperatureCelsius, ImmutableArray<int> Findings, double StartSeconds)
{
    /// <summary>Pace over the split, s/km.</summary>
    public double SecondsPerKm => Meters > 0 ? Seconds * 1000 / Meters : double.NaN;

    /// <summary>True for a last split shorter than the others.</summary>
    public bool IsPartial(UnitSystem units) => Meters < UnitFormat.SplitMeters(units) - 0.5;
}

/// <summary>Cuts a run into kilometre or mile splits from its samples.</summary>
internal static class RunSplits
{
    /// <summary>A last stretch shorter than this is rounding, not a split.</summary>
    public const double MinPartialMeters = 1;

    /// <summary>Climb and descent count only once the altitude has moved this far, so sensor noise does not add up to hills.</summary>
    public const double ElevationHysteresisMeters = 2;

    /// <summary>Slopes are measured over at least this much distance; GPS altitude over a metre or two is noise.</summary>
    public const double GradeStepMeters = 25;

    public static ImmutableArray<Split> From(RunReport report)
    {
        var s = report.Activity.Samples;
        if (s.Count < 2 || !s.HasTime) return [];
        var t = s.UnixSeconds;
        var distance = RunDistance.Cumulative(s);
        var first = s.FirstUnixSeconds;
        var splitMeters = UnitFormat.SplitMeters(report.Units);
        var total = 0.0;
        foreach (var d in distance) if (double.IsFinite(d)) total = Math.Max(total, d);
        if (total < MinPartialMeters) return [];

        // Climb, descent and grade from the spike-filtered altitude: one bad sample is not a hill.
        var alt = AltitudeFilter.Hampel(s.AltitudeMeters);
        var hr = s.HeartRateBpm;
        var cad = s.Cadence;
        var wrist = s.TemperatureCelsius;
        var weather = report.Weather;
        var findings = report.Signals.Findings;
        var splits = ImmutableArray.CreateBuilder<Split>();

        var count = (int)Math.Ceiling((total - MinPartialMeters) / splitMeters);
        var i = 0;
        var previousBoundaryTime = first;
        var previousBoundaryMeters = 0.0;
        // Running state carried across samples.
        var altitudeAnchor = double.NaN;
        double gradeAnchorMeters = 0, gradeAnchorAltitude = double.NaN;
        for (var k = 1; k <= count; k++)
        {
            var boundary = Math.Min(k * splitMeters, total);
            double hrSum = 0, cadSum = 0, tempSum = 0; int hrN = 0, cadN = 0, tempN = 0;
            double gain = 0, loss = 0, flatEquivalent = 0, gradedMeters = 0; var hasAltitude = false;
            var boundaryTime = double.NaN;
            for (; i < s.Count; i++)
            {
                if (!double.IsFinite(t[i]) || !double.IsFinite(distance[i])) continue;
                if (distance[i] >= boundary)
                {
                    // Interpolate the moment the boundary was crossed between this sample and the previous.
                    boundaryTime = CrossingTime(t, distance, i, boundary);
                    break;
                }
                if (double.IsFinite(hr[i]) && hr[i] > 0) { hrSum += hr[i]; hrN++; }
                if (double.IsFinite(cad[i]) && cad[i] > 0) { cadSum += cad[i]; cadN++; }
                var air = weather is null ? double.NaN : weather.TemperatureCelsiusAt(UnixTime.ToDateTime(t[i]));
                var temp = double.IsFinite(air) ? air : wrist[i];
                if (double.IsFinite(temp)) { tempSum += temp; tempN++; }
                if (double.IsFinite(alt[i]))
                {
                    hasAltitude = true;
                    if (double.IsNaN(altitudeAnchor)) altitudeAnchor = alt[i];
                    else if (alt[i] - altitudeAnchor >= ElevationHysteresisMeters) { gain += alt[i] - altitudeAnchor; altitudeAnchor = alt[i]; }
                    else if (altitudeAnchor - alt[i] >= ElevationHysteresisMeters) { loss += altitudeAnchor - alt[i]; altitudeAnchor = alt[i]; }
                    if (double.IsNaN(gradeAnchorAltitude)) { gradeAnchorAltitude = alt[i]; gradeAnchorMeters = distance[i]; }
                    else if (distance[i] - gradeAnchorMeters >= GradeStepMeters)
                    {
                        var run = distance[i] - gradeAnchorMeters;
                        var grade = Math.Clamp((alt[i] - gradeAnchorAltitude) / run, -0.45, 0.45);
                        flatEquivalent += run * RunningCost.RelativeCost(grade);
                        gradedMeters += run;
                        gradeAnchorAltitude = alt[i]; gradeAnchorMeters = distance[i];
                    }
                }
            }
            if (double.IsNaN(boundaryTime)) boundaryTime = LastTime(t);
            var meters = boundary - previousBoundaryMeters;
            var seconds = boundaryTime - previousBoundaryTime;
            var startSeconds = previousBoundaryTime - first;
            var from = UnixTime.ToDateTime(previousBoundaryTime);
            var to = UnixTime.ToDateTime(boundaryTime);
            var inside = ImmutableArray.CreateRange(Enumerable.Range(0, findings.Length).Where(f => IsStretch(findings[f], report) && findings[f].Start < to && findings[f].End > from));
            // Slopes are measured in steps that may not fill the split; the distance no step covered counts as flat.
            var equivalentMeters = flatEquivalent + Math.Max(0, meters - gradedMeters);
            var gap = hasAltitude && seconds > 0 && equivalentMeters > 0 ? seconds * 1000 / equivalentMeters : double.NaN;
            splits.Add(new Split(k, meters, seconds, gap,
                hrN > 0 ? hrSum / hrN : double.NaN, cadN > 0 ? cadSum / cadN : double.NaN,
                hasAltitude ? gain : double.NaN, hasAltitude ? loss : double.NaN, tempN > 0 ? tempSum / tempN : double.NaN, inside, startSeconds));
            previousBoundaryTime = boundaryTime;
            previousBoundaryMeters = boundary;
        }
        return splits.ToImmutable();
    }

    /// <summary>Share of the run beyond which a finding is the run's backdrop, not a stretch of it.</summary>
    public const double WholeRunShare = 0.85;

    /// <summary>
    /// True for a finding that marks a stretch of the run. One that covers nearly all of it (long-run hydration, a heat
    /// block from the first minutes) would mark every split and every metre of the route and say nothing there; the
    /// report names those once instead.
    /// </summary>
    public static bool IsStretch(Finding finding, RunReport report) =>
        finding.Kind != FindingKind.LongRunHydration
        && !(report.Summary.Duration is TimeSpan run && run > TimeSpan.Zero && (finding.End - finding.Start) >= run * WholeRunShare);

    private static double CrossingTime(ReadOnlySpan<double> t, double[] distance, int i, double boundary)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (!double.IsFinite(t[j]) || !double.IsFinite(distance[j])) continue;
            var span = distance[i] - distance[j];
            if (span <= 0) return t[i];
            return t[j] + (t[i] - t[j]) * (boundary - distance[j]) / span;
        }
        return t[i];
    }

    private static double LastTime(ReadOnlySpan<double> t)
    {
        var last = double.NaN;
        foreach (var v in t) if (double.IsFinite(v) && !(v < last)) last = v;
        return last;
    }
}
