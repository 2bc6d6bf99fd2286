using CrampSignals.Activities;
using static CrampSignals.Tests.Tcx.TcxText;

namespace CrampSignals.Tests.Tcx;

public class TcxActivityReaderTests
{
    private static double Unix(int h, int m, double s) =>
        (new DateTime(2020, 6, 1, h, m, 0, DateTimeKind.Utc) - DateTime.UnixEpoch).TotalSeconds + s;

    [Fact]
    public void Trackpoints_become_samples_with_every_channel()
    {
        var inner = "<AltitudeMeters>-20.2</AltitudeMeters><DistanceMeters>6.59</DistanceMeters><HeartRateBpm><Value>154</Value></HeartRateBpm>"
            + "<Cadence>90</Cadence><Extensions><ns3:TPX><ns3:Speed>6.438</ns3:Speed><ns3:Watts>162</ns3:Watts></ns3:TPX></Extensions>";
        var xml = Document(Activity("Biking", "2020-06-01T14:52:40.000Z",
            Lap("2020-06-01T14:52:40.000Z", 26, 142.35, Trackpoint("2020-06-01T14:52:40.000Z", 52.157, 4.491, inner))), $"xmlns:ns3=\"{Ax}\"");
        var activity = Read(xml);
        var s = activity.Samples;
        Assert.Equal(Sport.Cycling, activity.Sport);
        Assert.Equal(1, s.Count);
        Assert.Equal(Unix(14, 52, 40), s.UnixSeconds[0]);
        Assert.Equal(52.157, s.Latitude[0]);
        Assert.Equal(4.491, s.Longitude[0]);
        Assert.Equal(-20.2, s.AltitudeMeters[0]);
        Assert.Equal(6.59, s.DistanceMeters[0]);
        Assert.Equal(154, s.HeartRateBpm[0]);
        Assert.Equal(90, s.Cadence[0]);
        Assert.Equal(6.438, s.SpeedMetersPerSecond[0]);
        Assert.Equal(162, s.PowerWatts[0]);
        Assert.Equal("Forerunner 255", activity.Device.Name);
        Assert.Equal(new DateTime(2020, 6, 1, 14, 52, 40, DateTimeKind.Utc), activity.StartTime);
    }

    public static TheoryData<string, string> TpxVariants() => new()
    {
        { $"xmlns:ns3=\"{Ax}\"", "<ns3:TPX><ns3:RunCadence>87</ns3:RunCadence><ns3:Speed>3.2</ns3:Speed></ns3:TPX>" },
        { $"xmlns:ax=\"{Ax}\"", "<ax:TPX><ax:RunCadence>87</ax:RunCadence><ax:Speed>3.2</ax:Speed></ax:TPX>" },
        { "", $"<TPX xmlns=\"{Ax}\"><RunCadence>87</RunCadence><Speed>3.2</Speed></TPX>" },
        { "", "<TPX><RunCadence>87</RunCadence><Speed>3.2</Speed></TPX>" },
    };

    [Theory]
    [MemberData(nameof(TpxVariants))]
    public void Run_cadence_in_the_activity_extension_is_doubled_on_foot_under_any_prefix(string namespaces, string tpx)
    {
        var xml = Document(Activity("Running", "2020-06-01T14:00:00Z",
            Lap("2020-06-01T14:00:00Z", 10, 30, Trackpoint("2020-06-01T14:00:01Z", 1, 2, $"<Extensions>{tpx}</Extensions>"))), namespaces);
        var activity = Read(xml);
        Assert.Equal(Sport.Running, activity.Sport);
        Assert.Equal(174, activity.Samples.Cadence[0]);
        Assert.Equal(3.2, activity.Samples.SpeedMetersPerSecond[0]);
    }

    [Fact]
    public void Plain_cadence_in_a_run_counts_one_foot_as_polar_writes_it()
    {
        var xml = Document(Activity("Running", "2020-06-01T14:00:00Z",
            Lap("2020-06-01T14:00:00Z", 10, 30, Trackpoint("2020-06-01T14:00:01Z", 1, 2, "<Cadence>84</Cadence>"))));
        Assert.Equal(168, Read(xml).Samples.Cadence[0]);
    }

