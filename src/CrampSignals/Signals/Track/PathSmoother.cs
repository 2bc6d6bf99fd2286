using System.Runtime.CompilerServices;
using CrampSignals.Activities;

namespace CrampSignals.Signals.Track;

/// <summary>The path a runner ran, estimated from noisy fixes: speed and distance along it, by sample row.</summary>
internal sealed class SmoothedPath
{
    internal SmoothedPath(double[] speed, double[] distance, double total, GpsNoise noise, int rejected)
    {
        SpeedMetersPerSecond = speed;
        DistanceMeters = distance;
        TotalMeters = total;
        Noise = noise;
        RejectedFixes = rejected;
    }

    /// <summary>Speed along the estimated path at each sample row, m/s; NaN for rows without a fix or a time.</summary>
    public double[] SpeedMetersPerSecond { get; }

    /// <summary>Distance along the estimated path from the first fix to each sample row, m; NaN for rows without a fix or a time.</summary>
    public double[] DistanceMeters { get; }

    /// <summary>Length of the estimated path, m.</summary>
    public double TotalMeters { get; }

    /// <summary>The fixes' scatter and the runner's acceleration as read from the track.</summary>
    public GpsNoise Noise { get; }

    /// <summary>Fixes too far from where the runner could have been (GPS spikes), left out of the estimate.</summary>
    public int RejectedFixes { get; }
}

/// <summary>
/// Estimates the path behind a track of GPS fixes with a constant-velocity Kalman filter and a Rauch-Tung-Striebel
/// smoother in a local metric projection. Summing great-circle steps between raw 1 Hz fixes adds their scatter to the
/// distance (1-2 m of scatter makes a run 20-30 % long); the smoothed path does not.
/// </summary>
/// <remarks>
/// <para>The scatter R and the process noise q come from the track itself (<see cref="GpsNoise.Estimate"/>). The two
/// axes share one covariance (same model, same fixes), so each step costs a handful of multiplications.</para>
/// <para>A gap longer than the caller's limit (a timer pause, a long dropout) restarts the filter: nothing is assumed
/// about what happened in it, and it adds no distance (a watch counts none while paused). A fix whose
/// innovation is beyond a 2-degree-of-freedom χ² gate of 16 and more than 15 m (a spike) is left out; when five in a row
/// miss, the prediction has lost the runner rather than the fixes: the filter restarts at the first of them, which are kept.</para>
/// <para>q describes the track as a whole, mostly straight running; a tight turn or a U-turn needs more. Where the
/// smoothed path keeps missing its fixes on one stretch, that stretch's process noise is raised tenfold and the track
/// smoothed again, up to four times (<see cref="Loosen"/>): otherwise the path cuts the corner and reads slow there.</para>
/// </remarks>
internal static class PathSmoother
{
    private const double Gate = 16;
    // Fixes can miss a turn by a few metres; a spike is a jump of tens.
    private const double MinSpikeMeters = 15;
    private const int MaxRejectedInARow = 5;
    private const double InitialSpeedVariance = 16;
    // A path that follows its fixes misses each by R on average (|miss|²/2R has median 0.69 at most); the median of five
    // in a row beyond 4 does not happen by chance.
    private const int MissHalfWindow = 2;
    private const double MissLimit = 4;
    // Once a turn is found, its process noise grows until the path misses the fixes there by no more than scatter.
    private const double MissLimitInTurn = 1;
    private const double Loosening = 10;
    private const int MaxPasses = 5;

