using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Runs;

/// <summary>
/// Finds the files saved next to a run: "run.fit" with "run.cramps.csv" (or .json) and "run.weather.csv", as the
/// simulator and most logging habits leave them.
/// </summary>
public static class SideCarFiles
{
    /// <summary>Name endings of a cramp log next to a run.</summary>
    public static IReadOnlyList<string> CrampLogSuffixes { get; } = [".cramps.csv", ".cramps.json"];

    /// <summary>Name ending of a weather file next to a run.</summary>
    public const string WeatherSuffix = ".weather.csv";

    /// <summary>The run's file name without its folder and its activity extensions ("run" for "data/run.fit.gz").</summary>
    public static string Stem(string activityPath)
    {
        var name = Path.GetFileName(activityPath);
        foreach (var ext in new[] { ".gz", ".fit", ".gpx", ".tcx" })
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) name = name[..^ext.Length];
        return name;
    }

    /// <summary>The path of the cramp log next to <paramref name="activityPath"/>, or null.</summary>
    public static string? CrampLogPath(string activityPath) => Find(activityPath, CrampLogSuffixes);

    /// <summary>The path of the weather file next to <paramref name="activityPath"/>, or null.</summary>
    public static string? WeatherPath(string activityPath) => Find(activityPath, [WeatherSuffix]);

    /// <summary>The cramp log next to <paramref name="activityPath"/>, read; null when there is none.</summary>
    public static CrampLog? CrampLogFor(string activityPath) => CrampLogPath(activityPath) is string p ? CrampLogReader.Load(p) : null;

    /// <summary>The weather next to <paramref name="activityPath"/>, read; null when there is none.</summary>
    public static WeatherSeries? WeatherFor(string activityPath) => WeatherPath(activityPath) is string p ? WeatherSeries.Load(p) : null;

    private static string? Find(string activityPath, IEnumerable<string> suffixes)
    {
        var dir = Path.GetDirectoryName(activityPath);
        var stem = Stem(activityPath);
        foreach (var suffix in suffixes)
        {
            var candidate = string.IsNullOrEmpty(dir) ? stem + suffix : Path.Combine(dir, stem + suffix);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
