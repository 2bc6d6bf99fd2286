using System.Text;
using System.Xml.Linq;
using CrampSignals.Activities;
using CrampSignals.Formats.Gpx;
using CrampSignals.Text;
using static CrampSignals.Tests.Gpx.GpxText;

namespace CrampSignals.Tests.Gpx;

public class GpxWriterTests
{
    private static readonly XNamespace G = Gpx11;
    private static readonly XNamespace T = TpxV2;

    /// <summary>A run whose values are awkward on purpose: odd step counts, fractional seconds, long decimals.</summary>
    private static Activity BuildRun(Sport sport = Sport.Running, int count = 120)
    {
        var b = new SampleTableBuilder();
        var t0 = Unix(2024, 7, 14, 5, 45, 0);
        for (var i = 0; i < count; i++)
        {
            // A sample every 1.25 s, so some times have fractions and some do not.
            b.AddRow(t0 + i * 1.25);
            b.Set(SampleChannel.Latitude, 46.0512345678 + i * 0.0000123456789);
            b.Set(SampleChannel.Longitude, 14.5067891234 - i * 0.0000098765432);
            b.Set(SampleChannel.Altitude, 295.123 + Math.Sin(i / 10.0) * 3.14159);
            b.Set(SampleChannel.HeartRate, 140 + i % 17);
            b.Set(SampleChannel.Cadence, 171 + i % 3);
            b.Set(SampleChannel.Temperature, 24.5 + i / 100.0);
            b.Set(SampleChannel.Speed, 3.1 + (i % 7) / 9.0);
            if (i % 4 != 0) b.Set(SampleChannel.Power, 250 + i);
        }
        return new Activity
        {
            Sport = sport,
            StartTime = UnixTime.ToDateTime(t0),
            Samples = b.Build(),
            Waypoints =
            [
                new Waypoint(UnixTime.ToDateTime(t0 + 61.5), 46.052, 14.506, "Cramp", "right calf, hill"),
                new Waypoint(null, 46.053, 14.507, "Fountain", null),
            ],
        };
    }

    private static byte[] Write(Activity activity)
    {
        using var output = new MemoryStream();
        GpxActivityWriter.Write(activity, output);
        return output.ToArray();
    }

