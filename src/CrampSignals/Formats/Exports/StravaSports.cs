using CrampSignals.Activities;

namespace CrampSignals.Formats.Exports;

/// <summary>Strava's activity type names (the <c>Activity Type</c> column of <c>activities.csv</c>) as the project's sports.</summary>
internal static class StravaSports
{
    /// <summary>The sport for <paramref name="type"/>; <see cref="Sport.Generic"/> when empty, <see cref="Sport.Other"/> when unknown.</summary>
    public static Sport Map(string? type)
    {
        if (string.IsNullOrWhiteSpace(type)) return Sport.Generic;
        // Strava writes "Trail Run" in the CSV and "TrailRun" in its API: spaces do not tell types apart.
        return type.Replace(" ", "").Replace("-", "").ToLowerInvariant() switch
        {
            "run" or "trailrun" or "virtualrun" => Sport.Running,
            "ride" or "virtualride" or "mountainbikeride" or "gravelride" or "ebikeride" or "emountainbikeride" or "velomobile" or "handcycle" => Sport.Cycling,
            "walk" => Sport.Walking,
            "hike" => Sport.Hiking,
            "swim" => Sport.Swimming,
            "elliptical" or "stairstepper" => Sport.FitnessEquipment,
            // "Workout", "Weight Training", "Yoga", "Rowing", "Nordic Ski", ... are sports the analysis does not name.
            _ => Sport.Other,
        };
    }
}
