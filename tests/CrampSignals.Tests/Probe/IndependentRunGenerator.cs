using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Formats;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Weather;
using System.Collections.Immutable;

namespace CrampSignals.Tests.Probe;

/// <summary>
/// Builds seeded runs from a model of its own (runner, route, body, air, watch), independent of the project's simulator,
/// with the truth of what was injected. The same (family, seed) is the same run in every recording mode and file route.
/// </summary>
internal static class IndependentRunGenerator
{
    private const double AirHeatCelsius = 25;

    public static ProbeRun? Generate(ProbeFamily family, int seed, RecordingMode mode = RecordingMode.OneHz, FileRoute route = FileRoute.Memory)
    {
        var r = new Random(unchecked(seed * 7477 + (int)family * 104729 + 11));
        var story = new List<string>();
        var runner = Runner.Draw(r);
        var place = Place.All[r.Next(Place.All.Length)];
        var treadmill = family is not (ProbeFamily.Heat or ProbeFamily.Surge or ProbeFamily.SteadyClimb or ProbeFamily.FormatEdge) && r.NextDouble() < 0.15;
        var runWalk = family is not (ProbeFamily.Drift or ProbeFamily.CrampRecovery or ProbeFamily.SteadyClimb or ProbeFamily.LimpFinish) && !treadmill && r.NextDouble() < 0.1 + 0.35 * (1 - (runner.EasySpeed - 2.2) / 1.5);
        story.Add($"runner easy {1000 / runner.EasySpeed / 60:F2} min/km cadence {runner.EasyCadence:F0} HR {runner.EasyHeartRate:F0}; {place.Name}{(treadmill ? "; treadmill" : "")}{(runWalk ? "; run-walk" : "")}");

        var plan = new RunPlan();
        var warm = family switch { ProbeFamily.Control => true, ProbeFamily.FastStart => false, ProbeFamily.WarmUpCoolDown => r.NextDouble() < 0.5, _ => r.NextDouble() < 0.7 };
        var cool = family switch { ProbeFamily.Control => true, ProbeFamily.WarmUpCoolDown => r.NextDouble() < 0.5, ProbeFamily.LimpFinish => false, _ => r.NextDouble() < 0.7 };
        if (warm)
        {
            plan.WarmUpWalkSeconds = r.NextDouble() < 0.3 ? r.Next(30, 121) : 0;
            plan.WarmUpJogSeconds = r.Next(310, 601);
            plan.WarmUpJogFactor = 0.74 + 0.13 * r.NextDouble();
            // Near the line between an easy start and none: both exports of one run must still say the same.
            if (family == ProbeFamily.FormatEdge) plan.WarmUpJogFactor = 0.86 + 0.11 * r.NextDouble();
        }
        var mainMinutes = family switch
        {
            ProbeFamily.Control => 18 + 15 * r.NextDouble(),
            ProbeFamily.Surge => 32 + 14 * r.NextDouble(),
            ProbeFamily.FastStart => 25 + 20 * r.NextDouble(),
            ProbeFamily.WarmUpCoolDown => 20 + 20 * r.NextDouble(),
            ProbeFamily.Heat => 25 + 35 * r.NextDouble(),
            ProbeFamily.CadenceDrop => 25 + 20 * r.NextDouble(),
            ProbeFamily.Drift => 65 + 45 * r.NextDouble(),
            ProbeFamily.CrampRecovery => 35 + 20 * r.NextDouble(),
            ProbeFamily.SteadyClimb => 30 + 20 * r.NextDouble(),
            ProbeFamily.LimpFinish => 25 + 35 * r.NextDouble(),
            ProbeFamily.FormatEdge => 57 + 6 * r.NextDouble() - plan.MainStart / 60.0,
            _ => 75 + 125 * r.NextDouble(),
        };
        plan.MainSeconds = (int)(mainMinutes * 60);
        if (cool)
        {
            plan.CoolDownJogSeconds = r.Next(120, 301);
            plan.CoolDownJogFactor = 0.7 + 0.15 * r.NextDouble();
            plan.CoolDownWalkSeconds = r.Next(60, 241);
        }
        else plan.StandSeconds = r.Next(0, 26);
        if (family == ProbeFamily.FormatEdge) plan.MainSeconds -= plan.CoolDownJogSeconds + plan.CoolDownWalkSeconds;
        story.Add($"warm-up {(warm ? $"{plan.WarmUpJogSeconds}s at {plan.WarmUpJogFactor:P0}" : "none")}; main {plan.MainSeconds}s; cool-down {(cool ? $"{plan.CoolDownJogSeconds}s jog + {plan.CoolDownWalkSeconds}s walk" : $"none (stands {plan.StandSeconds}s)")}");

        if (family == ProbeFamily.FastStart)
        {
            plan.FastStartFraction = 0.15 + 0.15 * r.NextDouble();
            plan.FastStartBoost = 0.06 + 0.09 * r.NextDouble();
            plan.FadeAtEnd = 0.05 * r.NextDouble();
            story.Add($"fast start: first {plan.FastStartFraction:P0} at +{plan.FastStartBoost:P1}, fading to -{plan.FadeAtEnd:P1}");
        }

        AddBreaks(plan, r, family, runWalk, treadmill, story);
        var terrain = treadmill ? new Terrain([], [], 0) : DrawTerrain(r, runner.EasySpeed * plan.TotalSeconds, family);
        var loggedCramps = new List<int>();
        if (family == ProbeFamily.CrampRecovery) PlaceRecovery(plan, r, loggedCramps, story);
        if (family == ProbeFamily.LimpFinish) PlaceLimp(plan, r, loggedCramps, story);
        if (family == ProbeFamily.SteadyClimb) terrain = PlaceClimbs(plan, terrain, runner, r, story);
        var wanderSeed = r.Next();
        var world = WorldTrace.Move(plan, terrain, runner, wanderSeed);

        var truth = new ProbeTruth();
        if (family == ProbeFamily.Surge)
        {
            (plan, terrain) = PlaceSurges(plan, terrain, world, r, story);
            world = WorldTrace.Move(plan, terrain, runner, wanderSeed);
        }
        var drops = family == ProbeFamily.CadenceDrop ? PlaceCadenceDrops(plan, world, r, story) : [];
        var drift = family == ProbeFamily.Drift ? 0.06 + 0.09 * r.NextDouble() : 0.015 * r.NextDouble();
        var driftStart = plan.MainStart + r.Next(300, 900);
        if (family == ProbeFamily.Drift) story.Add($"cardiac drift +{drift:P1} from {driftStart}s");

        double airStart, airEnd;
        var heat = new List<HeatBlockPlan>();
        if (family == ProbeFamily.Heat)
        {
            if (r.NextDouble() < 0.3)
            {
                airStart = 27 + 6 * r.NextDouble();
                airEnd = airStart + 3 * (r.NextDouble() - 0.5);
                story.Add($"hot all run: {airStart:F1} -> {airEnd:F1} °C");
            }
            else
            {
                airStart = 14 + 8 * r.NextDouble();
                airEnd = airStart + 2 * (r.NextDouble() - 0.5);
                var blocks = r.NextDouble() < 0.3 && plan.TotalSeconds > 2400 ? 2 : 1;
                var from = 120;
                for (var k = 0; k < blocks; k++)
                {
                    var len = r.Next(12 * 60, 61 * 60);
                    len = Math.Min(len, (plan.TotalSeconds - from - 240) / (blocks - k) - 300);
                    if (len < 12 * 60) break;
                    var start = from + r.Next(0, Math.Max(1, (plan.TotalSeconds - from - 240) / (blocks - k) - len));
                    var peak = 28 + 7 * r.NextDouble();
                    heat.Add(new HeatBlockPlan(start, len, peak, r.Next(60, 121)));
                    story.Add($"heat block {start}-{start + len}s peak {peak:F1} °C over base {airStart:F1}");
                    from = start + len + 600;
                }
            }
        }
        else
        {
            airStart = treadmill ? 17 + 4 * r.NextDouble() : 3 + 15 * r.NextDouble();
            airEnd = airStart + (treadmill ? 1 : 3) * (r.NextDouble() - 0.5);
        }
        var wristBias = 2.5 + 2.5 * r.NextDouble();
        Body.Fill(world, runner, plan, r, drift, driftStart, drops, airStart, airEnd, heat, wristBias, 90 + 150 * r.NextDouble(), treadmill);

        // When and where.
        var month = family == ProbeFamily.Heat ? WarmMonths(place)[r.Next(4)] : Place.Months[r.Next(Place.Months.Length)];
        double localHour;
        if (family == ProbeFamily.Control)
            localHour = place.WarmMonth(month) ? (r.NextDouble() < 0.5 ? 5.5 + 2.5 * r.NextDouble() : 18.3 + 1.5 * r.NextDouble()) : 6 + 13 * r.NextDouble();
        else if (family == ProbeFamily.Heat) localHour = 9 + 8 * r.NextDouble();
        else localHour = 5.5 + 14.5 * r.NextDouble();
        var year = 2024 + r.Next(2);
        var civil = place.CivilOffset(month);
        var startUtc = new DateTime(year, month, r.Next(3, 27), 0, 0, 0, DateTimeKind.Utc).AddHours(localHour) - civil;
        startUtc = new DateTime(startUtc.Ticks - startUtc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var offsetInFile = r.NextDouble() < 0.5 ? civil : (TimeSpan?)null;
        story.Add($"starts {startUtc:yyyy-MM-dd HH:mm}Z, local {localHour:F1} h (UTC{civil.TotalHours:+0;-0}), offset {(offsetInFile is null ? "absent" : "in file")}");

        var weatherGiven = r.NextDouble() < (family == ProbeFamily.Heat ? 0.5 : 0.25);
        var quality = treadmill ? GpsQuality.Clean : (GpsQuality)Pick(r, 0.4, 0.4, 0.2);
        var tunnels = new List<(int, int)>();
        if (!treadmill && r.NextDouble() < 0.15)
        {
            var len = r.Next(10, 61);
            var at = r.Next(plan.MainStart + 60, Math.Max(plan.MainStart + 61, plan.MainEnd - 120));
            if (!Overlaps(at - 30, at + len + 30, plan, drops, heat)) { tunnels.Add((at, len)); story.Add($"tunnel {at}-{at + len}s"); }
        }
        var setup = new WatchSetup
        {
            StartUtc = startUtc,
            UtcOffsetInFile = offsetInFile,
            Latitude = place.Latitude + 0.05 * (r.NextDouble() - 0.5),
            Longitude = place.Longitude + 0.05 * (r.NextDouble() - 0.5),
            Treadmill = treadmill,
            HasHeartRate = r.NextDouble() < 0.92,
            HasCadence = treadmill || r.NextDouble() < 0.92,
            HasTemperature = family == ProbeFamily.Heat && !weatherGiven || r.NextDouble() < 0.85,
            AutoPause = r.NextDouble() < 0.5,
            Gps = quality,
            SpikeCount = quality == GpsQuality.Noisy ? r.Next(1, 4) : quality == GpsQuality.Everyday ? r.Next(0, 2) : 0,
            DriftExcursions = quality == GpsQuality.Noisy ? r.Next(1, 4) : 0,
            Tunnels = tunnels,
            FootPodCalibration = 1 + 0.08 * (r.NextDouble() - 0.5),
        };
        story.Add($"GPS {quality}; HR {(setup.HasHeartRate ? "yes" : "no")}, cadence {(setup.HasCadence ? "yes" : "no")}, temperature {(setup.HasTemperature ? "yes" : "no")}, weather {(weatherGiven ? "yes" : "no")}, auto-pause {(setup.AutoPause ? "on" : "off")}");

        var activity = WatchRecorder.Record(world, plan, setup, mode, seed, story);
        var weather = weatherGiven ? Weather(world, startUtc, r) : null;

        // Truth.
        DateTime at_(int t) => startUtc.AddSeconds(t);
        foreach (var s in plan.Surges)
        {
            var realised = RealisedRise(world, s);
            truth.Intervals.Add(new(FindingKind.PaceSurge, at_(s.StartSecond), at_(s.StartSecond + s.Seconds),
                $"{s.Note}, realised {realised:+0.0%;-0.0%}", realised < SurgeDefinitionRise));
        }
        foreach (var d in drops) truth.Intervals.Add(new(FindingKind.CadenceDrop, at_(d.StartSecond), at_(d.StartSecond + d.Seconds), $"-{d.Drop:P1} for {d.Seconds}s"));
        var hot = false;
        foreach (var (from, to) in Runs(world.Air, v => v >= AirHeatCelsius))
        {
            if (to - from < 600) continue;
            truth.Intervals.Add(new(FindingKind.HeatExposure, at_(from), at_(to), $"air >= {AirHeatCelsius} °C, peak {world.Air.Skip(from).Take(to - from).Max():F1}"));
            hot = true;
        }
        if (!setup.HasTemperature && !weatherGiven) truth.DontCare[FindingKind.HeatExposure] = "no temperature, no weather";
        if (!setup.HasCadence) truth.DontCare[FindingKind.CadenceDrop] = "no cadence";
        if (!setup.HasHeartRate) truth.DontCare[FindingKind.CardiacDrift] = "no heart rate";
        if (family == ProbeFamily.FastStart) truth.RunLevel.Add(FindingKind.FastStart);
        if (family == ProbeFamily.FormatEdge && plan.HasWarmUp && plan.WarmUpJogFactor > 0.88)
            truth.DontCare[FindingKind.NoWarmUp] = $"warm-up jog at {plan.WarmUpJogFactor:P0} of the run's effort, near the line";
        if (!plan.HasWarmUp) truth.RunLevel.Add(FindingKind.NoWarmUp);
        if (!plan.HasCoolDown) truth.RunLevel.Add(FindingKind.NoCoolDown);
        if (drift >= 0.06) truth.RunLevel.Add(FindingKind.CardiacDrift);

        var movingMinutes = world.Gaits.Count(g => g != Gait.Stopped) / 60.0;
        var need = hot ? 45 : 60;
        if (Math.Abs(movingMinutes - need) < 5) truth.DontCare[FindingKind.LongRunHydration] = $"{movingMinutes:F0} min moving, near the {need} min line";
        else if (movingMinutes >= need) truth.RunLevel.Add(FindingKind.LongRunHydration);

        var (civilHot, civilBorder) = HotHours(world, startUtc, civil, place, month);
        var (solarHot, solarBorder) = HotHours(world, startUtc, place.SolarOffset, place, month);
        if (treadmill) truth.DontCare[FindingKind.HotHours] = "indoors: no position, so no hemisphere";
        else if (civilBorder) truth.DontCare[FindingKind.HotHours] = "run straddles the 10-16 h line";
        else if (offsetInFile is null && (solarHot != civilHot || solarBorder)) truth.DontCare[FindingKind.HotHours] = "solar and civil time disagree";
        else if (civilHot) truth.RunLevel.Add(FindingKind.HotHours);
        story.Add($"moving {movingMinutes:F0} min; truth: {string.Join(", ", truth.Intervals.Select(i => $"{i.Kind}@{(i.Start - startUtc).TotalSeconds:F0}-{(i.End - startUtc).TotalSeconds:F0}s"))} | {string.Join(", ", truth.RunLevel)}");

        var cramps = Cramps(truth, startUtc, plan, r, loggedCramps);

        if (route == FileRoute.Gpx && treadmill) return null;
        activity = route switch
        {
            FileRoute.Fit => ActivityFile.Load(FitActivityWriter.ToBytes(activity), $"probe-{family}-{seed}.fit"),
            FileRoute.Gpx => ViaGpx(activity, $"probe-{family}-{seed}.gpx"),
            _ => activity,
        };
        return new ProbeRun(seed, family, mode, route, treadmill, activity, weather, cramps, truth, story) { World = world, Plan = plan, Gps = quality };
    }

    private static int[] WarmMonths(Place p) => p.Southern ? [11, 12, 1, 2] : [5, 6, 7, 8];

    private static int Pick(Random r, params double[] weights)
    {
        var x = r.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++) { if (x < weights[i]) return i; x -= weights[i]; }
        return weights.Length - 1;
    }

