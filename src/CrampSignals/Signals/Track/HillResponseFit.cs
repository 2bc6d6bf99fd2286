namespace CrampSignals.Signals.Track;

/// <summary>
/// Fits how much a runner slows on climbs and speeds up on descents, each on its own: ln(speed) against the uphill and
/// the downhill part of ln(C(grade)/C(0)) over the running seconds, each 5-minute block taken about its own mean so a
/// change of pace over the run does not pass for a hill effect. Runners give back far less of the cost curve downhill
/// than uphill (braking, footing), so one shared value would over-credit climbs and under-credit descents. Surges and
/// walk breaks fall on climbs and descents alike, so they add scatter, not a slope.
/// </summary>
internal static class HillResponseFit
{
    private const int Block = 300;

    // Fits of the iteratively reweighted regression: the first unweighted, each later one weighted by the one before.
    private const int Passes = 4;

    public static void Apply(SignalTrack track, TrackOptions o)
    {
        using var scratch = new Scratch(track.Length);
        Apply(track, o, scratch);
    }

    /// <summary>As <see cref="Apply(SignalTrack, TrackOptions)"/>, with its working columns taken from <paramref name="scratch"/> (of the track's length).</summary>
    public static void Apply(SignalTrack track, TrackOptions o, Scratch scratch)
    {
        var n = track.Length;
        // Both sides averaged over half a minute: altitude noise makes the grade of single seconds scatter, and scatter
        // in the grade would flatten the fitted slope; hills last longer than that.
        var up = scratch.Column();
        var down = scratch.Column();
        var speed = scratch.Column();
        var raw = scratch.Column();
        var width = (int)o.HillResponseSmoothingWindow.TotalSeconds;
        var grade = track.GradeColumn;
        var trackSpeed = track.Speed;
        var maxAbsGrade = o.ComparisonMaxAbsGrade * 1.5;
        // Each second's relative cost is kept in the effort column until the effort is written from it at the end.
        var effort = track.Effort;
        for (var i = 0; i < n; i++)
        {
            var relative = RunningCost.RelativeCost(grade[i]);
            effort[i] = relative;
            var ok = track.RunningMask[i] && trackSpeed[i] > 0 && Math.Abs(grade[i]) <= maxAbsGrade;
            var cost = ok ? Math.Log(relative) : double.NaN;
            raw[i] = ok ? Math.Max(0, cost) : double.NaN;
            down[i] = ok ? Math.Min(0, cost) : double.NaN;
            speed[i] = ok ? Math.Log(trackSpeed[i]) : double.NaN;
        }
        Rolling.Mean(raw.AsSpan(0, n), up.AsSpan(0, n), width);
        down.AsSpan(0, n).CopyTo(raw);
        Rolling.Mean(raw.AsSpan(0, n), down.AsSpan(0, n), width);
        speed.AsSpan(0, n).CopyTo(raw);
        Rolling.Mean(raw.AsSpan(0, n), speed.AsSpan(0, n), width);
        // Iteratively reweighted: seconds far off the fit (a surge up a hill, a fade) are down-weighted (Tukey's
        // bisquare on the residual), so the slopes describe the steady running, not the efforts placed on hills.
        var weight = scratch.Column();
        var residuals = scratch.Column();
        var rows = scratch.Rows();
        var work = scratch.Column(Math.Max(n, 3 * Block));
        for (var i = 0; i < n; i++) weight[i] = double.IsNaN(up[i]) ? 0 : 1;
        double kUp = 1, kDown = 1;
        bool fittedUp = false, fittedDown = false;
        double slopeUp = 0, slopeDown = 0;
        for (var pass = 0; pass < Passes; pass++)
        {
            var s = Sums(up, down, speed, weight, n);
            if (pass == 0)
            {
                // Each side needs its own hills: too little climbing (or descending) to tell and that side follows the cost curve fully.
                var minSpread = o.HillResponseMinCostSpread * o.HillResponseMinCostSpread / 2;
                var upOk = s.Count >= 600 && s.UU / s.Count >= minSpread;
                var downOk = s.Count >= 600 && s.DD / s.Count >= minSpread;
                if (!upOk && !downOk) break;
                if (!upOk) s = s with { UU = 0, UD = 0, UY = 0 };
                if (!downOk) s = s with { DD = 0, UD = 0, DY = 0 };
            }
            else if (s.UU == 0 && s.DD == 0) break;
            var useUp = s.UU > 0 && (pass == 0 || fittedUp);
            var useDown = s.DD > 0 && (pass == 0 || fittedDown);
            fittedUp = useUp;
            fittedDown = useDown;
            double varUp, varDown;
            if (useUp && useDown)
            {
                var det = s.UU * s.DD - s.UD * s.UD;
                if (!(det > 0)) break;
                slopeUp = (s.DD * s.UY - s.UD * s.DY) / det;
                slopeDown = (s.UU * s.DY - s.UD * s.UY) / det;
                var residual = Math.Max(0, s.YY - slopeUp * s.UY - slopeDown * s.DY) / s.Count;
                varUp = residual * 60 * s.DD / det;
                varDown = residual * 60 * s.UU / det;
            }
            else if (useUp)
            {
                slopeUp = s.UY / s.UU;
                slopeDown = 0;
                varUp = Math.Max(0, s.YY - slopeUp * s.UY) / s.Count * 60 / s.UU;
                varDown = double.NaN;
            }
            else if (useDown)
            {
                slopeDown = s.DY / s.DD;
                slopeUp = 0;
                varDown = Math.Max(0, s.YY - slopeDown * s.DY) / s.Count * 60 / s.DD;
                varUp = double.NaN;
            }
            else break;
            kUp = useUp ? Shrunk(-slopeUp, varUp, o, o.HillResponseMinUphill) : 1;
            kDown = useDown ? Shrunk(-slopeDown, varDown, o, o.HillResponseMinDownhill) : 1;
            // The last pass's weights would feed no further fit.
            if (pass < Passes - 1) Reweight(up, down, speed, weight, n, slopeUp, slopeDown, residuals, raw, rows, work);
        }
        // A side with too little of its own slope to tell takes the other side's response (bounded as that side's own): the
        // runner's way with the hills they did run is a closer guess than following the cost curve fully.
        if (fittedUp && !fittedDown) kDown = Math.Max(kUp, o.HillResponseMinDownhill);
        else if (fittedDown && !fittedUp) kUp = Math.Max(kDown, o.HillResponseMinUphill);
        track.HillResponse = kUp;
        track.HillResponseDownhill = kDown;
        for (var i = 0; i < n; i++)
        {
            var v = trackSpeed[i];
            var relative = effort[i];
            effort[i] = double.IsNaN(v) ? double.NaN : v * Math.Pow(relative, relative >= 1 ? kUp : kDown);
        }
    }

