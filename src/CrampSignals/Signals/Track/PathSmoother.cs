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
/// innovation is beyond a 2-degree-of-freedom χ² gate of 16 and more than 15 m (a spike) is left out; after five in a row the filter
/// restarts at the new fixes rather than trusting a prediction that has lost the runner.</para>
/// </remarks>
internal static class PathSmoother
{
    private const double Gate = 16;
    // Fixes can miss a turn by a few metres; a spike is a jump of tens.
    private const double MinSpikeMeters = 15;
    private const int MaxRejectedInARow = 5;
    private const double InitialSpeedVariance = 16;

    /// <summary>The smoothed path over the positioned rows of <paramref name="rows"/>, or null with fewer than two fixes.</summary>
    public static SmoothedPath? Smooth(TimedRows rows, SampleTable samples, double maxGapSeconds)
    {
        var la = samples.Latitude;
        var lo = samples.Longitude;
        var m = 0;
        double latSum = 0;
        for (var j = 0; j < rows.Count; j++)
        {
            var r = rows.Index[j];
            if (!ValidPosition(la[r], lo[r])) continue;
            m++;
            latSum += la[r];
        }
        if (m < 2) return null;

        var row = new int[m];
        var t = new double[m];
        var e = new double[m];
        var n = new double[m];
        var start = new bool[m];
        var lat0 = latSum / m;
        var lon0 = double.NaN;
        var cos0 = Math.Cos(double.DegreesToRadians(lat0));
        var metresPerRadian = GreatCircle.MeanEarthRadiusMeters;
        var k = 0;
        for (var j = 0; j < rows.Count; j++)
        {
            var r = rows.Index[j];
            if (!ValidPosition(la[r], lo[r])) continue;
            if (double.IsNaN(lon0)) lon0 = lo[r];
            row[k] = r;
            t[k] = rows.Time[j];
            e[k] = metresPerRadian * cos0 * double.DegreesToRadians(Math.IEEERemainder(lo[r] - lon0, 360));
            n[k] = metresPerRadian * double.DegreesToRadians(la[r] - lat0);
            start[k] = k == 0 || t[k] - t[k - 1] > maxGapSeconds;
            k++;
        }

        var noise = GpsNoise.Estimate(t, e, n, start);
        var restart = (bool[])start.Clone();
        var rejected = Filter(t, e, n, restart, noise, out var ve, out var vn);

        var speed = new double[samples.Count];
        var distance = new double[samples.Count];
        speed.AsSpan().Fill(double.NaN);
        distance.AsSpan().Fill(double.NaN);
        double total = 0, pLat = 0, pLon = 0;
        for (var i = 0; i < m; i++)
        {
            var lat = lat0 + double.RadiansToDegrees(n[i] / metresPerRadian);
            var lon = lon0 + double.RadiansToDegrees(e[i] / (metresPerRadian * cos0));
            // Back to degrees, the steps are great-circle distances: the projection's scale error over a long run stays out.
            // Across a gap the watch was paused (or lost the sky): what the runner did there is not known and a
            // watch counts none of it, so the gap adds nothing.
            if (!start[i]) total += GreatCircle.DistanceMeters(pLat, pLon, lat, lon);
            pLat = lat;
            pLon = lon;
            distance[row[i]] = total;
            var eastScale = Math.Cos(double.DegreesToRadians(lat)) / cos0;
            speed[row[i]] = Math.Sqrt(Square(ve[i] * eastScale) + Square(vn[i]));
        }
        return new SmoothedPath(speed, distance, total, noise, rejected);
    }

    private static double Square(double x) => x * x;

