using System.Globalization;
using System.IO.Compression;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Tests.Tcx;

namespace CrampSignals.Tests.History;

/// <summary>A small Strava bulk export written by hand for the history tests: a folder, and the same as a zip beside it.</summary>
internal sealed class TestExport : IDisposable
{
    private readonly StringBuilder _csv = new("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Elapsed Time,Moving Time,Distance,Workout Type\n");

    public TestExport()
    {
        Root = Path.Combine(Path.GetTempPath(), "cs-history-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "export");
        Directory.CreateDirectory(Path.Combine(Folder, "activities"));
    }

    public string Root { get; }

    public string Folder { get; }

    public string Zip => Path.Combine(Root, "export.zip");

    /// <summary>Adds an activity: its file as <paramref name="kind"/> (fit.gz, gpx, tcx.gz, or null for a manual entry) and its row.</summary>
    public TestExport Add(string id, string type, Activity? run, string? kind, string name = "Run", string description = "", string note = "", string workoutType = "")
    {
        string? file = null;
        if (run is not null && kind is not null)
        {
            file = $"activities/{id}.{kind}";
            var bytes = kind.StartsWith("fit", StringComparison.Ordinal) ? Fit(run) : kind.StartsWith("gpx", StringComparison.Ordinal) ? Gpx(run) : Tcx(run);
            if (kind.EndsWith(".gz", StringComparison.Ordinal)) bytes = Gzip(bytes);
            File.WriteAllBytes(Path.Combine(Folder, file), bytes);
        }
        var start = run?.Samples.Count > 0 ? Text.UnixTime.ToDateTime(run.Samples.FirstUnixSeconds) : new DateTime(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc);
        var date = start.ToString("MMM d, yyyy, h:mm:ss tt", CultureInfo.InvariantCulture);
        _csv.Append(CultureInfo.InvariantCulture, $"{id},\"{date}\",{Quote(name)},{type},{Quote(description)},3600,10.0,170,40,false,{Quote(note)},,{file},70,3600,3500,10000.0,{workoutType}\n");
        return this;
    }

    /// <summary>Writes activities.csv and zips the folder.</summary>
    public TestExport Done()
    {
        File.WriteAllText(Path.Combine(Folder, "activities.csv"), _csv.ToString(), new UTF8Encoding(false));
        File.Delete(Zip);
        ZipFile.CreateFromDirectory(Folder, Zip);
        return this;
    }

    public static byte[] Fit(Activity run) { var m = new MemoryStream(); FitActivityWriter.Write(run, m); return m.ToArray(); }

    public static byte[] Gpx(Activity run) { var m = new MemoryStream(); GpxActivityWriter.Write(run, m); return m.ToArray(); }

    /// <summary>A TCX of the run as Strava serves it: whitespace before the XML declaration.</summary>
    public static byte[] Tcx(Activity run)
    {
        var s = run.Samples;
        var points = new List<string>();
        for (var i = 0; i < s.Count; i += 5)
            points.Add(TcxText.Trackpoint(Text.IsoUtc.FormatWholeSeconds(s.TimeAt(i)!.Value), s.Latitude[i], s.Longitude[i],
                FormattableString.Invariant($"<DistanceMeters>{s.DistanceMeters[i]:0.0}</DistanceMeters>")));
        var start = Text.IsoUtc.FormatWholeSeconds(s.TimeAt(0)!.Value);
        var xml = TcxText.Document(TcxText.Activity("Running", start, TcxText.Lap(start, s.Count, s.DistanceMeters[s.Count - 1], [.. points])));
        return Encoding.UTF8.GetBytes("          \n" + xml);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        var m = new MemoryStream();
        using (var gz = new GZipStream(m, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return m.ToArray();
    }

    private static string Quote(string s) => s.Length == 0 ? "" : "\"" + s.Replace("\"", "\"\"") + "\"";

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
