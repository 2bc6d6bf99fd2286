using CrampSignals.Cramps;
using CrampSignals.Weather;

namespace CrampSignals.Analysis;

/// <summary>How a folder of runs is analysed.</summary>
public sealed record CohortOptions
{
    /// <summary>The defaults.</summary>
    public static CohortOptions Default { get; } = new();

    /// <summary>Keep each run's samples in its report (for charts); off by default so a year of runs fits in memory.</summary>
    public bool KeepSamples { get; init; }

    /// <summary>Finds the cramp log that belongs to one file (e.g. a side-car file next to it); its entries join the shared log's for that run.</summary>
    public Func<string, CrampLog?>? CrampLogFor { get; init; }

    /// <summary>
    /// Finds the weather that belongs to one file (e.g. a side-car file next to it, <see cref="SideCarFiles.WeatherFor"/>); when it gives
    /// one, that run uses it instead of <see cref="AnalysisOptions.Weather"/>.
    /// </summary>
    public Func<string, WeatherSeries?>? WeatherFor { get; init; }

    /// <summary>How many files to analyse at once; 0 for one per processor.</summary>
    public int MaxParallelism { get; init; }
}

/// <summary>Progress of a folder analysis.</summary>
/// <param name="Done">Files finished, read or not.</param>
/// <param name="Total">Files in all.</param>
/// <param name="Path">The file just finished.</param>
public readonly record struct AnalysisProgress(int Done, int Total, string Path);
