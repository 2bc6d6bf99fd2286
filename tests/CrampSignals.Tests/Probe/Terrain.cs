namespace CrampSignals.Tests.Probe;

/// <summary>A hill on the route, placed by distance: a climb of <c>UpMeters</c> to <c>HeightMeters</c>, then a descent of <c>DownMeters</c>.</summary>
internal sealed record Hill(double StartMeters, double UpMeters, double HeightMeters, double DownMeters)
{
    /// <summary>A steady grade from foot to top (and top to foot) instead of a cosine ramp: a road climb at one gradient.</summary>
    public bool Even { get; init; }

    public double EndMeters => StartMeters + UpMeters + DownMeters;
}

/// <summary>The route's elevation and heading as functions of distance: hills add smooth cosine ramps, turns change heading.</summary>
internal sealed class Terrain
{
    private readonly List<Hill> _hills;
    private readonly (double At, double Heading)[] _turns;

    public Terrain(IEnumerable<Hill> hills, IEnumerable<(double At, double Heading)> turns, double baseAltitude)
    {
        _hills = [.. hills.OrderBy(h => h.StartMeters)];
        _turns = [.. turns.OrderBy(t => t.At)];
        BaseAltitude = baseAltitude;
    }

    public double BaseAltitude { get; }

    public IReadOnlyList<Hill> Hills => _hills;

    public Terrain With(Hill hill) =>
        new(_hills.Where(h => h.EndMeters < hill.StartMeters || h.StartMeters > hill.EndMeters).Append(hill), _turns, BaseAltitude);

    public Terrain Without(double fromMeters, double toMeters) =>
        new(_hills.Where(h => h.EndMeters < fromMeters || h.StartMeters > toMeters), _turns, BaseAltitude);

    public double AltitudeAt(double d)
    {
        var a = BaseAltitude;
        foreach (var h in _hills)
        {
            if (d <= h.StartMeters || d >= h.EndMeters) continue;
            var x = d - h.StartMeters;
            if (h.Even)
            {
                a += x < h.UpMeters ? h.HeightMeters * x / h.UpMeters : h.HeightMeters * (1 - (x - h.UpMeters) / h.DownMeters);
                continue;
            }
            a += x < h.UpMeters
                ? h.HeightMeters * 0.5 * (1 - Math.Cos(Math.PI * x / h.UpMeters))
                : h.HeightMeters * 0.5 * (1 + Math.Cos(Math.PI * (x - h.UpMeters) / h.DownMeters));
        }
        return a;
    }

    public double GradeAt(double d) => (AltitudeAt(d + 2) - AltitudeAt(d - 2)) / 4;

    /// <summary>Heading in radians; a turn eases in over 30 m, as a runner follows a bend.</summary>
    public double HeadingAt(double d)
    {
        var h = 0.0;
        var previous = 0.0;
        foreach (var (at, heading) in _turns)
        {
            if (d < at) break;
            var f = Math.Min(1, (d - at) / 30);
            h = previous + (heading - previous) * f;
            previous = heading;
        }
        return h;
    }
}
