namespace CrampSignals.Tests.Probe;

/// <summary>One runner's body: easy pace, cadence and heart-rate character, and how much their pace wanders.</summary>
internal sealed record Runner(
    double EasySpeed,
    double EasyCadence,
    double RestHeartRate,
    double EasyHeartRate,
    double MaxHeartRate,
    double HeartRateRiseSeconds,
    double HeartRateFallSeconds,
    double PaceWander,
    double PaceWanderSeconds,
    double WalkSpeed,
    double WalkCadence)
{
    public static Runner Draw(Random r)
    {
        var paceMinPerKm = 4.5 + 3.0 * r.NextDouble();
        var easy = 1000 / (paceMinPerKm * 60);
        // Faster runners tend to turn over quicker; each runner keeps their own offset on top.
        var cadence = Math.Clamp(150 + (7.5 - paceMinPerKm) / 3 * 26 + (r.NextDouble() - 0.5) * 16, 150, 190);
        var rest = 45 + 20 * r.NextDouble();
        var max = 178 + 24 * r.NextDouble();
        var easyHr = rest + (max - rest) * (0.62 + 0.12 * r.NextDouble());
        return new Runner(easy, cadence, rest, easyHr, max, 18 + 20 * r.NextDouble(), 30 + 40 * r.NextDouble(),
            0.012 + 0.02 * r.NextDouble(), 60 + 140 * r.NextDouble(), 1.3 + 0.35 * r.NextDouble(), 105 + 20 * r.NextDouble());
    }
}
