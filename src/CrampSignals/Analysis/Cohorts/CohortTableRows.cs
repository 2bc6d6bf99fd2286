using System.Collections.Immutable;
using CrampSignals.Signals;

namespace CrampSignals.Analysis;

/// <summary>One run as the <c>runs</c> table holds it. Durations in seconds, distances in metres, temperatures in °C.</summary>
internal sealed record RunTableRow
{
    public required string Runner { get; init; }

    /// <summary>The first folder level under the folder given: whose run it is for twin detection, whatever names the runner.</summary>
    public required string Folder { get; init; }

    public required string File { get; init; }
    public required string Format { get; init; }
    public DateTime? StartUtc { get; init; }
    public double? LocalOffsetMinutes { get; init; }
    public double? DurationSeconds { get; init; }
    public double? MovingSeconds { get; init; }
    public double? DistanceMeters { get; init; }
    public double? MeanTemperatureCelsius { get; init; }
    public double? MaxTemperatureCelsius { get; init; }
    public double? MeanAirTemperatureCelsius { get; init; }
    public long? DeviceSerial { get; init; }
    public int Cramps { get; init; }

    /// <summary>Findings of each kind, indexed by <see cref="FindingKind"/>.</summary>
    public required ImmutableArray<int> FindingCounts { get; init; }
}

/// <summary>One finding as the <c>findings</c> table holds it; times also in seconds from the run's first sample.</summary>
internal sealed record FindingTableRow(
    string Runner, string File, int Index, FindingKind Kind, DateTime StartUtc, DateTime EndUtc,
    double StartSeconds, double EndSeconds, Severity Severity, string Evidence, string Summary);

/// <summary>
/// One cramp as the <c>cramps</c> table holds it: when, the window before it against the run (ratios), how long before it
/// the nearest finding of each kind started (null when none came before), and each channel's course over the 20 minutes
/// before it as ratios to the run's median (the <c>cramp_traces</c> table; empty when the run lacks the channel).
/// </summary>
internal sealed record CrampTableRow
{
    public required string Runner { get; init; }
    public required string File { get; init; }
    public int Index { get; init; }
    public DateTime TimeUtc { get; init; }
    public double ElapsedSeconds { get; init; }
    public bool DuringRun { get; init; }
    public string? Muscle { get; init; }
    public string? Side { get; init; }
    public int? Severity { get; init; }
    public double? WindowSpeedRatio { get; init; }
    public double? WindowCadenceRatio { get; init; }
    public double? WindowHeartRateRatio { get; init; }
    public double? WindowTemperatureRatio { get; init; }

    /// <summary>Lead time in seconds of the nearest preceding finding of each kind, indexed by <see cref="FindingKind"/>.</summary>
    public required ImmutableArray<double?> LeadSeconds { get; init; }

    public ImmutableArray<double> SpeedTrace { get; init; } = [];
    public ImmutableArray<double> CadenceTrace { get; init; } = [];
    public ImmutableArray<double> HeartRateTrace { get; init; } = [];
    public ImmutableArray<double> TemperatureTrace { get; init; } = [];
}

/// <summary>Everything a cohort keeps of one run once its samples are gone: its table rows.</summary>
internal sealed record CohortRunRecord(RunTableRow Run, ImmutableArray<FindingTableRow> Findings, ImmutableArray<CrampTableRow> Cramps)
{
    /// <summary>
    /// The row the statistics engine reads. Built from the table rows alone, so a cohort computed live and one read back from its
    /// tables (or from shards) hand the engine the same numbers.
    /// </summary>
    public CohortRunRow ToStatisticsRow() => new(
        Run.File,
        Run.Runner,
        Run.DurationSeconds ?? 0,
        (Run.MovingSeconds ?? 0) / 60,
        [.. Findings.Select(f => new FindingSpan(f.Kind, f.StartSeconds, f.EndSeconds))],
        [.. Cramps.Select(c => new CohortCrampRow(c.ElapsedSeconds, c.DuringRun, c.SpeedTrace, c.CadenceTrace, c.HeartRateTrace, c.TemperatureTrace))]);

    /// <summary>What twin detection compares.</summary>
    public RunIdentity Identity => new(Run.Folder, Run.File, Enum.TryParse<Activities.ActivityFormat>(Run.Format, ignoreCase: true, out var f) ? f : Activities.ActivityFormat.Memory,
        Run.StartUtc, Run.DurationSeconds is double d ? TimeSpan.FromSeconds(d) : null);
}
