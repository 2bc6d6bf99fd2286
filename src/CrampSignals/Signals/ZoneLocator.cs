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
/// Both of NodaTime's location tables are used (<c>zone.tab</c>, one place per zone and country, and <c>zone1970.tab</c>,
/// the zones that differ since 1970): more principal places make the nearest one a better guess. The tz database is
/// compiled into NodaTime, so nothing depends on the machine's own zone data or culture (invariant globalization).
/// </remarks>
internal static class ZoneLocator
{
    private sealed record Principal(double Latitude, double Longitude, string ZoneId);

    private static readonly Lazy<Principal[]> Principals = new(Load);

    /// <summary>The zone whose principal location is nearest to the position, or null when the database has no locations.</summary>
    public static DateTimeZone? Nearest(double latitude, double longitude)
    {
        Principal? best = null;
        var bestMeters = double.PositiveInfinity;
        foreach (var p in Principals.Value)
        {
            var d = GreatCircle.DistanceMeters(latitude, longitude, p.Latitude, p.Longitude);
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
        var all = new List<Principal>();
        foreach (var l in source.ZoneLocations ?? []) all.Add(new(l.Latitude, l.Longitude, l.ZoneId));
        foreach (var l in source.Zone1970Locations ?? []) all.Add(new(l.Latitude, l.Longitude, l.ZoneId));
        foreach (var (lat, lon, zone) in Anchors) all.Add(new(lat, lon, zone));
        return [.. all.Where(p => ids.Contains(p.ZoneId) && !Unofficial.Contains(p.ZoneId)).Distinct()];
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
        (-41.13, -71.31, "America/Argentina/Salta"), (-38.95, -68.06, "America/Argentina/Salta"),
        (-42.91, -71.32, "America/Argentina/Catamarca"),
    ];
}
