namespace CrampSignals.Simulation;

/// <summary>
/// Aerobic decoupling (Pa:HR): how much the efficiency factor (grade-adjusted speed over heart rate) fell from the
/// first half of a stretch to the second, in percent. Above about 5 % the heart is working harder for the same pace.
/// </summary>
internal static class AerobicDecoupling
{
    /// <summary>The decoupling over the samples whose wall time lies in [<paramref name="from"/>, <paramref name="to"/>), counting only running samples.</summary>
    public static double Percent(double[] wallSeconds, double[] speed, double[] heartRate, bool[] running, double from, double to)
    {
        var mid = (from + to) / 2;
        double s1 = 0, h1 = 0, s2 = 0, h2 = 0;
        for (var i = 0; i < wallSeconds.Length; i++)
        {
            var t = wallSeconds[i];
            if (t < from || t >= to || !running[i]) continue;
            if (t < mid) { s1 += speed[i]; h1 += heartRate[i]; }
            else { s2 += speed[i]; h2 += heartRate[i]; }
        }
        if (h1 <= 0 || h2 <= 0) return double.NaN;
        var ef1 = s1 / h1;
        var ef2 = s2 / h2;
        return (ef1 - ef2) / ef1 * 100;
    }
}
