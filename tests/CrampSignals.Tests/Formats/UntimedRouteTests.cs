using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Runs;
using CrampSignals.Tests.Gpx;
using CrampSignals.Tests.Tcx;

namespace CrampSignals.Tests.Formats;

/// <summary>Routes and courses without times: their distance, and an honest "no times".</summary>
public class UntimedRouteTests
{
    private static readonly (double Lat, double Lon)[] Route = [(46.0, 14.0), (46.003, 14.001), (46.004, 14.006), (46.0, 14.01), (45.998, 14.004)];

    private static double Expected()
    {
        var d = 0.0;
        for (var i = 1; i < Route.Length; i++) d += GpxText.Haversine(Route[i - 1].Lat, Route[i - 1].Lon, Route[i].Lat, Route[i].Lon);
        return d;
    }

    private static string Rtept((double Lat, double Lon) p) => FormattableString.Invariant($"<rtept lat=\"{p.Lat}\" lon=\"{p.Lon}\"><ele>300</ele></rtept>");

    [Fact]
    public void A_gpx_route_gives_its_distance_and_no_duration()
    {
        var activity = GpxText.ReadActivity(GpxText.V11("<rte><name>loop</name>" + string.Concat(Route.Select(Rtept)) + "</rte>"));
        Assert.Equal(Route.Length, activity.Samples.Count);
        Assert.Null(activity.Duration);
        Assert.Contains(activity.Warnings, w => w.Message.Contains("has a time", StringComparison.Ordinal));
        var summary = ActivitySummarizer.Summarize(activity);
        Assert.Equal(Expected(), summary.DistanceMeters!.Value, 3);
        Assert.Null(summary.Duration);
        Assert.Null(summary.MovingTime);
    }

    [Fact]
    public void A_gpx_track_without_times_gives_its_distance()
    {
        var activity = GpxText.ReadActivity(GpxText.V11(GpxText.Track(null, Route.Select(p => GpxText.Point(p.Lat, p.Lon, null)).ToArray())));
        Assert.Equal(Expected(), ActivitySummarizer.Summarize(activity).DistanceMeters!.Value, 3);
        Assert.Contains(activity.Warnings, w => w.Message.Contains("has a time", StringComparison.Ordinal));
    }

    [Fact]
    public void Route_points_are_not_samples_when_the_file_has_a_track()
    {
        var xml = GpxText.V11("<rte>" + string.Concat(Route.Select(Rtept)) + "</rte>" + GpxText.Track("running", GpxText.Point(46, 14, "2024-05-01T06:00:00Z"), GpxText.Point(46.001, 14, "2024-05-01T06:00:05Z")));
        var activity = GpxText.ReadActivity(xml);
        Assert.Equal(2, activity.Samples.Count);
        Assert.DoesNotContain(activity.Warnings, w => w.Message.Contains("has a time", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tcx_course_without_times_gives_its_distance_and_no_duration()
    {
        var points = string.Concat(Route.Select(p => TcxText.Trackpoint(null, p.Lat, p.Lon, "<AltitudeMeters>300</AltitudeMeters>")));
        var xml = $"<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"{TcxText.Tcd}\"><Courses><Course><Name>loop</Name>" +
            "<Lap><TotalTimeSeconds>0</TotalTimeSeconds><DistanceMeters>0</DistanceMeters></Lap>" +
            $"<Track>{points}</Track></Course></Courses></TrainingCenterDatabase>";
        var activity = TcxText.Read(xml);
        Assert.Equal(Route.Length, activity.Samples.Count);
        Assert.Equal(1, activity.Source!.Counts["course"]);
        Assert.Null(activity.Duration);
        Assert.Contains(activity.Warnings, w => w.Message.Contains("course trackpoints", StringComparison.Ordinal));
        Assert.Equal(Expected(), ActivitySummarizer.Summarize(activity).DistanceMeters!.Value, 3);
    }

    [Fact]
    public void A_timed_tcx_course_is_read_without_the_warning()
    {
        var points = string.Concat(Route.Select((p, i) => TcxText.Trackpoint(new DateTime(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc).AddSeconds(60 * i).ToString("o", CultureInfo.InvariantCulture), p.Lat, p.Lon)));
        var xml = $"<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"{TcxText.Tcd}\"><Courses><Course><Track>{points}</Track></Course></Courses></TrainingCenterDatabase>";
        var activity = TcxText.Read(xml);
        Assert.Equal(TimeSpan.FromMinutes(4), activity.Duration);
        Assert.DoesNotContain(activity.Warnings, w => w.Message.Contains("has a time", StringComparison.Ordinal));
    }
}
