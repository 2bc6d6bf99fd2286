using CrampSignals.Activities;

namespace CrampSignals.Reports;

/// <summary>A run's channels reduced to at most a few hundred points each, against seconds from the first sample, ready to draw.</summary>
internal sealed class ChartSeries
{
    /// <summary>Points per chart at most: a line's detail beyond this is lost in the pixels anyway.</summary>
    public const int MaxPoints = 600;

    /// <summary>Seconds over which speed is averaged before it becomes pace, so GPS jitter does not become spikes.</summary>
    public const double PaceSmoothingSeconds = 30;

    /// <summary>Slowest speed drawn as a pace, m/s; slower is a stop and leaves a gap.</summary>
    public const double MinPaceSpeed = 1.0;

    public double[] Seconds { get; private init; } = [];
    public double[] PaceSecondsPerKm { get; private init; } = [];
    public double[] Cadence { get; private init; } = [];
    public double[] HeartRate { get; private init; } = [];
    public double[] Temperature { get; private init; } = [];
    public double[] Altitude { get; private init; } = [];

    /// <summary>Seconds from the first sample to the last.</summary>
    public double SpanSeconds { get; private init; }

    /// <summary>Unix seconds of the first sample: time zero of the charts.</summary>
    public double StartUnixSeconds { get; private init; }

    public static ChartSeries From(Activity activity)
    {
        var s = activity.Samples;
        var t = s.UnixSeconds.ToArray();
        var first = s.FirstUnixSeconds;
        if (!double.IsFinite(first)) return new ChartSeries { StartUnixSeconds = double.NaN };
        var last = first;
        foreach (var v in t) if (double.IsFinite(v) && v > last) last = v;
        var span = Math.Max(last - first, 1);
        // However many samples there are, a chart gets at most MaxPoints buckets: the report's size follows the drawing, not the data.
        var buckets = Math.Min(MaxPoints, Math.Max(2, s.Count));
        var bucketSeconds = span / buckets;

        var speed = Smooth(t, s.SpeedMetersPerSecond, s.DistanceMeters, first);
        double[] Bucket(ReadOnlySpan<double> values)
        {
            var sum = new double[buckets];
            var n = new int[buckets];
            for (var i = 0; i < values.Length; i++)
            {
                // A sample dated before the first one (out of order) has no place on a chart that starts there.
                if (!double.IsFinite(t[i]) || !double.IsFinite(values[i]) || t[i] < first) continue;
                var b = (int)Math.Min(buckets - 1, (t[i] - first) / bucketSeconds);
                sum[b] += values[i];
                n[b]++;
            }
            var result = new double[buckets];
            for (var b = 0; b < buckets; b++) result[b] = n[b] > 0 && double.IsFinite(sum[b]) ? sum[b] / n[b] : double.NaN;
            return result;
        }
        var bucketSpeed = Bucket(speed);
        return new ChartSeries
        {
            StartUnixSeconds = first,
            SpanSeconds = span,
            Seconds = [.. Enumerable.Range(0, buckets).Select(b => (b + 0.5) * bucketSeconds)],
            PaceSecondsPerKm = [.. bucketSpeed.Select(v => v >= MinPaceSpeed ? 1000 / v : double.NaN)],
            Cadence = Bucket(Positive(s.Cadence)),
            HeartRate = Bucket(Positive(s.HeartRateBpm)),
            Temperature = Bucket(s.TemperatureCelsius),
            // Drawn from the spike-filtered altitude, as the splits count it: one bad sample would stretch the axis.
            Altitude = Bucket(AltitudeFilter.Hampel(s.AltitudeMeters)),
        };
    }

    private static double[] Positive(ReadOnlySpan<double> values)
    {
        var r = values.ToArray();
        for (var i = 0; i < r.Length; i++) if (r[i] <= 0) r[i] = double.NaN;
        return r;
    }

    /// <summary>Speed averaged over the last <see cref="PaceSmoothingSeconds"/>; from distance when the file has no speed.</summary>
    private static double[] Smooth(ReadOnlySpan<double> t, ReadOnlySpan<double> speed, ReadOnlySpan<double> distance, double first)
    {
        var n = t.Length;
        var raw = new double[n];
        var hasSpeed = false;
        foreach (var v in speed) if (!double.IsNaN(v)) { hasSpeed = true; break; }
        var prev = -1;
        for (var i = 0; i < n; i++)
        {
            raw[i] = double.NaN;
            if (double.IsNaN(t[i])) continue;
            if (hasSpeed) raw[i] = speed[i];
            else if (prev >= 0 && !double.IsNaN(distance[i]) && !double.IsNaN(distance[prev]) && t[i] > t[prev])
                raw[i] = (distance[i] - distance[prev]) / (t[i] - t[prev]);
            prev = i;
        }
        var result = new double[n];
        double sum = 0; var count = 0; var start = 0;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsNaN(raw[i])) { sum += raw[i]; count++; }
            while (start < i && (double.IsNaN(t[start]) || t[i] - t[start] > PaceSmoothingSeconds))
            {
                if (!double.IsNaN(raw[start])) { sum -= raw[start]; count--; }
                start++;
            }
            result[i] = count > 0 && !double.IsNaN(raw[i]) ? sum / count : double.NaN;
        }
        return result;
    }
}
