using CrampSignals.Activities;
using static CrampSignals.Tests.Gpx.GpxText;

namespace CrampSignals.Tests.Gpx;

public class GpxExtensionTests
{
    public static TheoryData<string, string> TrackPointExtensionVariants() => new()
    {
        // prefix declaration on the root, element prefix
        { $"xmlns:gpxtpx=\"{TpxV1}\"", "<gpxtpx:TrackPointExtension><gpxtpx:hr>151</gpxtpx:hr><gpxtpx:cad>88</gpxtpx:cad><gpxtpx:atemp>24.5</gpxtpx:atemp></gpxtpx:TrackPointExtension>" },
        // Garmin Connect's ns3 prefix for v1
        { $"xmlns:ns3=\"{TpxV1}\"", "<ns3:TrackPointExtension><ns3:atemp>24.5</ns3:atemp><ns3:hr>151</ns3:hr><ns3:cad>88</ns3:cad></ns3:TrackPointExtension>" },
        // v2 with its own prefix
        { $"xmlns:tpx2=\"{TpxV2}\"", "<tpx2:TrackPointExtension><tpx2:atemp>24.5</tpx2:atemp><tpx2:hr>151</tpx2:hr><tpx2:cad>88</tpx2:cad></tpx2:TrackPointExtension>" },
        // default namespace switched on the extension element
        { "", $"<TrackPointExtension xmlns=\"{TpxV2}\"><hr>151</hr><cad>88</cad><atemp>24.5</atemp></TrackPointExtension>" },
        // prefix declared on the extension element itself
        { "", $"<x:TrackPointExtension xmlns:x=\"{TpxV1}\"><x:hr>151</x:hr><x:cad>88</x:cad><x:atemp>24.5</x:atemp></x:TrackPointExtension>" },
        // an undeclared-namespace file (in the GPX namespace, as files without namespaces end up)
        { "", "<TrackPointExtension><hr>151</hr><cad>88</cad><atemp>24.5</atemp></TrackPointExtension>" },
    };

    [Theory]
    [MemberData(nameof(TrackPointExtensionVariants))]
    public void Track_point_extension_is_read_under_any_namespace_or_prefix(string namespaces, string extension)
    {
        var activity = ReadActivity(V11(Track("cycling", Point(45, 14, "2024-05-01T06:00:00Z", $"<extensions>{extension}</extensions>")), namespaces));
        Assert.Equal(151, activity.Samples.HeartRateBpm[0]);
        Assert.Equal(88, activity.Samples.Cadence[0]);
        Assert.Equal(24.5, activity.Samples.TemperatureCelsius[0]);
    }

    [Fact]
    public void Extensions_in_a_document_without_any_namespace_are_read()
    {
        var xml = "<gpx version=\"1.1\" creator=\"bare\"><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><extensions><TrackPointExtension><hr>120</hr></TrackPointExtension><power>250</power></extensions></trkpt></trkseg></trk></gpx>";
        var activity = ReadActivity(xml);
        Assert.Equal(120, activity.Samples.HeartRateBpm[0]);
        Assert.Equal(250, activity.Samples.PowerWatts[0]);
    }

    [Fact]
    public void Bare_power_speed_and_course_are_read_next_to_the_garmin_extension()
    {
        var ext = $"<extensions><power>312</power><gpxtpx:TrackPointExtension><gpxtpx:speed>4.25</gpxtpx:speed><gpxtpx:course>270</gpxtpx:course></gpxtpx:TrackPointExtension></extensions>";
        var xml = V11(Track("cycling", Point(45, 14, "2024-05-01T06:00:00Z", ext)), $"xmlns:gpxtpx=\"{TpxV2}\"");
        var activity = ReadActivity(xml);
        Assert.Equal(312, activity.Samples.PowerWatts[0]);
        Assert.Equal(4.25, activity.Samples.SpeedMetersPerSecond[0]);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        using var reader = new CrampSignals.Formats.Gpx.GpxReader(stream);
        while (reader.Read() && reader.TokenType != CrampSignals.Formats.Gpx.GpxTokenType.TrackPoint) { }
        Assert.Equal(270, reader.Point.CourseDegrees);
    }

    [Fact]
    public void Gpx_1_0_speed_child_is_the_speed()
    {
        var activity = ReadActivity(V10(Track(null, Point(52.33, 5.54, "2009-03-02T14:05:52Z", "<speed>1.2</speed><course>90</course>"))));
        Assert.Equal(1.2, activity.Samples.SpeedMetersPerSecond[0]);
        Assert.Equal("1.0", activity.Source!.XmlVersion);
    }

    [Fact]
    public void Air_temperature_wins_over_water_temperature_which_fills_in_when_alone()
    {
        var both = "<extensions><t:TrackPointExtension><t:atemp>21</t:atemp><t:wtemp>15</t:wtemp></t:TrackPointExtension></extensions>";
        var waterOnly = "<extensions><t:TrackPointExtension><t:wtemp>15</t:wtemp></t:TrackPointExtension></extensions>";
        var activity = ReadActivity(V11(Track("swimming", Point(1, 1, null, both), Point(1, 1.0001, null, waterOnly)), $"xmlns:t=\"{TpxV2}\""));
        Assert.Equal([21.0, 15.0], activity.Samples.TemperatureCelsius.ToArray());
    }

    [Theory]
    [InlineData("running", 2)]
    [InlineData("Running", 2)]
    [InlineData("9", 2)]
    [InlineData("walking", 2)]
    [InlineData("hiking", 2)]
    [InlineData("cycling", 1)]
    [InlineData("1", 1)]
    [InlineData(null, 1)]
    public void Cadence_is_doubled_to_steps_per_minute_only_on_foot(string? type, double factor)
    {
        var ext = "<extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>87</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>";
        var activity = ReadActivity(V11(Track(type, Point(1, 1, null, ext)), $"xmlns:gpxtpx=\"{TpxV1}\""));
        Assert.Equal(87 * factor, activity.Samples.Cadence[0]);
        Assert.Equal(SportExtensions.ParseName(type), activity.Sport);
    }

    [Fact]
    public void Sport_comes_from_the_first_track_even_when_cadence_came_before_the_type_was_known()
    {
        // The type is written after the segment here; the doubling is applied once the whole file is read.
        var ext = "<extensions><TrackPointExtension><cad>90</cad></TrackPointExtension></extensions>";
        var xml = V11($"<trk><trkseg>{Point(1, 1, null, ext)}</trkseg><type>running</type></trk><trk><type>cycling</type></trk>");
        var activity = ReadActivity(xml);
        Assert.Equal(Sport.Running, activity.Sport);
        Assert.Equal(180, activity.Samples.Cadence[0]);
    }
}
