using CrampSignals.Activities;

namespace CrampSignals.Formats;

/// <summary>
/// Cumulative distance along a sequence of points: each point with a position adds the haversine distance from the
/// previous point that had one; a point without a position gets NaN and does not break the chain.
/// </summary>
internal struct CumulativeDistance
{
    private double _latitude;
    private double _longitude;
    private double _total;
    private bool _started;

    /// <summary>The distance from the first positioned point to this one in metres, or NaN when this point has no position.</summary>
    public double Add(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || double.IsNaN(longitude)) return double.NaN;
        if (_started) _total += GreatCircle.DistanceMeters(_latitude, _longitude, latitude, longitude);
        _started = true;
        _latitude = latitude;
        _longitude = longitude;
        return _total;
    }
}
