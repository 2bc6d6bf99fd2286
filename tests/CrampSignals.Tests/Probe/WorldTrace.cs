using CrampSignals.Simulation;

namespace CrampSignals.Tests.Probe;

/// <summary>What really happened, second by second: the runner's true speed, position on the route, heart, feet and the air.</summary>
internal sealed class WorldTrace
{
    public WorldTrace(int n)
    {
        Gaits = new Gait[n];
        Speed = new double[n];
        Distance = new double[n];
        Grade = new double[n];
        Altitude = new double[n];
        X = new double[n];
        Y = new double[n];
        Heading = new double[n];
        Effort = new double[n];
        HeartRate = new double[n];
        Cadence = new double[n];
        Air = new double[n];
        Wrist = new double[n];
    }

    public int Length => Speed.Length;
    public Gait[] Gaits { get; }
    public double[] Speed { get; }
    public double[] Distance { get; }
    public double[] Grade { get; }
    public double[] Altitude { get; }
    public double[] X { get; }
    public double[] Y { get; }
    public double[] Heading { get; }

    /// <summary>Grade-adjusted speed over easy speed: 1 at easy effort on any slope.</summary>
    public double[] Effort { get; }
    public double[] HeartRate { get; }
    public double[] Cadence { get; }
    public double[] Air { get; }
    public double[] Wrist { get; }

    /// <summary>How much slower running up a grade is (and faster down, within limits), at the same effort.</summary>
    public static double GradeCost(double g) => g >= 0 ? 1 + 3.3 * g : 1 + 1.8 * Math.Max(g, -0.10) - 0.6 * Math.Min(0, g + 0.10);

    /// <summary>Moves the runner along the route: speed follows the plan's effort through the grade, with the runner's own wander.</summary>
    public static WorldTrace Move(RunPlan plan, Terrain terrain, Runner runner, int wanderSeed)
    {
        var n = plan.TotalSeconds;
        var w = new WorldTrace(n);
        var r = new Random(wanderSeed);
        var a = Math.Exp(-1 / runner.PaceWanderSeconds);
        var wander = 0.0;
        double v = 0, d = 0, x = 0, y = 0;
        for (var t = 0; t < n; t++)
        {
            wander = a * wander + runner.PaceWander * Math.Sqrt(1 - a * a) * Draw.Normal(r);
            var g = terrain.GradeAt(d);
            var gait = plan.GaitAt(t);
            var effort = gait switch
            {
                Gait.Running => plan.EffortAt(t) * (1 + wander),
                Gait.Walking => runner.WalkSpeed / runner.EasySpeed,
                _ => 0,
            };
            var target = gait == Gait.Walking
                ? runner.WalkSpeed / (1 + 4 * Math.Max(0, g))
                : runner.EasySpeed * effort / GradeCost(g);
            // Speeding up and slowing down take a few seconds; a stop takes about three.
            v += (target - v) * (target < v && gait == Gait.Stopped ? 0.45 : 0.3);
            if (v < 0.05 && gait == Gait.Stopped) v = 0;
            var h = terrain.HeadingAt(d);
            d += v;
            x += v * Math.Cos(h);
            y += v * Math.Sin(h);
            w.Gaits[t] = gait;
            w.Speed[t] = v;
            w.Distance[t] = d;
            w.Grade[t] = g;
            w.Altitude[t] = terrain.AltitudeAt(d);
            w.X[t] = x;
            w.Y[t] = y;
            w.Heading[t] = h;
            w.Effort[t] = v * GradeCost(g) / runner.EasySpeed;
        }
        return w;
    }
}
