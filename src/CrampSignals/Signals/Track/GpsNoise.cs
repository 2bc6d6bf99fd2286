using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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
        // One pass finds the triples, noting each one's squared residual and spacing; a 4-hour track's worth of them
        // comes from the pool, not from growing lists.
        var n = time.Length;
        var capacity = Math.Max(1, MaxLag * n);
        Span<int> counts = stackalloc int[MaxSpacing + 1];
        Span<double> medians = stackalloc double[MaxSpacing + 1];
        var segment = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, n));
        var squares = System.Buffers.ArrayPool<double>.Shared.Rent(capacity);
        var spacing = System.Buffers.ArrayPool<byte>.Shared.Rent(capacity);
        var bySpacing = System.Buffers.ArrayPool<double>.Shared.Rent(capacity);
        double[]? work = null;
        try
        {
            // Fixes a and b lie in one segment when as many segment starts precede both: one comparison per triple
            // instead of a walk over the starts between them.
            var id = 0;
            for (var i = 0; i < n; i++) segment[i] = segmentStart[i] ? ++id : id;
            Span<int> lagEnds = stackalloc int[MaxLag + 1];
            var found = Triples(time, east, north, segment.AsSpan(0, n), squares, spacing, lagEnds, out var spacedAsLag);

            // Each spacing's squares in one run (their order within it does not move a median): at a steady rate the
            // triples of each lag are those of one spacing, found together; else they are gathered by spacing.
            Span<int> from = stackalloc int[MaxSpacing + 1];
            counts.Clear();
            double[] runs;
            if (spacedAsLag)
            {
                runs = squares;
                for (var lag = 1; lag <= MaxLag; lag++) { from[lag] = lagEnds[lag - 1]; counts[lag] = lagEnds[lag] - lagEnds[lag - 1]; }
            }
            else
            {
                runs = bySpacing;
                for (var j = 0; j < found; j++) counts[spacing[j]]++;
                Span<int> next = stackalloc int[MaxSpacing + 1];
                for (var h = 1; h <= MaxSpacing; h++) next[h] = from[h] = h == 1 ? 0 : from[h - 1] + counts[h - 1];
                for (var j = 0; j < found; j++) bySpacing[next[spacing[j]]++] = squares[j];
            }
            var anyNaN = false;
            var largest = 0;
            for (var j = 0; j < found; j++) anyNaN |= double.IsNaN(squares[j]);
            for (var h = 1; h <= MaxSpacing; h++) largest = Math.Max(largest, counts[h]);
            work = System.Buffers.ArrayPool<double>.Shared.Rent(Math.Max(1, largest));
            for (var h = 1; h <= MaxSpacing; h++)
            {
                if (counts[h] < MinTriples) continue;
                var bucket = runs.AsSpan(from[h], counts[h]);
                // Sums of squares are never negative; a NaN (which the median skips) takes the general path.
                medians[h] = anyNaN ? Rolling.MedianOf(bucket) : RadixSelection.MedianOf(bucket, work);
            }
            return Fit(medians, counts);
        }
        finally
        {
            if (work is not null) System.Buffers.ArrayPool<double>.Shared.Return(work);
            System.Buffers.ArrayPool<double>.Shared.Return(bySpacing);
            System.Buffers.ArrayPool<byte>.Shared.Return(spacing);
            System.Buffers.ArrayPool<double>.Shared.Return(squares);
            System.Buffers.ArrayPool<int>.Shared.Return(segment);
        }
    }

    // AggressiveOptimization on this file's loops over every second or record: compiled optimised at the first call, not
    // once unoptimised and again when hot (docs/tuning-log.md, "optimised from the first call").
    /// <summary>
    /// Visits every equally spaced triple within one <paramref name="segment"/> (a segment number per fix), lag by lag,
    /// noting each one's squared midpoint residual and spacing in the order found; returns how many there are.
    /// <paramref name="lagEnds"/>[lag] is where the triples of that lag end, and <paramref name="spacedAsLag"/> tells
    /// whether every triple's spacing is its lag in seconds (a steady 1 Hz track).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Triples(ReadOnlySpan<double> time, ReadOnlySpan<double> east, ReadOnlySpan<double> north, ReadOnlySpan<int> segment,
        Span<double> squares, Span<byte> spacing, Span<int> lagEnds, out bool spacedAsLag)
    {
        var n = time.Length;
        var found = 0;
        spacedAsLag = true;
        lagEnds[0] = 0;
        for (var lag = 1; lag <= MaxLag; lag++)
        {
            for (var i = lag; i + lag < n; i++)
            {
                // A steady 1 Hz stretch: four triples at once, each exactly as the general step below would note it.
                if (Vector256.IsHardwareAccelerated && i + lag + Lanes <= n && SteadyFour(time, segment, i, lag))
                {
                    Residuals(east, north, i, lag).StoreUnsafe(ref squares[found]);
                    spacing.Slice(found, Lanes).Fill((byte)lag);
                    found += Lanes;
                    i += Lanes - 1;
                    continue;
                }
                var a = i - lag;
                var b = i + lag;
                if (segment[a] != segment[b]) continue;
                var h1 = time[i] - time[a];
                var h2 = time[b] - time[i];
                var h = Math.Round(h1);
                if (Math.Abs(h1 - h2) > 1e-3 || Math.Abs(h1 - h) > 1e-3 || h < 1 || h > MaxSpacing) continue;
                var re = east[i] - (east[a] + east[b]) / 2;
                var rn = north[i] - (north[a] + north[b]) / 2;
                squares[found] = re * re + rn * rn;
                spacing[found] = (byte)h;
                spacedAsLag &= h == lag;
                found++;
            }
            lagEnds[lag] = found;
        }
        return found;
    }

    private const int Lanes = 4;

    /// <summary>
    /// Whether the triples centred on fixes i to i + 3 at <paramref name="lag"/> all lie within one segment and are all
    /// spaced <paramref name="lag"/> seconds on both sides, to the millisecond as the general step takes it.
    /// </summary>
    private static bool SteadyFour(ReadOnlySpan<double> time, ReadOnlySpan<int> segment, int i, int lag)
    {
        var before = Vector256.Create(time.Slice(i - lag, Lanes));
        var at = Vector256.Create(time.Slice(i, Lanes));
        var after = Vector256.Create(time.Slice(i + lag, Lanes));
        var h = Vector256.Create((double)lag);
        var tolerance = Vector256.Create(1e-3);
        // |h1 − lag| ≤ 1e-3 makes lag the rounded spacing, and then |h1 − h2| ≤ 1e-3 is the general step's own test.
        var h1 = at - before;
        var h2 = after - at;
        var ok = Vector256.LessThanOrEqual(Vector256.Abs(h1 - h), tolerance) & Vector256.LessThanOrEqual(Vector256.Abs(h1 - h2), tolerance);
        if (!Vector256.EqualsAll(ok.AsInt64(), Vector256<long>.AllBitsSet)) return false;
        var first = Vector128.Create(segment.Slice(i - lag, Lanes));
        var last = Vector128.Create(segment.Slice(i + lag, Lanes));
        return first == last;
    }

    /// <summary>The squared midpoint residuals of the four triples centred on fixes i to i + 3 at <paramref name="lag"/>.</summary>
    private static Vector256<double> Residuals(ReadOnlySpan<double> east, ReadOnlySpan<double> north, int i, int lag)
    {
        var two = Vector256.Create(2.0);
        var re = Vector256.Create(east.Slice(i, Lanes)) - (Vector256.Create(east.Slice(i - lag, Lanes)) + Vector256.Create(east.Slice(i + lag, Lanes))) / two;
        var rn = Vector256.Create(north.Slice(i, Lanes)) - (Vector256.Create(north.Slice(i - lag, Lanes)) + Vector256.Create(north.Slice(i + lag, Lanes))) / two;
        return re * re + rn * rn;
    }

    /// <summary>The fit over the spacings with enough triples, from the median squared residual of each.</summary>
    private static GpsNoise Fit(ReadOnlySpan<double> medians, ReadOnlySpan<int> counts)
    {
        // Weighted least squares of v(h) = A + B·h³ with weights count / v², A = 1.5 R and B = q / 6, both kept ≥ 0.
        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        var groups = 0;
        for (var h = 1; h <= MaxSpacing; h++)
        {
            if (counts[h] < MinTriples) continue;
            var v = Math.Max(medians[h] / ChiSquare2Median, MinVariance);
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
