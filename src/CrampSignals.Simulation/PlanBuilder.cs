namespace CrampSignals.Simulation;

/// <summary>Lays segments end to end, keeping the clock, so presets read like a training plan.</summary>
internal sealed class PlanBuilder
{
    private readonly List<PlanSegment> _segments = [];

    /// <summary>Seconds from the start where the next segment begins.</summary>
    public double Now { get; private set; }

    public IReadOnlyList<PlanSegment> Segments => _segments;

    public PlanBuilder Run(double seconds, double fromSpeed, double toSpeed) => Add(SegmentKind.Run, seconds, fromSpeed, toSpeed);

    public PlanBuilder Run(double seconds, double speed) => Add(SegmentKind.Run, seconds, speed, speed);

    public PlanBuilder Walk(double seconds, double speed = 1.35) => Add(SegmentKind.Walk, seconds, speed, speed);

    public PlanBuilder Pause(double seconds) => Add(SegmentKind.Pause, seconds, 0, 0);

    private PlanBuilder Add(SegmentKind kind, double seconds, double from, double to)
    {
        var s = Math.Round(seconds);
        if (s <= 0) return this;
        _segments.Add(new PlanSegment(kind, Now, s, from, to));
        Now += s;
        return this;
    }
}