    private static void AddBreaks(RunPlan plan, Random r, ProbeFamily family, bool runWalk, bool treadmill, List<string> story)
    {
        if (runWalk)
        {
            var runFor = r.Next(240, 541);
            var walkFor = r.Next(40, 91);
            for (var t = plan.MainStart + runFor; t + walkFor < plan.MainEnd - 120; t += runFor + walkFor)
                plan.WalkBreaks.Add((t, walkFor + r.Next(-8, 9)));
            story.Add($"run-walk: run {runFor}s, walk {walkFor}s ({plan.WalkBreaks.Count} breaks)");
        }
        else if (r.NextDouble() < 0.3)
        {
            var t = plan.MainStart + r.Next(300, Math.Max(301, plan.MainSeconds - 300));
            var len = r.Next(30, 91);
            plan.WalkBreaks.Add((t, len));
            story.Add($"walk break {t}-{t + len}s");
        }
        var stops = treadmill ? (r.NextDouble() < 0.2 ? 1 : 0) : family == ProbeFamily.Drift ? r.Next(0, 2) : r.Next(0, 5);
        for (var k = 0; k < stops; k++)
        {
            var t = plan.MainStart + r.Next(120, Math.Max(121, plan.MainSeconds - 120));
            var len = r.Next(15, 91);
            if (plan.Busy(t - 60, t + len + 60)) continue;
            plan.Stops.Add((t, len));
            story.Add($"stop {t}-{t + len}s");
        }
        if (family == ProbeFamily.LongRun)
        {
            // Fuel and water stops on a long run.
            for (var t = plan.MainStart + r.Next(1800, 2700); t < plan.MainEnd - 600; t += r.Next(1800, 2700))
            {
                var len = r.Next(30, 121);
                if (plan.Busy(t - 60, t + len + 60)) continue;
                plan.Stops.Add((t, len));
                story.Add($"fuel stop {t}-{t + len}s");
            }
        }
    }