    private readonly record struct Moments(double UU, double UD, double DD, double UY, double DY, double YY, double Count);

    /// <summary>Weighted second moments, each 5-minute block taken about its own weighted mean.</summary>
    private static Moments Sums(double[] up, double[] down, double[] speed, double[] weight, int n)
    {
        double uu = 0, ud = 0, dd = 0, uy = 0, dy = 0, yy = 0, count = 0;
        for (var from = 0; from < n; from += Block)
        {
            var to = Math.Min(n, from + Block);
            double mu = 0, md = 0, my = 0, m = 0;
            var seconds = 0;
            for (var i = from; i < to; i++)
            {
                if (weight[i] <= 0) continue;
                mu += weight[i] * up[i];
                md += weight[i] * down[i];
                my += weight[i] * speed[i];
                m += weight[i];
                seconds++;
            }
            if (seconds < Block / 3) continue;
            mu /= m;
            md /= m;
            my /= m;
            for (var i = from; i < to; i++)
            {
                if (weight[i] <= 0) continue;
                var w = weight[i];
                var u = up[i] - mu;
                var d = down[i] - md;
                var y = speed[i] - my;
                uu += w * u * u;
                ud += w * u * d;
                dd += w * d * d;
                uy += w * u * y;
                dy += w * d * y;
                yy += w * y * y;
                count += w;
            }
        }
        return new Moments(uu, ud, dd, uy, dy, yy, count);
    }

    /// <summary>
    /// Tukey's bisquare weights from the residuals about each block's median, scaled by their median absolute deviation.
    /// <paramref name="residual"/>, <paramref name="all"/> (length n), <paramref name="rows"/> (length n) and
    /// <paramref name="block"/> (at least n and three blocks) are working space.
    /// </summary>
    private static void Reweight(double[] up, double[] down, double[] speed, double[] weight, int n, double slopeUp, double slopeDown,
        double[] residual, double[] all, int[] rows, double[] block)
    {
        // Each second's distance from the fitted line, once, kept packed in time order with its row: every value lies in
        // three blocks' neighbourhoods, and a neighbourhood is then one contiguous run of the packed values to copy.
        var blocks = (n + Block - 1) / Block;
        Span<int> starts = blocks < 256 ? stackalloc int[blocks + 1] : new int[blocks + 1];
        var count = 0;
        for (var b = 0; b < blocks; b++)
        {
            starts[b] = count;
            for (int i = b * Block, to = Math.Min(n, i + Block); i < to; i++)
            {
                var r = double.IsNaN(up[i]) ? double.NaN : speed[i] - slopeUp * up[i] - slopeDown * down[i];
                if (double.IsNaN(r)) continue;
                residual[count] = r;
                rows[count++] = i;
            }
        }
        starts[blocks] = count;
        Span<double> centres = blocks <= 256 ? stackalloc double[blocks] : new double[blocks];
        for (var b = 0; b < blocks; b++)
        {
            // The centre is taken over the block and its neighbours: a surge can fill most of one block, and a median over
            // that block alone would sit at the surge's pace and down-weight the steady seconds instead.
            var from = starts[Math.Max(0, b - 1)];
            var inBlock = starts[Math.Min(blocks, b + 2)] - from;
            residual.AsSpan(from, inBlock).CopyTo(block);
            centres[b] = inBlock > 0 ? Rolling.MedianInPlace(block.AsSpan(0, inBlock)) : 0;
        }
        if (count == 0) return;
        for (var k = 0; k < count; k++)
        {
            residual[k] -= centres[rows[k] / Block];
            all[k] = Math.Abs(residual[k]);
        }
        var c = RobustScale.TukeyBiweightTuning * Math.Max(1e-3, RobustScale.MadToStandardDeviation * Rolling.MedianInPlace(all.AsSpan(0, count)));
        weight.AsSpan(0, n).Clear();
        for (var k = 0; k < count; k++)
        {
            var x = residual[k] / c;
            weight[rows[k]] = Math.Abs(x) >= 1 ? 0 : (1 - x * x) * (1 - x * x);
        }
    }

    /// <summary>
    /// Neighbouring seconds are not independent (smoothing, a runner's drifting effort): the variance counts about one
    /// independent value a minute. The estimate is kept <see cref="TrackOptions.HillResponseShrinkStandardErrors"/> standard
    /// errors towards following the cost curve fully, so a noisy fit cannot invent hill efforts.
    /// </summary>
    private static double Shrunk(double k, double variance, TrackOptions o, double least) =>
        Math.Clamp(k + o.HillResponseShrinkStandardErrors * Math.Sqrt(variance), least, 1.0);

}
