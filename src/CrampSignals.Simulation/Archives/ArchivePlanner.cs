namespace CrampSignals.Simulation.Archives;

/// <summary>
/// Plans a runner's account, seeded: when each activity was, what it was, the day's weather, whether it went into a
/// cramp (the planted pattern: long runs in the heat cramp often, the rest rarely), and what the runner wrote.
/// Everything that depends on the simulated samples (the km of a cramp) is left to <see cref="ArchiveActivityBuilder"/>.
/// </summary>
internal static class ArchivePlanner
{
    /// <summary>Mean air temperature at or above which a run counts as hot for the planted pattern.</summary>
    public const double HotAirCelsius = 24;
    /// <summary>Planned length at or above which a run counts as long for the planted pattern.</summary>
    public const double LongMinutes = 75;
    /// <summary>Chance of a cramp in a long hot run.</summary>
    public const double HotLongCrampProbability = 0.5;
    /// <summary>Chance of a cramp in any other run.</summary>
    public const double OtherCrampProbability = 0.05;
    /// <summary>Share of activities with a text that speaks of cramps without one.</summary>
    public const double DecoyShare = 0.1;

    // Places with a real summer, so a share of the long runs are hot.
    private static readonly string[] HomePlaces = ["Valencia, Spain", "Sydney, Australia", "Buenos Aires, Argentina", "Tokyo, Japan", "Cape Town, South Africa"];

