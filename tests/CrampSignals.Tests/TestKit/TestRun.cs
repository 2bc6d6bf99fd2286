using CrampSignals.Activities;
using CrampSignals.Simulation;
using CrampSignals.Text;

namespace CrampSignals.Tests.TestKit;

/// <summary>
/// The tests' run builder: 1 Hz runs from per-second profiles, with seeded noise (<c>new TestRun { ... }.Build()</c>).
/// The hand-built runs the report and analysis tests share are beside it (<see cref="Tempo"/>, <see cref="Loop"/>).
/// </summary>
internal sealed partial class TestRun
{
    public DateTime Start { get; init; } = new(2024, 3, 10, 7, 0, 0, DateTimeKind.Utc);
    public int Seconds { get; init; } = 3600;
    public Func<int, double> Speed { get; init; } = _ => 3.0;
    public Func<int, double>? Cadence { get; init; } = _ => 170;
    public Func<int, double>? HeartRate { get; init; }
    public Func<int, double>? Temperature { get; init; }
    /// <summary>Altitude as a function of the distance run so far (metres).</summary>
    public Func<double, double>? AltitudeAtDistance { get; init; }
    public bool SpeedChannel { get; init; } = true;
    public bool DistanceChannel { get; init; } = true;
    public bool Positions { get; init; } = true;
    public double Latitude { get; init; } = 47.0;
    public double Longitude { get; init; } = 8.0;
    public TimeSpan? UtcOffset { get; init; }
    public double SpeedNoise { get; init; } = 0.06;
    public int Seed { get; init; } = 1;
    public Sport Sport { get; init; } = Sport.Running;
    /// <summary>Seconds at which a row is not written at all (a gap in the recording).</summary>
    public Func<int, bool>? Skip { get; init; }
    /// <summary>Per-second overrides of the written speed channel (spikes).</summary>
    public Func<int, double?>? SpeedOverride { get; init; }
    /// <summary>Per-second offset of the position in metres north (a GPS jump).</summary>
    public Func<int, double>? NorthJumpMeters { get; init; }
    /// <summary>Seconds whose row carries a GPS fix (all of them when null and <see cref="Positions"/> is on).</summary>
    public Func<int, bool>? HasFix { get; init; }
    /// <summary>The fixes stay where the run started (a treadmill run with GPS on), a metre of scatter about it.</summary>
    public bool FixesStayPut { get; init; }
    public List<ActivityEvent> Events { get; init; } = [];

    public double StartUnix => UnixTime.FromDateTime(Start);

    public Activity Build()
    {
        var rng = new Random(Seed);
        var b = new SampleTableBuilder(Seconds + 1);
        double distance = 0, ar = 0;
        const double R = 6371008.8;
        for (var t = 0; t < Seconds; t++)
        {
            var v = Speed(t);
            ar = 0.8 * ar + SpeedNoise * Draw.Normal(rng);
            var measured = Math.Max(0, v + (v > 0.3 ? ar : 0));
            distance += v;
            if (Skip?.Invoke(t) == true) continue;
            b.AddRow(StartUnix + t);
            if (SpeedChannel) b.Set(SampleChannel.Speed, SpeedOverride?.Invoke(t) ?? measured);
            if (DistanceChannel) b.Set(SampleChannel.Distance, distance);
            if (Positions && HasFix?.Invoke(t) != false)
            {
                var north = FixesStayPut ? Draw.Normal(rng) : NorthJumpMeters?.Invoke(t) ?? 0;
                var east = FixesStayPut ? Draw.Normal(rng) : distance;
                b.Set(SampleChannel.Latitude, Latitude + double.RadiansToDegrees(north / R));
                b.Set(SampleChannel.Longitude, Longitude + double.RadiansToDegrees(east / (R * Math.Cos(double.DegreesToRadians(Latitude)))));
            }
            if (AltitudeAtDistance is not null) b.Set(SampleChannel.Altitude, AltitudeAtDistance(distance));
            if (Cadence is not null) b.Set(SampleChannel.Cadence, Math.Round(Cadence(t) + 1.0 * Draw.Normal(rng)));
            if (HeartRate is not null) b.Set(SampleChannel.HeartRate, Math.Round(HeartRate(t) + 0.7 * Draw.Normal(rng)));
            if (Temperature is not null) b.Set(SampleChannel.Temperature, Math.Round(Temperature(t)));
        }
        return new Activity
        {
            Sport = Sport,
            StartTime = Start,
            UtcOffset = UtcOffset,
            Samples = b.Build(),
            Events = [.. Events],
        };
    }

    public DateTime At(int second) => Start.AddSeconds(second);
}