    /// <summary>
    /// The smoothed path over the positioned rows of <paramref name="rows"/>, or null with fewer than two fixes. With
    /// <paramref name="columns"/> given, the path's speed and distance are columns of it, valid until it is disposed.
    /// </summary>
    public static SmoothedPath? Smooth(TimedRows rows, SampleTable samples, double maxGapSeconds, Scratch? columns = null)
    {
        var la = samples.Latitude;
        var lo = samples.Longitude;
        var index = rows.Index;
        var time = rows.Time;
        var m = 0;
        double latSum = 0;
        for (var j = 0; j < index.Length; j++)
        {
            var r = index[j];
            if (!ValidPosition(la[r], lo[r])) continue;
            m++;
            latSum += Semicircles.OnGrid(la[r]);
        }
        if (m < 2) return null;

        // A 4-hour track would put a score of arrays of its fixes on the large-object heap: they come from the pool.
        using var scratch = new Scratch(m);
        // Every column below is written in full before it is read: none needs filling first.
        var row = scratch.Rows();
        var t = scratch.Space();
        var e = scratch.Space();
        var n = scratch.Space();
        var start = scratch.Flags();
        var lat0 = latSum / m;
        var lon0 = double.NaN;
        var cos0 = Math.Cos(double.DegreesToRadians(lat0));
        var metresPerRadian = GreatCircle.MeanEarthRadiusMeters;
        var metresPerRadianEast = metresPerRadian * cos0;
        var k = 0;
        for (var j = 0; j < index.Length; j++)
        {
            var r = index[j];
            if (!ValidPosition(la[r], lo[r])) continue;
            // Fixes at the FIT protocol's resolution (under a centimetre): finer digits say nothing about a runner, and the
            // smoother's decisions (a spike, a turn) must not turn on them. A GPX or TCX export of a watch's FIT file then
            // gives the smoother exactly the watch's own fixes, and so the same path.
            var fixLat = Semicircles.OnGrid(la[r]);
            var fixLon = Semicircles.OnGrid(lo[r]);
            if (double.IsNaN(lon0)) lon0 = fixLon;
            row[k] = r;
            t[k] = time[j];
            e[k] = metresPerRadianEast * double.DegreesToRadians(Wrapped(fixLon - lon0));
            n[k] = metresPerRadian * double.DegreesToRadians(fixLat - lat0);
            start[k] = k == 0 || t[k] - t[k - 1] > maxGapSeconds;
            k++;
        }

        var noise = GpsNoise.Estimate(t.AsSpan(0, m), e.AsSpan(0, m), n.AsSpan(0, m), start.AsSpan(0, m));
        var fixE = scratch.Space();
        var fixN = scratch.Space();
        e.AsSpan(0, m).CopyTo(fixE);
        n.AsSpan(0, m).CopyTo(fixN);
        var q = scratch.Space();
        q.AsSpan(0, m).Fill(noise.ProcessNoise);
        var restart = scratch.Flags();
        var turning = scratch.Flags();
        var loosen = scratch.Flags();
        var ve = scratch.Space();
        var vn = scratch.Space();
        var cov = new Covariances(scratch.Space(), scratch.Space(), scratch.Space());
        int rejected;
        for (var pass = 1; ; pass++)
        {
            fixE.AsSpan(0, m).CopyTo(e);
            fixN.AsSpan(0, m).CopyTo(n);
            start.AsSpan(0, m).CopyTo(restart);
            rejected = Filter(m, t, e, n, restart, noise.MeasurementVariance, q, ve, vn, cov);
            if (pass == MaxPasses || !Loosen(m, fixE, fixN, e, n, restart, noise.MeasurementVariance, q, turning, loosen)) break;
        }

        double[] speed, distance;
        if (columns is null)
        {
            speed = new double[samples.Count];
            distance = new double[samples.Count];
            speed.AsSpan().Fill(double.NaN);
            distance.AsSpan().Fill(double.NaN);
        }
        else
        {
            speed = columns.Column(samples.Count);
            distance = columns.Column(samples.Count);
        }
        double total = 0, pLat = 0, pLon = 0, pCos = 1;
        for (var i = 0; i < m; i++)
        {
            var lat = lat0 + double.RadiansToDegrees(n[i] / metresPerRadian);
            var lon = lon0 + double.RadiansToDegrees(e[i] / (metresPerRadian * cos0));
            // One cosine per fix serves the step into it, the step out of it and its east scale.
            var cosLat = GreatCircle.CosLatitude(lat);
            // Back to degrees, the steps are great-circle distances: the projection's scale error over a long run stays out.
            // Across a gap the watch was paused (or lost the sky): what the runner did there is not known and a
            // watch counts none of it, so the gap adds nothing.
            if (!start[i]) total += GreatCircle.DistanceMeters(pLat, pLon, pCos, lat, lon, cosLat);
            pLat = lat;
            pLon = lon;
            pCos = cosLat;
            distance[row[i]] = total;
            var eastScale = cosLat / cos0;
            speed[row[i]] = Math.Sqrt(Square(ve[i] * eastScale) + Square(vn[i]));
        }
        return new SmoothedPath(speed, distance, total, noise, rejected);
    }

