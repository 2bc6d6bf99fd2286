using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Runs;

/// <summary>What an analysis may use beyond the watch file, and its thresholds.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: no weather, no body masses, default thresholds.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Air temperature and humidity over the run (preferred over the watch's warm-reading sensor).</summary>
    public WeatherSeries? Weather { get; init; }

    /// <summary>Body mass before the run, kg (single-run analysis only).</summary>
    public double? BodyMassBeforeKg { get; init; }

    /// <summary>Body mass after the run, kg (single-run analysis only).</summary>
    public double? BodyMassAfterKg { get; init; }

    /// <summary>How many runs, this one included, had cramps, when the caller knows it from a training log; a folder analysis counts for itself.</summary>
    public int? RunsWithCramps { get; init; }

    /// <summary>The units reports and advice speak in (km or mi, °C or °F, ml or oz first); values in JSON stay SI.</summary>
    public UnitSystem Units { get; init; }

    /// <summary>
    /// Sports analysed as runs besides running (which covers trail, track, treadmill and virtual runs): walking and hiking
    /// when asked for. Anything else (a swim, a ride) gets its summary only, no findings or advice.
    /// </summary>
    public IReadOnlySet<Sport> Include { get; init; } = ImmutableHashSet<Sport>.Empty;

    /// <summary>Thresholds of the detectors.</summary>
    public SignalOptions Signals { get; init; } = SignalOptions.Default;

    /// <summary>Thresholds of the advice engine.</summary>
    public AdviceOptions Advice { get; init; } = AdviceOptions.Default;

    /// <summary>Throws when the options contradict each other (one body mass without the other, masses out of range).</summary>
    /// <exception cref="ArgumentException">The options are not usable.</exception>
    public void Validate()
    {
        if (BodyMassBeforeKg.HasValue != BodyMassAfterKg.HasValue)
            throw new ArgumentException("Body mass before and after the run go together: give both or neither.");
        foreach (var (name, mass) in new[] { ("before", BodyMassBeforeKg), ("after", BodyMassAfterKg) })
            if (mass is double m && (double.IsNaN(m) || m < 20 || m > 300))
                throw new ArgumentException($"Body mass {name} the run must be between 20 and 300 kg, not {m.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
    }
}
