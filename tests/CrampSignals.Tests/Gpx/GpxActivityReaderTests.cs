using System.Text;
using CrampSignals.Activities;
using CrampSignals.Text;
using static CrampSignals.Tests.Gpx.GpxText;

namespace CrampSignals.Tests.Gpx;

public class GpxActivityReaderTests
{
    [Theory]
    [InlineData("2024-05-01T06:30:15Z", 0.0)]
    [InlineData("2024-05-01T08:30:15+02:00", 0.0)]
    [InlineData("2024-05-01T08:30:15+0200", 0.0)]
    [InlineData("2024-05-01T01:00:15-05:30", 0.0)]
    [InlineData("2024-05-01T06:30:15", 0.0)]
    [InlineData("2024-05-01T06:30:15.250Z", 0.25)]
    [InlineData("2024-05-01T07:30:15.994+01:00", 0.994)]
    [InlineData("2024-05-01T06:30:15.8", 0.8)]
    public void Times_in_any_zone_notation_become_utc_unix_seconds(string text, double fraction)
    {
        var activity = ReadActivity(V11(Track("running", Point(45, 14, text))));
        var expected = Unix(2024, 5, 1, 6, 30, 15) + fraction;
        Assert.Equal(expected, activity.Samples.UnixSeconds[0]);
        Assert.Equal(UnixTime.ToDateTime(expected), activity.StartTime);
    }

    [Fact]
    public void A_numeric_zone_offset_of_the_first_point_is_kept_as_the_local_offset()
    {
        Assert.Equal(TimeSpan.FromHours(2), ReadActivity(V11(Track(null, Point(1, 1, "2024-05-01T08:00:00+02:00")))).UtcOffset);
        Assert.Null(ReadActivity(V11(Track(null, Point(1, 1, "2024-05-01T08:00:00Z")))).UtcOffset);
    }

    [Fact]
    public void Samples_carry_every_channel_of_the_point()
    {
        var ext = "<extensions><power>240</power><gpxtpx:TrackPointExtension><gpxtpx:atemp>27</gpxtpx:atemp><gpxtpx:hr>160</gpxtpx:hr><gpxtpx:cad>90</gpxtpx:cad><gpxtpx:speed>3.5</gpxtpx:speed></gpxtpx:TrackPointExtension></extensions>";
        var activity = ReadActivity(V11(Track("cycling", Point(45.1, 14.2, "2024-05-01T06:00:00Z", "<ele>312.4</ele>" + ext)), $"xmlns:gpxtpx=\"{TpxV2}\""));
        var s = activity.Samples;
        Assert.Equal(1, s.Count);
        Assert.Equal(45.1, s.Latitude[0]);
        Assert.Equal(14.2, s.Longitude[0]);
        Assert.Equal(312.4, s.AltitudeMeters[0]);
        Assert.Equal(160, s.HeartRateBpm[0]);
        Assert.Equal(90, s.Cadence[0]);
        Assert.Equal(27, s.TemperatureCelsius[0]);
        Assert.Equal(240, s.PowerWatts[0]);
        Assert.Equal(3.5, s.SpeedMetersPerSecond[0]);
        Assert.Equal(0, s.DistanceMeters[0]);
    }

    [Fact]
    public void Distance_is_the_cumulative_haversine_across_segments_and_tracks()
    {
        var xml = V11(
            "<trk><trkseg>" + Point(45.0, 14.0, null) + Point(45.001, 14.0, null) + "</trkseg><trkseg/><trkseg>" + Point(45.001, 14.002, null) + "</trkseg></trk>" +
            Track(null, Point(45.0, 14.002, null)));
        var d = ReadActivity(xml).Samples.DistanceMeters.ToArray();
        var leg1 = Haversine(45.0, 14.0, 45.001, 14.0);
        var leg2 = Haversine(45.001, 14.0, 45.001, 14.002);
        var leg3 = Haversine(45.001, 14.002, 45.0, 14.002);
        Assert.Equal(4, d.Length);
        Assert.Equal(0, d[0]);
        Assert.Equal(leg1, d[1], 6);
        Assert.Equal(leg1 + leg2, d[2], 6);
        Assert.Equal(leg1 + leg2 + leg3, d[3], 6);
        Assert.InRange(leg1, 111.1, 111.3); // a thousandth of a degree of latitude
    }

    [Fact]
    public void Points_without_time_are_samples_with_missing_time()
    {
        var activity = ReadActivity(V11(Track(null, Point(1, 1, null, "<ele>3</ele>"), Point(1, 1.001, "2024-05-01T06:00:05Z"), Point(1, 1.002, null))));
        var t = activity.Samples.UnixSeconds.ToArray();
        Assert.Equal(3, t.Length);
        Assert.True(double.IsNaN(t[0]));
        Assert.Equal(Unix(2024, 5, 1, 6, 0, 5), t[1]);
        Assert.True(double.IsNaN(t[2]));
        Assert.Equal(new DateTime(2024, 5, 1, 6, 0, 5, DateTimeKind.Utc), activity.StartTime);
        Assert.Equal(3, activity.Samples.AltitudeMeters[0]);
        Assert.True(double.IsNaN(activity.Samples.AltitudeMeters[1]));
    }

