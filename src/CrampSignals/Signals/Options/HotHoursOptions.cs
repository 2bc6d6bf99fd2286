namespace CrampSignals.Signals;

/// <summary>Hot hours: running in the middle of a warm-season day. Part of <see cref="SignalOptions"/>.</summary>
public sealed record HotHoursOptions
{
    /// <summary>The defaults.</summary>
    public static HotHoursOptions Default { get; } = new();

    /// <summary>Start of the hot hours, local clock hour. Default 10.</summary>
    public double StartHour { get; init; } = 10;

    /// <summary>End of the hot hours, local clock hour. Default 16.</summary>
    public double EndHour { get; init; } = 16;

    /// <summary>Least moving time inside the hot hours. Default 15 min.</summary>
    public TimeSpan MinMoving { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Least fraction of the run's moving time inside the hot hours. Default 0.25.</summary>
    public double MinFraction { get; init; } = 0.25;

    /// <summary>This much moving time inside the hot hours is moderate (an hour in the midday sun). Default 60 min.</summary>
    public TimeSpan ModerateMoving { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Warm-season months in the northern hemisphere (the southern one is shifted by six months: Nov-Mar). Default May to September.</summary>
    public IReadOnlyList<int> NorthernWarmMonths { get; init; } = [5, 6, 7, 8, 9];

    /// <summary>Warm-season months in the southern hemisphere. Default November to March.</summary>
    public IReadOnlyList<int> SouthernWarmMonths { get; init; } = [11, 12, 1, 2, 3];
}
