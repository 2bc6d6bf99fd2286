using System.Buffers;
using CrampSignals.Signals.Track;

namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Whether the body answered a rise in measured speed: a runner who really speeds up takes quicker steps and, after a
/// lag, a faster heart; a GPS fix that wanders off and back changes neither.
/// </summary>
internal static class EffortResponse
{
    /// <summary>
    /// With both channels recorded, a cadence response confirms a rise only if heart rate rose by at least this fraction of
    /// its own response (<see cref="SurgeOptions.MinHeartRateResponse"/>): a 15 % surge, about 1 beat a minute after its lag.
    /// </summary>
    internal const double HeartNotFlatFraction = 0.25;

    /// <summary>
    /// Whether cadence or heart rate rose with a speed rise of <paramref name="increasePercent"/> over
    /// [<paramref name="start"/>, <paramref name="end"/>] (against the settled running seconds just before): true when
    /// either did (cadence only while the heart did not stay flat, when both are recorded), false when neither did, null
    /// when neither channel can tell (not recorded, or too few values).
    /// </summary>
    public static bool? Answered(SignalTrack track, int start, int end, double increasePercent, SignalOptions o)
    {
        var rise = increasePercent / 100;
        var cadence = Rise(track, track.HasCadence ? track.CadenceColumn : [], start, start, end, o);
        var lag = (int)Math.Min(o.Surge.HeartRateLag.TotalSeconds, (end - start) / 2.0);
        var heart = Rise(track, track.HasHeartRate ? track.HeartRate : [], start, start + lag, end, o);
        if (double.IsNaN(cadence) && double.IsNaN(heart)) return null;
        var hr = heart >= o.Surge.MinHeartRateResponse * rise;
        var cad = cadence >= o.Surge.MinCadenceResponse * rise;
        // A step or two a minute of cadence can come from the watch's own scatter; when the heart stays flat through the
        // rise as well (under a quarter of its own response), that is not enough to believe the speed.
        if (!double.IsNaN(heart) && !double.IsNaN(cadence)) return hr || (cad && heart >= HeartNotFlatFraction * o.Surge.MinHeartRateResponse * rise);
        return cad || hr;
    }

    /// <summary>
    /// Robust relative scatter of the hill-neutral speed over the running seconds of the window before <paramref name="start"/>:
    /// 1.4826 × median absolute deviation / median (the standard deviation for normal scatter); NaN when too few.
    /// </summary>
    public static double BaselineSpread(SignalTrack track, int start, SignalOptions o)
    {
        var from = Math.Max(0, start - (int)o.Surge.BaselineWindow.TotalSeconds);
        var values = ArrayPool<double>.Shared.Rent(Math.Max(1, start - from));
        try
        {
            var count = 0;
            var running = track.RunningMask;
            ReadOnlySpan<double> effort = track.Effort;
            for (var i = from; i < start; i++)
                if (running[i] && !double.IsNaN(effort[i])) values[count++] = effort[i];
            if (count < 60) return double.NaN;
            var window = values.AsSpan(0, count);
            var median = Rolling.MedianOf(window);
            foreach (ref var v in window) v = Math.Abs(v - median);
            var mad = Rolling.MedianOf(window);
            return median > 0 ? RobustScale.MadToStandardDeviation * mad / median : double.NaN;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
        }
    }

    /// <summary>
    /// Relative change of the running mean of <paramref name="column"/> over [<paramref name="from"/>, <paramref name="end"/>]
    /// against the last running seconds before <paramref name="start"/>; NaN when either side has too few values.
    /// </summary>
    private static double Rise(SignalTrack track, ReadOnlySpan<double> column, int start, int from, int end, SignalOptions o)
    {
        if (column.IsEmpty) return double.NaN;
        var need = (int)o.Surge.ResponseReferenceLength.TotalSeconds;
        double before = 0;
        var n = 0;
        // Back over settled running seconds only, at most a baseline window: during a walk break or a stop heart rate and
        // cadence fall, and for a while after it they are still climbing back, so a reference taken there would read
        // the runner's recovery as a response to the surge.
        var limit = Math.Max(0, start - (int)o.Surge.BaselineWindow.TotalSeconds);
        var settle = (int)o.Surge.ResponseSettleTime.TotalSeconds;
        var sinceBreak = SecondsSinceBreak(track, limit, start);
        for (var i = start - 1; i >= limit && n < need; i--)
        {
            if (!track.RunningMask[i] || double.IsNaN(column[i]) || sinceBreak[i - limit] < settle) continue;
            before += column[i];
            n++;
        }
        if (n < need / 4) return double.NaN;
        before /= n;
        double during = 0;
        var m = 0;
        for (var i = from; i <= end; i++)
        {
            if (!track.RunningMask[i] || double.IsNaN(column[i])) continue;
            during += column[i];
            m++;
        }
        if (m < 10 || !(before > 0)) return double.NaN;
        return during / m / before - 1;
    }

    /// <summary>For each second of [<paramref name="from"/>, <paramref name="to"/>), seconds since the runner last was not running (large when never).</summary>
    private static int[] SecondsSinceBreak(SignalTrack track, int from, int to)
    {
        var since = new int[Math.Max(0, to - from)];
        var last = int.MinValue / 2;
        for (var i = from; i < to; i++)
        {
            if (!track.RunningMask[i]) last = i;
            since[i - from] = i - last;
        }
        return since;
    }
}
