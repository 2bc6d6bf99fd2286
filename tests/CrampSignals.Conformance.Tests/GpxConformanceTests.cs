using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Formats.Gpx;
using CrampSignals.Text;
using static CrampSignals.Conformance.Tests.GpxTcxExpectations;

namespace CrampSignals.Conformance.Tests;

/// <summary>Every corpus GPX file against what gpxpy reads from it: structure through <see cref="GpxReader"/>, samples through <see cref="GpxActivityReader"/>.</summary>
// Reads every corpus GPX file in full, twice: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class GpxConformanceTests
{
    public static IEnumerable<object[]> GpxFiles() => Corpus.Files("gpx", "*.gpx");

    private sealed record Track(string? Name, string? Type, List<List<GpxPoint>> Segments);

    private sealed record Document(string? Version, string? Creator, List<Track> Tracks, List<(string? Name, int Points)> Routes, List<GpxPoint> Waypoints);

    [CorpusTheory]
    [MemberData(nameof(GpxFiles))]
    public void Gpx_reader_sees_the_structure_gpxpy_sees(string file)
    {
        var path = Corpus.PathOf("gpx", file);
        using var expected = Load(file + ".gpxpy.json");
        var root = expected.RootElement;
        var doc = Walk(path);

        Assert.Equal(TextOf(root, "version"), doc.Version);
        Assert.Equal(TextOf(root, "creator"), doc.Creator);

        var tracks = root.GetProperty("tracks");
        Assert.Equal(tracks.GetArrayLength(), doc.Tracks.Count);
        for (var t = 0; t < doc.Tracks.Count; t++)
        {
            var et = tracks[t];
            Assert.Equal(TextOf(et, "name"), doc.Tracks[t].Name);
            // gpxpy reads <trk><type> only in GPX 1.1 (the 1.0 schema has no such element); we read it in both.
            if (doc.Version != "1.0") Assert.Equal(TextOf(et, "type"), doc.Tracks[t].Type);
            var segments = et.GetProperty("segments");
            Assert.Equal(segments.GetArrayLength(), doc.Tracks[t].Segments.Count);
            for (var s = 0; s < segments.GetArrayLength(); s++)
            {
                var points = segments[s].GetProperty("points");
                var ours = doc.Tracks[t].Segments[s];
                Assert.Equal(points.GetArrayLength(), ours.Count);
                for (var p = 0; p < ours.Count; p++)
                    ComparePoint(points[p], ours[p], doc.Version, $"{file} track {t} segment {s} point {p}");
            }
        }

        var routes = root.GetProperty("routes");
        Assert.Equal(routes.GetArrayLength(), doc.Routes.Count);
        for (var r = 0; r < doc.Routes.Count; r++)
        {
            Assert.Equal(TextOf(routes[r], "name"), doc.Routes[r].Name);
            var points = routes[r].GetProperty("points");
            var count = points.ValueKind == JsonValueKind.Array ? points.GetArrayLength() : points.GetInt32();
            Assert.Equal(count, doc.Routes[r].Points);
        }

        var waypoints = root.GetProperty("waypoints");
        Assert.Equal(waypoints.GetArrayLength(), doc.Waypoints.Count);
        for (var w = 0; w < doc.Waypoints.Count; w++)
        {
            var ew = waypoints[w];
            var ours = doc.Waypoints[w];
            Assert.Equal(TextOf(ew, "name"), ours.Name);
            Degrees(Number(ew, "lat"), ours.Latitude, $"{file} waypoint {w} lat");
            Degrees(Number(ew, "lon"), ours.Longitude, $"{file} waypoint {w} lon");
            // The reference lists waypoint times as whole seconds (the fraction cut off).
            ExactTime(Number(ew, "t"), Math.Floor(ours.UnixSeconds), $"{file} waypoint {w} t");
        }
    }

    [CorpusTheory]
    [MemberData(nameof(GpxFiles))]
    public void Gpx_activity_samples_are_the_track_points_in_order(string file)
    {
        var path = Corpus.PathOf("gpx", file);
        using var expected = Load(file + ".gpxpy.json");
        var root = expected.RootElement;
        var points = root.GetProperty("tracks").EnumerateArray()
            .SelectMany(t => t.GetProperty("segments").EnumerateArray())
            .SelectMany(s => s.GetProperty("points").EnumerateArray())
            .ToList();

        var walked = Walk(path).Tracks.SelectMany(t => t.Segments).SelectMany(s => s).ToList();
        using var stream = File.OpenRead(path);
        var activity = GpxActivityReader.Read(stream, file);
        var samples = activity.Samples;
        Assert.Equal(ActivityFormat.Gpx, activity.Source!.Format);
        Assert.Equal(points.Count, activity.Source.Counts["trackpoint"]);
        Assert.Equal(root.GetProperty("waypoints").GetArrayLength(), activity.Waypoints.Length);
        Assert.Equal(TextOf(root, "creator"), activity.Device.Name);
        // A file of routes and no track reads its route points (the walk above compares the routes themselves).
        var routePoints = root.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("points"))
            .Sum(p => p.ValueKind == JsonValueKind.Array ? p.GetArrayLength() : p.GetInt32());
        Assert.Equal(points.Count > 0 ? points.Count : routePoints, samples.Count);
        // A point dated a day off the others (first_and_last_elevation.gpx opens with one) is a clock jump: the reader moves
        // the stretch before it to run on to the rest and says so, so its times differ from the file's there.
        var jumped = activity.Warnings.Any(w => w.Message.StartsWith("the clock jumps", StringComparison.Ordinal));
        // The other warning a sound file may carry: none of its points has a time.
        var timed = points.Any(e => !double.IsNaN(Number(e, "t")));
        var others = activity.Warnings.Where(w => !w.Message.StartsWith("the clock jumps", StringComparison.Ordinal)).ToList();
        if (timed || samples.Count == 0) Assert.Empty(others);
        else Assert.Contains("has a time", Assert.Single(others).Message, StringComparison.Ordinal);
        if (points.Count == 0) return;

        var cadenceFactor = activity.Sport.IsOnFoot() ? 2 : 1;
        var version = TextOf(root, "version");
        var firstTime = double.NaN;
        for (var i = 0; i < points.Count; i++)
        {
            var e = points[i];
            var at = $"{file} sample {i}";
            Degrees(Number(e, "lat"), samples.Latitude[i], at + " lat");
            Degrees(Number(e, "lon"), samples.Longitude[i], at + " lon");
            Relative(Number(e, "ele"), samples.AltitudeMeters[i], at + " ele");
            if (!jumped) ExactTime(Number(e, "t"), samples.UnixSeconds[i], at + " t");
            Relative(Number(e, "hr"), samples.HeartRateBpm[i], at + " hr");
            Relative(cadenceFactor * Number(e, "cad"), samples.Cadence[i], at + " cad");
            // The reference has no wtemp; the samples fall back to it when a point has no atemp.
            var airOrWater = Number(e, "atemp");
            if (double.IsNaN(airOrWater)) airOrWater = walked[i].WaterTemperatureCelsius;
            Relative(airOrWater, samples.TemperatureCelsius[i], at + " temperature");
            Relative(Number(e, "power"), samples.PowerWatts[i], at + " power");
            if (version is not null || e.TryGetProperty("speed", out _)) Relative(Number(e, "speed"), samples.SpeedMetersPerSecond[i], at + " speed");
            if (double.IsNaN(firstTime)) firstTime = Number(e, "t");
            Assert.False(double.IsNaN(samples.DistanceMeters[i]), at + " has no distance");
            if (i > 0) Assert.True(samples.DistanceMeters[i] >= samples.DistanceMeters[i - 1], at + " distance goes backwards");
        }
        if (double.IsNaN(firstTime)) Assert.Null(activity.StartTime);
        else if (!jumped) Assert.Equal(firstTime, UnixTime.FromDateTime(activity.StartTime!.Value));
    }

    private static void ComparePoint(JsonElement e, GpxPoint p, string? version, string at)
    {
        Degrees(Number(e, "lat"), p.Latitude, at + " lat");
        Degrees(Number(e, "lon"), p.Longitude, at + " lon");
        Relative(Number(e, "ele"), p.ElevationMeters, at + " ele");
        ExactTime(Number(e, "t"), p.UnixSeconds, at + " t");
        Relative(Number(e, "hr"), p.HeartRateBpm, at + " hr");
        Relative(Number(e, "cad"), p.Cadence, at + " cad");
        Relative(Number(e, "atemp"), p.AirTemperatureCelsius, at + " atemp");
        Relative(Number(e, "power"), p.PowerWatts, at + " power");
        // Without a version attribute gpxpy parses as GPX 1.1, where <speed> is not a track point child, so it drops it.
        if (version is not null || e.TryGetProperty("speed", out _)) Relative(Number(e, "speed"), p.SpeedMetersPerSecond, at + " speed");
    }

    private static Document Walk(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new GpxReader(stream, Path.GetFileName(path));
        var doc = new Document(null, null, [], [], []);
        string? version = null, creator = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case GpxTokenType.Metadata:
                    version = reader.Version;
                    creator = reader.Creator;
                    break;
                case GpxTokenType.TrackStart:
                    doc.Tracks.Add(new Track(reader.TrackName, reader.TrackType, []));
                    break;
                case GpxTokenType.SegmentStart:
                    doc.Tracks[^1].Segments.Add([]);
                    break;
                case GpxTokenType.TrackPoint:
                    doc.Tracks[^1].Segments[^1].Add(reader.Point);
                    break;
                case GpxTokenType.RouteStart:
                    doc.Routes.Add((reader.RouteName, 0));
                    break;
                case GpxTokenType.RoutePoint:
                    doc.Routes[^1] = (doc.Routes[^1].Name, doc.Routes[^1].Points + 1);
                    break;
                case GpxTokenType.Waypoint:
                    doc.Waypoints.Add(reader.Point);
                    break;
            }
        }
        Assert.Equal(GpxTokenType.End, reader.TokenType);
        return doc with { Version = version, Creator = creator };
    }
}
