using CrampSignals.Activities;
using NodaTime;
using NodaTime.TimeZones;

namespace CrampSignals.Signals;

/// <summary>
/// The time zone of a place, estimated as the zone whose principal location (the city the tz database names it after:
/// Europe/Madrid, America/Argentina/Buenos_Aires) is nearest. Good away from borders, which is where most runs are;
/// near a border the neighbouring zone's city may be nearer.
/// </summary>
/// <remarks>
/// Zone ids are canonical (links resolved through <c>CanonicalIdMap</c>: Europe/Isle_of_Man is Europe/London, Europe/Monaco
/// is Europe/Paris). A place listed for a country that keeps a neighbour's clock (its id a link: Büsingen, the Isle of Man,
/// Monaco, Luxembourg) counts only within 25 km of it, as its territory is small; beyond, the point is taken to be in the
/// neighbouring country and the nearest of that country's places wins. Cities near borders are added as anchors below so
/// that the country a point is in, rather than the nearest capital across the border, names its zone.
/// Both of NodaTime's location tables are used (<c>zone.tab</c>, one place per zone and country, and <c>zone1970.tab</c>,
/// the zones that differ since 1970): more principal places make the nearest one a better guess. The tz database is
/// compiled into NodaTime, so nothing depends on the machine's own zone data or culture (invariant globalization).
/// </remarks>
internal static class ZoneLocator
{
    /// <param name="Latitude">Degrees.</param>
    /// <param name="Longitude">Degrees.</param>
    /// <param name="ZoneId">The canonical zone (links resolved: Europe/Isle_of_Man is Europe/London).</param>
    /// <param name="Borrowed">True for a place whose country keeps another country's clock (its tz id is a link: Büsingen,
    /// the Isle of Man, Monaco, Luxembourg): it stands for a small territory only, see <see cref="BorrowedRadiusMeters"/>.</param>
    private sealed record Principal(double Latitude, double Longitude, string ZoneId, bool Borrowed);

    /// <summary>
    /// How far a borrowed place (see <see cref="Principal.Borrowed"/>) counts: its territory is small, so beyond this a point
    /// is in the neighbouring country and takes that country's zone (the Vosges are France's, not Büsingen's).
    /// </summary>
    private const double BorrowedRadiusMeters = 25_000;

    private static readonly Lazy<Principal[]> Principals = new(Load);

    /// <summary>The zone whose principal location is nearest to the position, or null when the database has no locations.</summary>
    public static DateTimeZone? Nearest(double latitude, double longitude)
    {
        Principal? best = null;
        var bestMeters = double.PositiveInfinity;
        foreach (var p in Principals.Value)
        {
            var d = GreatCircle.DistanceMeters(latitude, longitude, p.Latitude, p.Longitude);
            if (p.Borrowed && d > BorrowedRadiusMeters) continue;
            if (d < bestMeters) { bestMeters = d; best = p; }
        }
        return best is null ? null : TzdbDateTimeZoneSource.Default.ForId(best.ZoneId);
    }

    /// <summary>The offset from UTC of <paramref name="zone"/>'s clocks at <paramref name="utc"/> (its rules that day, summer time included).</summary>
    public static TimeSpan OffsetAt(DateTimeZone zone, DateTime utc) =>
        zone.GetUtcOffset(Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).ToTimeSpan();

    private static Principal[] Load()
    {
        var source = TzdbDateTimeZoneSource.Default;
        var ids = new HashSet<string>(source.GetIds(), StringComparer.Ordinal);
        var canonical = source.CanonicalIdMap;
        var all = new List<(double Latitude, double Longitude, string ZoneId)>();
        foreach (var l in source.ZoneLocations ?? []) all.Add((l.Latitude, l.Longitude, l.ZoneId));
        foreach (var l in source.Zone1970Locations ?? []) all.Add((l.Latitude, l.Longitude, l.ZoneId));
        all.AddRange(Anchors);
        return [.. all.Where(p => ids.Contains(p.ZoneId) && !Unofficial.Contains(p.ZoneId))
            .Select(p =>
            {
                var id = canonical.TryGetValue(p.ZoneId, out var c) ? c : p.ZoneId;
                return new Principal(p.Latitude, p.Longitude, id, !string.Equals(id, p.ZoneId, StringComparison.Ordinal));
            })
            .Distinct()];
    }

    // Xinjiang's clocks officially (and phones by default) keep Beijing time; Asia/Urumqi is the local usage of part of
    // the population, so the region is anchored to Asia/Shanghai below instead.
    private static readonly HashSet<string> Unofficial = new(StringComparer.Ordinal) { "Asia/Urumqi" };

