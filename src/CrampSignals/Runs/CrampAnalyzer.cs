using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Weather;

using CrampSignals.Text;
namespace CrampSignals.Runs;

/// <summary>The library's front door: one run (or a folder of runs) in, findings and ranked prevention advice out.</summary>
public static partial class CrampAnalyzer
{
    /// <summary>Analyses one run: signals, what came before each logged cramp, and personalised advice.</summary>
    /// <param name="activity">The run.</param>
    /// <param name="cramps">The runner's cramp log; the cramps that belong to this run are matched to it.</param>
    /// <param name="options">Weather, body masses and thresholds; null for the defaults.</param>
    /// <exception cref="ArgumentException">The options contradict each other (see <see cref="AnalysisOptions.Validate"/>).</exception>
    public static RunReport Analyze(Activity activity, CrampLog? cramps = null, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        options ??= AnalysisOptions.Default;
        options.Validate();
        var (run, reason) = RunLegs.Select(activity, options.Include);
        if (run is null) return NotARun(activity, reason!, cramps, options);
        // Times typed without an offset are the runner's local clock: placed here, so the note reaches the report's warnings.
        if (cramps is not null) cramps = CrampMatcher.ResolveLocal(cramps, run.UtcOffset ?? activity.UtcOffset);
        var signals = SignalAnalyzer.Analyze(run, cramps, options.Weather, options.Signals);
        if (!ReferenceEquals(run, activity) && run.Sessions.Length != activity.Sessions.Length)
            signals = signals with { Notes = signals.Notes.Insert(0, RunLegs.CutNote(activity, run)) };
        return Report(run, signals, ActivitySummarizer.Summarize(run, signals.LocalTime.Offset, activity), cramps, options);
    }

    /// <summary>The report of a file that is not a run: its summary, no findings or advice, and one note saying why.</summary>
    internal static RunReport NotARun(Activity activity, string reason, CrampLog? cramps, AnalysisOptions options)
    {
        var signals = SignalAnalyzer.NotARun(activity, reason);
        var summary = ActivitySummarizer.Summarize(activity, signals.LocalTime.Offset, notARun: reason);
        var warnings = activity.Warnings.Select(w => $"{summary.FileName}: {w}")
            .Concat((cramps?.Warnings ?? []).Select(w => $"cramp log: {w}"));
        return new RunReport(summary, signals, [], Disclaimer.Text, [.. warnings], activity) { Units = options.Units, Weather = options.Weather };
    }

    /// <summary>Builds the report of a run whose signal pass is already done (e.g. with a custom detector set).</summary>
    /// <param name="activity">The run.</param>
    /// <param name="signals">Its signal report.</param>
    /// <param name="cramps">The cramp log used, for its warnings; may be null.</param>
    /// <param name="options">Body masses and thresholds; null for the defaults.</param>
    public static RunReport Report(Activity activity, SignalReport signals, CrampLog? cramps = null, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(signals);
        return Report(activity, signals, ActivitySummarizer.Summarize(activity, signals.LocalTime.Offset), cramps, options ?? AnalysisOptions.Default);
    }

    /// <summary>The report of a run whose summary is already made (a batch makes it once for the run's report and its cohort record).</summary>
    internal static RunReport Report(Activity activity, SignalReport signals, ActivitySummary summary, CrampLog? cramps, AnalysisOptions options)
    {
        // The run's one temperature, the one the summary line and the findings quote; a report made without the signal
        // pass's value falls back to the weather's mean, then the wrist sensor's.
        var air = signals.Temperature is null ? MeanAirTemperature(options.Weather, summary) : null;
        var temperature = signals.Temperature?.Celsius ?? air ?? summary.MeanTemperatureCelsius;
        var source = signals.Temperature?.Source ?? (air is not null ? "air" : summary.MeanTemperatureCelsius is null ? null : "wrist sensor");
        var context = new AdviceContext
        {
            StartUtc = summary.StartUtc,
            MovingMinutes = summary.MovingTime?.TotalMinutes,
            DurationMinutes = summary.Duration?.TotalMinutes,
            TypicalSpeedMetersPerSecond = summary.TypicalSpeedMetersPerSecond,
            MeanTemperatureCelsius = temperature,
            TemperatureSource = source,
            Latitude = summary.StartLatitude,
            BodyMassBeforeKg = options.BodyMassBeforeKg,
            BodyMassAfterKg = options.BodyMassAfterKg,
            RunsWithCramps = options.RunsWithCramps,
            Units = options.Units,
        };
        var advice = AdviceEngine.Advise(signals, context, options.Advice);
        var warnings = activity.Warnings.Select(w => $"{summary.FileName}: {w}")
            .Concat((cramps?.Warnings ?? []).Select(w => $"cramp log: {w}"));
        return new RunReport(summary, signals, advice, Disclaimer.Text, [.. warnings], activity) { Units = options.Units, Weather = options.Weather };
    }

    /// <summary>The weather's mean air temperature over the run, sampled each minute; null when the weather does not cover it.</summary>
    internal static double? MeanAirTemperature(WeatherSeries? weather, ActivitySummary summary)
    {
        if (weather is null || summary.StartUtc is not DateTime start || summary.Duration is not TimeSpan duration) return null;
        var end = UnixTime.Shift(start, duration);
        if (!weather.Covers(start, end)) return null;
        double sum = 0;
        var n = 0;
        // Each minute, but never more than a week of minutes: a file spanning years must not make this loop for seconds.
        var step = TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(duration.TotalMinutes / 10_080)));
        for (var t = start; t <= end && t < DateTime.MaxValue - step; t += step)
        {
            var v = weather.TemperatureCelsiusAt(t);
            if (double.IsNaN(v)) continue;
            sum += v;
            n++;
        }
        return n > 0 ? sum / n : null;
    }
}