    [Fact]
    public void Laps_sessions_and_counts_are_read()
    {
        var xml = Document(Activity("Running", "2020-06-01T14:00:00Z",
            Lap("2020-06-01T14:00:00Z", 300, 1000.5, Trackpoint("2020-06-01T14:00:00Z", 1, 2), Trackpoint("2020-06-01T14:04:59Z", 1.001, 2)) +
            Lap("2020-06-01T14:05:00Z", 250, 900, Trackpoint("2020-06-01T14:05:00Z", 1.002, 2), Trackpoint("2020-06-01T14:09:10.5Z", 1.003, 2))));
        var activity = Read(xml);
        Assert.Equal(
            new[]
            {
                new Lap(new DateTime(2020, 6, 1, 14, 0, 0, DateTimeKind.Utc), 299, 300, 1000.5),
                new Lap(new DateTime(2020, 6, 1, 14, 5, 0, DateTimeKind.Utc), 250.5, 250, 900),
            }, activity.Laps.ToArray());
        var session = Assert.Single(activity.Sessions);
        Assert.Equal(Sport.Running, session.Sport);
        Assert.Equal(new DateTime(2020, 6, 1, 14, 0, 0, DateTimeKind.Utc), session.Start);
        Assert.Equal(550, session.TimerSeconds);
        Assert.Equal(1900.5, session.DistanceMeters);
        Assert.Equal(550.5, session.ElapsedSeconds);
        var counts = activity.Source!.Counts;
        Assert.Equal(1, counts["activity"]);
        Assert.Equal(2, counts["lap"]);
        Assert.Equal(4, counts["trackpoint"]);
        Assert.Equal(ActivityFormat.Tcx, activity.Source.Format);
    }

    [Fact]
    public void A_trackpoint_with_only_a_time_is_still_a_sample()
    {
        var xml = Document(Activity("Running", "2020-06-01T14:00:00Z",
            Lap("2020-06-01T14:00:00Z", 10, 30, Trackpoint("2020-06-01T14:00:00Z"), Trackpoint("2020-06-01T14:00:01Z", 1, 2, "<DistanceMeters>3</DistanceMeters>"))));
        var s = Read(xml).Samples;
        Assert.Equal(2, s.Count);
        Assert.Equal(Unix(14, 0, 0), s.UnixSeconds[0]);
        Assert.True(double.IsNaN(s.Latitude[0]));
        Assert.True(double.IsNaN(s.DistanceMeters[0]));
        Assert.Equal(3, s.DistanceMeters[1]);
    }

    [Fact]
    public void Distance_is_taken_from_the_file_and_not_recomputed()
    {
        // The positions are 111 m apart but the file says 5 m: the file wins.
        var xml = Document(Activity("Running", "2020-06-01T14:00:00Z",
            Lap("2020-06-01T14:00:00Z", 10, 5,
                Trackpoint("2020-06-01T14:00:00Z", 45, 14, "<DistanceMeters>0</DistanceMeters>"),
                Trackpoint("2020-06-01T14:00:01Z", 45.001, 14, "<DistanceMeters>5</DistanceMeters>"))));
        Assert.Equal([0.0, 5.0], Read(xml).Samples.DistanceMeters.ToArray());
    }

    [Fact]
    public void Distance_is_computed_from_positions_only_when_no_trackpoint_has_one()
    {
        var xml = Document(Activity("Running", "2020-06-01T14:00:00Z",
            Lap("2020-06-01T14:00:00Z", 10, 5, Trackpoint("2020-06-01T14:00:00Z", 45, 14), Trackpoint("2020-06-01T14:00:01Z", 45.001, 14))));
        var d = Read(xml).Samples.DistanceMeters.ToArray();
        Assert.Equal(0, d[0]);
        Assert.Equal(CrampSignals.Tests.Gpx.GpxText.Haversine(45, 14, 45.001, 14), d[1], 6);
    }