    [Theory]
    [InlineData(Sport.Running)]
    [InlineData(Sport.Cycling)]
    [InlineData(Sport.Walking)]
    public void Reading_what_was_written_gives_the_activity_back(Sport sport)
    {
        var original = BuildRun(sport);
        var read = ReadActivity(Write(original));
        var a = original.Samples;
        var b = read.Samples;
        Assert.Equal(sport, read.Sport);
        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a.UnixSeconds[i], b.UnixSeconds[i]);
            Assert.Equal(a.Latitude[i], b.Latitude[i], 1e-7);
            Assert.Equal(a.Longitude[i], b.Longitude[i], 1e-7);
            Assert.Equal(a.AltitudeMeters[i], b.AltitudeMeters[i], 0.01);
            Assert.Equal(a.HeartRateBpm[i], b.HeartRateBpm[i]);
            Assert.Equal(a.Cadence[i], b.Cadence[i]);
            Assert.Equal(a.TemperatureCelsius[i], b.TemperatureCelsius[i]);
            Assert.Equal(a.SpeedMetersPerSecond[i], b.SpeedMetersPerSecond[i]);
            Assert.Equal(a.PowerWatts[i], b.PowerWatts[i]);
        }
        Assert.Equal(original.StartTime, read.StartTime);
        Assert.Equal(original.Waypoints.ToArray(), read.Waypoints.ToArray());
        Assert.Equal("CrampSignals", read.Device.Name);
        Assert.Equal("1.1", read.Source!.XmlVersion);
        Assert.Empty(read.Warnings);
    }

    [Fact]
    public void Odd_and_fractional_times_survive_to_the_tick()
    {
        var b = new SampleTableBuilder();
        double[] times = [Unix(2019, 9, 20, 14, 10, 3), Unix(2019, 9, 20, 14, 10, 3) + 0.994, Unix(2019, 9, 20, 14, 10, 4) + 1e-7, Unix(2019, 9, 20, 14, 10, 5) + 0.1 + 0.2];
        foreach (var t in times)
        {
            b.AddRow(t);
            b.Set(SampleChannel.Latitude, 50);
            b.Set(SampleChannel.Longitude, 6);
        }
        var read = ReadActivity(Write(new Activity { Samples = b.Build() }));
        Assert.Equal(times, read.Samples.UnixSeconds.ToArray());
    }

    [Fact]
    public void Document_has_the_gpx_1_1_shape_with_garmin_extension_and_bare_power()
    {
        var xml = Encoding.UTF8.GetString(Write(BuildRun(count: 2)));
        var doc = XDocument.Parse(xml);
        var root = doc.Root!;
        Assert.Equal(G + "gpx", root.Name);
        Assert.Equal("1.1", (string?)root.Attribute("version"));
        Assert.Equal("CrampSignals", (string?)root.Attribute("creator"));
        Assert.Equal("running", (string?)root.Element(G + "trk")!.Element(G + "type"));
        Assert.Equal(2, root.Elements(G + "wpt").Count());
        Assert.Equal("right calf, hill", (string?)root.Element(G + "wpt")!.Element(G + "desc"));

        var points = root.Descendants(G + "trkpt").ToList();
        var second = points[1];
        var tpx = second.Element(G + "extensions")!.Element(T + "TrackPointExtension")!;
        Assert.Equal(["atemp", "hr", "cad", "speed"], tpx.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("141", (string?)tpx.Element(T + "hr"));
        // 172 steps per minute are 86 strides of one leg.
        Assert.Equal("86", (string?)tpx.Element(T + "cad"));
        Assert.Equal("251", (string?)second.Element(G + "extensions")!.Element(G + "power"));
        Assert.Null(points[0].Element(G + "extensions")!.Element(G + "power"));
        // Whole seconds carry no fraction, others only the digits they need.
        Assert.Equal("2024-07-14T05:45:00Z", (string?)points[0].Element(G + "time"));
        Assert.Equal("2024-07-14T05:45:01.25Z", (string?)points[1].Element(G + "time"));
        Assert.DoesNotContain("E-", xml);
    }

    [Fact]
    public void Odd_step_counts_are_written_as_half_strides()
    {
        var xml = Encoding.UTF8.GetString(Write(BuildRun(count: 1)));
        Assert.Contains(">85.5</gpxtpx:cad>", xml);
    }

    [Fact]
    public void Cycling_cadence_is_written_as_is()
    {
        var xml = Encoding.UTF8.GetString(Write(BuildRun(Sport.Cycling, count: 1)));
        Assert.Contains(">171</gpxtpx:cad>", xml);
    }

    [Fact]
    public void Samples_without_position_keep_their_other_values()
    {
        var b = new SampleTableBuilder();
        b.AddRow(Unix(2024, 1, 1, 0, 0, 0));
        b.Set(SampleChannel.HeartRate, 99);
        b.AddRow(Unix(2024, 1, 1, 0, 0, 1));
        b.Set(SampleChannel.Latitude, 1);
        b.Set(SampleChannel.Longitude, 2);
        var read = ReadActivity(Write(new Activity { Samples = b.Build() }));
        Assert.Equal(2, read.Samples.Count);
        Assert.Equal(99, read.Samples.HeartRateBpm[0]);
        Assert.True(double.IsNaN(read.Samples.Latitude[0]));
        Assert.Equal(0, read.Samples.DistanceMeters[1]);
    }

    [Fact]
    public void An_empty_activity_is_a_valid_empty_document()
    {
        var read = ReadActivity(Write(new Activity()));
        Assert.Equal(0, read.Samples.Count);
        Assert.Equal(1, read.Source!.Counts["track"]);
        Assert.Equal(Sport.Generic, read.Sport);
    }
}