    private static Terrain DrawTerrain(Random r, double routeMeters, ProbeFamily family)
    {
        var hills = new List<Hill>();
        var count = r.Next(0, family == ProbeFamily.CadenceDrop ? 3 : 6);
        for (var k = 0; k < count * 3 && hills.Count < count; k++)
        {
            Hill h;
            if (r.NextDouble() < 0.5)
            {
                var up = 80 + 170 * r.NextDouble();
                h = new Hill(routeMeters * r.NextDouble(), up, up * (0.05 + 0.07 * r.NextDouble()), 80 + 200 * r.NextDouble());
            }
            else
            {
                var up = 700 + 1800 * r.NextDouble();
                h = new Hill(routeMeters * r.NextDouble(), up, up * (0.015 + 0.025 * r.NextDouble()), 700 + 1800 * r.NextDouble());
            }
            if (hills.Any(o => o.StartMeters < h.EndMeters + 50 && h.StartMeters < o.EndMeters + 50)) continue;
            hills.Add(h);
        }
        var turns = new List<(double, double)>();
        var heading = 2 * Math.PI * r.NextDouble();
        for (var d = 0.0; d < routeMeters * 1.5; d += 150 + 650 * r.NextDouble())
        {
            heading += (r.NextDouble() - 0.5) * 2.5;
            turns.Add((d, heading));
        }
        return new Terrain(hills, turns, 30 + 600 * r.NextDouble());
    }

