using System.CommandLine;

namespace CrampSignals.Cli.Commands;

/// <summary>Options and arguments several commands share.</summary>
internal static class CommonOptions
{
    public static Argument<string> FileArgument(string description = "A FIT, GPX or TCX file (optionally .gz).") =>
        new("file") { Description = description };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", allowed)}.",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>The units a report's text speaks in, as analyze and signals both take them.</summary>
    public static Option<string> Units()
    {
        var units = new Option<string>("--units", "-u")
        {
            Description = "Units the report speaks in: metric (km, min/km, °C, ml first) or imperial (mi, min/mi, °F, oz first). JSON values stay SI.",
            DefaultValueFactory = _ => "metric",
        };
        units.AcceptOnlyFromAmong("metric", "imperial");
        return units;
    }

    /// <summary>The unit system <see cref="Units"/> named.</summary>
    public static CrampSignals.Advice.UnitSystem ParseUnits(string? text) =>
        text == "imperial" ? CrampSignals.Advice.UnitSystem.Imperial : CrampSignals.Advice.UnitSystem.Metric;

    public static Option<bool> FollowLinks() => new("--follow-links")
    {
        Description = "Go into folders reached through symbolic links (each folder once, so a link loop cannot run for ever). Off by default: such links are counted in a warning.",
    };
    /// <summary><c>--include walk,hike</c>: sports analysed as runs besides running.</summary>
    public static Option<string?> Include() => new("--include")
    {
        Description = "Also analyse these sports as runs, comma-separated: walk, hike. Running (trail, track, treadmill, virtual) always is; swims, rides and other sports get their summary only.",
    };

    /// <summary>The sports of an <c>--include</c> value; a name it does not know is a usage error.</summary>
    public static IReadOnlySet<CrampSignals.Activities.Sport> ParseInclude(string? text)
    {
        var sports = new HashSet<CrampSignals.Activities.Sport>();
        if (string.IsNullOrWhiteSpace(text)) return sports;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            sports.Add(part.ToLowerInvariant() switch
            {
                "walk" or "walking" => CrampSignals.Activities.Sport.Walking,
                "hike" or "hiking" => CrampSignals.Activities.Sport.Hiking,
                _ => throw new UsageException($"--include {part}: give walk, hike or both (walk,hike)"),
            });
        return sports;
    }

    /// <summary>The cramp log at <paramref name="path"/> (<c>--cramps</c>).</summary>
    public static CrampSignals.Cramps.CrampLog LoadCramps(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        return CrampSignals.Cramps.CrampLog.Load(path);
    }

    /// <summary>The weather file at <paramref name="path"/> (<c>--weather</c>), its warnings on standard error.</summary>
    public static CrampSignals.Weather.WeatherSeries LoadWeather(string path, CliContext context)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        var weather = CrampSignals.Weather.WeatherSeries.Load(path);
        foreach (var w in weather.Warnings) context.Error.WriteLine($"warning: {LogText.Escape($"{path}: {w}")}");
        return weather;
    }
}
