using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Simulation.Archives;

/// <summary>
/// Simulates one planned activity second by second and settles what depends on it: the km where a planted cramp
/// struck (the run then stops, stretches and limps on from exactly there), the texts, and the index's numbers.
/// </summary>
internal static class ArchiveActivityBuilder
{
    private const string Scenario = "archive";
    private const double MetersPerMile = 1609.344;

    /// <summary>The activity's samples, or null for a manual entry; <paramref name="item"/> gets its texts and numbers.</summary>
    public static Activity? Build(ArchiveItem item, ArchiveRunner runner)
    {
        var rng = new Random(item.Seed);
        if (item.Manual)
        {
            item.ElapsedSeconds = item.MovingSeconds = item.PlannedSeconds;
            item.DistanceMeters = item.Sport.IsRun || item.Sport.Speed > 0 ? Math.Round(item.Speed * item.PlannedSeconds) : 0;
            Compose(item, rng);
            return null;
        }
        var (segments, steadyStart, steadyEnd) = Segments(item, rng, runner);
        var plan = Plan(item, runner, segments);
        var result = RunEngine.Run(plan);
        var stopping = item.Cramps.FirstOrDefault(c => c.Position is PhrasePosition.AtKm or PhrasePosition.KmMarker or PhrasePosition.AtMile or PhrasePosition.Clock);
        if (stopping is not null)
        {
            var at = StoppingPoint(stopping, result, rng, steadyStart, steadyEnd);
            // Same length, same plan up to the cramp: the engine draws the same noise, so the run reaches the km at the same second.
            result = RunEngine.Run(plan with { Segments = CutAt(segments, at, item.Speed, rng) });
            var s = result.Activity.Samples;
            stopping.ElapsedSeconds = stopping.Position == PhrasePosition.Clock ? at : TimeAtDistance(s, stopping.Number * Unit(stopping));
        }
        var samples = result.Activity.Samples;
        var total = ChannelStatistics.Last(samples.DistanceMeters);
        foreach (var c in item.Cramps.Where(c => c.Position == PhrasePosition.LastKm))
        {
            c.Number = Math.Clamp((int)(total * 0.3 / 1000), 1, 3);
            c.ElapsedSeconds = TimeAtDistance(samples, total - c.Number * 500);
        }
        var activity = Restyle(item, result.Activity, rng);
        Fill(item, activity, result.EndSeconds);
        Compose(item, rng);
        return activity;
    }

    private static (List<PlanSegment> Segments, double SteadyStart, double SteadyEnd) Segments(ArchiveItem item, Random rng, ArchiveRunner runner)
    {
        var plan = new PlanBuilder();
        var total = item.PlannedSeconds;
        var speed = item.Speed;
        if (!item.Sport.IsRun)
        {
            if (item.Sport.Sport == Sport.Cycling) plan.Run(total, speed);
            else plan.Walk(total, Math.Max(0.3, speed));
            return ([.. plan.Segments], 0, total);
        }
        if (item.Race) plan.Run(90, speed * 0.9, speed);
        else ScenarioPresets.WarmUp(plan, rng, speed);
        var steadyStart = plan.Now;
        var coolDown = item.Race ? 120 : Draw.Uniform(rng, 180, 300) + 90;
        plan.Run(Math.Max(300, total - steadyStart - coolDown), speed);
        var steadyEnd = plan.Now;
        if (item.Race) plan.Walk(120, 1.0);
        else plan.Run(coolDown - 90, speed * 0.88, speed * 0.78).Walk(90);
        return ([.. plan.Segments], steadyStart, steadyEnd);
    }

    private static RunPlan Plan(ArchiveItem item, ArchiveRunner runner, List<PlanSegment> segments)
    {
        var profile = item.Sport.IsRun ? runner.Profile : runner.Profile with { ThresholdSpeed = item.Sport.ThresholdSpeed };
        var hilliness = item.Sport.Id switch { "trail-run" or "hike" => 1.0, "treadmill-run" or "virtual-run" or "track-run" or "pool-swim" or "virtual-ride" => 0.02, _ => 0.4 };
        return new RunPlan
        {
            Scenario = Scenario, Seed = item.Seed, Place = runner.Place, StartUtc = item.StartUtc, UtcOffset = item.UtcOffset,
            Runner = profile, Weather = item.Weather, Segments = segments, Hilliness = hilliness,
            SpeedFadePerHour = 0.015, HeartDriftBpmPerHour = item.IsHot ? 8 : 1.5, FatigueKeepsHeartRate = item.Race,
            SteadyPart = (0, segments[^1].EndSeconds),
        };
    }