    /// <summary>The surge definition's line: 10 % over the median of the previous 10 minutes of running.</summary>
    private const double SurgeDefinitionRise = 0.10;

    /// <summary>
    /// How far the runner's true effort rose over the surge's plateau (its ramps left out) against the median of their true
    /// running effort in the 10 minutes before: the pace wander runs through a surge too, so a planted +12 % can come out
    /// anywhere from +8 % to +16 %.
    /// </summary>
    private static double RealisedRise(WorldTrace w, SurgePlan s)
    {
        var before = new List<double>();
        for (var t = Math.Max(0, s.StartSecond - 600); t < s.StartSecond; t++) if (w.Gaits[t] == Gait.Running) before.Add(w.Effort[t]);
        double sum = 0;
        var n = 0;
        for (var t = s.StartSecond + s.RampSeconds; t < Math.Min(w.Length, s.StartSecond + s.Seconds - s.RampSeconds); t++)
            if (w.Gaits[t] == Gait.Running) { sum += w.Effort[t]; n++; }
        if (before.Count == 0 || n == 0) return double.NaN;
        before.Sort();
        return sum / n / before[before.Count / 2] - 1;
    }

    private static (RunPlan, Terrain) PlaceSurges(RunPlan plan, Terrain terrain, WorldTrace w, Random r, List<string> story)
    {
        var wanted = r.Next(1, 4);
        var earliest = plan.MainStart + 480;
        for (var attempt = 0; attempt < 300 && plan.Surges.Count < wanted; attempt++)
        {
            var len = r.Next(60, 301);
            var boost = 0.10 + 0.25 * r.NextDouble();
            var variant = r.NextDouble();
            int t;
            string note;
            if (variant < 0.25 && plan.WalkBreaks.Count > 0)
            {
                var wb = plan.WalkBreaks[r.Next(plan.WalkBreaks.Count)];
                t = wb.Start + wb.Seconds + r.Next(10, 31);
                note = "right after a walk break";
            }
            else
            {
                t = r.Next(earliest, Math.Max(earliest + 1, plan.MainEnd - len - 120));
                note = variant < 0.5 ? "on a hill" : "on the flat";
            }
            if (t < earliest || t + len > plan.MainEnd - 120) continue;
            if (plan.Busy(note == "right after a walk break" ? t : t - 60, t + len + 45)) continue;
            if (plan.Surges.Any(s => Math.Abs(s.StartSecond - t) < 600 + Math.Max(s.Seconds, len))) continue;
            var runningBefore = 0;
            for (var x = Math.Max(0, t - 600); x < t; x++) if (w.Gaits[x] == Gait.Running) runningBefore++;
            if (runningBefore < 420) continue;
            if (note == "on a hill")
            {
                var d = w.Distance[t];
                var up = 300 + 400 * r.NextDouble();
                var grade = 0.025 + 0.03 * r.NextDouble();
                terrain = terrain.With(new Hill(d - 20, up, up * grade, up));
                note = $"on a {grade:P1} hill";
            }
            else if (note == "on the flat") terrain = terrain.Without(w.Distance[Math.Max(0, t - 60)], w.Distance[Math.Min(w.Length - 1, t + len + 60)] + 200);
            plan.Surges.Add(new SurgePlan(t, len, boost, r.Next(5, 16), $"+{boost:P0} for {len}s {note}"));
            story.Add($"surge {t}-{t + len}s +{boost:P1} {note}");
        }
        return (plan, terrain);
    }