    /// <summary>
    /// Filters and smooths each segment in place: on return <paramref name="e"/> and <paramref name="n"/> hold the
    /// smoothed positions, <paramref name="ve"/> and <paramref name="vn"/> the smoothed velocities. Returns the number of
    /// fixes left out as spikes.
    /// </summary>
    private static int Filter(double[] t, double[] e, double[] n, bool[] start, GpsNoise noise, out double[] ve, out double[] vn)
    {
        var m = t.Length;
        var q = noise.ProcessNoise;
        var r = noise.MeasurementVariance;
        ve = new double[m];
        vn = new double[m];
        // Filtered covariance per fix: position variance, position-velocity covariance, velocity variance (per axis).
        var pa = new double[m];
        var pb = new double[m];
        var pc = new double[m];
        var rejected = 0;
        var inARow = 0;
        var segmentFrom = 0;
        for (var i = 0; i < m; i++)
        {
            if (start[i] || inARow >= MaxRejectedInARow)
            {
                if (i > segmentFrom) Smooth(t, e, n, ve, vn, pa, pb, pc, segmentFrom, i, q);
                segmentFrom = i;
                inARow = 0;
                ve[i] = vn[i] = 0;
                pa[i] = r;
                pb[i] = 0;
                pc[i] = InitialSpeedVariance;
                start[i] = true;
                continue;
            }
            var dt = t[i] - t[i - 1];
            var (a, b, c) = Predict(pa[i - 1], pb[i - 1], pc[i - 1], dt, q);
            var xe = e[i - 1] + ve[i - 1] * dt;
            var xn = n[i - 1] + vn[i - 1] * dt;
            var s = a + r;
            var ie = e[i] - xe;
            var @in = n[i] - xn;
            ve[i] = ve[i - 1];
            vn[i] = vn[i - 1];
            var miss = ie * ie + @in * @in;
            if (miss / s > Gate && miss > MinSpikeMeters * MinSpikeMeters)
            {
                rejected++;
                inARow++;
                e[i] = xe;
                n[i] = xn;
                pa[i] = a; pb[i] = b; pc[i] = c;
                continue;
            }
            inARow = 0;
            // A fix off the prediction by more than the gate but too little to be a spike is a turn or a change of
            // pace the model did not foresee: it is taken, with its weight bounded (Huber) so it cannot drag the path.
            if (miss / s > Gate) s = a + r * (miss / s / Gate);
            var k0 = a / s;
            var k1 = b / s;
            e[i] = xe + k0 * ie;
            n[i] = xn + k0 * @in;
            ve[i] += k1 * ie;
            vn[i] += k1 * @in;
            pa[i] = (1 - k0) * a;
            pb[i] = (1 - k0) * b;
            pc[i] = c - k1 * b;
        }
        Smooth(t, e, n, ve, vn, pa, pb, pc, segmentFrom, m, q);
        return rejected;
    }

    /// <summary>The covariance one step of <paramref name="dt"/> seconds later under white acceleration of density <paramref name="q"/>.</summary>
    private static (double A, double B, double C) Predict(double a, double b, double c, double dt, double q) => (
        a + 2 * dt * b + dt * dt * c + q * dt * dt * dt / 3,
        b + dt * c + q * dt * dt / 2,
        c + q * dt);

    /// <summary>The Rauch-Tung-Striebel pass backwards over fixes [from, to): filtered estimates become smoothed ones.</summary>
    private static void Smooth(double[] t, double[] e, double[] n, double[] ve, double[] vn, double[] pa, double[] pb, double[] pc, int from, int to, double q)
    {
        // Smoothed covariance of the later fix, carried backwards.
        double sa = pa[to - 1], sb = pb[to - 1], sc = pc[to - 1];
        for (var i = to - 2; i >= from; i--)
        {
            var dt = t[i + 1] - t[i];
            var (a, b, c) = Predict(pa[i], pb[i], pc[i], dt, q);
            var det = a * c - b * b;
            if (det <= 1e-12) { sa = pa[i]; sb = pb[i]; sc = pc[i]; continue; }
            // G = P·Fᵀ·(P⁻)⁻¹ with P·Fᵀ = [[pa + dt·pb, pb], [pb + dt·pc, pc]].
            double f00 = pa[i] + dt * pb[i], f01 = pb[i], f10 = pb[i] + dt * pc[i], f11 = pc[i];
            var g00 = (f00 * c - f01 * b) / det;
            var g01 = (f01 * a - f00 * b) / det;
            var g10 = (f10 * c - f11 * b) / det;
            var g11 = (f11 * a - f10 * b) / det;
            var de = e[i + 1] - (e[i] + ve[i] * dt);
            var dve = ve[i + 1] - ve[i];
            var dn = n[i + 1] - (n[i] + vn[i] * dt);
            var dvn = vn[i + 1] - vn[i];
            e[i] += g00 * de + g01 * dve;
            ve[i] += g10 * de + g11 * dve;
            n[i] += g00 * dn + g01 * dvn;
            vn[i] += g10 * dn + g11 * dvn;
            // P_s = P + G (P_s⁺ − P⁻) Gᵀ
            double da = sa - a, db = sb - b, dc = sc - c;
            var na = pa[i] + g00 * (g00 * da + g01 * db) + g01 * (g00 * db + g01 * dc);
            var nb = pb[i] + g10 * (g00 * da + g01 * db) + g11 * (g00 * db + g01 * dc);
            var nc = pc[i] + g10 * (g10 * da + g11 * db) + g11 * (g10 * db + g11 * dc);
            sa = na; sb = nb; sc = nc;
        }
    }

    internal static bool ValidPosition(double lat, double lon) =>
        !double.IsNaN(lat) && !double.IsNaN(lon) && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180 && !(lat == 0 && lon == 0);
}
