using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CrampSignals.Activities;
using CrampSignals.Cohorts.Statistics;
using CrampSignals.Runs;
using CrampSignals.Signals;

namespace CrampSignals.Cohorts;

/// <summary>
/// Everything a cohort keeps of one run once its samples are gone: the run's own facts, its findings and its cramps. These are the
/// rows of the cohort's tables (one <c>runs</c> row, and rows of <c>findings</c> and <c>cramps</c>); the statistics read the
/// smaller <see cref="CohortRunRow"/> made from them, so a cohort computed live and one read back from its tables agree.
/// Durations in seconds, distances in metres, temperatures in °C, instants in UTC.
/// </summary>
public sealed record CohortRunRecord
{
    /// <summary>Who ran it.</summary>
    public required string Runner { get; init; }

    /// <summary>The first folder level under the folder given: whose run it is for twin detection, whatever names the runner.</summary>
    public required string Folder { get; init; }

    /// <summary>The run's file, relative to the folder it was found under; names the run.</summary>
    public required string File { get; init; }

    /// <summary>The file's format in lower case: <c>fit</c>, <c>gpx</c>, <c>tcx</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The first sample's time (UTC); null when the file holds none.</summary>
    public DateTime? StartUtc { get; init; }

    /// <summary>The local clock's offset from UTC in minutes, when known.</summary>
    public double? LocalOffsetMinutes { get; init; }

    /// <summary>From the first sample to the last.</summary>
    public double? DurationSeconds { get; init; }

    /// <summary>Time spent moving.</summary>
    public double? MovingSeconds { get; init; }

    /// <summary>Distance covered.</summary>
    public double? DistanceMeters { get; init; }

    /// <summary>Mean of the watch's temperature sensor.</summary>
    public double? MeanTemperatureCelsius { get; init; }

    /// <summary>Highest reading of the watch's temperature sensor.</summary>
    public double? MaxTemperatureCelsius { get; init; }

    /// <summary>Mean air temperature from the run's weather, when there was weather.</summary>
    public double? MeanAirTemperatureCelsius { get; init; }

    /// <summary>The recording device's serial number, when the file names it.</summary>
    public long? DeviceSerial { get; init; }

    /// <summary>Cramps matched to the run.</summary>
    public int CrampCount { get; init; }

    /// <summary>Findings of each kind, indexed by <see cref="FindingKind"/>.</summary>
    public required ImmutableArray<int> FindingCounts { get; init; }

    /// <summary>The run's findings, in the order the analysis gave them.</summary>
    public ImmutableArray<CohortFindingRecord> Findings { get; init; } = [];

    /// <summary>The run's cramps, in time order.</summary>
    public ImmutableArray<CohortCrampRecord> Cramps { get; init; } = [];

    /// <summary>
    /// The row the statistics engine reads. Built from the table rows alone, so a cohort computed live and one read back from its
    /// tables (or from shards) hand the engine the same numbers.
    /// </summary>
    internal CohortRunRow ToStatisticsRow()
    {
        // Filled in place: the statistics make a row of every run of a cohort at once, so every array a row passes through
        // is garbage times the number of runs.
        var findings = new FindingSpan[Findings.Length];
        var clock = new List<(double Elapsed, double? Moving)>(2 * Findings.Length + Cramps.Length);
        for (var i = 0; i < findings.Length; i++)
        {
            var f = Findings[i];
            findings[i] = new FindingSpan(f.Kind, f.StartSeconds, f.EndSeconds);
            clock.Add((f.StartSeconds, f.StartMovingSeconds));
            clock.Add((f.EndSeconds, f.EndMovingSeconds));
        }
        var cramps = new CohortCrampRow[Cramps.Length];
        for (var i = 0; i < cramps.Length; i++)
        {
            var c = Cramps[i];
            cramps[i] = new CohortCrampRow(c.ElapsedSeconds, c.DuringRun, c.SpeedTrace, c.CadenceTrace, c.HeartRateTrace, c.TemperatureTrace);
            clock.Add((c.ElapsedSeconds, c.MovingSeconds));
        }
        return new CohortRunRow(File, Runner, DurationSeconds ?? 0, (MovingSeconds ?? 0) / 60,
            ImmutableCollectionsMarshal.AsImmutableArray(findings), ImmutableCollectionsMarshal.AsImmutableArray(cramps))
        {
            Clock = MovingClock.From(clock),
        };
    }

    /// <summary>
    /// This record as the statistics need it: each finding's evidence and summary text left empty, which is most of a record's
    /// size once it has been written out.
    /// </summary>
    internal CohortRunRecord WithoutText() => this with { Findings = [.. Findings.Select(f => f with { Evidence = string.Empty, Summary = string.Empty })] };

    /// <summary>What twin detection compares.</summary>
    internal RunIdentity Identity => new(Folder, File, Enum.TryParse<ActivityFormat>(Format, ignoreCase: true, out var f) ? f : ActivityFormat.Memory,
        StartUtc, DurationSeconds is double d && Math.Abs(d) < TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromSeconds(d) : null);
}