    /// <summary>
    /// A disturbance a third of the way in or later (a stop for a logged cramp, a cramp run through, a plain stop, or a walk
    /// break), minutes of easier jogging after it, then the pace held before for the rest of the run.
    /// </summary>
    private static void PlaceRecovery(RunPlan plan, Random r, List<int> logged, List<string> story)
    {
        var kind = r.NextDouble();
        var pause = kind < 0.15 ? 0 : r.Next(30, 121);
        var easy = r.Next(120, 361);
        var factor = 0.75 + 0.13 * r.NextDouble();
        var back = r.Next(180, 900);
        var latest = plan.MainEnd - back - easy - pause;
        var at = r.Next(plan.MainStart + 720, Math.Max(plan.MainStart + 721, latest));
        plan.WalkBreaks.RemoveAll(b => b.Start < at + pause + easy + back && b.Start + b.Seconds > at - 600);
        plan.Stops.RemoveAll(b => b.Start < at + pause + easy + back && b.Start + b.Seconds > at - 600);
        string what;
        if (kind < 0.15) { logged.Add(at); what = "cramp run through"; }
        else if (kind < 0.6) { plan.Stops.Add((at, pause)); logged.Add(at + r.Next(0, 10)); what = $"stop {pause}s for a cramp"; }
        else if (kind < 0.8) { plan.Stops.Add((at, pause)); what = $"stop {pause}s"; }
        else { plan.WalkBreaks.Add((at, pause)); what = $"walk {pause}s"; }
        plan.Easings.Add((at + pause, easy, factor));
        story.Add($"{what} at {at}s, then {easy}s at {factor:P0} of the effort, then back to pace");
    }

