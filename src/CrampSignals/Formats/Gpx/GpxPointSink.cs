using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Formats;

namespace CrampSignals.Formats.Gpx;

/// <summary>
/// What either way of reading a GPX document (<see cref="GpxReader"/>, or <see cref="GpxPlainReader"/> on plain files)
/// hands the activity: track points as samples, route points aside, waypoints, and the first time.
/// </summary>
internal sealed class GpxPointSink(int rows)
{
    // Mutable structs: kept in fields, never copied.
    private CumulativeDistance _distance;
    private CumulativeDistance _routeDistance;

    /// <summary>One row per track point, in file order.</summary>
    public SampleTableBuilder Samples { get; } = new(rows);

    /// <summary>Route points read before the first track point; the samples only when the file has no track point.</summary>
    public SampleTableBuilder RouteSamples { get; } = new(16);

    /// <summary>The waypoints, in file order.</summary>
    public ImmutableArray<Waypoint>.Builder Waypoints { get; } = ImmutableArray.CreateBuilder<Waypoint>();

    /// <summary>UTC ticks of the first timed track point.</summary>
    public long? StartTicks { get; private set; }

    /// <summary>The UTC offset the first timed track point was written with.</summary>
    public TimeSpan? StartOffset { get; private set; }

    /// <summary>Adds a track point as a sample.</summary>
    public void AddTrackPoint(in GpxPoint p)
    {
        if (StartTicks is null && !double.IsNaN(p.UnixSeconds))
        {
            StartTicks = p.UtcTicks;
            StartOffset = p.UtcOffset;
        }
        AddSample(Samples, in p, _distance.Add(p.Latitude, p.Longitude));
    }

    /// <summary>Adds a route point, read while <paramref name="trackPointsSoFar"/> is 0 (later ones are never used).</summary>
    public void AddRoutePoint(in GpxPoint p, int trackPointsSoFar)
    {
        if (trackPointsSoFar == 0) AddSample(RouteSamples, in p, _routeDistance.Add(p.Latitude, p.Longitude));
    }

    /// <summary>Adds a waypoint.</summary>
    public void AddWaypoint(in GpxPoint w) =>
        Waypoints.Add(new Waypoint(w.Time, w.Latitude, w.Longitude, w.Name, w.Description ?? w.Comment));

    private static void AddSample(SampleTableBuilder samples, in GpxPoint p, double distanceMeters)
    {
        samples.AddRow(p.UnixSeconds);
        samples.Set(SampleChannel.Latitude, p.Latitude);
        samples.Set(SampleChannel.Longitude, p.Longitude);
        samples.Set(SampleChannel.Distance, distanceMeters);
        samples.Set(SampleChannel.Altitude, p.ElevationMeters);
        samples.Set(SampleChannel.HeartRate, p.HeartRateBpm);
        samples.Set(SampleChannel.Cadence, p.Cadence);
        samples.Set(SampleChannel.Temperature, double.IsNaN(p.AirTemperatureCelsius) ? p.WaterTemperatureCelsius : p.AirTemperatureCelsius);
        samples.Set(SampleChannel.Power, p.PowerWatts);
        samples.Set(SampleChannel.Speed, p.SpeedMetersPerSecond);
    }
}
