using System.Globalization;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Reports;
using CrampSignals.Signals.Track;
using CrampSignals.Tests.Gpx;
using CrampSignals.Tests.Tcx;

namespace CrampSignals.Tests.Formats;

/// <summary>One cadence convention in every format: steps per minute on foot, whatever the file counted; rpm on a bike.</summary>
public class CadenceConventionTests
{
    private const int Points = 300;

    private static string Time(int i) => new DateTime(2020, 6, 1, 14, 0, 0, DateTimeKind.Utc).AddSeconds(i).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    // A run of Points trackpoints at 3 m/s whose cadence element is made by inner(i).
    private static string Tcx(string sport, Func<int, string> inner)
    {
        var points = Enumerable.Range(0, Points).Select(i =>
            TcxText.Trackpoint(Time(i), 45 + i * 3 / 111_195.0, 14, FormattableString.Invariant($"<DistanceMeters>{3 * i}</DistanceMeters>") + inner(i))).ToArray();
        return TcxText.Document(TcxText.Activity(sport, Time(0), TcxText.Lap(Time(0), Points, 3 * Points, points)), $"xmlns:ns3=\"{TcxText.Ax}\"");
    }

    private static string RunCadence(double c) => FormattableString.Invariant($"<Extensions><ns3:TPX><ns3:RunCadence>{c}</ns3:RunCadence></ns3:TPX></Extensions>");

    private static string Gpx(string type, Func<int, double> cad) => GpxText.V11(GpxText.Track(type, Enumerable.Range(0, Points).Select(i =>
        GpxText.Point(45 + i * 3 / 111_195.0, 14, Time(i), FormattableString.Invariant($"<extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>{cad(i)}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>"))).ToArray()),
        $"xmlns:gpxtpx=\"{GpxText.TpxV1}\"");

    private static double Median(Activity a) => Rolling.MedianOf(a.Samples.Cadence.ToArray().Where(double.IsFinite).ToArray());

    [Fact]
    public void A_polar_run_with_plain_cadence_is_in_steps_per_minute()
    {
        // Polar writes one foot's count in the plain <Cadence> of a Running activity.
        var activity = TcxText.Read(Tcx("Running", i => FormattableString.Invariant($"<Cadence>{80 + i % 3}</Cadence>")));
        Assert.Equal(162, Median(activity));
        Assert.DoesNotContain(activity.Warnings, w => w.Message.Contains("steps per minute", StringComparison.Ordinal));
    }

    [Fact]
    public void A_treadmill_run_already_in_steps_is_not_doubled_again()
    {
        var activity = TcxText.Read(Tcx("Running", i => RunCadence(134 + i % 3)));
        Assert.Equal(135, Median(activity));
        Assert.Contains(activity.Warnings, w => w.Message.Contains("already in steps per minute", StringComparison.Ordinal));
    }

    [Fact]
    public void Garmin_run_cadence_per_foot_is_doubled_and_a_ride_keeps_its_rpm()
    {
        Assert.Equal(172, Median(TcxText.Read(Tcx("Running", i => RunCadence(85 + i % 3)))));
        Assert.Equal(92, Median(TcxText.Read(Tcx("Biking", i => FormattableString.Invariant($"<Cadence>{91 + i % 3}</Cadence>")))));
        Assert.Equal(172, Median(GpxText.ReadActivity(Gpx("running", i => 85 + i % 3))));
        Assert.Equal(92, Median(GpxText.ReadActivity(Gpx("cycling", i => 91 + i % 3))));
    }

    [Fact]
    public void A_gpx_run_whose_cad_is_steps_already_is_kept()
    {
        var activity = GpxText.ReadActivity(Gpx("running", i => 168 + i % 5));
        Assert.Equal(170, Median(activity));
        Assert.Contains(activity.Warnings, w => w.Message.Contains("already in steps per minute", StringComparison.Ordinal));
    }

    [Fact]
    public void A_walk_in_strides_is_doubled_and_one_in_steps_above_the_threshold_is_kept()
    {
        Assert.Equal(112, Median(GpxText.ReadActivity(Gpx("walking", i => 55 + i % 3))));
        Assert.Equal(126, Median(GpxText.ReadActivity(Gpx("hiking", i => 125 + i % 3))));
    }

    [Fact]
    public void Walking_breaks_do_not_make_a_stepped_run_look_per_foot()
    {
        // A third of the time walking at 110 steps, the rest running at 165: the median is the running cadence.
        var activity = GpxText.ReadActivity(Gpx("running", i => i % 3 == 0 ? 110 : 165));
        Assert.Equal(165, Median(activity));
    }

    [Fact]
    public void Fit_per_foot_and_fit_in_steps_both_read_as_steps()
    {
        static Activity RoundTrip(double stepsInMemory)
        {
            var b = new SampleTableBuilder();
            for (var i = 0; i < Points; i++)
            {
                b.AddRow(1_700_000_000 + i);
                b.Set(SampleChannel.Speed, 3);
                b.Set(SampleChannel.Cadence, stepsInMemory);
            }
            var bytes = FitActivityWriter.ToBytes(new Activity { Sport = Sport.Running, Samples = b.Build() });
            return CrampSignals.Formats.ActivityFile.Load(new MemoryStream(bytes), "run.fit");
        }
        // The writer halves on-foot cadence, as FIT wants: 172 is written as 86 strides and read back as 172 steps.
        Assert.Equal(172, Median(RoundTrip(172)));
        // A device that wrote steps (172) in the strides field: written here by halving 344.
        var stepped = RoundTrip(344);
        Assert.Equal(172, Median(stepped));
        Assert.Contains(stepped.Warnings, w => w.Message.Contains("already in steps per minute", StringComparison.Ordinal));
    }

    [Fact]
    public void The_track_does_not_double_a_file_s_cadence_again()
    {
        // A slow run, mostly walking pace: 56 per foot, 112 steps. The reader doubles it once; the track keeps it.
        var points = Enumerable.Range(0, Points).Select(i => TcxText.Trackpoint(Time(i), 45 + i * 2.5 / 111_195.0, 14,
            FormattableString.Invariant($"<DistanceMeters>{2.5 * i}</DistanceMeters>") + RunCadence(56))).ToArray();
        var xml = TcxText.Document(TcxText.Activity("Running", Time(0), TcxText.Lap(Time(0), Points, 2.5 * Points, points)), $"xmlns:ns3=\"{TcxText.Ax}\"");
        var activity = CrampSignals.Formats.ActivityFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "slow.tcx");
        var track = SignalTrackBuilder.Build(activity);
        Assert.False(track.CadenceWasDoubled);
        Assert.InRange(track.CadenceStepsPerMinute[150], 110, 114);
    }

    [Fact]
    public void Rides_are_labelled_rpm_and_runs_spm()
    {
        Assert.Equal("rpm", CadenceUnit.Short(Sport.Cycling));
        Assert.Equal("spm", CadenceUnit.Short(Sport.Running));
        Assert.Equal("steps/min", CadenceUnit.Long(Sport.Hiking));
        Assert.Equal("per min", CadenceUnit.Short(Sport.Generic));
    }
}
