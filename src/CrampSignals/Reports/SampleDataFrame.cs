using CrampSignals.Activities;
using Microsoft.Data.Analysis;

using CrampSignals.Text;
namespace CrampSignals.Reports;

/// <summary>Turns samples into a <see cref="DataFrame"/> for notebooks and scripts.</summary>
public static class SampleDataFrame
{
    /// <summary>
    /// A data frame with columns <c>time</c> (UTC), <c>elapsed_s</c>, <c>lat</c>, <c>lon</c>, <c>distance_m</c>, <c>speed_mps</c>,
    /// <c>altitude_m</c>, <c>heart_rate_bpm</c>, <c>cadence</c>, <c>temperature_c</c>, <c>power_w</c>; missing values are null.
    /// </summary>
    public static DataFrame ToDataFrame(this SampleTable samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var n = samples.Count;
        var time = new PrimitiveDataFrameColumn<DateTime>("time", n);
        var elapsed = new DoubleDataFrameColumn("elapsed_s", n);
        var t = samples.UnixSeconds;
        var first = samples.FirstUnixSeconds;
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(t[i])) continue;
            time[i] = UnixTime.ToDateTime(t[i]);
            elapsed[i] = t[i] - first;
        }
        var frame = new DataFrame(time, elapsed);
        frame.Columns.Add(Column("lat", samples.Latitude));
        frame.Columns.Add(Column("lon", samples.Longitude));
        frame.Columns.Add(Column("distance_m", samples.DistanceMeters));
        frame.Columns.Add(Column("speed_mps", samples.SpeedMetersPerSecond));
        frame.Columns.Add(Column("altitude_m", samples.AltitudeMeters));
        frame.Columns.Add(Column("heart_rate_bpm", samples.HeartRateBpm));
        frame.Columns.Add(Column("cadence", samples.Cadence));
        frame.Columns.Add(Column("temperature_c", samples.TemperatureCelsius));
        frame.Columns.Add(Column("power_w", samples.PowerWatts));
        return frame;
    }

    /// <summary>The samples of <paramref name="activity"/> as a data frame; see <see cref="ToDataFrame(SampleTable)"/>.</summary>
    public static DataFrame ToDataFrame(this Activity activity) => activity.Samples.ToDataFrame();

    private static DoubleDataFrameColumn Column(string name, ReadOnlySpan<double> values)
    {
        var column = new DoubleDataFrameColumn(name, values.Length);
        for (var i = 0; i < values.Length; i++)
            if (!double.IsNaN(values[i])) column[i] = values[i];
        return column;
    }
}