    private static double Square(double x) => x * x;

    /// <summary>
    /// <see cref="Math.IEEERemainder"/>(<paramref name="degrees"/>, 360), the same value: within half a turn the
    /// remainder is the difference itself (x % 360 is x, and the other candidate is farther from zero), so the division
    /// behind it is needed only for a track across the antimeridian.
    /// </summary>
    private static double Wrapped(double degrees) => Math.Abs(degrees) < 180 ? degrees : Math.IEEERemainder(degrees, 360);

    // AggressiveOptimization on this file's loops over every second or record: compiled optimised at the first call, not
    // once unoptimised and again when hot (docs/tuning-log.md, "optimised from the first call").
    /// <summary>
    /// Filters and smooths each segment in place, with process noise <paramref name="q"/>[i] on the step into fix i: on
    /// return <paramref name="e"/> and <paramref name="n"/> hold the smoothed positions, <paramref name="ve"/> and
    /// <paramref name="vn"/> the smoothed velocities. Returns the number of fixes left out as spikes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Filter(int m, double[] t, double[] e, double[] n, bool[] start, double r, double[] q, double[] ve, double[] vn, Covariances cov)
    {
        var (pa, pb, pc) = cov;
        var rejected = 0;
        var inARow = 0;
        var segmentFrom = 0;
        Span<double> heldE = stackalloc double[MaxRejectedInARow];
        Span<double> heldN = stackalloc double[MaxRejectedInARow];
        // The previous fix's time, filtered state and covariance ride in locals: each step reads only its own fix from
        // the columns, and the recurrence does not wait on a store and a load of what it just computed.
        double pt = 0, pe = 0, pn = 0, pve = 0, pvn = 0, a0 = 0, b0 = 0, c0 = 0;
        for (var i = 0; i < m; i++)
        {
            if (start[i])
            {
                if (i > segmentFrom) Smooth(t, e, n, ve, vn, pa, pb, pc, segmentFrom, i, q);
                segmentFrom = i;
                inARow = 0;
                ve[i] = vn[i] = 0;
                pa[i] = r;
                pb[i] = 0;
                pc[i] = InitialSpeedVariance;
                pt = t[i];
                pe = e[i];
                pn = n[i];
                pve = pvn = 0;
                (a0, b0, c0) = (r, 0, InitialSpeedVariance);
                continue;
            }
            var ti = t[i];
            var dt = ti - pt;
            pt = ti;
            var (a, b, c) = Predict(a0, b0, c0, dt, q[i]);
            var xe = pe + pve * dt;
            var xn = pn + pvn * dt;
            var s = a + r;
            var fixE = e[i];
            var fixN = n[i];
            var ie = fixE - xe;
            var @in = fixN - xn;
            var miss = ie * ie + @in * @in;
            if (miss / s > Gate && miss > MinSpikeMeters * MinSpikeMeters)
            {
                heldE[inARow] = fixE;
                heldN[inARow] = fixN;
                rejected++;
                inARow++;
                if (inARow == MaxRejectedInARow)
                {
                    // Spikes come alone; fixes that keep missing the prediction mean the prediction lost the runner (a
                    // start or a turn sharper than the model allows). They are the track: start again from the first.
                    var first = i - inARow + 1;
                    for (var k = 0; k < inARow; k++) { e[first + k] = heldE[k]; n[first + k] = heldN[k]; }
                    rejected -= inARow;
                    start[first] = true;
                    i = first - 1;
                    continue;
                }
                e[i] = pe = xe;
                n[i] = pn = xn;
                ve[i] = pve;
                vn[i] = pvn;
                pa[i] = a0 = a; pb[i] = b0 = b; pc[i] = c0 = c;
                continue;
            }
            inARow = 0;
            // A fix off the prediction by more than the gate but too little to be a spike is a turn or a change of
            // pace the model did not foresee: it is taken, with its weight bounded (Huber) so it cannot drag the path.
            if (miss / s > Gate) s = a + r * (miss / s / Gate);
            var k0 = a / s;
            var k1 = b / s;
            e[i] = pe = xe + k0 * ie;
            n[i] = pn = xn + k0 * @in;
            ve[i] = pve += k1 * ie;
            vn[i] = pvn += k1 * @in;
            pa[i] = a0 = (1 - k0) * a;
            pb[i] = b0 = (1 - k0) * b;
            pc[i] = c0 = c - k1 * b;
        }
        Smooth(t, e, n, ve, vn, pa, pb, pc, segmentFrom, m, q);
        return rejected;
    }