    [Fact]
    public void Several_activities_each_become_a_session_with_their_own_cadence_rule()
    {
        var tpx = $"<Extensions><TPX xmlns=\"{Ax}\"><RunCadence>80</RunCadence></TPX></Extensions>";
        var xml = Document(
            Activity("Biking", "2020-06-01T14:00:00Z", Lap("2020-06-01T14:00:00Z", 10, 30, Trackpoint("2020-06-01T14:00:00Z", 1, 2, "<Cadence>95</Cadence>"))) +
            Activity("Running", "2020-06-01T15:00:00Z", Lap("2020-06-01T15:00:00Z", 10, 30, Trackpoint("2020-06-01T15:00:00Z", 1, 2, tpx))));
        var activity = Read(xml);
        Assert.Equal(Sport.Cycling, activity.Sport);
        Assert.Equal([Sport.Cycling, Sport.Running], activity.Sessions.Select(s => s.Sport));
        Assert.Equal([95.0, 160.0], activity.Samples.Cadence.ToArray());
        Assert.Equal(2, activity.Source!.Counts["activity"]);
    }

    [Fact]
    public void Times_with_offsets_and_without_zone_are_utc()
    {
        var xml = Document(Activity("Running", "2020-06-01T16:00:00+02:00",
            Lap("2020-06-01T16:00:00+02:00", 10, 30, Trackpoint("2020-06-01T16:00:01.5+02:00"), Trackpoint("2020-06-01T14:00:03"))));
        var activity = Read(xml);
        Assert.Equal([Unix(14, 0, 1.5), Unix(14, 0, 3)], activity.Samples.UnixSeconds.ToArray());
        Assert.Equal(new DateTime(2020, 6, 1, 14, 0, 0, DateTimeKind.Utc), activity.Laps[0].Start);
    }

    [Fact]
    public void Names_outside_creator_are_not_the_device()
    {
        var xml = Document(Activity("Running", "2020-06-01T14:00:00Z",
            Lap("2020-06-01T14:00:00Z", 10, 30, Trackpoint("2020-06-01T14:00:00Z")) + "<Training><Plan><Name>Intervals</Name></Plan></Training>", creator: ""))
            .Replace("</TrainingCenterDatabase>", "<Author><Name>Some App</Name></Author></TrainingCenterDatabase>");
        Assert.Null(Read(xml).Device.Name);
    }

    [Fact]
    public void A_clock_jump_moves_the_laps_and_sessions_with_their_samples()
    {
        // Ten minutes, then the clock jumps 20 days ahead for ten more, every 10 s, distance 30 m a step.
        var t0 = new DateTime(2020, 6, 1, 10, 0, 0, DateTimeKind.Utc);
        string Point(int k) => Trackpoint(
            (t0.AddSeconds(10 * k) + (k > 60 ? TimeSpan.FromDays(20) : TimeSpan.Zero)).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            inner: System.FormattableString.Invariant($"<DistanceMeters>{30 * k}</DistanceMeters>"));
        var xml = Document(Activity("Running", "2020-06-01T10:00:00Z",
            Lap("2020-06-01T10:00:00Z", 1210, 3630, [.. Enumerable.Range(0, 122).Select(Point)])));
        var activity = Read(xml);
        Assert.Contains(activity.Warnings, w => w.Message.Contains("clock jumps forward", StringComparison.Ordinal));
        var span = activity.Duration!.Value.TotalSeconds;
        Assert.InRange(span, 1200, 1230);
        var session = Assert.Single(activity.Sessions);
        var lap = Assert.Single(activity.Laps);
        // The lap and the session start with the first sample on the closed clock, and last as long as the samples do.
        Assert.Equal(activity.StartTime, session.Start);
        Assert.Equal(activity.StartTime, lap.Start);
        Assert.Equal(span, session.ElapsedSeconds, 3);
        Assert.Equal(span, lap.ElapsedSeconds, 3);
        Assert.InRange(CrampSignals.Runs.ActivitySummarizer.Summarize(activity).Duration!.Value.TotalMinutes, 20, 20.6);
    }
}
