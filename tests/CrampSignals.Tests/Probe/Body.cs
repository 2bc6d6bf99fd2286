using CrampSignals.Simulation;

namespace CrampSignals.Tests.Probe;

/// <summary>A stretch where the runner's turnover sags by <c>Drop</c> at unchanged speed and effort.</summary>
internal sealed record CadenceDropPlan(int StartSecond, int Seconds, double Drop, int RampSeconds);

/// <summary>A stretch of hot air: the air warms by <c>PeakCelsius</c> over the day's base within <c>RampSeconds</c>, holds, then cools.</summary>
internal sealed record HeatBlockPlan(int StartSecond, int Seconds, double PeakCelsius, int RampSeconds);

/// <summary>Fills heart rate, cadence and temperatures into a moved trace: what the body and the air did along the way.</summary>
internal static class Body
{
    public static void Fill(
        WorldTrace w, Runner runner, RunPlan plan, Random r,
        double driftFraction, int driftStartSecond,
        IReadOnlyList<CadenceDropPlan> drops,
        double airStart, double airEnd, IReadOnlyList<HeatBlockPlan> heat,
        double wristBias, double wristLagSeconds, bool treadmill)
    {
        var n = w.Length;
        var hr = runner.RestHeartRate + 15;
        var hrNoise = 0.0;
        var cad = 0.0;
        var cadNoise = 0.0;
        for (var t = 0; t < n; t++)
        {
            var air = airStart + (airEnd - airStart) * t / Math.Max(1, n - 1);
            foreach (var b in heat)
            {
                var x = t - b.StartSecond;
                if (x < -b.RampSeconds || x > b.Seconds + b.RampSeconds) continue;
                // Ramps are centred on the block's edges, so the block's own length is where the air sits at mid-ramp or above.
                var up = Math.Clamp((x + b.RampSeconds / 2.0) / b.RampSeconds, 0, 1);
                var down = Math.Clamp((b.Seconds + b.RampSeconds / 2.0 - x) / b.RampSeconds, 0, 1);
                air = Math.Max(air, airStart + (b.PeakCelsius - airStart) * Math.Min(up, down));
            }
            w.Air[t] = air;

            var gait = w.Gaits[t];
            double hrTarget;
            if (gait == Gait.Running)
                hrTarget = runner.EasyHeartRate * (1 + 0.5 * (w.Effort[t] - 1));
            else if (gait == Gait.Walking)
                hrTarget = runner.RestHeartRate + (runner.EasyHeartRate - runner.RestHeartRate) * 0.5;
            else
                hrTarget = runner.RestHeartRate + (runner.EasyHeartRate - runner.RestHeartRate) * 0.3;
            hrTarget += 0.3 * Math.Max(0, air - 22);
            if (t > driftStartSecond && gait != Gait.Stopped)
                hrTarget *= 1 + driftFraction * Math.Min(1, (t - driftStartSecond) / (double)Math.Max(1, plan.MainEnd - driftStartSecond));
            hrTarget = Math.Min(hrTarget, runner.MaxHeartRate);
            var tau = hrTarget > hr ? runner.HeartRateRiseSeconds : runner.HeartRateFallSeconds;
            hr += (hrTarget - hr) / tau;
            hrNoise = 0.9 * hrNoise + 0.45 * Draw.Normal(r);
            w.HeartRate[t] = hr + hrNoise;

            double cadTarget = gait switch
            {
                Gait.Running => runner.EasyCadence * Math.Pow(Math.Max(w.Effort[t], 0.5), 0.22) * (1 + 0.3 * Math.Max(0, -w.Grade[t])),
                Gait.Walking => runner.WalkCadence,
                _ => 0,
            };
            foreach (var dp in drops)
            {
                var x = t - dp.StartSecond;
                if (x < 0 || x >= dp.Seconds) continue;
                var ramp = Math.Min(1, Math.Min((x + 1) / (double)dp.RampSeconds, (dp.Seconds - x) / (double)dp.RampSeconds));
                cadTarget *= 1 - dp.Drop * ramp;
            }
            cad += (cadTarget - cad) * (gait == Gait.Stopped ? 0.6 : 0.4);
            cadNoise = 0.85 * cadNoise + 0.5 * Draw.Normal(r);
            w.Cadence[t] = cad < 20 ? 0 : cad + cadNoise + 0.6 * Draw.Normal(r);

            // The wrist sensor sits on warm skin: still air (a treadmill, a stop) lets it read warmer; airflow cools it.
            var bias = wristBias + (treadmill ? 2.5 : 0) + (gait == Gait.Walking ? 1.5 : gait == Gait.Stopped ? 3.5 : 0);
            var target = air + bias;
            var previous = t == 0 ? Math.Max(air, 21) + wristBias + 2 : w.Wrist[t - 1];
            w.Wrist[t] = previous + (target - previous) / wristLagSeconds;
        }
    }
}