    [Fact]
    public void A_file_without_any_time_has_no_start()
    {
        var activity = ReadActivity(V10(Track(null, Point(1, 1, null), Point(2, 2, null))));
        Assert.Null(activity.StartTime);
        Assert.Equal(2, activity.Samples.Count);
    }

    [Fact]
    public void Route_points_are_counted_but_are_not_samples_and_waypoints_are_listed()
    {
        var xml = V11("""
            <wpt lat="45.5" lon="13.5"><time>2024-05-01T06:10:00Z</time><name>Cramp</name><desc>left calf</desc></wpt>
            <wpt lat="45.6" lon="13.6"><name>Water</name><cmt>fountain</cmt></wpt>
            <rte><rtept lat="1" lon="1"/><rtept lat="2" lon="2"/><rtept lat="3" lon="3"/></rte>
            """ + Track("running", Point(45.5, 13.5, "2024-05-01T06:00:00Z")));
        var activity = ReadActivity(xml);
        Assert.Equal(1, activity.Samples.Count);
        Assert.Equal(45.5, activity.Samples.Latitude[0]);
        var counts = activity.Source!.Counts;
        Assert.Equal(1, counts["track"]);
        Assert.Equal(1, counts["segment"]);
        Assert.Equal(1, counts["trackpoint"]);
        Assert.Equal(1, counts["route"]);
        Assert.Equal(3, counts["route_point"]);
        Assert.Equal(2, counts["waypoint"]);
        Assert.Equal(new Waypoint[]
        {
            new Waypoint(new DateTime(2024, 5, 1, 6, 10, 0, DateTimeKind.Utc), 45.5, 13.5, "Cramp", "left calf"),
            new Waypoint(null, 45.6, 13.6, "Water", "fountain"),
        }, activity.Waypoints.ToArray());
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("1.0")]
    public void Source_device_and_version_come_from_the_root(string version)
    {
        var xml = version == "1.1" ? V11(Track(null), creator: "Garmin Connect") : V10(Track(null), creator: "Garmin Connect");
        var activity = ReadActivity(xml, "morning.gpx");
        Assert.Equal("Garmin Connect", activity.Device.Name);
        Assert.Equal(version, activity.Source!.XmlVersion);
        Assert.Equal(ActivityFormat.Gpx, activity.Source.Format);
        Assert.Equal("morning.gpx", activity.Source.FileName);
        Assert.Equal(Encoding.UTF8.GetByteCount(xml), activity.Source.SizeBytes);
        Assert.Equal(0, activity.Source.Counts["trackpoint"]);
        Assert.Equal(1, activity.Source.Counts["segment"]);
    }

    [Fact]
    public void A_document_without_version_or_creator_reads_with_nulls()
    {
        var activity = ReadActivity("<gpx><wpt lat=\"1\" lon=\"2\"/></gpx>");
        Assert.Null(activity.Source!.XmlVersion);
        Assert.Null(activity.Device.Name);
        Assert.Single(activity.Waypoints);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Byte_order_marks_with_and_without_an_encoding_declaration_are_read(bool bom, bool declaration)
    {
        var body = "<gpx version=\"1.1\" creator=\"Šđčćž ™\" xmlns=\"http://www.topografix.com/GPX/1/1\"><wpt lat=\"0.1\" lon=\"0.2\"><name>bom ő 💧</name></wpt></gpx>";
        var text = (declaration ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" : "<?xml version=\"1.0\"?>\n") + body;
        var bytes = (bom ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var activity = ReadActivity(bytes);
        Assert.Equal("bom ő 💧", activity.Waypoints[0].Name);
        Assert.Equal("Šđčćž ™", activity.Device.Name);
    }

    [Fact]
    public void Utf16_documents_are_read()
    {
        var xml = V11(Track(null, Point(1, 2, "2024-05-01T06:00:00Z"))).Replace("UTF-8", "UTF-16");
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();
        Assert.Equal(1, ReadActivity(bytes).Samples.Count);
    }

    [Fact]
    public void Comments_cdata_and_whitespace_are_ignored()
    {
        var xml = V11("""
            <!-- exported -->
            <trk>
              <name><![CDATA[Run & fun]]></name>
              <trkseg>
                <trkpt lat="1" lon="2"><!-- acc:30 --><ele> 81.5 </ele><time>2024-05-01T06:00:00Z</time></trkpt><!-- spd:0.0 -->
              </trkseg>
            </trk>
            """);
        var activity = ReadActivity(xml);
        Assert.Equal(81.5, activity.Samples.AltitudeMeters[0]);
        Assert.Contains("track 0 Run & fun ", Tokens(xml));
    }

    [Fact]
    public void Reading_from_a_stream_that_cannot_seek_works()
    {
        var bytes = Encoding.UTF8.GetBytes(V11(Track(null, Point(1, 2, "2024-05-01T06:00:00Z"))));
        using var stream = new ForwardOnlyStream(bytes);
        var activity = CrampSignals.Formats.Gpx.GpxActivityReader.Read(stream, "pipe");
        Assert.Equal(1, activity.Samples.Count);
        Assert.Null(activity.Source!.SizeBytes);
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
