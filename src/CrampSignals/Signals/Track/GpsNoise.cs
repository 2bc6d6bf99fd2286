namespace CrampSignals.Signals.Track;

/// <summary>
/// How much a track's fixes scatter and how much its runner accelerates, read from the track itself by the method of
/// moments: the midpoint residual r = x(t) − (x(t−h) + x(t+h))/2 of three equally spaced fixes has, per axis, variance
/// 1.5·R from the fixes' own scatter plus q·h³/6 from the motion (a constant-velocity model driven by white
/// acceleration of spectral density q). Residual variances at spacings of 1 to 8 s give both by least squares.
/// </summary>
/// <param name="MeasurementVariance">R, per axis, m².</param>
/// <param name="ProcessNoise">q, m²/s³.</param>
internal readonly record struct GpsNoise(double MeasurementVariance, double ProcessNoise)
{
    private const int MaxSpacing = 8;
    private const int MaxLag = 4;
    private const int MinTriples = 20;
    // Below these the filter would follow rounding (1e-7° is 1 cm) or never turn.
    private const double MinVariance = 0.01;
    private const double MinProcessNoise = 0.02;
    // Median of χ² with 2 degrees of freedom: the median of re² + rn² is this times the per-axis variance.
    private const double ChiSquare2Median = 1.3862943611198906;

    /// <summary>Used when the track is too short or too irregular to tell: everyday GPS on a runner.</summary>
    public static GpsNoise Typical => new(4, 0.5);

    /// <summary>
    /// The estimate over the fixes of one track (<paramref name="segmentStart"/> marks the first fix after a gap,
    /// across which no triple is taken). Medians keep spikes from inflating the scatter.
    /// </summary>
    public static GpsNoise Estimate(ReadOnlySpan<double> time, ReadOnlySpan<double> east, ReadOnlySpan<double> north, ReadOnlySpan<bool> segmentStart)
    {
        // Counted first, then filled: buckets of a 4-hour track's size come from the pool, not from growing lists.
        Span<int> counts = stackalloc int[MaxSpacing + 1];
        var segment = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, time.Length));
        var buckets = new double[]?[MaxSpacing + 1];
        try
        {
            // Fixes a and b lie in one segment when as many segment starts precede both: one comparison per triple
            // instead of a walk over the starts between them.
            var id = 0;
            for (var i = 0; i < time.Length; i++) segment[i] = segmentStart[i] ? ++id : id;
            Triples(time, east, north, segment.AsSpan(0, time.Length), counts, null);
            for (var h = 1; h <= MaxSpacing; h++) if (counts[h] > 0) buckets[h] = System.Buffers.ArrayPool<double>.Shared.Rent(counts[h]);
            Triples(time, east, north, segment.AsSpan(0, time.Length), counts, buckets);
            return Fit(buckets, counts);
        }
        finally
        {
            foreach (var bucket in buckets) if (bucket is not null) System.Buffers.ArrayPool<double>.Shared.Return(bucket);
            System.Buffers.ArrayPool<int>.Shared.Return(segment);
        }
    }

    /// <summary>
    /// Visits every equally spaced triple within one <paramref name="segment"/> (a segment number per fix): with <paramref name="buckets"/> null it counts them per spacing into
    /// <paramref name="counts"/>; else it stores each squared midpoint residual in its spacing's bucket (counts end as before).
    /// </summary>
    private static void Triples(ReadOnlySpan<double> time, ReadOnlySpan<double> east, ReadOnlySpan<double> north, ReadOnlySpan<int> segment,
        Span<int> counts, double[]?[]? buckets)
    {
        var n = time.Length;
        counts.Clear();
        for (var lag = 1; lag <= MaxLag; lag++)
        {
            for (var i = lag; i + lag < n; i++)
            {
                var a = i - lag;
                var b = i + lag;
                if (segment[a] != segment[b]) continue;
                var h1 = time[i] - time[a];
                var h2 = time[b] - time[i];
                var h = Math.Round(h1);
                if (Math.Abs(h1 - h2) > 1e-3 || Math.Abs(h1 - h) > 1e-3 || h < 1 || h > MaxSpacing) continue;
                var slot = counts[(int)h]++;
                if (buckets is null) continue;
                var re = east[i] - (east[a] + east[b]) / 2;
                var rn = north[i] - (north[a] + north[b]) / 2;
                buckets[(int)h]![slot] = re * re + rn * rn;
            }
        }
    }

    private static GpsNoise Fit(double[]?[] buckets, ReadOnlySpan<int> counts)
    {
        // Weighted least squares of v(h) = A + B·h³ with weights count / v², A = 1.5 R and B = q / 6, both kept ≥ 0.
        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        var groups = 0;
        for (var h = 1; h <= MaxSpacing; h++)
        {
            var bucket = buckets[h];
            if (bucket is null || counts[h] < MinTriples) continue;
            var v = Math.Max(Rolling.MedianOf(bucket.AsSpan(0, counts[h])) / ChiSquare2Median, MinVariance);
            var w = counts[h] / (v * v);
            double x = h * h * h;
            sw += w; sx += w * x; sy += w * v; sxx += w * x * x; sxy += w * x * v;
            groups++;
        }
        if (groups == 0) return Typical;
        double intercept, slope;
        var det = sw * sxx - sx * sx;
        if (groups >= 2 && det > 0)
        {
            slope = (sw * sxy - sx * sy) / det;
            intercept = (sy - slope * sx) / sw;
            if (intercept < 0) { intercept = 0; slope = sxy / sxx; }
            else if (slope < 0) { slope = 0; intercept = sy / sw; }
        }
        else
        {
            // One spacing only: the scatter cannot be told from the motion; take the typical motion.
            slope = Typical.ProcessNoise / 6;
            intercept = Math.Max(0, sy / sw - slope * (sx / sw));
        }
        return new GpsNoise(Math.Max(MinVariance, intercept / 1.5), Math.Max(MinProcessNoise, 6 * slope));
    }
}
