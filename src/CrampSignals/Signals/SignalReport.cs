using System.Collections.Immutable;
using CrampSignals.Cramps;

namespace CrampSignals.Signals;

/// <summary>Where the run's local time came from.</summary>
public enum LocalTimeSource
{
    /// <summary>The file says (FIT <c>activity.local_timestamp</c> or <c>timestamp_correlation</c>).</summary>
    File,
    /// <summary>Solar time from the longitude (15° per hour).</summary>
    Solar,
    /// <summary>No time or position to tell from: UTC is used.</summary>
    Unknown,
    /// <summary>The clock of the time zone estimated from the run's position (see <see cref="LocalTimeInfo.ZoneId"/>), on the run's date.</summary>
    Zone,
}

/// <summary>The offset used to turn the run's UTC times into local clock times.</summary>
/// <param name="Offset">Local time minus UTC.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="ZoneId">The tz database zone (<c>Europe/Madrid</c>) when <paramref name="Source"/> is <see cref="LocalTimeSource.Zone"/>.</param>
public sealed record LocalTimeInfo(TimeSpan Offset, LocalTimeSource Source, string? ZoneId = null);

/// <summary>A finding in the lookback window before a cramp.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="LeadTimeSeconds">Seconds from the finding's start to the cramp.</param>
public sealed record PrecedingFinding(Finding Finding, double LeadTimeSeconds);

/// <summary>What came before one cramp.</summary>
/// <param name="Cramp">The logged cramp.</param>
/// <param name="Time">When it struck, UTC (an elapsed time resolved against the run's start).</param>
/// <param name="AfterRun">True when it struck after the run had ended.</param>
/// <param name="Preceding">Findings in the lookback window, nearest first.</param>
/// <param name="WindowVsRun">Speed, cadence, heart rate and temperature in the window as ratios to the run's own median ("speed_ratio", 1.12, "×").</param>
public sealed record CrampContext(CrampEntry Cramp, DateTime Time, bool AfterRun, ImmutableArray<PrecedingFinding> Preceding, ImmutableArray<Evidence> WindowVsRun);

/// <summary>Everything the signal module found in one run.</summary>
/// <param name="Findings">The findings, by start time.</param>
/// <param name="Cramps">For each cramp matched to this run, what came before it.</param>
/// <param name="NotMeasured">Ids of the detectors that could not run for lack of a channel (e.g. <c>cadence-drop</c> without cadence), with the channel: "cadence-drop: no cadence".</param>
/// <param name="LocalTime">How local time was found.</param>
/// <param name="Notes">Caveats a reader should see once (e.g. a wrist sensor's temperature reads warm).</param>
public sealed record SignalReport(
    ImmutableArray<Finding> Findings,
    ImmutableArray<CrampContext> Cramps,
    ImmutableArray<string> NotMeasured,
    LocalTimeInfo LocalTime,
    ImmutableArray<string> Notes)
{
    /// <summary>The run's one temperature (air or wrist), which every report quotes; null when there is none.</summary>
    internal RunTemperature? Temperature { get; init; }
}