    /// <summary>A cramp in the last minutes of a race, perhaps a short stop to stretch, a hobble to the line and a dead stop there.</summary>
    private static void PlaceLimp(RunPlan plan, Random r, List<int> logged, List<string> story)
    {
        var at = plan.MainEnd - r.Next(120, 601);
        var stretch = r.NextDouble() < 0.5 ? r.Next(10, 46) : 0;
        var factor = 0.6 + 0.25 * r.NextDouble();
        plan.WalkBreaks.RemoveAll(b => b.Start + b.Seconds > at - 120);
        plan.Stops.RemoveAll(b => b.Start + b.Seconds > at - 120);
        if (stretch > 0) plan.Stops.Add((at, stretch));
        logged.Add(at);
        plan.Easings.Add((at + stretch, plan.MainEnd - at - stretch, factor));
        story.Add($"cramp at {at}s{(stretch > 0 ? $", stretches {stretch}s" : "")}, hobbles to the line at {factor:P0} of the effort, stops dead");
    }

    /// <summary>One (sometimes two) sustained climbs of several minutes at an even 6-8 % on an otherwise flat route.</summary>
    private static Terrain PlaceClimbs(RunPlan plan, Terrain terrain, Runner runner, Random r, List<string> story)
    {
        terrain = terrain.Without(double.NegativeInfinity, double.PositiveInfinity);
        var count = r.NextDouble() < 0.7 ? 1 : 2;
        var from = plan.MainStart + 600;
        for (var k = 0; k < count; k++)
        {
            var grade = 0.06 + 0.02 * r.NextDouble();
            var seconds = r.Next(240, 601);
            var latest = plan.MainEnd - 300 - 2 * seconds;
            if (latest <= from) break;
            var at = r.Next(from, latest);
            var upMeters = seconds * runner.EasySpeed / WorldTrace.GradeCost(grade);
            var downMeters = upMeters * (1 + 1.5 * r.NextDouble());
            // Where the runner will be at that second, near enough: the warm-up is slower.
            var startMeters = runner.EasySpeed * (at - plan.MainStart) + runner.EasySpeed * plan.WarmUpJogFactor * plan.WarmUpJogSeconds;
            terrain = terrain.With(new Hill(startMeters, upMeters, upMeters * grade, downMeters) { Even = true });
            story.Add($"steady climb from about {at}s: {upMeters:F0} m at {grade:P1}, down over {downMeters:F0} m");
            from = at + seconds * 3;
        }
        return terrain;
    }

