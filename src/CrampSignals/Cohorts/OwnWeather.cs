using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Weather;

namespace CrampSignals.Cohorts;

/// <summary>A run's own weather (a side-car file), with the warnings it brings: its own, or why it could not be read.</summary>
/// <param name="Series">The weather; null when the file could not be read (the shared weather, if any, stands in).</param>
/// <param name="Warnings">The file's warnings, or the reason it was left out; the run is kept either way.</param>
internal sealed record OwnWeather(WeatherSeries? Series, ImmutableArray<string> Warnings)
{
    /// <summary>What <paramref name="reader"/> finds for <paramref name="path"/>; null when there is no such file.</summary>
    public static OwnWeather? Read(Func<string, WeatherSeries?>? reader, string path)
    {
        if (reader is null) return null;
        try
        {
            return reader(path) is WeatherSeries series ? new OwnWeather(series, [.. series.Warnings.Select(w => $"weather: {w}")]) : null;
        }
        catch (Exception e) when (InputFailures.IsExpected(e))
        {
            return new OwnWeather(null, [$"its weather file cannot be read, the run is kept without it: {e.Message}"]);
        }
    }
}
