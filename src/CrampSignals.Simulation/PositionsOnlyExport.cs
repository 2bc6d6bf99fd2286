using CrampSignals.Activities;

namespace CrampSignals.Simulation;

/// <summary>
/// What a phone app or a positions-only export makes of a run: the fixes scattered by a further
/// <c>scatterMeters</c> (standard deviation per axis, white from fix to fix, on top of the simulated receiver's own
/// slowly wandering error), and no speed or distance of the device's own.
/// </summary>
internal static class PositionsOnlyExport
{
    private const double MetresPerDegree = GreatCircle.MeanEarthRadiusMeters * Math.PI / 180;

    /// <summary>The activity as such an export would hold it; the same seed gives the same scatter.</summary>
    public static Activity Of(Activity activity, double scatterMeters, int seed)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentOutOfRangeException.ThrowIfNegative(scatterMeters);
        var rng = new Random(seed);
        var s = activity.Samples;
        var b = new SampleTableBuilder(s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            b.CopyRow(s, i);
            b.Set(SampleChannel.Speed, double.NaN);
            b.Set(SampleChannel.Distance, double.NaN);
            var lat = s.Latitude[i];
            var lon = s.Longitude[i];
            if (double.IsNaN(lat) || double.IsNaN(lon)) continue;
            var north = scatterMeters * Draw.Normal(rng);
            var east = scatterMeters * Draw.Normal(rng);
            b.Set(SampleChannel.Latitude, Math.Round(lat + north / MetresPerDegree, 7));
            b.Set(SampleChannel.Longitude, Math.Round(lon + east / (MetresPerDegree * Math.Cos(lat * Math.PI / 180)), 7));
        }
        return activity with { Samples = b.Build(), Laps = [], Sessions = [] };
    }
}