    /// <summary>
    /// Where the smoothed path misses its own fixes run after run, the runner turned or changed pace faster than the
    /// track's process noise allows (a tight turn at the start, a U-turn): the path cuts the corner and reads slow there.
    /// Those steps get <see cref="Loosening"/> times the process noise; returns whether any did. A lone bad fix moves the
    /// median of its neighbourhood little, so it loosens nothing.
    /// </summary>
    private static bool Loosen(int m, double[] fixE, double[] fixN, double[] e, double[] n, bool[] start, double r, double[] q, bool[] turning, bool[] loosen)
    {
        Span<double> window = stackalloc double[2 * MissHalfWindow + 1];
        Array.Clear(loosen, 0, m);
        // Each fix's miss once: every fix lies in the windows of its neighbours too.
        var misses = System.Buffers.ArrayPool<double>.Shared.Rent(Math.Max(1, m));
        var anyNaN = false;
        for (var k = 0; k < m; k++)
        {
            var miss = (Square(fixE[k] - e[k]) + Square(fixN[k] - n[k])) / (2 * r);
            misses[k] = miss;
            anyNaN |= double.IsNaN(miss);
        }
        var changed = false;
        int segmentFrom = 0, segmentTo = 0;
        for (var i = 0; i < m; i++)
        {
            if (i >= segmentTo)
            {
                segmentFrom = i;
                segmentTo = i + 1;
                while (segmentTo < m && !start[segmentTo]) segmentTo++;
            }
            var from = i - MissHalfWindow;
            var to = i + MissHalfWindow + 1;
            if (from < segmentFrom || to > segmentTo) continue;
            var limit = turning[i] ? MissLimitInTurn : MissLimit;
            if (anyNaN ? MedianOfFew(misses.AsSpan(from, to - from), window) <= limit : MoreThanHalfWithin(misses.AsSpan(from, to - from), limit)) continue;
            turning[i] = true;
            // The steps into each fix of the window after its first.
            for (var k = from + 1; k < to; k++) loosen[k] = true;
            changed = true;
        }
        System.Buffers.ArrayPool<double>.Shared.Return(misses);
        for (var k = 0; k < m; k++) if (loosen[k]) q[k] *= Loosening;
        return changed;
    }

    /// <summary>
    /// Whether the median of an odd number of values, none NaN, is at most <paramref name="limit"/>: it is exactly when
    /// more than half of them are, so counting answers what <see cref="MedianOfFew"/> would without sorting the window
    /// of every fix.
    /// </summary>
    private static bool MoreThanHalfWithin(ReadOnlySpan<double> values, double limit)
    {
        var within = 0;
        foreach (var v in values) within += v <= limit ? 1 : 0;
        return 2 * within > values.Length;
    }

