namespace CrampSignals.Simulation;

/// <summary>A place simulated runs start from: where, the local clock's offset from UTC, and its hemisphere.</summary>
/// <param name="Name">A readable name.</param>
/// <param name="Latitude">Latitude of the start in degrees.</param>
/// <param name="Longitude">Longitude of the start in degrees.</param>
/// <param name="AltitudeMeters">Altitude of the start in metres.</param>
/// <param name="ZoneId">The tz database zone of the place's clocks.</param>
internal sealed record RunPlace(string Name, double Latitude, double Longitude, double AltitudeMeters, string ZoneId)
{
    /// <summary>Starts in both hemispheres and across the longitudes, so local-time and season logic is exercised.</summary>
    public static IReadOnlyList<RunPlace> All { get; } =
    [
        new("Valencia, Spain", 39.4699, -0.3763, 12, "Europe/Madrid"),
        new("Boulder, Colorado, USA", 40.0150, -105.2705, 1640, "America/Denver"),
        new("Sydney, Australia", -33.8688, 151.2093, 25, "Australia/Sydney"),
        new("Cape Town, South Africa", -33.9249, 18.4241, 15, "Africa/Johannesburg"),
        new("Buenos Aires, Argentina", -34.6037, -58.3816, 20, "America/Argentina/Buenos_Aires"),
        new("Tokyo, Japan", 35.6762, 139.6503, 40, "Asia/Tokyo"),
        new("Christchurch, New Zealand", -43.5321, 172.6362, 12, "Pacific/Auckland"),
        new("Minneapolis, USA", 44.9778, -93.2650, 260, "America/Chicago"),
    ];

    /// <summary>True south of the equator.</summary>
    public bool IsSouthern => Latitude < 0;

    /// <summary>The offset of the place's clocks at noon on <paramref name="date"/>.</summary>
    public TimeSpan OffsetOn(DateOnly date) => OffsetAt(date, new TimeOnly(12, 0));

    /// <summary>The offset of the place's clocks at <paramref name="localTime"/> on <paramref name="date"/>, by the zone's own rules (summer time on its real dates).</summary>
    public TimeSpan OffsetAt(DateOnly date, TimeOnly localTime)
    {
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[ZoneId];
        var local = new NodaTime.LocalDateTime(date.Year, date.Month, date.Day, localTime.Hour, localTime.Minute, localTime.Second);
        return zone.AtLeniently(local).Offset.ToTimeSpan();
    }

    /// <summary>A month of this place's warm season (northern June to August, southern December to February), picked by <paramref name="rng"/>.</summary>
    public int WarmMonth(Random rng) => IsSouthern ? new[] { 12, 1, 2 }[rng.Next(3)] : 6 + rng.Next(3);

    /// <summary>A month of this place's cool season (northern November to March, southern May to September), picked by <paramref name="rng"/>.</summary>
    public int CoolMonth(Random rng) => IsSouthern ? 5 + rng.Next(5) : new[] { 11, 12, 1, 2, 3 }[rng.Next(5)];
}