    /// <summary>Seconds from the start where the cramp strikes, and the number its text gives (km, mile) set on it.</summary>
    private static double StoppingPoint(PlantedCramp cramp, EngineResult result, Random rng, double steadyStart, double steadyEnd)
    {
        var s = result.Activity.Samples;
        var from = steadyStart + 60;
        var to = Math.Max(from, steadyEnd - 60);
        if (cramp.Position == PhrasePosition.Clock)
        {
            var minute = Math.Round(Draw.Uniform(rng, Math.Max(from, 3600), Math.Max(to, 3600)) / 60) * 60;
            return Math.Min(minute, Math.Floor(to / 60) * 60);
        }
        var unit = Unit(cramp);
        var lo = (int)Math.Ceiling(DistanceAt(s, result, from) / unit);
        var hi = (int)Math.Floor(DistanceAt(s, result, to) / unit);
        cramp.Number = Math.Max(1, hi < lo ? hi : lo + rng.Next(hi - lo + 1));
        return TimeAtDistance(s, cramp.Number * unit);
    }

    private static double Unit(PlantedCramp c) => c.Position == PhrasePosition.AtMile ? MetersPerMile : 1000;

    private static double DistanceAt(SampleTable s, EngineResult result, double wallSeconds)
    {
        var start = s.UnixSeconds[0];
        for (var i = 0; i < s.Count; i++)
            if (s.UnixSeconds[i] - start >= wallSeconds) return s.DistanceMeters[i];
        return ChannelStatistics.Last(s.DistanceMeters);
    }

    /// <summary>Seconds from the first sample to the first one at or past <paramref name="meters"/>.</summary>
    public static double TimeAtDistance(SampleTable s, double meters)
    {
        for (var i = 0; i < s.Count; i++)
            if (s.DistanceMeters[i] >= meters) return s.UnixSeconds[i] - s.UnixSeconds[0];
        return s.UnixSeconds[s.Count - 1] - s.UnixSeconds[0];
    }

    /// <summary>The plan up to <paramref name="at"/>, then the cramp: a few limping steps, the timer stopped to stretch, a walk, an easy jog to the same end.</summary>
    private static List<PlanSegment> CutAt(List<PlanSegment> segments, double at, double speed, Random rng)
    {
        var total = segments[^1].EndSeconds;
        var result = new List<PlanSegment>();
        foreach (var seg in segments)
        {
            if (seg.EndSeconds <= at) { result.Add(seg); continue; }
            if (seg.StartSeconds < at) result.Add(seg with { DurationSeconds = at - seg.StartSeconds, ToSpeed = seg.SpeedAt(at) });
            break;
        }
        var left = total - at;
        var walk = Math.Min(10, Math.Floor(left / 4));
        var pause = Math.Min(Math.Round(Draw.Uniform(rng, 60, 150)), Math.Floor(left / 4));
        var walkOn = Math.Min(Math.Round(Draw.Uniform(rng, 60, 120)), Math.Floor(left / 4));
        var now = at;
        void Add(SegmentKind kind, double seconds, double v)
        {
            if (seconds <= 0) return;
            result.Add(new PlanSegment(kind, now, seconds, v, v));
            now += seconds;
        }
        Add(SegmentKind.Walk, walk, 0.9);
        Add(SegmentKind.Pause, pause, 0);
        Add(SegmentKind.Walk, walkOn, 1.3);
        Add(SegmentKind.Run, total - now, speed * 0.85);
        return result;
    }