    /// <summary>
    /// <see cref="Rolling.MedianOf(ReadOnlySpan{double})"/> of a handful of values, the same value, sorted on the stack
    /// in <paramref name="window"/>, a copy of <paramref name="source"/>: the general one rents a pooled buffer per call. Only
    /// for a window holding NaN, which the median skips and a count could not.
    /// </summary>
    private static double MedianOfFew(ReadOnlySpan<double> source, Span<double> window)
    {
        source.CopyTo(window);
        var values = window[..source.Length];
        var count = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            var at = count++;
            while (at > 0 && values[at - 1] > v) { values[at] = values[at - 1]; at--; }
            values[at] = v;
        }
        if (count == 0) return double.NaN;
        return (count & 1) == 1 ? values[count / 2] : 0.5 * (values[count / 2 - 1] + values[count / 2]);
    }

    /// <summary>Filtered covariance per fix, per axis: position variance, position-velocity covariance, velocity variance.</summary>
    private readonly record struct Covariances(double[] Position, double[] Cross, double[] Velocity);

    /// <summary>The covariance one step of <paramref name="dt"/> seconds later under white acceleration of density <paramref name="q"/>.</summary>
    private static (double A, double B, double C) Predict(double a, double b, double c, double dt, double q) => (
        a + 2 * dt * b + dt * dt * c + q * dt * dt * dt / 3,
        b + dt * c + q * dt * dt / 2,
        c + q * dt);

    /// <summary>The Rauch-Tung-Striebel pass backwards over fixes [from, to): filtered estimates become smoothed ones.</summary>
    private static void Smooth(double[] t, double[] e, double[] n, double[] ve, double[] vn, double[] pa, double[] pb, double[] pc, int from, int to, double[] q)
    {
        // Smoothed covariance and state of the later fix, carried backwards in locals.
        double sa = pa[to - 1], sb = pb[to - 1], sc = pc[to - 1];
        double lt = t[to - 1], le = e[to - 1], lve = ve[to - 1], ln = n[to - 1], lvn = vn[to - 1];
        for (var i = to - 2; i >= from; i--)
        {
            var ti = t[i];
            var dt = lt - ti;
            lt = ti;
            double fa = pa[i], fb = pb[i], fc = pc[i];
            double ei = e[i], vei = ve[i], ni = n[i], vni = vn[i];
            var (a, b, c) = Predict(fa, fb, fc, dt, q[i + 1]);
            var det = a * c - b * b;
            if (det <= 1e-12) { sa = fa; sb = fb; sc = fc; le = ei; lve = vei; ln = ni; lvn = vni; continue; }
            // G = P·Fᵀ·(P⁻)⁻¹ with P·Fᵀ = [[pa + dt·pb, pb], [pb + dt·pc, pc]].
            double f00 = fa + dt * fb, f01 = fb, f10 = fb + dt * fc, f11 = fc;
            var g00 = (f00 * c - f01 * b) / det;
            var g01 = (f01 * a - f00 * b) / det;
            var g10 = (f10 * c - f11 * b) / det;
            var g11 = (f11 * a - f10 * b) / det;
            var de = le - (ei + vei * dt);
            var dve = lve - vei;
            var dn = ln - (ni + vni * dt);
            var dvn = lvn - vni;
            e[i] = le = ei + (g00 * de + g01 * dve);
            ve[i] = lve = vei + (g10 * de + g11 * dve);
            n[i] = ln = ni + (g00 * dn + g01 * dvn);
            vn[i] = lvn = vni + (g10 * dn + g11 * dvn);
            // P_s = P + G (P_s⁺ − P⁻) Gᵀ
            double da = sa - a, db = sb - b, dc = sc - c;
            var na = fa + g00 * (g00 * da + g01 * db) + g01 * (g00 * db + g01 * dc);
            var nb = fb + g10 * (g00 * da + g01 * db) + g11 * (g00 * db + g01 * dc);
            var nc = fc + g10 * (g10 * da + g11 * db) + g11 * (g10 * db + g11 * dc);
            sa = na; sb = nb; sc = nc;
        }
    }

    internal static bool ValidPosition(double lat, double lon) =>
        !double.IsNaN(lat) && !double.IsNaN(lon) && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 && !(lat == 0 && lon == 0);
}