    private static List<CadenceDropPlan> PlaceCadenceDrops(RunPlan plan, WorldTrace w, Random r, List<string> story)
    {
        var drops = new List<CadenceDropPlan>();
        var wanted = r.Next(1, 3);
        var earliest = plan.MainStart + 300;
        for (var attempt = 0; attempt < 400 && drops.Count < wanted; attempt++)
        {
            var len = r.Next(90, 401);
            var t = r.Next(earliest, Math.Max(earliest + 1, plan.MainEnd - len - 90));
            if (t + len > plan.MainEnd - 90 || plan.Busy(t - 90, t + len + 60)) continue;
            if (drops.Any(d => t < d.StartSecond + d.Seconds + 420 && d.StartSecond < t + len + 420)) continue;
            var flat = true;
            for (var x = t - 60; x < t + len + 60 && flat; x++) flat = Math.Abs(w.Grade[x]) < 0.015 && w.Gaits[x] == Gait.Running;
            if (!flat) continue;
            var drop = 0.06 + 0.09 * r.NextDouble();
            drops.Add(new CadenceDropPlan(t, len, drop, r.Next(8, 21)));
            story.Add($"cadence drop {t}-{t + len}s -{drop:P1}");
        }
        return drops;
    }

    private static bool Overlaps(int from, int to, RunPlan plan, List<CadenceDropPlan> drops, List<HeatBlockPlan> heat) =>
        plan.Busy(from, to) || drops.Any(d => d.StartSecond < to && d.StartSecond + d.Seconds > from);

