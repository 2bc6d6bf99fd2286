using System.Text;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Weather;

using CrampSignals.Text;
namespace CrampSignals.Simulation;

/// <summary>The files <see cref="SimulationWriter"/> wrote, by kind.</summary>
/// <param name="Fit">The FIT activity (cramps also as user-marker events).</param>
/// <param name="Gpx">The GPX track (cramps also as waypoints named "cramp: calf" and the like).</param>
/// <param name="Cramps">The cramp log CSV.</param>
/// <param name="Weather">The weather CSV.</param>
/// <param name="Truth">The ground-truth JSON.</param>
public sealed record SimulationFiles(string Fit, string Gpx, string Cramps, string Weather, string Truth)
{
    /// <summary>All five paths, in the order above.</summary>
    public IEnumerable<string> All => [Fit, Gpx, Cramps, Weather, Truth];
}

/// <summary>
/// Writes a <see cref="SimulatedRun"/> as the files a runner (and a test) would have: <c>NAME.fit</c>, <c>NAME.gpx</c>,
/// <c>NAME.cramps.csv</c>, <c>NAME.weather.csv</c> and <c>NAME.truth.json</c>, NAME being <c>scenario-seed</c> unless given.
/// </summary>
public static class SimulationWriter
{
    /// <summary>Writes the five files into <paramref name="directory"/> (created when missing) and returns their paths.</summary>
    public static SimulationFiles Write(SimulatedRun run, string directory, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        Directory.CreateDirectory(directory);
        name ??= $"{run.Scenario}-{run.Seed}";
        var files = new SimulationFiles(
            Path.Combine(directory, name + ".fit"), Path.Combine(directory, name + ".gpx"),
            Path.Combine(directory, name + ".cramps.csv"), Path.Combine(directory, name + ".weather.csv"),
            Path.Combine(directory, name + ".truth.json"));
        var activity = WithCrampMarkers(run);
        using (var s = File.Create(files.Fit)) FitActivityWriter.Write(activity, s);
        using (var s = File.Create(files.Gpx)) GpxActivityWriter.Write(activity, s);
        using (var w = new StreamWriter(files.Cramps, false, new UTF8Encoding(false))) CrampLogWriter.WriteCsv(run.Cramps, w, run.Activity.UtcOffset);
        using (var w = new StreamWriter(files.Weather, false, new UTF8Encoding(false))) WeatherCsvWriter.Write(run.Weather ?? Weather.WeatherSeries.Empty, w);
        using (var s = File.Create(files.Truth)) GroundTruthJson.Write(run, s);
        return files;
    }

    /// <summary>
    /// The run's activity with each cramp added the way a watch would hold it: a FIT user-marker event at its time and a
    /// waypoint named "cramp: MUSCLE" at the nearest recorded position, the note as the waypoint's description.
    /// </summary>
    public static Activity WithCrampMarkers(SimulatedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var a = run.Activity;
        var events = a.Events.ToList();
        var waypoints = a.Waypoints.ToList();
        foreach (var c in run.Cramps.Entries)
        {
            if (c.Time is not DateTime t) continue;
            events.Add(new ActivityEvent(t, ActivityEvent.UserMarkerEvent, 3, c.Severity));
            var (lat, lon) = NearestPosition(a.Samples, UnixTime.FromDateTime(t));
            var side = c.Side is null ? "" : $" ({c.Side})";
            waypoints.Add(new Waypoint(t, lat, lon, $"cramp: {c.Muscle.ToId()}{side}", c.Note));
        }
        return a with
        {
            Events = [.. events.OrderBy(e => e.Time)],
            Waypoints = [.. waypoints],
        };
    }

    private static (double Lat, double Lon) NearestPosition(SampleTable s, double unix)
    {
        var best = double.MaxValue;
        (double, double) found = (double.NaN, double.NaN);
        for (var i = 0; i < s.Count; i++)
        {
            if (double.IsNaN(s.Latitude[i]) || double.IsNaN(s.Longitude[i])) continue;
            var d = Math.Abs(s.UnixSeconds[i] - unix);
            if (d < best) { best = d; found = (s.Latitude[i], s.Longitude[i]); }
        }
        return found;
    }
}
