using CrampSignals.Activities;

namespace CrampSignals.Tests.TestKit;

internal sealed partial class TestRun
{
    /// <summary>
    /// A ride then a run in one file, as a multisport FIT file reads: the samples of both legs, the file's sport the first leg's,
    /// and one session per leg with its timer time and the run's mean heart rate.
    /// </summary>
    public static Activity RideThenRun(DateTime start, int rideSeconds, double rideTimerSeconds, int runSeconds, double runTimerSeconds, double runHeartRate)
    {
        var ride = new TestRun { Start = start, Seconds = rideSeconds, Speed = _ => 9.0, Cadence = _ => 85, Sport = Sport.Cycling }.Build();
        var run = new TestRun { Start = start.AddSeconds(rideSeconds), Seconds = runSeconds, Speed = _ => 3.2, HeartRate = _ => 150 }.Build();
        var b = new SampleTableBuilder();
        foreach (var part in new[] { ride, run })
            for (var i = 0; i < part.Samples.Count; i++) b.CopyRow(part.Samples, i);
        return new Activity
        {
            Sport = Sport.Cycling,
            StartTime = start,
            Samples = b.Build(),
            Sessions =
            [
                new ActivitySession(start, Sport.Cycling, null, rideSeconds, rideTimerSeconds, rideSeconds * 9.0, double.NaN, double.NaN, double.NaN, double.NaN),
                new ActivitySession(start.AddSeconds(rideSeconds), Sport.Running, null, runSeconds, runTimerSeconds, runSeconds * 3.2, runHeartRate, double.NaN, double.NaN, double.NaN),
            ],
        };
    }
}
