using System.Text;
using CrampSignals.Activities;
using static CrampSignals.Tests.Gpx.GpxText;

namespace CrampSignals.Tests.Gpx;

public class GpxDamageTests
{
    private static (int Line, int Position) LocationOf(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"marker {marker} not in the test document");
        var before = text[..index];
        var line = before.Count(c => c == '\n') + 1;
        var position = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, position);
    }

    [Fact]
    public void Damage_before_any_point_is_an_error_naming_file_line_and_position()
    {
        var xml = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\">\n<trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\"></trkpx>\n</trkseg></trk></gpx>";
        var e = Assert.Throws<InputFormatException>(() => ReadActivity(xml, "broken.gpx"));
        var (line, position) = LocationOf(xml, "trkpx");
        Assert.Equal("broken.gpx", e.FileName);
        Assert.Equal(line, e.Line);
        Assert.Equal(position, e.Position);
        Assert.Contains("broken.gpx", e.Message);
        Assert.Contains($"line {line}", e.Message);
        Assert.Null(e.ByteOffset);
    }

    [Fact]
    public void Damage_after_points_keeps_them_and_warns_with_the_location()
    {
        var good = string.Concat(Enumerable.Range(0, 3).Select(i => "\n" + Point(45 + i * 0.001, 14, $"2024-05-01T06:00:0{i}Z")));
        var xml = V11("<trk><trkseg>" + good + "\n<trkpt lat=\"46\" lon=\"14\"><ele>1</ele><ele2>x</ele></trkpt></trkseg></trk>");
        var activity = ReadActivity(xml);
        Assert.Equal(3, activity.Samples.Count);
        Assert.Equal(45.002, activity.Samples.Latitude[2]);
        var warning = Assert.Single(activity.Warnings);
        var (line, position) = LocationOf(xml, "ele></trkpt>");
        Assert.Equal(line, warning.Line);
        Assert.Equal(position, warning.Position);
        Assert.Contains("3 track points", warning.Message);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(40)]
    public void A_truncated_file_returns_the_complete_points_before_the_cut(int keepPercent)
    {
        var points = Enumerable.Range(0, 50).Select(i => Point(45 + i * 0.0001, 14, $"2024-05-01T06:00:{i:00}Z", "<ele>100</ele>")).ToArray();
        var xml = V11(Track("running", points));
        var cut = xml[..(xml.Length * keepPercent / 100)];
        var complete = points.Count(p => cut.Contains(p + "", StringComparison.Ordinal));
        Assert.True(complete > 0);
        var activity = ReadActivity(cut, "cut.gpx");
        Assert.Equal(complete, activity.Samples.Count);
        for (var i = 0; i < complete; i++) Assert.Equal(Unix(2024, 5, 1, 6, 0, i), activity.Samples.UnixSeconds[i]);
        var warning = Assert.Single(activity.Warnings);
        Assert.Equal(cut.Count(c => c == '\n') + 1, warning.Line);
        Assert.NotNull(warning.Position);
    }

    [Fact]
    public void A_file_cut_before_its_first_point_is_an_error()
    {
        var xml = V11(Track(null, Point(1, 2, "2024-05-01T06:00:00Z")));
        var cut = xml[..xml.IndexOf("<time>", StringComparison.Ordinal)];
        var e = Assert.Throws<InputFormatException>(() => ReadActivity(cut, "cut.gpx"));
        Assert.Equal(cut.Count(c => c == '\n') + 1, e.Line);
    }

    [Fact]
    public void A_dtd_is_refused_before_anything_is_expanded()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<gpx version=\"1.1\"><wpt lat=\"1\" lon=\"2\"><name>&b;</name></wpt></gpx>";
        var e = Assert.Throws<InputFormatException>(() => ReadActivity(xml, "dtd.gpx"));
        Assert.Equal(LocationOf(xml, "DOCTYPE"), (e.Line!.Value, e.Position!.Value));
        Assert.Contains("DTD", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_external_entity_is_never_fetched()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx SYSTEM \"file:///etc/passwd\">\n<gpx version=\"1.1\"></gpx>";
        Assert.Throws<InputFormatException>(() => ReadActivity(xml));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("<gpx version=\"1.1\">")]
    [InlineData("<TrainingCenterDatabase/>")]
    [InlineData("<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"")]
    public void Hopeless_input_is_an_activity_format_error_not_a_crash(string text)
    {
        var e = Assert.Throws<InputFormatException>(() => ReadActivity(text, "junk.gpx"));
        Assert.Equal("junk.gpx", e.FileName);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void Bad_numbers_and_times_become_missing_values_with_warnings()
    {
        var xml = V11(Track(null,
            Point(1, 2, "yesterday", "<ele>high</ele><extensions><hr>NaN</hr></extensions>"),
            "<trkpt lat=\"north\" lon=\"2\"><time>2024-05-01T06:00:00Z</time></trkpt>"));
        var activity = ReadActivity(xml);
        Assert.Equal(2, activity.Samples.Count);
        Assert.True(double.IsNaN(activity.Samples.UnixSeconds[0]));
        Assert.True(double.IsNaN(activity.Samples.AltitudeMeters[0]));
        Assert.True(double.IsNaN(activity.Samples.HeartRateBpm[0]));
        Assert.True(double.IsNaN(activity.Samples.Latitude[1]));
        Assert.True(double.IsNaN(activity.Samples.DistanceMeters[1]));
        Assert.Equal(4, activity.Warnings.Length);
        Assert.All(activity.Warnings, w => Assert.True(w.Line > 1));
        Assert.Contains(activity.Warnings, w => w.Message.Contains("\"yesterday\""));
        Assert.Contains(activity.Warnings, w => w.Message.Contains("\"north\""));
    }

    [Fact]
    public void Warnings_are_bounded_however_many_values_are_bad()
    {
        var points = Enumerable.Range(0, 500).Select(_ => Point(1, 2, "2024-05-01T06:00:00Z", "<ele>x</ele>")).ToArray();
        var activity = ReadActivity(V11(Track(null, points)));
        Assert.Equal(500, activity.Samples.Count);
        Assert.Equal(CrampSignals.Formats.WarningCollector.MaxListed + 1, activity.Warnings.Length);
        Assert.Contains("400 more", activity.Warnings[^1].Message);
    }

    [Fact]
    public void A_huge_text_value_is_read_past_without_being_kept()
    {
        var name = new string('x', 1_000_000);
        var activity = ReadActivity(V11($"<wpt lat=\"1\" lon=\"2\"><name>{name}</name><desc>after</desc></wpt>"));
        Assert.Equal(CrampSignals.Text.XmlTextBuffer.MaxTextChars, activity.Waypoints[0].Name!.Length);
        Assert.Equal("after", activity.Waypoints[0].Description);
    }

    [Fact]
    public void A_root_other_than_gpx_is_refused()
    {
        var e = Assert.Throws<InputFormatException>(() => ReadActivity("<kml><wpt lat=\"1\" lon=\"2\"/></kml>", "x.gpx"));
        Assert.Contains("kml", e.Message);
    }

    [Fact]
    public void Invalid_utf8_after_points_keeps_the_points()
    {
        var head = Encoding.UTF8.GetBytes(V11("<trk><trkseg>" + Point(1, 2, "2024-05-01T06:00:00Z") + "\n<trkpt lat=\"1\" lon=\"2\"><name>"));
        var bytes = head.Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("</name></trkpt></trkseg></trk></gpx>")).ToArray();
        var activity = ReadActivity(bytes);
        Assert.Equal(1, activity.Samples.Count);
        Assert.Single(activity.Warnings);
    }
}

public class GpxStructureWarningTests
{
    [Fact]
    public void A_track_point_outside_a_segment_is_reported_not_silently_dropped()
    {
        // The point is timed: a file without any time gets a warning of its own.
        var activity = ReadActivity(V11("<trk><trkpt lat=\"1\" lon=\"2\"/><trkseg>" + Point(3, 4, "2024-05-01T06:00:00Z") + "</trkseg></trk>"));
        Assert.Equal(1, activity.Samples.Count);
        Assert.Equal(3, activity.Samples.Latitude[0]);
        var warning = Assert.Single(activity.Warnings);
        Assert.Contains("trkseg", warning.Message);
        Assert.Equal(3, warning.Line);
    }
}
