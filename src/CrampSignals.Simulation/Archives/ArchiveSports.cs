using CrampSignals.Activities;

namespace CrampSignals.Simulation.Archives;

/// <summary>
/// A kind of activity in a simulated account: how Strava and Garmin name it, the sport a file records, whether it has
/// GPS, and how it moves (speed in m/s on flat ground, how fast the heart works at that speed).
/// </summary>
/// <param name="Id">The truth's name ("trail-run").</param>
/// <param name="IsRun">True for running of any kind.</param>
/// <param name="Sport">The sport written into the file.</param>
/// <param name="StravaType">Strava's Activity Type.</param>
/// <param name="GarminType">Garmin's activityType key.</param>
/// <param name="GarminSportType">Garmin's sportType.</param>
/// <param name="Gps">True when the file has positions.</param>
/// <param name="Speed">Typical speed, m/s.</param>
/// <param name="ThresholdSpeed">Speed at which the heart works as hard as at the runner's threshold.</param>
/// <param name="MinMinutes">Shortest session.</param>
/// <param name="MaxMinutes">Longest session.</param>
internal sealed record ArchiveSport(
    string Id, bool IsRun, Sport Sport, string StravaType, string GarminType, string GarminSportType, bool Gps,
    double Speed, double ThresholdSpeed, double MinMinutes, double MaxMinutes)
{
    public static readonly ArchiveSport Run = new("run", true, Sport.Running, "Run", "running", "RUNNING", true, 0, 0, 0, 0);
    public static readonly ArchiveSport TrailRun = new("trail-run", true, Sport.Running, "Trail Run", "trail_running", "RUNNING", true, 0, 0, 0, 0);
    public static readonly ArchiveSport TreadmillRun = new("treadmill-run", true, Sport.Running, "Run", "treadmill_running", "RUNNING", false, 0, 0, 0, 0);
    public static readonly ArchiveSport VirtualRun = new("virtual-run", true, Sport.Running, "Virtual Run", "virtual_run", "RUNNING", false, 0, 0, 0, 0);
    public static readonly ArchiveSport TrackRun = new("track-run", true, Sport.Running, "Run", "track_running", "RUNNING", true, 0, 0, 0, 0);
    public static readonly ArchiveSport Ride = new("ride", false, Sport.Cycling, "Ride", "road_biking", "CYCLING", true, 7.5, 9.5, 45, 150);
    public static readonly ArchiveSport VirtualRide = new("virtual-ride", false, Sport.Cycling, "Virtual Ride", "virtual_ride", "CYCLING", false, 8.5, 9.5, 40, 75);
    public static readonly ArchiveSport Walk = new("walk", false, Sport.Walking, "Walk", "walking", "WALKING", true, 1.4, 4.0, 25, 70);
    public static readonly ArchiveSport Hike = new("hike", false, Sport.Hiking, "Hike", "hiking", "HIKING", true, 1.15, 3.0, 70, 180);
    public static readonly ArchiveSport PoolSwim = new("pool-swim", false, Sport.Swimming, "Swim", "lap_swimming", "SWIMMING", false, 0.85, 1.2, 30, 50);
    public static readonly ArchiveSport OpenWaterSwim = new("open-water-swim", false, Sport.Swimming, "Swim", "open_water_swimming", "SWIMMING", true, 0.8, 1.2, 25, 60);
    public static readonly ArchiveSport Strength = new("strength", false, Sport.Other, "Weight Training", "strength_training", "TRAINING", false, 0, 4.0, 30, 60);
    public static readonly ArchiveSport Yoga = new("yoga", false, Sport.Other, "Yoga", "yoga", "TRAINING", false, 0, 4.0, 30, 60);

    /// <summary>The activity kinds with their share of the account: about 60 % running.</summary>
    public static readonly (ArchiveSport Sport, double Weight)[] Mix =
    [
        (Run, 0.42), (TrailRun, 0.07), (TreadmillRun, 0.05), (VirtualRun, 0.02), (TrackRun, 0.04),
        (Ride, 0.10), (VirtualRide, 0.04), (Walk, 0.08), (Hike, 0.05), (PoolSwim, 0.05), (OpenWaterSwim, 0.01),
        (Strength, 0.05), (Yoga, 0.02),
    ];

    public static ArchiveSport Pick(Random rng)
    {
        var x = rng.NextDouble() * Mix.Sum(m => m.Weight);
        foreach (var (sport, weight) in Mix)
        {
            if (x < weight) return sport;
            x -= weight;
        }
        return Run;
    }
}
