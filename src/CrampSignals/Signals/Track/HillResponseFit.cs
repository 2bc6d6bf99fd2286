namespace CrampSignals.Signals.Track;

/// <summary>
/// Fits how much a runner slows on climbs: ln(speed) against ln(C(grade)/C(0)) over the running seconds, each 5-minute
/// block taken about its own mean so a change of pace over the run does not pass for a hill effect. Surges and
/// walk breaks fall on climbs and descents alike, so they add scatter, not a slope.
/// </summary>
internal static class HillResponseFit
{
    private const int Block = 300;

    public static void Apply(SignalTrack track, SignalOptions o)
    {
        var n = track.Length;
        // Both sides averaged over half a minute: altitude noise makes the grade of single seconds scatter, and scatter
        // in the grade would flatten the fitted slope; hills last longer than that.
        var cost = new double[n];
        var speed = new double[n];
        for (var i = 0; i < n; i++)
        {
            var ok = Usable(track, i, o);
            cost[i] = ok ? Math.Log(RunningCost.JoulesPerKilogramMeter(track.GradeColumn[i]) / RunningCost.FlatCost) : double.NaN;
            speed[i] = ok ? Math.Log(track.Speed[i]) : double.NaN;
        }
        Rolling.Mean(cost.ToArray(), cost, o.HillResponseSmoothingSeconds);
        Rolling.Mean(speed.ToArray(), speed, o.HillResponseSmoothingSeconds);
        double sxy = 0, sxx = 0, syy = 0;
        var count = 0;
        for (var from = 0; from < n; from += Block)
        {
            var to = Math.Min(n, from + Block);
            double mx = 0, my = 0;
            var m = 0;
            for (var i = from; i < to; i++)
                if (!double.IsNaN(cost[i])) { mx += cost[i]; my += speed[i]; m++; }
            if (m < Block / 3) continue;
            mx /= m;
            my /= m;
            for (var i = from; i < to; i++)
            {
                if (double.IsNaN(cost[i])) continue;
                var x = cost[i] - mx;
                var y = speed[i] - my;
                sxy += x * y;
                sxx += x * x;
                syy += y * y;
                count++;
            }
        }
        var k = 1.0;
        // Too flat (the cost varies by under 3 % about its local mean) or too short to tell: follow the cost curve fully.
        if (count >= 600 && sxx / count >= o.HillResponseMinCostSpread * o.HillResponseMinCostSpread)
        {
            // Neighbouring seconds are not independent (smoothing, a runner's drifting effort): count about one
            // independent value a minute for the slope's uncertainty, and keep the estimate two standard errors towards
            // following the cost curve fully, so a noisy fit cannot invent hill efforts.
            var slope = sxy / sxx;
            var residual = Math.Max(0, syy - slope * sxy) / count;
            var standardError = Math.Sqrt(residual * 60 / sxx);
            k = Math.Clamp(-slope + 2 * standardError, o.HillResponseMin, 1.0);
        }
        track.HillResponse = k;
        for (var i = 0; i < n; i++)
        {
            var v = track.Speed[i];
            track.Effort[i] = double.IsNaN(v) ? double.NaN : v * Math.Pow(RunningCost.JoulesPerKilogramMeter(track.GradeColumn[i]) / RunningCost.FlatCost, k);
        }
    }

    private static bool Usable(SignalTrack track, int i, SignalOptions o) =>
        track.RunningMask[i] && track.Speed[i] > 0 && Math.Abs(track.GradeColumn[i]) <= o.ComparisonMaxAbsGrade * 1.5;
}