    /// <summary>The engine's run made into the activity's sport: no positions indoors, bike cadence, no steps in the pool, only heart rate in the gym.</summary>
    private static Activity Restyle(ArchiveItem item, Activity run, Random rng)
    {
        var sport = item.Sport;
        var s = run.Samples;
        var b = new SampleTableBuilder(s.Count);
        var gym = sport.Id is "strength" or "yoga";
        for (var i = 0; i < s.Count; i++)
        {
            var row = b.CopyRow(s, i);
            if (!sport.Gps)
            {
                b.Set(row, SampleChannel.Latitude, double.NaN);
                b.Set(row, SampleChannel.Longitude, double.NaN);
            }
            if (sport.Sport == Sport.Cycling) b.Set(row, SampleChannel.Cadence, Math.Round(86 + 4 * Draw.Normal(rng)));
            if (sport.Sport == Sport.Swimming) b.Set(row, SampleChannel.Cadence, double.NaN);
            if (gym)
            {
                foreach (var c in new[] { SampleChannel.Distance, SampleChannel.Speed, SampleChannel.Cadence, SampleChannel.Altitude })
                    b.Set(row, c, double.NaN);
            }
        }
        var samples = b.Build();
        var distance = gym ? 0 : ChannelStatistics.Last(samples.DistanceMeters);
        return run with
        {
            Sport = sport.Sport,
            Samples = samples,
            Laps = gym ? [] : run.Laps,
            Sessions = [.. run.Sessions.Select(x => x with { Sport = sport.Sport, DistanceMeters = distance })],
            Device = new Device(255, 3990, "Forerunner 265"),
            Source = new ActivitySourceInfo { FileName = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Format = ActivityFormat.Memory },
        };
    }

    private static void Fill(ArchiveItem item, Activity a, double endSeconds)
    {
        var s = a.Samples;
        var d = ChannelStatistics.Last(s.DistanceMeters);
        item.DistanceMeters = double.IsNaN(d) ? 0 : Math.Round(d, 1);
        item.ElapsedSeconds = endSeconds;
        item.MovingSeconds = a.Sessions[0].TimerSeconds;
        item.MaxHeartRate = ChannelStatistics.Max(s.HeartRateBpm);
        var v = ChannelStatistics.Max(s.SpeedMetersPerSecond);
        item.MaxSpeed = double.IsNaN(v) ? 0 : Math.Round(v, 2);
        double gain = 0, last = double.NaN;
        foreach (var alt in s.AltitudeMeters)
        {
            if (double.IsNaN(alt)) continue;
            if (!double.IsNaN(last) && alt > last) gain += alt - last;
            last = alt;
        }
        item.ElevationGain = item.Sport.Gps ? Math.Round(gain, 1) : 0;
    }

    /// <summary>Title, description and note: the planted texts in their fields, each its own sentence, among ordinary lines.</summary>
    private static void Compose(ArchiveItem item, Random rng)
    {
        // In a description or note each text is a sentence of its own, ended as the runner would; the truth keeps it as written.
        foreach (var c in item.Cramps)
        {
            var text = CrampPhrases.Render(c.Template, c.Number, (int)(c.ElapsedSeconds ?? 0));
            c.Text = c.Source == TextSource.Title || ".!?".Contains(text[^1]) ? text : text + ".";
        }
        for (var k = 0; k < item.Decoys.Count; k++)
        {
            var (source, text) = item.Decoys[k];
            if (source != TextSource.Title && !".!?".Contains(text[^1])) item.Decoys[k] = (source, text + ".");
        }
        var texts = item.Cramps.Select(c => (c.Source, c.Text)).Concat(item.Decoys).ToList();
        if (texts.FirstOrDefault(t => t.Source == TextSource.Title) is { Text: not null } title) item.Title = title.Text;
        string? Field(TextSource source, int fillers)
        {
            var lines = new List<string>();
            for (var k = 0; k < fillers; k++) lines.Add(CrampPhrases.Fillers[rng.Next(CrampPhrases.Fillers.Length)]);
            foreach (var (_, text) in texts.Where(t => t.Source == source))
                lines.Insert(rng.Next(lines.Count + 1), text);
            return lines.Count == 0 ? null : string.Join(rng.Next(2) == 0 ? "\n" : " ", lines);
        }
        item.Description = Field(TextSource.Description, rng.NextDouble() < 0.35 ? 1 + rng.Next(2) : 0);
        item.PrivateNote = Field(TextSource.PrivateNote, rng.NextDouble() < 0.1 ? 1 : 0);
    }
}
