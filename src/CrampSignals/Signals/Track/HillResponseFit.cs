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
        double sxy = 0, sxx = 0;
        var count = 0;
        for (var from = 0; from < n; from += Block)
        {
            var to = Math.Min(n, from + Block);
            double mx = 0, my = 0;
            var m = 0;
            for (var i = from; i < to; i++)
                if (Usable(track, i, o)) { mx += LogCost(track, i); my += Math.Log(track.Speed[i]); m++; }
            if (m < Block / 3) continue;
            mx /= m;
            my /= m;
            for (var i = from; i < to; i++)
            {
                if (!Usable(track, i, o)) continue;
                var x = LogCost(track, i) - mx;
                sxy += x * (Math.Log(track.Speed[i]) - my);
                sxx += x * x;
                count++;
            }
        }
        var k = 1.0;
        // Too flat (the cost varies by under 3 % about its local mean) or too short to tell: follow the cost curve fully.
        if (count >= 600 && sxx / count >= o.HillResponseMinCostSpread * o.HillResponseMinCostSpread)
            k = Math.Clamp(-sxy / sxx, o.HillResponseMin, 1.0);
        track.HillResponse = k;
        for (var i = 0; i < n; i++)
        {
            var v = track.Speed[i];
            track.Effort[i] = double.IsNaN(v) ? double.NaN : v * Math.Pow(RunningCost.JoulesPerKilogramMeter(track.GradeColumn[i]) / RunningCost.FlatCost, k);
        }
    }

    private static bool Usable(SignalTrack track, int i, SignalOptions o) =>
        track.RunningMask[i] && track.Speed[i] > 0 && Math.Abs(track.GradeColumn[i]) <= o.ComparisonMaxAbsGrade * 1.5;

    private static double LogCost(SignalTrack track, int i) => Math.Log(RunningCost.JoulesPerKilogramMeter(track.GradeColumn[i]) / RunningCost.FlatCost);
}
