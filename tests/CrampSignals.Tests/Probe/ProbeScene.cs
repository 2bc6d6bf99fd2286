using CrampSignals.Activities;

namespace CrampSignals.Tests.Probe;

/// <summary>A single hand-made run for a focused test: one steady runner, clean GPS, a cool day, no wander unless asked.</summary>
internal static class ProbeScene
{
    public static readonly DateTime Start = new(2024, 11, 12, 6, 30, 0, DateTimeKind.Utc);

    public static readonly Runner Steady = new(3.2, 172, 55, 145, 190, 25, 45, 0, 100, 1.5, 115);

    public static (Activity Activity, WorldTrace World) Build(RunPlan plan, Terrain? terrain = null, double drift = 0, int driftStart = 0,
        IReadOnlyList<CadenceDropPlan>? drops = null, IReadOnlyList<HeatBlockPlan>? heat = null, double air = 12, int seed = 1, Runner? runner = null)
    {
        terrain ??= new Terrain([], [(0, 0.7)], 40);
        runner ??= Steady;
        var world = WorldTrace.Move(plan, terrain, runner, seed);
        Body.Fill(world, runner, plan, new Random(seed), drift, driftStart, drops ?? [], air, air, heat ?? [], 3.5, 150, treadmill: false);
        var setup = new WatchSetup { StartUtc = Start, UtcOffsetInFile = TimeSpan.FromHours(1), Latitude = 52.5, Longitude = 13.4, Gps = GpsQuality.Clean };
        return (WatchRecorder.Record(world, plan, setup, RecordingMode.OneHz, seed, []), world);
    }

    public static RunPlan Plan(int mainSeconds, bool warmUp = true, bool coolDown = true)
    {
        var p = new RunPlan { MainSeconds = mainSeconds };
        if (warmUp) { p.WarmUpJogSeconds = 480; p.WarmUpJogFactor = 0.8; }
        if (coolDown) { p.CoolDownJogSeconds = 180; p.CoolDownWalkSeconds = 120; }
        else p.StandSeconds = 5;
        return p;
    }
}
