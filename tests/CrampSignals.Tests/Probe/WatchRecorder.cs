using CrampSignals.Activities;
using CrampSignals.Simulation;
using System.Collections.Immutable;

using CrampSignals.Text;
namespace CrampSignals.Tests.Probe;

/// <summary>Turns what really happened into what a watch stores: GPS error, drift and spikes, dropouts, auto-pause, smart recording.</summary>
internal static class WatchRecorder
{
    private const double MetersPerDegree = 111_320;

    public static Activity Record(WorldTrace w, RunPlan plan, WatchSetup setup, RecordingMode mode, int seed, List<string> story)
    {
        var n = w.Length;
        var r = new Random(seed * 7919 + 17);
        var lat = new double[n];
        var lon = new double[n];
        var speed = new double[n];
        var alt = new double[n];
        BuildPositionAndSpeed(w, setup, r, lat, lon, speed, story);
        var altDrift = 0.0;
        for (var t = 0; t < n; t++)
        {
            altDrift = 0.999 * altDrift + 0.03 * Draw.Normal(r);
            alt[t] = setup.Treadmill ? double.NaN : w.Altitude[t] + altDrift + 0.15 * Draw.Normal(r);
        }

        // Which seconds the timer runs: auto-pause stops it while standing at a light; tunnels just lose the samples.
        var timerRunning = new bool[n];
        var paused = new List<(int From, int To)>();
        for (var t = 0; t < n; t++) timerRunning[t] = true;
        if (setup.AutoPause)
        {
            foreach (var (s, len) in plan.Stops)
            {
                var from = s + 3;
                var to = s + len;
                while (to < n && w.Speed[to] < 0.8) to++;
                if (to - from < 3) continue;
                for (var t = from; t < to; t++) timerRunning[t] = false;
                paused.Add((from, to));
            }
        }
        var dropped = new bool[n];
        foreach (var (s, len) in setup.Tunnels)
            for (var t = s; t < Math.Min(n, s + len); t++) dropped[t] = true;

        var keep = ChooseSamples(w, speed, setup, mode, timerRunning, dropped, r);

        // The watch's distance integrates its own speed while the timer runs; across a tunnel it adds the straight chord.
        var distance = new double[n];
        var total = 0.0;
        var lastFix = -1;
        for (var t = 0; t < n; t++)
        {
            if (timerRunning[t] && !dropped[t])
            {
                if (lastFix >= 0 && t - lastFix > 1 && dropped[t - 1] && !setup.Treadmill)
                    total += Chord(lat[lastFix], lon[lastFix], lat[t], lon[t]);
                else total += speed[t];
                lastFix = t;
            }
            distance[t] = total;
        }

        var b = new SampleTableBuilder(n);
        var t0 = UnixTime.FromDateTime(setup.StartUtc);
        foreach (var t in keep)
        {
            b.AddRow(t0 + t);
            if (!setup.Treadmill)
            {
                b.Set(SampleChannel.Latitude, lat[t]);
                b.Set(SampleChannel.Longitude, lon[t]);
                b.Set(SampleChannel.Altitude, Math.Round(alt[t] * 5) / 5);
            }
            b.Set(SampleChannel.Distance, Math.Round(distance[t] * 100) / 100);
            b.Set(SampleChannel.Speed, Math.Round(speed[t] * 1000) / 1000);
            if (setup.HasHeartRate) b.Set(SampleChannel.HeartRate, Math.Round(w.HeartRate[t]));
            if (setup.HasCadence) b.Set(SampleChannel.Cadence, Math.Round(w.Cadence[t]));
            if (setup.HasTemperature) b.Set(SampleChannel.Temperature, Math.Round(w.Wrist[t]));
        }
        var table = b.Build();

        var events = new List<ActivityEvent> { new(ToUtc(setup, keep[0]), ActivityEvent.TimerEvent, ActivityEvent.StartType, 0) };
        foreach (var (from, to) in paused)
        {
            events.Add(new(ToUtc(setup, from), ActivityEvent.TimerEvent, ActivityEvent.StopAllType, 0));
            events.Add(new(ToUtc(setup, to), ActivityEvent.TimerEvent, ActivityEvent.StartType, 0));
        }
        events.Add(new(ToUtc(setup, keep[^1]), ActivityEvent.TimerEvent, ActivityEvent.StopAllType, 0));
        if (paused.Count > 0) story.Add($"auto-pause {paused.Count}x ({string.Join(", ", paused.Select(p => $"{p.From}-{p.To}s"))})");

        var elapsed = keep[^1] - keep[0];
        var timer = elapsed - paused.Sum(p => p.To - p.From);
        var session = new ActivitySession(ToUtc(setup, keep[0]), Sport.Running, setup.Treadmill ? 1 : 2, elapsed, timer, distance[keep[^1]],
            setup.HasHeartRate ? Mean(w.HeartRate, keep) : double.NaN, setup.HasCadence ? Mean(w.Cadence, keep) / 2 : double.NaN,
            setup.HasTemperature ? Mean(w.Wrist, keep) : double.NaN, setup.HasTemperature ? keep.Max(t => w.Wrist[t]) : double.NaN);
        return new Activity
        {
            Sport = Sport.Running,
            Device = new Device(1, 3113, "probe watch"),
            StartTime = ToUtc(setup, keep[0]),
            UtcOffset = setup.UtcOffsetInFile,
            Samples = table,
            Events = [.. events],
            Sessions = [session],
            Laps = [new Lap(ToUtc(setup, keep[0]), elapsed, timer, distance[keep[^1]])],
        };
    }

