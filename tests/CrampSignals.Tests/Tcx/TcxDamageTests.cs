using CrampSignals.Activities;
using static CrampSignals.Tests.Tcx.TcxText;

namespace CrampSignals.Tests.Tcx;

public class TcxDamageTests
{
    private static string Run(int points) => Document(Activity("Running", "2020-06-01T14:00:00Z",
        Lap("2020-06-01T14:00:00Z", points, points * 3,
            Enumerable.Range(0, points).Select(i => "\n" + Trackpoint($"2020-06-01T14:00:{i:00}Z", 45 + i * 1e-4, 14, $"<DistanceMeters>{i * 3}</DistanceMeters>")).ToArray())));

    [Fact]
    public void A_truncated_file_keeps_the_trackpoints_and_the_open_lap_with_a_located_warning()
    {
        var xml = Run(20);
        var cut = xml[..xml.IndexOf("2020-06-01T14:00:12Z", StringComparison.Ordinal)];
        var activity = Read(cut, "cut.tcx");
        Assert.Equal(12, activity.Samples.Count);
        Assert.Equal(33, activity.Samples.DistanceMeters[11]);
        var lap = Assert.Single(activity.Laps);
        Assert.Equal(20, lap.TimerSeconds);
        Assert.Equal(11, lap.ElapsedSeconds);
        Assert.Single(activity.Sessions);
        var warning = Assert.Single(activity.Warnings);
        Assert.Equal(cut.Count(c => c == '\n') + 1, warning.Line);
        Assert.Contains("12 trackpoints", warning.Message);
    }

    [Fact]
    public void A_broken_file_before_any_trackpoint_is_an_error_with_its_location()
    {
        var xml = "<?xml version=\"1.0\"?>\n<TrainingCenterDatabase>\n  <Activities><Activity Sport=\"Running\" Sport=\"Biking\">";
        var e = Assert.Throws<InputFormatException>(() => Read(xml, "bad.tcx"));
        Assert.Equal("bad.tcx", e.FileName);
        Assert.Equal(3, e.Line);
        Assert.Equal(xml.Split('\n')[2].IndexOf("Sport=\"Biking\"", StringComparison.Ordinal) + 1, e.Position);
    }

    [Fact]
    public void A_dtd_is_refused()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TrainingCenterDatabase [<!ENTITY x \"y\">]>\n<TrainingCenterDatabase/>";
        var e = Assert.Throws<InputFormatException>(() => Read(xml));
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void A_gpx_root_is_refused()
    {
        var e = Assert.Throws<InputFormatException>(() => Read("<gpx version=\"1.1\"/>", "x.tcx"));
        Assert.Contains("TrainingCenterDatabase", e.Message);
    }

    [Fact]
    public void Bad_values_become_missing_with_warnings()
    {
        var xml = Document(Activity("Running", "2020-06-01T14:00:00Z",
            Lap("soon", 10, 30, Trackpoint("2020-06-01T14:00:00Z", 95, 14, "<HeartRateBpm><Value>fast</Value></HeartRateBpm>"))));
        var activity = Read(xml);
        Assert.Equal(1, activity.Samples.Count);
        Assert.True(double.IsNaN(activity.Samples.Latitude[0]));
        Assert.True(double.IsNaN(activity.Samples.HeartRateBpm[0]));
        // The lap has no readable start, so it starts at its first trackpoint.
        Assert.Equal(new DateTime(2020, 6, 1, 14, 0, 0, DateTimeKind.Utc), activity.Laps[0].Start);
        Assert.Equal(3, activity.Warnings.Length);
    }

    [Fact]
    public void A_file_without_activities_is_empty_not_an_error()
    {
        var activity = Read("<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Courses/></TrainingCenterDatabase>");
        Assert.Equal(0, activity.Samples.Count);
        Assert.Null(activity.StartTime);
        Assert.Equal(0, activity.Source!.Counts["activity"]);
    }
}
