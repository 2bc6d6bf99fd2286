namespace CrampSignals.Simulation;

/// <summary>A place simulated runs start from: where, the local clock's offset from UTC, and its hemisphere.</summary>
/// <param name="Name">A readable name.</param>
/// <param name="Latitude">Latitude of the start in degrees.</param>
/// <param name="Longitude">Longitude of the start in degrees.</param>
/// <param name="AltitudeMeters">Altitude of the start in metres.</param>
/// <param name="StandardOffsetHours">Standard-time offset from UTC in hours.</param>
/// <param name="SummerOffsetHours">Daylight-saving offset from UTC in hours (the same as standard where there is none).</param>
internal sealed record RunPlace(string Name, double Latitude, double Longitude, double AltitudeMeters, double StandardOffsetHours, double SummerOffsetHours)
{
    /// <summary>Starts in both hemispheres and across the longitudes, so local-time and season logic is exercised.</summary>
    public static IReadOnlyList<RunPlace> All { get; } =
    [
        new("Valencia, Spain", 39.4699, -0.3763, 12, 1, 2),
        new("Boulder, Colorado, USA", 40.0150, -105.2705, 1640, -7, -6),
        new("Sydney, Australia", -33.8688, 151.2093, 25, 10, 11),
        new("Cape Town, South Africa", -33.9249, 18.4241, 15, 2, 2),
        new("Buenos Aires, Argentina", -34.6037, -58.3816, 20, -3, -3),
        new("Tokyo, Japan", 35.6762, 139.6503, 40, 9, 9),
        new("Christchurch, New Zealand", -43.5321, 172.6362, 12, 12, 13),
        new("Minneapolis, USA", 44.9778, -93.2650, 260, -6, -5),
    ];

    /// <summary>True south of the equator.</summary>
    public bool IsSouthern => Latitude < 0;

    /// <summary>
    /// The local offset on <paramref name="date"/>. Daylight saving is approximated by month (northern April to
    /// October, southern October to March), which is close enough for simulated runs away from the switch dates.
    /// </summary>
    public TimeSpan OffsetOn(DateOnly date)
    {
        var summer = IsSouthern ? date.Month is >= 10 or <= 3 : date.Month is >= 4 and <= 10;
        return TimeSpan.FromHours(summer ? SummerOffsetHours : StandardOffsetHours);
    }

    /// <summary>A month of this place's warm season (northern June to August, southern December to February), picked by <paramref name="rng"/>.</summary>
    public int WarmMonth(Random rng) => IsSouthern ? new[] { 12, 1, 2 }[rng.Next(3)] : 6 + rng.Next(3);

    /// <summary>A month of this place's cool season (northern November to March, southern May to September), picked by <paramref name="rng"/>.</summary>
    public int CoolMonth(Random rng) => IsSouthern ? 5 + rng.Next(5) : new[] { 11, 12, 1, 2, 3 }[rng.Next(5)];
}