    private static DateTime ToUtc(WatchSetup s, int t) => s.StartUtc.AddSeconds(t);

    private static double Mean(double[] a, List<int> keep) => keep.Average(t => a[t]);

    private static double Chord(double lat1, double lon1, double lat2, double lon2)
    {
        var dy = (lat2 - lat1) * MetersPerDegree;
        var dx = (lon2 - lon1) * MetersPerDegree * Math.Cos(lat1 * Math.PI / 180);
        return Math.Sqrt(dx * dx + dy * dy);
    }

    private static void BuildPositionAndSpeed(WorldTrace w, WatchSetup setup, Random r, double[] lat, double[] lon, double[] speed, List<string> story)
    {
        var n = w.Length;
        if (setup.Treadmill)
        {
            // A foot pod: a calibration error, a little lag and noise, zero when the belt stops.
            var s = 0.0;
            for (var t = 0; t < n; t++)
            {
                s += (w.Speed[t] * setup.FootPodCalibration - s) * 0.5;
                speed[t] = Math.Max(0, s + 0.03 * Draw.Normal(r));
                lat[t] = lon[t] = double.NaN;
            }
            return;
        }
        var (sigmaV, tau, jitter) = setup.Gps switch
        {
            GpsQuality.Clean => (0.06, 12.0, 0.25),
            GpsQuality.Everyday => (0.15, 18.0, 0.5),
            _ => (0.3, 25.0, 0.9),
        };
        var a = Math.Exp(-1 / tau);
        double vex = 0, vey = 0, ex = 0, ey = 0;
        var smoothX = new double[n];
        var smoothY = new double[n];
        for (var t = 0; t < n; t++)
        {
            vex = a * vex + sigmaV * Math.Sqrt(1 - a * a) * Draw.Normal(r);
            vey = a * vey + sigmaV * Math.Sqrt(1 - a * a) * Draw.Normal(r);
            ex = 0.97 * ex + vex;
            ey = 0.97 * ey + vey;
            smoothX[t] = w.X[t] + ex;
            smoothY[t] = w.Y[t] + ey;
        }
        // Multi-second drifts: the fix wanders off sideways among buildings and comes back.
        for (var k = 0; k < setup.DriftExcursions; k++)
        {
            var start = r.Next(120, Math.Max(121, n - 120));
            var len = r.Next(20, 61);
            var amp = 15 + 25 * r.NextDouble();
            story.Add($"GPS drift {amp:F0} m over {len}s at {start}s");
            for (var x = 0; x < len && start + x < n; x++)
            {
                var t = start + x;
                var off = amp * Math.Pow(Math.Sin(Math.PI * x / len), 2);
                smoothX[t] += -Math.Sin(w.Heading[t]) * off;
                smoothY[t] += Math.Cos(w.Heading[t]) * off;
            }
        }
        // The watch's speed follows its own (smoothed) fixes: what it believes it moved.
        for (var t = 0; t < n; t++)
        {
            if (t == 0) { speed[t] = 0; continue; }
            var dx = smoothX[t] - smoothX[t - 1];
            var dy = smoothY[t] - smoothY[t - 1];
            var s = Math.Sqrt(dx * dx + dy * dy);
            speed[t] = w.Speed[t] < 0.05 && s < 0.4 ? 0 : s;
        }
        var px = new double[n];
        var py = new double[n];
        for (var t = 0; t < n; t++)
        {
            px[t] = smoothX[t] + jitter * Draw.Normal(r);
            py[t] = smoothY[t] + jitter * Draw.Normal(r);
        }
        for (var k = 0; k < setup.SpikeCount; k++)
        {
            var t = r.Next(60, n - 60);
            var jump = 60 + 190 * r.NextDouble();
            var angle = 2 * Math.PI * r.NextDouble();
            px[t] += jump * Math.Cos(angle);
            py[t] += jump * Math.Sin(angle);
            var inSpeed = r.NextDouble() < 0.5;
            if (inSpeed) speed[t] = jump;
            story.Add($"GPS spike {jump:F0} m at {t}s{(inSpeed ? " (also in speed)" : "")}");
        }
        var cosLat = Math.Cos(setup.Latitude * Math.PI / 180);
        for (var t = 0; t < n; t++)
        {
            lat[t] = setup.Latitude + py[t] / MetersPerDegree;
            lon[t] = setup.Longitude + px[t] / (MetersPerDegree * cosLat);
        }
    }

    private static List<int> ChooseSamples(WorldTrace w, double[] speed, WatchSetup setup, RecordingMode mode, bool[] running, bool[] dropped, Random r)
    {
        var keep = new List<int>();
        var last = -1;
        var limit = 1;
        for (var t = 0; t < w.Length; t++)
        {
            if (!running[t] || dropped[t]) continue;
            if (mode == RecordingMode.OneHz || last < 0 || t == w.Length - 1 || !running[t - 1] || dropped[t - 1]) { keep.Add(t); last = t; limit = r.Next(3, 8); continue; }
            var since = t - last;
            // Smart recording keeps a point when something changed, else at most every few seconds.
            var changed = Math.Abs(speed[t] - speed[last]) > 0.35 || Math.Abs(w.HeartRate[t] - w.HeartRate[last]) >= 4
                || Math.Abs(w.Cadence[t] - w.Cadence[last]) >= 6 || Math.Abs(w.Heading[t] - w.Heading[last]) > 0.4 || w.Gaits[t] != w.Gaits[last];
            if (since >= limit || changed)
            {
                keep.Add(t);
                last = t;
                limit = r.Next(3, 8);
            }
        }
        return keep;
    }
}
