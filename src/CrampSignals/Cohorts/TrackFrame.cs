using CrampSignals.Activities;
using CrampSignals.Signals.Track;
using Microsoft.Data.Analysis;

using CrampSignals.Text;
namespace CrampSignals.Cohorts;

/// <summary>A run's 1 Hz signal track as a data frame: what <see cref="CohortOptions.TrackSink"/> is told.</summary>
internal static class TrackFrame
{
    public static DataFrame Of(SignalTrack track)
    {
        var n = track.Length;
        var seconds = new int[n];
        var times = new DateTime[n];
        for (var i = 0; i < n; i++)
        {
            seconds[i] = i;
            times[i] = UnixTime.ToDateTime(track.StartUnixSeconds + i);
        }
        return new DataFrame(
            new PrimitiveDataFrameColumn<int>("t_s", seconds),
            new PrimitiveDataFrameColumn<DateTime>("time_utc", times),
            Real("speed_mps", track.Speed, n),
            Real("grade_adjusted_speed_mps", track.GradeAdjusted, n),
            Real("grade", track.GradeColumn, n),
            Real("distance_m", track.Distance, n),
            Real("altitude_m", track.Altitude, n),
            Real("cadence_spm", track.CadenceColumn, n),
            Real("heart_rate_bpm", track.HeartRate, n),
            Real("temperature_c", track.Temperature, n),
            new BooleanDataFrameColumn("moving", track.MovingMask.Take(n)),
            new BooleanDataFrameColumn("running", track.RunningMask.Take(n)));
    }

    // Missing values are nulls in the frame, as the Parquet column has them.
    private static DoubleDataFrameColumn Real(string name, ReadOnlySpan<double> column, int n)
    {
        var values = new double?[n];
        for (var i = 0; i < n; i++) values[i] = double.IsFinite(column[i]) ? column[i] : null;
        return new(name, values);
    }
}
