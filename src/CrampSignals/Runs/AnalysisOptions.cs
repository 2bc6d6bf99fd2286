using System.Collections.Immutable;
using System.Globalization;
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

    /// <summary>Lightest and heaviest body mass taken as typed on purpose, kg: outside, a unit or a digit is wrong.</summary>
    private const double MinBodyMassKg = 25, MaxBodyMassKg = 250;

    /// <summary>
    /// Largest change of body mass over one run taken as real: 5 %. Even a long race in the heat costs 2-4 %; more is a
    /// typo (70 for 78) or a weighing in other clothes, and advice worked out from it would be wrong by litres.
    /// </summary>
    private const double MaxMassChange = 0.05;

    /// <summary>
    /// Throws when the options contradict each other or are not plausible: one body mass without the other, a mass outside
    /// 25-250 kg, or a change of more than 5 % over the run.
    /// </summary>
    /// <exception cref="ArgumentException">The options are not usable; the message says why.</exception>
    public void Validate()
    {
        if (BodyMassBeforeKg.HasValue != BodyMassAfterKg.HasValue)
            throw new ArgumentException("Body mass before and after the run go together: give both or neither.");
        foreach (var (name, mass) in new[] { ("before", BodyMassBeforeKg), ("after", BodyMassAfterKg) })
            if (mass is double m && (!double.IsFinite(m) || m < MinBodyMassKg || m > MaxBodyMassKg))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Body mass {name} the run must be between {MinBodyMassKg} and {MaxBodyMassKg} kg, not {m}."));
        if (BodyMassBeforeKg is double before && BodyMassAfterKg is double after && Math.Abs(after - before) > MaxMassChange * before)
        {
            var change = (after - before) / before;
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Body mass changed from {before} to {after} kg ({change:+0.#%;-0.#%}) over one run: more than {MaxMassChange:0%} is not plausible (a run costs 1-4 %); check the numbers, or weigh in the same clothes before and after."));
        }
    }
}
