using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Signals.Track;

using CrampSignals.Text;
namespace CrampSignals.Simulation;

/// <summary>What the engine recorded, with the hidden truth behind each sample that the ground truth is built from.</summary>
internal sealed record EngineResult(
    Activity Activity,
    double[] WallSeconds,
    double[] GradeAdjustedSpeed,
    double[] TrueHeartRate,
    double[] SurgeRatio,
    double[] CadenceDropFraction,
    bool[] Running,
    double EndSeconds);

/// <summary>
/// Turns a <see cref="RunPlan"/> into 1 Hz samples: speed from effort and grade (Minetti cost), heart rate as a
/// first-order response with drift, cadence from speed, GPS with noise, spikes and dropouts, barometric altitude,
/// a wrist temperature sensor that reads warm, timer events, a lap per km and a session summary.
/// </summary>
internal static class RunEngine
{
    private const double EarthRadius = 6_371_000;

    public static EngineResult Run(RunPlan plan)
    {
        var rng = ScenarioPresets.Rng(plan.Scenario + "/engine", plan.Seed);
        var terrain = new Terrain(rng, plan.Place.AltitudeMeters, plan.Hilliness);
        var runner = plan.Runner;
        var total = (int)plan.TotalSeconds;
        var startUnix = UnixTime.FromDateTime(plan.StartUtc);

        var table = new SampleTableBuilder(total + 1);
        var wall = new List<double>(total);
        var gasList = new List<double>(total);
        var hrList = new List<double>(total);
        var surgeList = new List<double>(total);
        var dropList = new List<double>(total);
        var runList = new List<bool>(total);
        var events = new List<ActivityEvent>();
        var laps = new List<Lap>();

        var spikes = PickMoments(rng, total, Math.Max(1, total / 1200));
        var dropouts = PickMoments(rng, total, 1 + rng.Next(2)).ToDictionary(t => t, _ => 4 + rng.Next(12));
        var dropoutLeft = 0;
        var spikePending = false;

        double effort = 0, effortNoSurge = 0, noise = 0, distance = 0, east = 0, north = 0;
        double heading = rng.NextDouble() * 2 * Math.PI, turnLeft = 0, turnRate = 0;
        double gpsE = 0, gpsN = 0, baro = 0, runningSeconds = 0;
        var hr = runner.RestingHeartRateBpm + Draw.Uniform(rng, 30, 40);
        var recording = false;
        int lapStartWall = 0, lapPaused = 0, nextLapKm = 1;
        double lapStartDistance = 0;
        var segIndex = 0;
        var lastRecorded = 0;
        // Arrays and constant lags computed once: the loop below runs once a second of every run.
        var surges = plan.Surges.Select(s => (s.StartSeconds, s.DurationSeconds, s.Size)).ToArray();
        var drops = plan.CadenceDrops.Select(d => (d.StartSeconds, d.DurationSeconds, d.Size)).ToArray();
        double lagUp4 = 1 - Math.Exp(-1 / 4.0), lagDown3 = 1 - Math.Exp(-1 / 3.0);
        double hrLagUp = 1 - Math.Exp(-1 / 22.0), hrLagDown = 1 - Math.Exp(-1 / 35.0);

        for (var t = 0; t < total; t++)
        {
            while (plan.Segments[segIndex].EndSeconds <= t) segIndex++;
            var seg = plan.Segments[segIndex];
            var hours = t / 3600.0;
            // GPS trouble picked for a moment with the timer off or while walking waits for the next running second.
            if (spikes.Contains(t)) spikePending = true;
            if (dropouts.TryGetValue(t, out var len)) dropoutLeft = Math.Max(dropoutLeft, len);

            if (seg.Kind == SegmentKind.Pause)
            {
                if (recording) { events.Add(new ActivityEvent(At(plan, t), ActivityEvent.TimerEvent, ActivityEvent.StopAllType, 0)); recording = false; }
                effort = effortNoSurge = 0;
                hr += (runner.RestingHeartRateBpm + 35 - hr) * (1 - Math.Exp(-1 / 40.0));
                lapPaused++;
                continue;
            }
            if (!recording)
            {
                events.Add(new ActivityEvent(At(plan, t), ActivityEvent.TimerEvent, ActivityEvent.StartType, 0));
                recording = true;
            }

            var running = seg.Kind == SegmentKind.Run;
            var planned = seg.SpeedAt(t);
            var surge = 0.0;
            var fade = 1.0;
            if (running)
            {
                fade = 1 - plan.SpeedFadePerHour * runningSeconds / 3600;
                planned *= fade;
                noise = 0.97 * noise + 0.004 * Draw.Normal(rng);
                planned *= 1 + noise;
                surge = Ramp(surges, t, 8);
                runningSeconds++;
            }
            var target = planned * (1 + surge);
            effort += (target - effort) * (target > effort ? lagUp4 : lagDown3);
            effortNoSurge += (planned - effortNoSurge) * (planned > effortNoSurge ? lagUp4 : lagDown3);

            var grade = terrain.GradeAt(distance);
            var relCost = RunningCost.RelativeCost(Math.Clamp(grade, -RunningCost.MeasuredGradeLimit, RunningCost.MeasuredGradeLimit));
            // Runners give back only part of the cost on slopes: slower uphill, faster downhill, but not by the full ratio.
            var speed = effort * Math.Pow(relCost, running ? -0.95 : -0.5);
            var gas = speed * relCost;
            distance += speed;

            // Route: gentle wandering, a turn every few hundred metres, heading home in the second half.
            if (turnLeft <= 0 && rng.NextDouble() < speed / 450)
            {
                turnLeft = 6;
                turnRate = (rng.Next(2) == 0 ? -1 : 1) * Draw.Uniform(rng, 40, 100) * Math.PI / 180 / 6;
            }
            if (turnLeft > 0) { heading += turnRate; turnLeft--; }
            heading += 0.012 * Draw.Normal(rng);
            var homeWeight = Math.Clamp((t / plan.TotalSeconds - 0.4) * 2.5, 0, 1);
            if (homeWeight > 0)
            {
                var diff = Math.IEEERemainder(Math.Atan2(-east, -north) - heading, 2 * Math.PI);
                heading += Math.Clamp(diff, -0.05, 0.05) * homeWeight;
            }
            east += speed * Math.Sin(heading);
            north += speed * Math.Cos(heading);

            // Heart rate: steady state from grade-adjusted effort plus drift, reached with a lag.
            var rel = gas / runner.ThresholdSpeed / (plan.FatigueKeepsHeartRate ? fade : 1);
            var hrTarget = runner.RestingHeartRateBpm + (runner.MaxHeartRateBpm - runner.RestingHeartRateBpm) * Math.Clamp(0.05 + 0.78 * rel, 0.25, 1.0)
                           + plan.HeartDriftBpmPerHour * hours;
            hrTarget = Math.Min(hrTarget, runner.MaxHeartRateBpm);
            hr += (hrTarget - hr) * (hrTarget > hr ? hrLagUp : hrLagDown);

            var drop = running ? Ramp(drops, t, 10) : 0;
            double cadence;
            if (running && speed > 1.9)
                cadence = (148 + 8 * gas + runner.CadenceOffsetSpm + 25 * grade) * (1 - plan.CadenceFadePerHour * hours) * (1 - drop) + 1.0 * Draw.Normal(rng);
            else
                cadence = 100 + 10 * speed + 1.5 * Draw.Normal(rng);

            var air = plan.Weather.AirTemperatureAt(At(plan, t));
            var wrist = air + runner.WristBiasCelsius * (1 - Math.Exp(-t / 480.0)) + 0.3 * Draw.Normal(rng);

            baro = 0.98 * baro + 0.06 * Draw.Normal(rng);
            gpsE = 0.95 * gpsE + 0.6 * Draw.Normal(rng);
            gpsN = 0.95 * gpsN + 0.6 * Draw.Normal(rng);
            double e = east + gpsE, n = north + gpsN;
            var reportedSpeed = Math.Max(0, speed + 0.03 * Draw.Normal(rng));
            if (spikePending && running)
            {
                spikePending = false;
                var angle = rng.NextDouble() * 2 * Math.PI;
                var jump = Draw.Uniform(rng, 35, 90);
                e += jump * Math.Sin(angle);
                n += jump * Math.Cos(angle);
                if (rng.Next(2) == 0) reportedSpeed += Draw.Uniform(rng, 1.5, 3.0);
            }

            table.AddRow(startUnix + t);
            if (dropoutLeft > 0) dropoutLeft--;
            else
            {
                var lat = plan.Place.Latitude + n / EarthRadius * 180 / Math.PI;
                var lon = plan.Place.Longitude + e / (EarthRadius * Math.Cos(plan.Place.Latitude * Math.PI / 180)) * 180 / Math.PI;
                table.Set(SampleChannel.Latitude, Math.Round(lat, 7));
                table.Set(SampleChannel.Longitude, Math.Round(lon, 7));
            }
            table.Set(SampleChannel.Distance, Math.Round(distance, 2));
            table.Set(SampleChannel.Speed, Math.Round(reportedSpeed, 3));
            table.Set(SampleChannel.Altitude, Math.Round((terrain.AltitudeAt(distance) + baro) * 5) / 5);
            table.Set(SampleChannel.HeartRate, Math.Round(hr + 1.2 * Draw.Normal(rng)));
            table.Set(SampleChannel.Cadence, Math.Round(cadence));
            table.Set(SampleChannel.Temperature, Math.Round(wrist));

            wall.Add(t);
            gasList.Add(gas);
            hrList.Add(hr);
            surgeList.Add(effortNoSurge > 0 ? effort / effortNoSurge - 1 : 0);
            dropList.Add(drop);
            runList.Add(running);
            lastRecorded = t;

            if (distance >= nextLapKm * 1000)
            {
                laps.Add(new Lap(At(plan, lapStartWall), t + 1 - lapStartWall, t + 1 - lapStartWall - lapPaused, Math.Round(distance - lapStartDistance, 2)));
                lapStartWall = t + 1;
                lapStartDistance = distance;
                lapPaused = 0;
                nextLapKm++;
            }
        }
        events.Add(new ActivityEvent(At(plan, lastRecorded), ActivityEvent.TimerEvent, ActivityEvent.StopAllType, 0));
        if (lapStartWall <= lastRecorded)
            laps.Add(new Lap(At(plan, lapStartWall), lastRecorded - lapStartWall, lastRecorded - lapStartWall - lapPaused, Math.Round(distance - lapStartDistance, 2)));

        var samples = table.Build();
        var elapsed = (double)lastRecorded;
        var timer = wall.Count - 1.0;
        var session = new ActivitySession(
            Start: plan.StartUtc, Sport: Sport.Running, SubSport: 0,
            ElapsedSeconds: elapsed, TimerSeconds: timer, DistanceMeters: Math.Round(distance, 2),
            AverageHeartRateBpm: Math.Round(ChannelStatistics.Mean(samples.HeartRateBpm)),
            AverageCadence: Math.Round(ChannelStatistics.Mean(samples.Cadence) / 2),
            AverageTemperatureCelsius: Math.Round(ChannelStatistics.Mean(samples.TemperatureCelsius)),
            MaxTemperatureCelsius: ChannelStatistics.Max(samples.TemperatureCelsius));
        var activity = new Activity
        {
            Sport = Sport.Running,
            Device = new Device(255, 0, "CrampSignals RunSimulator"),
            StartTime = plan.StartUtc,
            UtcOffset = plan.UtcOffset,
            Samples = samples,
            Laps = [.. laps],
            Sessions = [session],
            Events = [.. events],
            Source = new ActivitySourceInfo { FileName = $"{plan.Scenario}-{plan.Seed}", Format = ActivityFormat.Memory },
        };
        return new EngineResult(activity, [.. wall], [.. gasList], [.. hrList], [.. surgeList], [.. dropList], [.. runList], lastRecorded);
    }

    /// <summary>The size of whichever window covers <paramref name="t"/>, ramped in and out over <paramref name="rampSeconds"/>.</summary>
    private static double Ramp((double Start, double Duration, double Size)[] windows, double t, double rampSeconds)
    {
        foreach (var (start, duration, size) in windows)
        {
            if (t < start || t > start + duration) continue;
            return size * Math.Min(1, Math.Min(t - start, start + duration - t) / rampSeconds);
        }
        return 0;
    }

    private static HashSet<int> PickMoments(Random rng, int total, int count)
    {
        var set = new HashSet<int>();
        for (var i = 0; i < count; i++) set.Add(120 + rng.Next(Math.Max(1, total - 240)));
        return set;
    }

    private static DateTime At(RunPlan plan, double t) => plan.StartUtc.AddSeconds(t);
}
