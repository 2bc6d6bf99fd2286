namespace CrampSignals.Activities;

/// <summary>The sport of an activity or session. Values follow the FIT profile's <c>sport</c> type so FIT files map without a table.</summary>
public enum Sport
{
    /// <summary>No sport given.</summary>
    Generic = 0,
    /// <summary>Running, on road, trail or treadmill.</summary>
    Running = 1,
    /// <summary>Cycling.</summary>
    Cycling = 2,
    /// <summary>A multisport transition.</summary>
    Transition = 3,
    /// <summary>Gym machines (elliptical, stair climber, ...).</summary>
    FitnessEquipment = 4,
    /// <summary>Swimming.</summary>
    Swimming = 5,
    /// <summary>Walking.</summary>
    Walking = 11,
    /// <summary>Hiking.</summary>
    Hiking = 17,
    /// <summary>Multisport (triathlon and the like).</summary>
    Multisport = 18,
    /// <summary>Any sport the project does not name; see the numeric value.</summary>
    Other = 254,
}

/// <summary>Helpers on <see cref="Sport"/>.</summary>
internal static class SportExtensions
{
    /// <summary>True for sports done on foot, where cadence is counted in steps per minute.</summary>
    public static bool IsOnFoot(this Sport sport) =>
        sport is Sport.Running or Sport.Walking or Sport.Hiking;

    /// <summary>
    /// True for a sport analysed as a run: running in all its forms (road, trail, track, treadmill, virtual: FIT keeps
    /// those as sub-sports of running), and the sports of <paramref name="include"/> (walking, hiking) when asked for.
    /// </summary>
    public static bool IsRun(this Sport sport, IReadOnlySet<Sport>? include) =>
        sport == Sport.Running || (include is not null && sport != Sport.Generic && include.Contains(sport));

    /// <summary>The sport as reports name it ("swimming", "fitness equipment").</summary>
    public static string Name(this Sport sport) => sport switch
    {
        Sport.FitnessEquipment => "fitness equipment",
        Sport.Other => "other sport",
        _ => sport.ToString().ToLowerInvariant(),
    };

    /// <summary>Parses a sport name as GPX, TCX and FIT tools write it ("running", "Running", "run", "Biking", ...).</summary>
    public static Sport ParseName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return Sport.Generic;
        var n = name.Trim().ToLowerInvariant();
        return n switch
        {
            "running" or "run" or "trail_running" or "trail running" or "treadmill" or "9" => Sport.Running,
            "biking" or "cycling" or "ride" or "bike" or "road_biking" or "mountain_biking" => Sport.Cycling,
            "walking" or "walk" => Sport.Walking,
            "hiking" or "hike" => Sport.Hiking,
            "swimming" or "swim" or "open_water_swimming" or "lap_swimming" => Sport.Swimming,
            // Strava's GPX exports write its activity type numbers: 10 walk, 4 hike, 16 swim (9 run, above).
            "10" => Sport.Walking,
            "4" => Sport.Hiking,
            "16" => Sport.Swimming,
            "transition" => Sport.Transition,
            "multisport" => Sport.Multisport,
            "other" => Sport.Other,
            "generic" => Sport.Generic,
            _ => n.Contains("run") ? Sport.Running : n.Contains("bik") || n.Contains("cycl") ? Sport.Cycling
                : n.Contains("swim") ? Sport.Swimming : n.Contains("walk") ? Sport.Walking : n.Contains("hik") ? Sport.Hiking : Sport.Other,
        };
    }
}
