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
            "swimming" or "swim" => Sport.Swimming,
            "transition" => Sport.Transition,
            "multisport" => Sport.Multisport,
            "other" => Sport.Other,
            "generic" => Sport.Generic,
            _ => n.Contains("run") ? Sport.Running : n.Contains("bik") || n.Contains("cycl") ? Sport.Cycling : Sport.Other,
        };
    }
}
