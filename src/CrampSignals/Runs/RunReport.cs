using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Runs;

/// <summary>Everything about one run: its summary, what the signal pass found, the advice, and the disclaimer.</summary>
/// <param name="Summary">The headline numbers.</param>
/// <param name="Signals">Findings, cramps with what came before them, what could not be measured, local time, notes.</param>
/// <param name="Advice">Advice, most important first; every item names its reasons.</param>
/// <param name="Disclaimer">Said once: this is not medical advice.</param>
/// <param name="Warnings">What was wrong with the file or the cramp log but did not stop the analysis.</param>
/// <param name="Activity">The run itself, for charts; in a folder analysis its samples are dropped unless asked for.</param>
public sealed record RunReport(
    ActivitySummary Summary,
    SignalReport Signals,
    ImmutableArray<AdviceItem> Advice,
    string Disclaimer,
    ImmutableArray<string> Warnings,
    Activity Activity)
{
    /// <summary>True when at least one cramp was matched to this run.</summary>
    public bool HasCramps => !Signals.Cramps.IsEmpty;

    /// <summary>The units the report is written in (from <see cref="AnalysisOptions.Units"/>).</summary>
    public UnitSystem Units { get; init; }

    /// <summary>The air over the run when a weather file was given, for the report's temperature chart and splits.</summary>
    internal WeatherSeries? Weather { get; init; }
}
