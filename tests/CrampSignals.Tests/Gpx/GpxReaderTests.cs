using static CrampSignals.Tests.Gpx.GpxText;

namespace CrampSignals.Tests.Gpx;

public class GpxReaderTests
{
    [Fact]
    public void Tokens_follow_the_document_order_with_indices_and_names()
    {
        var xml = V11("""
            <metadata><name>Morning</name><time>2024-05-01T06:00:00Z</time></metadata>
            <wpt lat="1" lon="2"><name>Start</name></wpt>
            <rte><name>Plan</name><rtept lat="10" lon="0"/><rtept lat="11" lon="0"></rtept></rte>
            <trk><name>Run</name><type>running</type>
              <trkseg><trkpt lat="20" lon="0"/><trkpt lat="21" lon="0"/></trkseg>
              <trkseg><trkpt lat="22" lon="0"/></trkseg>
            </trk>
            <trk><name>Second</name><trkseg><trkpt lat="30" lon="0"/></trkseg></trk>
            <wpt lat="3" lon="4"><name>End</name></wpt>
            """);

        Assert.Equal(
        [
            "metadata 1.1 Test Watch",
            "wpt Start",
            "route 0 Plan", "rtept 0.0 10", "rtept 0.1 11",
            "track 0 Run running", "segment 0.0", "trkpt 0.0.0 20", "trkpt 0.0.1 21", "segment 0.1", "trkpt 0.1.0 22",
            "track 1 Second ", "segment 1.0", "trkpt 1.0.0 30",
            "wpt End",
        ], Tokens(xml));
    }

    [Fact]
    public void Empty_tracks_segments_and_routes_are_still_announced()
    {
        var xml = V11("<trk><name>A</name><trkseg/><trkseg></trkseg></trk><trk/><trk><name>C</name></trk><rte/><rte><name>R</name></rte>");
        Assert.Equal(
        [
            "metadata 1.1 Test Watch",
            "track 0 A ", "segment 0.0", "segment 0.1",
            "track 1  ", "track 2 C ",
            "route 0 ", "route 1 R",
        ], Tokens(xml));
    }

    [Fact]
    public void Root_attributes_and_metadata_are_exposed()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            V11("<metadata><name>Doc</name><time>2024-05-01T06:00:00.5Z</time></metadata><trk/>", creator: "Forerunner 965")));
        using var reader = new CrampSignals.Formats.Gpx.GpxReader(stream, "x.gpx");
        Assert.True(reader.Read());
        Assert.Equal(CrampSignals.Formats.Gpx.GpxTokenType.Metadata, reader.TokenType);
        Assert.Equal("1.1", reader.Version);
        Assert.Equal("Forerunner 965", reader.Creator);
        Assert.True(reader.Read());
        Assert.Equal("Doc", reader.MetadataName);
        Assert.Equal(new DateTime(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc).AddMilliseconds(500), reader.MetadataTime);
    }

    [Fact]
    public void Gpx_1_0_top_level_time_and_name_are_the_metadata()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(V10("<name>Old</name><time>2010-08-06T10:36:35Z</time><trk/>")));
        using var reader = new CrampSignals.Formats.Gpx.GpxReader(stream);
        while (reader.Read()) { }
        Assert.Equal("1.0", reader.Version);
        Assert.Equal("Old", reader.MetadataName);
        Assert.Equal(new DateTime(2010, 8, 6, 10, 36, 35, DateTimeKind.Utc), reader.MetadataTime);
        Assert.Equal(1, reader.TrackCount);
    }

    [Fact]
    public void Route_points_keep_their_values_and_counts()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(V11(
            "<rte><rtept lat=\"45.5\" lon=\"13.25\"><ele>12.5</ele><name>#001</name><desc>turn</desc></rtept></rte>")));
        using var reader = new CrampSignals.Formats.Gpx.GpxReader(stream);
        var seen = 0;
        while (reader.Read())
        {
            if (reader.TokenType != CrampSignals.Formats.Gpx.GpxTokenType.RoutePoint) continue;
            seen++;
            Assert.Equal(45.5, reader.Point.Latitude);
            Assert.Equal(13.25, reader.Point.Longitude);
            Assert.Equal(12.5, reader.Point.ElevationMeters);
            Assert.Equal("#001", reader.Point.Name);
            Assert.Equal("turn", reader.Point.Description);
            Assert.True(double.IsNaN(reader.Point.UnixSeconds));
            Assert.Null(reader.Point.Time);
        }
        Assert.Equal(1, seen);
        Assert.Equal(1, reader.RouteCount);
        Assert.Equal(1, reader.RoutePointCount);
        Assert.Equal(0, reader.TrackPointCount);
    }

    [Fact]
    public void Unknown_elements_and_nested_names_do_not_leak_into_points()
    {
        // A <name> or <ele> inside an unknown child must not be taken for the point's own.
        var xml = V11("""
            <trk><trkseg><trkpt lat="1" lon="2">
              <src><ele>999</ele><name>inner</name></src>
              <ele>5</ele>
              <extensions><other><deep>1</deep></other></extensions>
            </trkpt></trkseg></trk>
            """);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        using var reader = new CrampSignals.Formats.Gpx.GpxReader(stream);
        while (reader.Read() && reader.TokenType != CrampSignals.Formats.Gpx.GpxTokenType.TrackPoint) { }
        Assert.Equal(5, reader.Point.ElevationMeters);
        Assert.Null(reader.Point.Name);
        Assert.True(double.IsNaN(reader.Point.HeartRateBpm));
    }
}
