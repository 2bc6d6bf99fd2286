using CrampSignals.Activities;
using CrampSignals.Formats.Tcx;
using CrampSignals.Text;
using static CrampSignals.Conformance.Tests.GpxTcxExpectations;

namespace CrampSignals.Conformance.Tests;

/// <summary>Every corpus TCX file against a plain XML read of it: sessions, laps and every trackpoint in order.</summary>
public class TcxConformanceTests
{
    public static IEnumerable<object[]> TcxFiles() => Corpus.Files("tcx", "*.tcx");

    [CorpusTheory]
    [MemberData(nameof(TcxFiles))]
    public void Tcx_activity_matches_the_reference_read(string file)
    {
        var path = Corpus.PathOf("tcx", file);
        using var expected = Load(file + ".tcx.json");
        var activities = expected.RootElement.GetProperty("activities").EnumerateArray().ToList();

        using var stream = File.OpenRead(path);
        var activity = TcxActivityReader.Read(stream, file);
        Assert.Empty(activity.Warnings);
        Assert.Equal(ActivityFormat.Tcx, activity.Source!.Format);
        Assert.Equal(activities.Count, activity.Source.Counts["activity"]);
        Assert.Equal(activities.Count, activity.Sessions.Length);
        if (activities.Count > 0) Assert.Equal(SportExtensions.ParseName(TextOf(activities[0], "sport")), activity.Sport);

        var laps = new List<System.Text.Json.JsonElement>();
        var points = new List<(System.Text.Json.JsonElement Point, Sport Sport)>();
        for (var a = 0; a < activities.Count; a++)
        {
            var sport = SportExtensions.ParseName(TextOf(activities[a], "sport"));
            Assert.Equal(sport, activity.Sessions[a].Sport);
            foreach (var lap in activities[a].GetProperty("laps").EnumerateArray())
            {
                laps.Add(lap);
                points.AddRange(lap.GetProperty("points").EnumerateArray().Select(p => (p, sport)));
            }
        }

        Assert.Equal(laps.Count, activity.Laps.Length);
        for (var l = 0; l < laps.Count; l++)
        {
            ExactTime(Number(laps[l], "start"), UnixTime.FromDateTime(activity.Laps[l].Start), $"{file} lap {l} start");
            Relative(Number(laps[l], "TotalTimeSeconds"), activity.Laps[l].TimerSeconds, $"{file} lap {l} TotalTimeSeconds");
            Relative(Number(laps[l], "DistanceMeters"), activity.Laps[l].DistanceMeters, $"{file} lap {l} DistanceMeters");
        }

        var s = activity.Samples;
        Assert.Equal(points.Count, s.Count);
        Assert.Equal(points.Count, activity.Source.Counts["trackpoint"]);
        for (var i = 0; i < points.Count; i++)
        {
            var (e, sport) = points[i];
            var at = $"{file} trackpoint {i}";
            ExactTime(Number(e, "t"), s.UnixSeconds[i], at + " t");
            Degrees(Number(e, "lat"), s.Latitude[i], at + " lat");
            Degrees(Number(e, "lon"), s.Longitude[i], at + " lon");
            Relative(Number(e, "ele"), s.AltitudeMeters[i], at + " ele");
            Relative(Number(e, "dist"), s.DistanceMeters[i], at + " dist");
            Relative(Number(e, "hr"), s.HeartRateBpm[i], at + " hr");
            Relative(Number(e, "speed"), s.SpeedMetersPerSecond[i], at + " speed");
            Relative(Number(e, "power"), s.PowerWatts[i], at + " power");
            // On foot both RunCadence and a plain Cadence (Polar's) count one foot and are doubled; no file here is in
            // steps already (CadenceAgreementTests covers the exports' agreement).
            var runCadence = Number(e, "runcad");
            var plainCadence = Number(e, "cad");
            var expectedCadence = sport.IsOnFoot() ? 2 * (double.IsNaN(runCadence) ? plainCadence : runCadence)
                : !double.IsNaN(plainCadence) ? plainCadence : runCadence;
            Relative(expectedCadence, s.Cadence[i], at + " cadence");
        }
    }
}