    private static IEnumerable<(int From, int To)> Runs(double[] values, Func<double, bool> inside)
    {
        var start = -1;
        for (var t = 0; t <= values.Length; t++)
        {
            var ok = t < values.Length && inside(values[t]);
            if (ok && start < 0) start = t;
            else if (!ok && start >= 0) { yield return (start, t); start = -1; }
        }
    }

    private static (bool Hot, bool Border) HotHours(WorldTrace w, DateTime startUtc, TimeSpan offset, Place place, int month)
    {
        if (!place.WarmMonth(month)) return (false, false);
        int moving = 0, inside = 0;
        for (var t = 0; t < w.Length; t++)
        {
            if (w.Gaits[t] == Gait.Stopped) continue;
            moving++;
            var h = (startUtc.AddSeconds(t) + offset).TimeOfDay.TotalHours;
            if (h >= 10 && h < 16) inside++;
        }
        var fraction = inside / (double)Math.Max(1, moving);
        var minutes = inside / 60.0;
        var hot = minutes >= 15 && fraction >= 0.25;
        var border = minutes is > 8 and < 22 || fraction is > 0.15 and < 0.35;
        return (hot, border);
    }

    private static WeatherSeries Weather(WorldTrace w, DateTime startUtc, Random r)
    {
        var humidity = 35 + 35 * r.NextDouble();
        var list = new List<WeatherObservation>();
        for (var t = -600; t <= w.Length + 600; t += 60)
        {
            var air = w.Air[Math.Clamp(t, 0, w.Length - 1)];
            list.Add(new WeatherObservation(startUtc.AddSeconds(t), Math.Round(air + 0.2 * Draw.Normal(r), 1), Math.Round(humidity), 1 + 3 * r.NextDouble()));
        }
        return new WeatherSeries(list);
    }

    private static CrampLog Cramps(ProbeTruth truth, DateTime startUtc, RunPlan plan, Random r, List<int> logged)
    {
        var entries = new List<CrampEntry>();
        foreach (var t in logged) entries.Add(new CrampEntry(startUtc.AddSeconds(t), null, Muscle.Calf, "left", 3, "probe: stopped"));
        foreach (var i in truth.Intervals)
            entries.Add(new CrampEntry(i.End.AddSeconds(r.Next(60, 480)), null, Muscle.Calf, r.NextDouble() < 0.5 ? "left" : "right", r.Next(1, 4), "probe"));
        if (entries.Count == 0 && truth.RunLevel.Count > 0)
            entries.Add(new CrampEntry(startUtc.AddSeconds(plan.MainEnd - r.Next(0, 300)), null, Muscle.Calf, "right", 2, "probe"));
        return new CrampLog([.. entries.OrderBy(e => e.Time)], []);
    }

    private static Activity ViaGpx(Activity activity, string name)
    {
        // A typical GPX export: positions, elevation, time and the TrackPointExtension, but no speed or distance.
        var s = activity.Samples;
        var b = new SampleTableBuilder(s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            b.AddRow(s.UnixSeconds[i]);
            foreach (var c in new[] { SampleChannel.Latitude, SampleChannel.Longitude, SampleChannel.Altitude, SampleChannel.HeartRate, SampleChannel.Cadence, SampleChannel.Temperature })
                b.Set(c, s[c][i]);
        }
        using var ms = new MemoryStream();
        GpxActivityWriter.Write(activity with { Samples = b.Build(), Events = [], Sessions = [], Laps = [] }, ms);
        return ActivityFile.Load(ms.ToArray(), name);
    }
}
