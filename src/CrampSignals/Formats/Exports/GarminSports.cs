using CrampSignals.Activities;

namespace CrampSignals.Formats.Exports;

/// <summary>Garmin Connect's activity type keys (<c>activityType</c>, <c>sportType</c>) as the project's sports.</summary>
internal static class GarminSports
{
    /// <summary>The sport for <paramref name="activityType"/>, else for <paramref name="sportType"/>; <see cref="Sport.Other"/> when neither is known.</summary>
    public static Sport Map(string? activityType, string? sportType)
    {
        var byType = Key(activityType);
        if (byType != Sport.Other) return byType;
        var bySport = Key(sportType);
        return bySport != Sport.Other ? bySport
            : string.IsNullOrWhiteSpace(activityType) && string.IsNullOrWhiteSpace(sportType) ? Sport.Generic : Sport.Other;
    }

    private static Sport Key(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return Sport.Other;
        return key.Trim().ToLowerInvariant() switch
        {
            "running" or "trail_running" or "treadmill_running" or "track_running" or "street_running" or "indoor_running"
                or "virtual_run" or "ultra_run" or "obstacle_run" => Sport.Running,
            "cycling" or "road_biking" or "mountain_biking" or "gravel_cycling" or "indoor_cycling" or "virtual_ride"
                or "cyclocross" or "e_bike_fitness" or "e_bike_mountain" or "bmx" or "recumbent_cycling" or "track_cycling" => Sport.Cycling,
            "walking" or "casual_walking" or "speed_walking" => Sport.Walking,
            "hiking" => Sport.Hiking,
            "swimming" or "lap_swimming" or "open_water_swimming" or "pool_swimming" => Sport.Swimming,
            "multi_sport" or "multisport" or "triathlon" or "duathlon" => Sport.Multisport,
            "transition" => Sport.Transition,
            "fitness_equipment" or "elliptical" or "stair_climbing" or "indoor_rowing" => Sport.FitnessEquipment,
            _ => Sport.Other,
        };
    }
}
