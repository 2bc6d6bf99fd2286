using CrampSignals.Signals;
using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// Without an offset in the file, local time is the clock of the place on the run's date: the zone whose principal
/// location is nearest, with its summer time. The places are where the sun and the clock disagree most (Spain, France,
/// the Netherlands and western China run far ahead of the sun, Argentina's west behind), in both hemispheres, summer
/// and winter, and half an hour either side of a change of the clocks. Expected offsets are the places' civil time.
/// </summary>
public class LocalTimeFromPositionTests
{
    public static TheoryData<string, double, double, string, double> Places => new()
    {
        // name, latitude, longitude, UTC start, clock offset in hours
        { "Madrid, summer", 40.42, -3.70, "2024-07-15T08:00:00Z", 2 },
        { "Madrid, winter", 40.42, -3.70, "2024-01-15T08:00:00Z", 1 },
        { "Madrid, before the spring change", 40.42, -3.70, "2024-03-31T00:30:00Z", 1 },
        { "Madrid, after the spring change", 40.42, -3.70, "2024-03-31T01:30:00Z", 2 },
        { "Vigo, Galicia, summer", 42.24, -8.72, "2024-08-01T07:00:00Z", 2 },
        { "Paris, before the autumn change", 48.86, 2.35, "2024-10-27T00:30:00Z", 2 },
        { "Paris, after the autumn change", 48.86, 2.35, "2024-10-27T01:30:00Z", 1 },
        { "Brest, Brittany, winter", 48.39, -4.49, "2024-12-01T09:00:00Z", 1 },
        { "Amsterdam, summer", 52.37, 4.90, "2024-06-20T06:00:00Z", 2 },
        { "Maastricht, winter", 50.85, 5.69, "2024-02-10T06:00:00Z", 1 },
        { "Kashgar, western China", 39.47, 75.99, "2024-05-10T01:00:00Z", 8 },
        { "Chengdu, China", 30.66, 104.07, "2024-11-10T01:00:00Z", 8 },
        { "Lhasa, Tibet", 29.65, 91.12, "2024-06-10T01:00:00Z", 8 },
        { "Mumbai", 19.08, 72.88, "2024-01-10T01:00:00Z", 5.5 },
        { "Buenos Aires, January", -34.60, -58.38, "2024-01-20T11:00:00Z", -3 },
        { "Mendoza, July", -32.89, -68.83, "2024-07-20T11:00:00Z", -3 },
        { "Bariloche, Patagonia", -41.13, -71.31, "2024-02-20T11:00:00Z", -3 },
        { "Santiago de Chile, January", -33.45, -70.67, "2024-01-20T11:00:00Z", -3 },
        { "Santiago de Chile, July", -33.45, -70.67, "2024-07-20T11:00:00Z", -4 },
        { "Sydney, before the autumn change", -33.87, 151.21, "2024-04-06T15:30:00Z", 11 },
        { "Sydney, after the autumn change", -33.87, 151.21, "2024-04-06T16:30:00Z", 10 },
        { "Cape Town, December", -33.92, 18.42, "2024-12-10T05:00:00Z", 2 },
        { "Denver, summer", 39.74, -104.99, "2024-07-10T13:00:00Z", -6 },
        { "Phoenix, summer", 33.45, -112.07, "2024-07-10T13:00:00Z", -7 },
        { "Nashville, winter", 36.16, -86.78, "2024-01-10T13:00:00Z", -6 },
        { "Auckland, January", -36.85, 174.76, "2024-01-10T20:00:00Z", 13 },
        { "Saint Petersburg", 59.94, 30.31, "2024-06-10T05:00:00Z", 3 },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void The_offset_is_the_clock_of_the_place_on_that_date(string place, double latitude, double longitude, string startUtc, double hours)
    {
        var start = DateTime.Parse(startUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var run = new TestRun { Seconds = 600, Start = start, Latitude = latitude, Longitude = longitude }.Build();
        var local = LocalTimeResolver.Resolve(run, SignalTrackBuilder.Build(run));
        Assert.Equal(LocalTimeSource.Zone, local.Source);
        Assert.True(TimeSpan.FromHours(hours) == local.Offset, $"{place}: {local.Offset} from {local.ZoneId}, expected UTC{hours:+0.#;-0.#}");
    }

    [Fact]
    public void The_source_names_the_zone_and_says_it_was_estimated()
    {
        var run = new TestRun { Seconds = 600, Start = new DateTime(2024, 7, 15, 8, 0, 0, DateTimeKind.Utc), Latitude = 40.42, Longitude = -3.70 }.Build();
        var local = LocalTimeResolver.Resolve(run, SignalTrackBuilder.Build(run));
        Assert.Equal("Europe/Madrid", local.ZoneId);
        Assert.Equal("zone:Europe/Madrid (estimated from position)", LocalTimeResolver.SourceId(local));
    }

    [Fact]
    public void The_file_offset_still_wins_over_the_position()
    {
        var run = new TestRun { Seconds = 600, Latitude = 40.42, Longitude = -3.70, UtcOffset = TimeSpan.FromHours(-5) }.Build();
        Assert.Equal(new LocalTimeInfo(TimeSpan.FromHours(-5), LocalTimeSource.File), LocalTimeResolver.Resolve(run, SignalTrackBuilder.Build(run)));
    }
}