    /// <summary>The end of every simulated account: fixed, so a seed gives the same archive on any day.</summary>
    public static readonly DateTime End = new(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    public static ArchiveRunner Runner(int seed)
    {
        var rng = new Random(unchecked(seed * 7919 + 11));
        var home = HomePlaces[rng.Next(HomePlaces.Length)];
        var place = RunPlace.All.First(p => p.Name == home);
        var profile = new RunnerProfile(
            RestingHeartRateBpm: Math.Round(Draw.Uniform(rng, 46, 58)), MaxHeartRateBpm: Math.Round(Draw.Uniform(rng, 184, 196)),
            ThresholdSpeed: Draw.Uniform(rng, 3.6, 4.2), CadenceOffsetSpm: Math.Clamp(3 * Draw.Normal(rng), -5, 5),
            // A wrist sensor that reads well above the air, as a watch in the sun does: hot runs cross the wrist threshold.
            WristBiasCelsius: Draw.Uniform(rng, 6.5, 7.5));
        return new ArchiveRunner(place, profile, "runner" + (seed & 0xFFFF) + "@example.com");
    }

    public static List<ArchiveItem> Plan(ArchiveRunner runner, ArchiveLayout layout, int count, int seed, int years)
    {
        var rng = new Random(seed);
        var days = (End - End.AddYears(-years)).TotalDays;
        var first = End.AddYears(-years);
        var items = new List<ArchiveItem>(count);
        var crampCount = 0;
        var languageOffset = rng.Next(CrampPhrases.Languages.Length);
        var lastEnd = DateTime.MinValue;
        long id = 1_000_000_000 + rng.Next(50_000_000);
        for (var i = 0; i < count; i++)
        {
            var sport = ArchiveSport.Pick(rng);
            var date = DateOnly.FromDateTime(first.AddDays(Math.Floor((i + rng.NextDouble()) * days / count)));
            var (kind, seconds, speed, race, workout) = Session(rng, sport, runner.Profile);
            var localHour = Hour(rng, kind);
            var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(Math.Round(localHour * 3600));
            var offset = runner.Place.OffsetAt(date, TimeOnly.FromDateTime(local));
            var start = local - offset;
            // Two sessions never overlap: a file matched by start time must have one summary within a minute.
            if (start < lastEnd.AddHours(1)) start = lastEnd.AddHours(1).AddSeconds(rng.Next(600));
            lastEnd = start.AddSeconds(seconds);
            var weather = Weather(rng, runner.Place, date, offset);
            var air = (weather.AirTemperatureAt(start) + weather.AirTemperatureAt(start.AddSeconds(seconds / 2)) + weather.AirTemperatureAt(lastEnd)) / 3;
            var manual = rng.NextDouble() < 0.04;
            var isRun = sport.IsRun;
            var hotLong = air >= HotAirCelsius && seconds >= LongMinutes * 60;
            var p = isRun && !manual ? (hotLong ? HotLongCrampProbability : OtherCrampProbability) : 0;
            var fileKind = manual ? ArchiveFileKind.None : layout == ArchiveLayout.Garmin || !sport.Gps ? ArchiveFileKind.FitGz : FileKind(rng);
            id += 1_500_000 + rng.Next(2_000_000);
            var item = new ArchiveItem
            {
                Id = id, Seed = rng.Next(), Sport = sport, StartUtc = start, UtcOffset = offset, Weather = weather,
                PlannedSeconds = seconds, Speed = speed, Manual = manual, Race = race, WorkoutType = workout,
                FileKind = fileKind, Duplicate = !manual && isRun && sport.Gps && fileKind == ArchiveFileKind.FitGz && rng.NextDouble() < 0.04,
                AirCelsius = Math.Round(air, 1), CrampProbability = p,
            };
            item.Title = Title(rng, item, localHour, runner, layout);
            if (rng.NextDouble() < p)
            {
                var language = CrampPhrases.Languages[(languageOffset + crampCount++) % CrampPhrases.Languages.Length];
                var source = Source(rng, layout);
                item.Cramps.Add(new PlantedCramp(Template(rng, language, item, inRun: true), source));
                if (rng.NextDouble() < 0.15)
                {
                    var other = new[] { TextSource.Title, TextSource.Description, TextSource.PrivateNote }
                        .Where(s => s != source && (layout == ArchiveLayout.Strava || s != TextSource.PrivateNote)).ToArray();
                    item.Cramps.Add(new PlantedCramp(Template(rng, language, item, inRun: false), other[rng.Next(other.Length)]));
                }
            }
            else if (rng.NextDouble() < DecoyShare)
            {
                var (_, text) = CrampPhrases.Decoys[rng.Next(CrampPhrases.Decoys.Length)];
                item.Decoys.Add((Source(rng, layout), text));
            }
            items.Add(item);
        }
        return items;
    }

    private enum SessionKind { Easy, Long, Workout, Race, Other }

    private static (SessionKind Kind, double Seconds, double Speed, bool Race, int WorkoutType) Session(Random rng, ArchiveSport sport, RunnerProfile runner)
    {
        var t = runner.ThresholdSpeed;
        if (!sport.IsRun)
        {
            var minutes = Draw.Uniform(rng, sport.MinMinutes, sport.MaxMinutes);
            var ride = sport.Sport == Activities.Sport.Cycling;
            return (SessionKind.Other, Math.Round(minutes * 60), sport.Speed * Draw.Uniform(rng, 0.9, 1.1), false, ride ? 10 : 0);
        }
        var indoor = !sport.Gps;
        var x = rng.NextDouble();
        if (!indoor && x < 0.08)
        {
            // 10 km, half marathon, now and then a marathon: raced a little under threshold the longer it is.
            var (km, share) = rng.Next(4) switch { 0 or 1 => (10.0, 0.98), 2 => (21.0975, 0.91), _ => (42.195, 0.84) };
            var speed = t * share * Draw.Uniform(rng, 0.97, 1.02);
            return (SessionKind.Race, Math.Round(km * 1000 / speed + 360), speed, true, 1);
        }
        if (!indoor && x < 0.32) return (SessionKind.Long, Math.Round(Draw.Uniform(rng, 75, 150) * 60), t * Draw.Uniform(rng, 0.72, 0.78), false, 2);
        if (x < 0.44) return (SessionKind.Workout, Math.Round(Draw.Uniform(rng, 40, 65) * 60), t * Draw.Uniform(rng, 0.84, 0.9), false, 3);
        return (SessionKind.Easy, Math.Round(Draw.Uniform(rng, 30, 60) * 60), t * Draw.Uniform(rng, 0.74, 0.8), false, rng.Next(3) == 0 ? -1 : 0);
    }

    private static double Hour(Random rng, SessionKind kind)
    {
        var x = rng.NextDouble();
        if (kind == SessionKind.Race) return Draw.Uniform(rng, 8, 9.5);
        // Long runs go late in the morning now and then: the ones that meet the day's heat.
        if (kind == SessionKind.Long) return x < 0.4 ? Draw.Uniform(rng, 6.5, 9) : Draw.Uniform(rng, 9.5, 12.5);
        return x < 0.5 ? Draw.Uniform(rng, 6, 8.5) : x < 0.7 ? Draw.Uniform(rng, 11.5, 14) : Draw.Uniform(rng, 17, 20);
    }

    /// <summary>The day's weather: a seasonal curve (warmest a month after midsummer) with day-to-day spread.</summary>
    private static DiurnalWeather Weather(Random rng, RunPlace place, DateOnly date, TimeSpan offset)
    {
        var peak = place.IsSouthern ? 20 : 202;
        var season = Math.Cos(2 * Math.PI * (date.DayOfYear - peak) / 365.25);
        var tmax = 23 + 10 * season + 3 * Draw.Normal(rng);
        var tmin = tmax - Draw.Uniform(rng, 7, 11);
        return new DiurnalWeather(Math.Round(tmin, 1), Math.Round(tmax, 1), Math.Round(tmin - Draw.Uniform(rng, 1, 4), 1), Math.Round(Draw.Uniform(rng, 1, 5), 1), offset);
    }

    private static ArchiveFileKind FileKind(Random rng)
    {
        var x = rng.NextDouble();
        return x < 0.55 ? ArchiveFileKind.FitGz : x < 0.67 ? ArchiveFileKind.Gpx : x < 0.8 ? ArchiveFileKind.GpxGz : ArchiveFileKind.TcxGz;
    }

    private static TextSource Source(Random rng, ArchiveLayout layout)
    {
        var x = rng.NextDouble();
        var source = x < 0.2 ? TextSource.Title : x < 0.7 ? TextSource.Description : TextSource.PrivateNote;
        // Garmin has no private note: the runner writes it in the description.
        return layout == ArchiveLayout.Garmin && source == TextSource.PrivateNote ? TextSource.Description : source;
    }

    private static PhraseTemplate Template(Random rng, string language, ArchiveItem item, bool inRun)
    {
        var km = item.Speed * item.PlannedSeconds / 1000;
        bool Fits(PhrasePosition p) => p switch
        {
            PhrasePosition.AtKm or PhrasePosition.KmMarker => km >= 6,
            PhrasePosition.AtMile => km >= 8,
            PhrasePosition.Clock => item.PlannedSeconds >= 80 * 60,
            PhrasePosition.LastKm => km >= 5,
            _ => true,
        };
        var wanted = inRun
            ? Pick(rng, [(PhrasePosition.AtKm, 0.4), (PhrasePosition.KmMarker, 0.05), (PhrasePosition.AtMile, 0.08), (PhrasePosition.Clock, 0.12),
                (PhrasePosition.LastKm, 0.12), (PhrasePosition.AfterFinish, 0.09), (PhrasePosition.Night, 0.06), (PhrasePosition.None, 0.08)])
            : rng.Next(2) == 0 ? PhrasePosition.AfterFinish : PhrasePosition.Night;
        var candidates = CrampPhrases.Templates.Where(t => t.Language == language && t.Position == wanted && Fits(t.Position)).ToArray();
        if (candidates.Length == 0)
            candidates = CrampPhrases.Templates.Where(t => t.Language == language && (inRun ? t.Position == PhrasePosition.AtKm && Fits(t.Position) : t.AfterRun())).ToArray();
        if (candidates.Length == 0)
            candidates = CrampPhrases.Templates.Where(t => t.Language == language && t.AfterRun()).ToArray();
        return candidates[rng.Next(candidates.Length)];
    }

    private static PhrasePosition Pick(Random rng, (PhrasePosition Position, double Weight)[] weights)
    {
        var x = rng.NextDouble() * weights.Sum(w => w.Weight);
        foreach (var (p, w) in weights)
        {
            if (x < w) return p;
            x -= w;
        }
        return weights[^1].Position;
    }

    private static string Title(Random rng, ArchiveItem item, double localHour, ArchiveRunner runner, ArchiveLayout layout)
    {
        var city = runner.Place.Name.Split(',')[0];
        if (item.Race) return item.Speed * item.PlannedSeconds > 30_000 ? $"{city} Marathon" : item.PlannedSeconds > 5400 ? $"{city} Half Marathon 🏅" : $"{city} 10K";
        if (layout == ArchiveLayout.Garmin)
            return item.Sport.Id switch
            {
                "treadmill-run" => "Treadmill Running",
                "virtual-run" => "Virtual Run",
                "trail-run" => $"{city} Trail Running",
                "pool-swim" => "Pool Swim",
                "open-water-swim" => "Open Water Swimming",
                "ride" => $"{city} Road Cycling",
                "virtual-ride" => "Virtual Cycling",
                "strength" => "Strength",
                "yoga" => "Yoga",
                "walk" => $"{city} Walking",
                "hike" => $"{city} Hiking",
                _ => rng.Next(4) == 0 ? $"{city} - Long Run" : $"{city} Running",
            };
        var part = localHour < 11 ? "Morning" : localHour < 14 ? "Lunch" : localHour < 17 ? "Afternoon" : localHour < 21 ? "Evening" : "Night";
        var what = item.Sport.StravaType switch { "Trail Run" or "Virtual Run" => "Run", "Virtual Ride" => "Ride", var s => s };
        if (item.Sport.IsRun && rng.Next(5) == 0) return item.WorkoutType == 2 ? "Long run, easy pace" : "Easy recovery jog";
        return $"{part} {what}";
    }
}

/// <summary>The account's owner: home, body, and the e-mail address Garmin names files with.</summary>
internal sealed record ArchiveRunner(RunPlace Place, RunnerProfile Profile, string Email);

internal static class PhraseTemplateExtensions
{
    public static bool AfterRun(this PhraseTemplate t) => t.Position is PhrasePosition.AfterFinish or PhrasePosition.Night;
}
