using CrampSignals.Activities;
using static CrampSignals.Tests.Gpx.GpxText;

namespace CrampSignals.Tests.Gpx;

/// <summary>Heart rate, cadence and temperature in the forms other apps than Garmin write.</summary>
public class GpxOtherAppsExtensionTests
{
    private const string GpxData = "http://www.cluetrust.com/XML/GPXDATA/1/0";
    private const string GpxxV3 = "http://www.garmin.com/xmlschemas/GpxExtensions/v3";

    public static TheoryData<string, string> Variants() => new()
    {
        // cluetrust gpxdata, declared
        { $"xmlns:gpxdata=\"{GpxData}\"", "<extensions><gpxdata:hr>151</gpxdata:hr><gpxdata:cadence>88</gpxdata:cadence><gpxdata:temp>24.5</gpxdata:temp></extensions>" },
        // gpxdata used without ever being declared (Strava exports do this)
        { "", "<extensions><gpxdata:hr>151</gpxdata:hr><gpxdata:cadence>88</gpxdata:cadence><gpxdata:temp>24.5</gpxdata:temp></extensions>" },
        // plain names without a namespace
        { "", "<extensions><heartrate>151</heartrate><cadence>88</cadence><temp>24.5</temp></extensions>" },
        { "", "<extensions><hr>151</hr><cad>88</cad><atemp>24.5</atemp></extensions>" },
        // Garmin Connect's undeclared ns3 prefix, and GpxExtensions v3 temperature
        { "", "<extensions><ns3:TrackPointExtension><ns3:hr>151</ns3:hr><ns3:cad>88</ns3:cad></ns3:TrackPointExtension><gpxx:TrackPointExtension><gpxx:Temperature>24.5</gpxx:Temperature></gpxx:TrackPointExtension></extensions>" },
        { $"xmlns:gpxx=\"{GpxxV3}\"", "<extensions><gpxx:TrackPointExtension><gpxx:Temperature>24.5</gpxx:Temperature></gpxx:TrackPointExtension><heart_rate>151</heart_rate><cadence>88</cadence></extensions>" },
        // straight in the point, without <extensions>
        { "", "<hr>151</hr><cadence>88</cadence><temperature>24.5</temperature>" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Heart_rate_cadence_and_temperature_are_read_in_every_common_form(string namespaces, string inner)
    {
        var activity = ReadActivity(V11(Track("cycling", Point(45, 14, "2024-05-01T06:00:00Z", inner)), namespaces));
        Assert.Equal(151, activity.Samples.HeartRateBpm[0]);
        Assert.Equal(88, activity.Samples.Cadence[0]);
        Assert.Equal(24.5, activity.Samples.TemperatureCelsius[0]);
    }

    [Fact]
    public void Garmin_s_values_win_over_other_names_in_either_order()
    {
        var before = "<extensions><heartrate>99</heartrate><gpxtpx:TrackPointExtension><gpxtpx:hr>151</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>";
        var after = "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>151</gpxtpx:hr></gpxtpx:TrackPointExtension><heartrate>99</heartrate></extensions>";
        foreach (var inner in new[] { before, after })
            Assert.Equal(151, ReadActivity(V11(Track("cycling", Point(45, 14, "2024-05-01T06:00:00Z", inner)), $"xmlns:gpxtpx=\"{TpxV1}\"")).Samples.HeartRateBpm[0]);
    }

    [Fact]
    public void An_unknown_undeclared_prefix_is_still_an_error_with_its_line()
    {
        var xml = V11(Track("running", Point(45, 14, "2024-05-01T06:00:00Z", "<extensions><zz:hr>151</zz:hr></extensions>")));
        var e = Assert.Throws<InputFormatException>(() => ReadActivity(xml));
        Assert.NotNull(e.Line);
    }
}
