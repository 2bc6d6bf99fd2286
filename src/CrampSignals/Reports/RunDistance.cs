using CrampSignals.Activities;

namespace CrampSignals.Reports;

/// <summary>
/// Distance covered by each sample, metres from the start, the way the run summary counts it: the rises of the watch's
/// distance channel, else the track between positions, else speed over time. NaN where a sample has no time.
/// </summary>
internal static class RunDistance
{
    public static double[] Cumulative(SampleTable s)
    {
        var t = s.UnixSeconds;
        var result = new double[s.Count];
        if (s.Has(SampleChannel.Distance)) Rises(s.DistanceMeters, result);
        else if (s.Has(SampleChannel.Latitude) && s.Has(SampleChannel.Longitude)) Track(s.Latitude, s.Longitude, result);
        else Integrate(t, s.SpeedMetersPerSecond, result);
        for (var i = 0; i < result.Length; i++) if (!double.IsFinite(t[i])) result[i] = double.NaN;
        return result;
    }

    private static void Rises(ReadOnlySpan<double> d, double[] result)
    {
        // Summing rises survives a distance that restarts (chained files, lap resets), as the summary does.
        double total = 0, previous = double.NaN;
        for (var i = 0; i < d.Length; i++)
        {
            if (double.IsFinite(d[i]))
            {
                if (double.IsFinite(previous) && d[i] > previous) total += d[i] - previous;
                previous = d[i];
            }
            result[i] = total;
        }
    }

    private static void Track(ReadOnlySpan<double> lat, ReadOnlySpan<double> lon, double[] result)
    {
        double total = 0, pLat = double.NaN, pLon = double.NaN;
        for (var i = 0; i < lat.Length; i++)
        {
            if (double.IsFinite(lat[i]) && double.IsFinite(lon[i]))
            {
                if (double.IsFinite(pLat)) total += GreatCircle.DistanceMeters(pLat, pLon, lat[i], lon[i]);
                pLat = lat[i]; pLon = lon[i];
            }
            result[i] = total;
        }
    }

    private static void Integrate(ReadOnlySpan<double> t, ReadOnlySpan<double> speed, double[] result)
    {
        double total = 0, previousTime = double.NaN;
        for (var i = 0; i < t.Length; i++)
        {
            if (double.IsFinite(t[i]))
            {
                // A gap longer than a minute is a pause, not running at the last speed.
                if (double.IsFinite(previousTime) && i > 0 && double.IsFinite(speed[i]) && speed[i] > 0 && t[i] > previousTime && t[i] - previousTime <= 60)
                    total += speed[i] * (t[i] - previousTime);
                previousTime = t[i];
            }
            result[i] = total;
        }
    }
}
