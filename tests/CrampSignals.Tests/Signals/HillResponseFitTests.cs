using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

/// <summary>The run's own uphill and downhill responses, fitted each on its own.</summary>
public class HillResponseFitTests
{
    private static Func<double, double> Rolling => d => 100 + 40 * Math.Sin(d / 600.0);

    /// <summary>Speed over time for a runner who gives back <paramref name="up"/> of the cost on climbs and <paramref name="down"/> on descents.</summary>
    private static Func<int, double> Speed(Func<double, double> altitude, double flat, double up, double down, Func<int, double>? effort = null)
    {
        var speeds = new List<double>();
        double d = 0;
        for (var t = 0; t < 20000; t++)
        {
            var grade = (altitude(d + 5) - altitude(d - 5)) / 10;
            var relative = RunningCost.JoulesPerKilogramMeter(grade) / RunningCost.FlatCost;
            var v = flat * (effort?.Invoke(t) ?? 1) * Math.Pow(relative, -(relative >= 1 ? up : down));
            speeds.Add(v);
            d += v;
        }
        return t => speeds[t];
    }

    [Fact]
    public void A_runner_who_gains_less_downhill_than_they_lose_uphill_gets_two_responses()
    {
        var run = new TestRun { Seconds = 3600, SpeedNoise = 0.02, AltitudeAtDistance = Rolling, Speed = Speed(Rolling, 3.0, 0.7, 0.35) };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.InRange(track.HillResponse, 0.55, 0.9);
        Assert.InRange(track.HillResponseDownhill, 0.3, 0.55);
        Assert.True(track.HillResponse - track.HillResponseDownhill >= 0.15, $"up {track.HillResponse:F2}, down {track.HillResponseDownhill:F2}");
    }

    [Fact]
    public void Steady_effort_over_climbs_and_descents_reads_as_steady()
    {
        var run = new TestRun { Seconds = 3600, SpeedNoise = 0.02, AltitudeAtDistance = Rolling, Speed = Speed(Rolling, 3.0, 0.7, 0.35) };
        var track = SignalTrackBuilder.Build(run.Build());
        var effort = track.EffortSpeedMetersPerSecond;
        var worst = 0.0;
        for (var i = 300; i < track.Length - 300; i += 10)
        {
            double sum = 0;
            var n = 0;
            for (var k = i - 30; k <= i + 30; k++) if (!double.IsNaN(effort[k])) { sum += effort[k]; n++; }
            worst = Math.Max(worst, Math.Abs(sum / n / 3.0 - 1));
        }
        Assert.True(worst < 0.07, $"hill-neutral speed strays {worst:P1} from the steady 3.0 m/s");
    }

    [Fact]
    public void A_surge_up_one_climb_does_not_pass_for_the_runners_way_of_taking_hills()
    {
        // +25 % for four minutes somewhere on the rolling course.
        var calm = new TestRun { Seconds = 3600, SpeedNoise = 0.02, AltitudeAtDistance = Rolling, Speed = Speed(Rolling, 3.0, 0.7, 0.35) };
        var surging = new TestRun { Seconds = 3600, SpeedNoise = 0.02, AltitudeAtDistance = Rolling, Speed = Speed(Rolling, 3.0, 0.7, 0.35, t => t is >= 1500 and < 1740 ? 1.25 : 1) };
        var a = SignalTrackBuilder.Build(calm.Build()).HillResponse;
        var b = SignalTrackBuilder.Build(surging.Build()).HillResponse;
        Assert.True(Math.Abs(a - b) < 0.15, $"uphill response {a:F2} without the surge, {b:F2} with it");
    }

    [Fact]
    public void A_run_without_real_descents_takes_the_descent_response_from_its_climbs()
    {
        // Climbs of 6 % over 400 m, each followed by 8 km of a 0.3 % drift down: nothing to fit a descent response on.
        static double Sawtooth(double d)
        {
            var x = ((d % 8400) + 8400) % 8400;
            return x < 400 ? 0.06 * x : 24 - 0.003 * (x - 400);
        }
        var run = new TestRun { Seconds = 3600, SpeedNoise = 0.02, AltitudeAtDistance = Sawtooth, Speed = Speed(Sawtooth, 3.0, 0.7, 0.35) };
        var track = SignalTrackBuilder.Build(run.Build());
        Assert.True(track.HillResponse < 0.95, $"up {track.HillResponse:F2}");
        Assert.Equal(track.HillResponse, track.HillResponseDownhill, 3);
    }
}
