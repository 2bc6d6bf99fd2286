using CrampSignals.Cramps;

namespace CrampSignals.Cli.Commands;

/// <summary>Finds and opens cramp logs for <c>analyze</c>: the one named on the command line and side-car logs next to runs.</summary>
internal static class CrampLogFile
{
    /// <summary>Name endings of a side-car log next to "run.fit": "run.cramps.csv", "run.cramps.json".</summary>
    public static readonly string[] SideCarSuffixes = [".cramps.csv", ".cramps.json"];

    /// <summary>Reads the log at <paramref name="path"/> (CSV or JSON).</summary>
    public static CrampLog Load(string path) => CrampLogReader.Load(path);

    /// <summary>The side-car log of <paramref name="activityPath"/>, or null.</summary>
    public static string? FindSideCar(string activityPath)
    {
        var dir = Path.GetDirectoryName(activityPath) ?? ".";
        var name = Path.GetFileName(activityPath);
        foreach (var ext in new[] { ".gz", ".fit", ".gpx", ".tcx" })
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) name = name[..^ext.Length];
        foreach (var suffix in SideCarSuffixes)
        {
            var candidate = Path.Combine(dir, name + suffix);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