    /// <summary>
    /// Cities far from their zone's principal location and nearer another zone's: without them western China would get
    /// Bhutan's or Kyrgyzstan's clock, western India Pakistan's, Galicia Portugal's, Brittany Jersey's, Saint Petersburg
    /// Finland's, Tennessee Kentucky's and Patagonia Chile's.
    /// </summary>
    private static readonly (double Latitude, double Longitude, string ZoneId)[] Anchors =
    [
        (39.90, 116.41, "Asia/Shanghai"), (30.66, 104.07, "Asia/Shanghai"), (29.56, 106.55, "Asia/Shanghai"),
        (25.04, 102.71, "Asia/Shanghai"), (29.65, 91.12, "Asia/Shanghai"), (36.62, 101.78, "Asia/Shanghai"),
        (36.06, 103.83, "Asia/Shanghai"), (43.83, 87.62, "Asia/Shanghai"), (39.47, 75.99, "Asia/Shanghai"),
        (37.11, 79.93, "Asia/Shanghai"), (36.40, 94.90, "Asia/Shanghai"), (45.80, 126.53, "Asia/Shanghai"),
        (34.34, 108.94, "Asia/Shanghai"), (40.84, 111.75, "Asia/Shanghai"), (38.49, 106.23, "Asia/Shanghai"),
        (41.77, 86.15, "Asia/Shanghai"), (44.43, 84.90, "Asia/Shanghai"), (42.95, 89.19, "Asia/Shanghai"),
        (28.61, 77.21, "Asia/Kolkata"), (19.08, 72.88, "Asia/Kolkata"), (12.97, 77.59, "Asia/Kolkata"),
        (13.08, 80.27, "Asia/Kolkata"), (17.39, 78.49, "Asia/Kolkata"), (23.02, 72.57, "Asia/Kolkata"),
        (26.91, 75.79, "Asia/Kolkata"), (18.52, 73.86, "Asia/Kolkata"), (34.08, 74.80, "Asia/Kolkata"),
        (31.63, 74.87, "Asia/Kolkata"), (15.30, 74.12, "Asia/Kolkata"),
        (42.88, -8.54, "Europe/Madrid"), (42.24, -8.72, "Europe/Madrid"), (43.36, -8.41, "Europe/Madrid"),
        (43.36, -5.85, "Europe/Madrid"), (40.97, -5.66, "Europe/Madrid"), (38.88, -6.97, "Europe/Madrid"),
        (37.26, -6.94, "Europe/Madrid"), (37.39, -5.98, "Europe/Madrid"),
        (48.39, -4.49, "Europe/Paris"), (48.11, -1.68, "Europe/Paris"), (47.22, -1.55, "Europe/Paris"),
        (49.18, -0.37, "Europe/Paris"), (49.64, -1.62, "Europe/Paris"), (48.65, -2.03, "Europe/Paris"),
        (59.94, 30.31, "Europe/Moscow"), (68.97, 33.08, "Europe/Moscow"), (47.24, 39.71, "Europe/Moscow"),
        (36.16, -86.78, "America/Chicago"), (35.15, -90.05, "America/Chicago"),
        (48.58, 7.75, "Europe/Paris"), (48.69, 6.18, "Europe/Paris"), (48.17, 6.45, "Europe/Paris"), (49.12, 6.18, "Europe/Paris"),
        (47.75, 7.34, "Europe/Paris"), (47.24, 6.02, "Europe/Paris"), (47.32, 5.04, "Europe/Paris"), (45.76, 4.84, "Europe/Paris"),
        (45.19, 5.72, "Europe/Paris"), (45.90, 6.13, "Europe/Paris"), (43.70, 7.27, "Europe/Paris"), (43.30, 5.37, "Europe/Paris"),
        (50.63, 3.06, "Europe/Paris"), (49.26, 4.03, "Europe/Paris"), (43.60, 1.44, "Europe/Paris"), (44.84, -0.58, "Europe/Paris"),
        (42.70, 2.90, "Europe/Paris"), (43.48, -1.56, "Europe/Paris"),
        (55.95, -3.19, "Europe/London"), (55.86, -4.25, "Europe/London"), (57.15, -2.09, "Europe/London"), (57.48, -4.22, "Europe/London"),
        (54.60, -5.93, "Europe/London"), (53.48, -2.24, "Europe/London"), (54.97, -1.61, "Europe/London"), (51.48, -3.18, "Europe/London"),
        (54.89, -2.93, "Europe/London"),
        (47.99, 7.84, "Europe/Berlin"), (48.78, 9.18, "Europe/Berlin"), (48.14, 11.58, "Europe/Berlin"), (50.94, 6.96, "Europe/Berlin"),
        (50.11, 8.68, "Europe/Berlin"), (47.66, 9.18, "Europe/Berlin"), (49.01, 8.40, "Europe/Berlin"),
        (45.46, 9.19, "Europe/Rome"), (45.07, 7.69, "Europe/Rome"), (46.07, 11.12, "Europe/Rome"), (44.41, 8.93, "Europe/Rome"),
        (-41.13, -71.31, "America/Argentina/Salta"), (-38.95, -68.06, "America/Argentina/Salta"),
        (-42.91, -71.32, "America/Argentina/Catamarca"),
    ];
}
