using CrampSignals.Signals;
using NodaTime.TimeZones;

namespace CrampSignals.Tests.Signals;

/// <summary>Zones estimated from a position are named canonically, and a point takes its own country's zone near a border.</summary>
public class ZoneNameTests
{
    [Theory]
    [InlineData(48.17, 6.45, "Europe/Paris")]     // the Vosges, nearer Büsingen's listed place than Paris
    [InlineData(48.58, 7.62, "Europe/Paris")]     // west of Strasbourg
    [InlineData(56.40, -3.50, "Europe/London")]   // Perthshire, nearer the Isle of Man's listed place than London
    [InlineData(54.15, -4.48, "Europe/London")]   // the Isle of Man itself: its zone is a link to London's
    [InlineData(43.74, 7.42, "Europe/Paris")]     // Monaco: a link to Paris's zone
    [InlineData(47.70, 8.68, "Europe/Zurich")]    // Büsingen keeps Swiss time
    public void A_position_gets_the_canonical_zone_of_its_country(double latitude, double longitude, string zone)
    {
        var found = ZoneLocator.Nearest(latitude, longitude);
        Assert.NotNull(found);
        Assert.Equal(zone, found.Id);
    }

    [Fact]
    public void Every_zone_the_locator_can_give_is_canonical()
    {
        var canonical = TzdbDateTimeZoneSource.Default.CanonicalIdMap;
        for (var lat = -60.0; lat <= 70; lat += 5)
            for (var lon = -180.0; lon < 180; lon += 5)
                if (ZoneLocator.Nearest(lat, lon) is { } zone)
                    Assert.Equal(canonical[zone.Id], zone.Id);
    }
}