/// <summary>One finding as the <c>findings</c> table holds it; times also in seconds from the run's first sample.</summary>
/// <param name="Runner">Who ran the run.</param>
/// <param name="File">The run's file (see <see cref="CohortRunRecord.File"/>).</param>
/// <param name="Index">The finding's place in its run's list, from 0.</param>
/// <param name="Kind">What was found.</param>
/// <param name="StartUtc">When it started.</param>
/// <param name="EndUtc">When it ended.</param>
/// <param name="StartSeconds">When it started, seconds after the run's first sample.</param>
/// <param name="EndSeconds">When it ended, seconds after the run's first sample.</param>
/// <param name="Severity">How strong it was.</param>
/// <param name="Evidence">Its evidence numbers as a JSON object.</param>
/// <param name="Summary">One line for people.</param>
public sealed record CohortFindingRecord(
    string Runner, string File, int Index, FindingKind Kind, DateTime StartUtc, DateTime EndUtc,
    double StartSeconds, double EndSeconds, Severity Severity, string Evidence, string Summary)
{
    /// <summary>When it started on the run's moving clock (moving seconds since the first sample); null when not known.</summary>
    public double? StartMovingSeconds { get; init; }

    /// <summary>When it ended on the run's moving clock; null when not known.</summary>
    public double? EndMovingSeconds { get; init; }
}

/// <summary>
/// One cramp as the <c>cramps</c> table holds it: when, the window before it against the run (ratios), how long before it
/// the nearest finding of each kind started (null when none came before), and each channel's course over the 20 minutes
/// before it as ratios to the run's median (the <c>cramp_traces</c> table; empty when the run lacks the channel).
/// </summary>
public sealed record CohortCrampRecord
{
    /// <summary>Who ran the run.</summary>
    public required string Runner { get; init; }

    /// <summary>The run's file (see <see cref="CohortRunRecord.File"/>).</summary>
    public required string File { get; init; }

    /// <summary>The cramp's place in its run's list, from 0.</summary>
    public int Index { get; init; }

    /// <summary>When it struck (UTC).</summary>
    public DateTime TimeUtc { get; init; }

    /// <summary>When it struck, seconds after the run's first sample.</summary>
    public double ElapsedSeconds { get; init; }

    /// <summary>True when it struck while the run was recorded.</summary>
    public bool DuringRun { get; init; }

    /// <summary>When it struck on the run's moving clock (moving seconds since the first sample); null when not known or after the run.</summary>
    public double? MovingSeconds { get; init; }

    /// <summary>The muscle's id (<c>calf</c>, <c>hamstring</c>, …), when logged.</summary>
    public string? Muscle { get; init; }

    /// <summary>The side, when logged.</summary>
    public string? Side { get; init; }

    /// <summary>Severity 1-10, when logged.</summary>
    public int? Severity { get; init; }

    /// <summary>Speed in the window before the cramp over the run's median.</summary>
    public double? WindowSpeedRatio { get; init; }

    /// <summary>Cadence in the window before the cramp over the run's median.</summary>
    public double? WindowCadenceRatio { get; init; }

    /// <summary>Heart rate in the window before the cramp over the run's median.</summary>
    public double? WindowHeartRateRatio { get; init; }

    /// <summary>Temperature in the window before the cramp over the run's median.</summary>
    public double? WindowTemperatureRatio { get; init; }

    /// <summary>Lead time in seconds of the nearest preceding finding of each kind, indexed by <see cref="FindingKind"/>.</summary>
    public required ImmutableArray<double?> LeadSeconds { get; init; }

    /// <summary>How far before the cramp the traces reach back: 20 minutes.</summary>
    public const int TraceWindowSeconds = CohortCrampRow.WindowSeconds;

    /// <summary>The spacing of the traces: 30 s.</summary>
    public const int TraceStepSeconds = CohortCrampRow.StepSeconds;

    /// <summary>Values per trace: from −<see cref="TraceWindowSeconds"/> to 0 every <see cref="TraceStepSeconds"/>, both ends included (41).</summary>
    public const int TracePoints = CohortCrampRow.Points;

    /// <summary>Speed over the run's median while moving, every <see cref="TraceStepSeconds"/> from <see cref="TraceWindowSeconds"/> before the cramp to it, oldest first, NaN where the run had no moving value; empty without the channel.</summary>
    public ImmutableArray<double> SpeedTrace { get; init; } = [];

    /// <summary>Cadence over the run's median, likewise.</summary>
    public ImmutableArray<double> CadenceTrace { get; init; } = [];

    /// <summary>Heart rate over the run's median, likewise.</summary>
    public ImmutableArray<double> HeartRateTrace { get; init; } = [];

    /// <summary>Temperature over the run's median, likewise.</summary>
    public ImmutableArray<double> TemperatureTrace { get; init; } = [];
}
