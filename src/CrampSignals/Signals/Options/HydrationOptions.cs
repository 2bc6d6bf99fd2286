namespace CrampSignals.Signals;

/// <summary>Long-run hydration: runs long enough to call for a drinking plan. Part of <see cref="SignalOptions"/>.</summary>
public sealed record HydrationOptions
{
    /// <summary>The defaults.</summary>
    public static HydrationOptions Default { get; } = new();

    /// <summary>Moving time that calls for a drinking plan. Default 60 min.</summary>
    public TimeSpan MinMoving { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Moving time that calls for a drinking plan in the heat. Default 45 min.</summary>
    public TimeSpan MinMovingHot { get; init; } = TimeSpan.FromMinutes(45);

    /// <summary>
    /// Time on the move is the time from the first to the last moving second less the stops at least this long: a shorter
    /// stop (lights, a drink, a stretch) is part of the outing. Counting short stops whole keeps the time the same from
    /// any file of one run: a GPX track's position scatter makes parts of a stop look moving where a watch's speed reads
    /// zero, and only long stops are then told apart. Default 2 min.
    /// </summary>
    public TimeSpan LongStop { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Moving time from which hydration matters more (moderate; high when also hot). Default 90 min.</summary>
    public TimeSpan LongMoving { get; init; } = TimeSpan.FromMinutes(90);
}
