using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Signals;

namespace CrampSignals.History;

/// <summary>One run of a runner's history: what the export and its file say of it, what was found in it, and its cramps.</summary>
/// <param name="Id">The export's activity id, else the file's path inside the archive or folder.</param>
/// <param name="File">The file the run was read from, as a path inside the archive or folder given (<c>activities/123.fit.gz</c>).</param>
/// <param name="StartUtc">When it started, UTC.</param>
/// <param name="Sport">The sport it was analysed as (running, or walking and hiking when included).</param>
/// <param name="Findings">The finding kinds the run holds, each once, in the order of <see cref="FindingKind"/>.</param>
/// <param name="Cramps">Its cramps, from every source, in the order read.</param>
public sealed record HistoryRun(string Id, string File, DateTime? StartUtc, Sport Sport, ImmutableArray<FindingKind> Findings, ImmutableArray<HistoryCramp> Cramps)
{
    /// <summary>The run's UTC offset where it was run, when the file or its position tells it.</summary>
    public TimeSpan? LocalOffset { get; init; }

    /// <summary>The export's type name ("Trail Run", "treadmill_running"), when the run came with one.</summary>
    public string? TypeName { get; init; }

    /// <summary>The run's title as the runner wrote it.</summary>
    public string? Title { get; init; }

    /// <summary>True when the export marks it a race (Strava's workout type, or a race named in the title), false when training.</summary>
    public bool Race { get; init; }

    /// <summary>Time spent moving, in seconds: the watch's timer time when the file has it, else the moving time of the samples.</summary>
    public double? MovingSeconds { get; init; }

    /// <summary>From the first sample to the last, in seconds.</summary>
    public double? DurationSeconds { get; init; }

    /// <summary>Distance in metres.</summary>
    public double? DistanceMeters { get; init; }

    /// <summary>Mean air temperature (°C) from weather input, else the mean the watch recorded (it reads warm on the wrist).</summary>
    public double? TemperatureCelsius { get; init; }

    /// <summary>Latitude of the start, when the run has positions (it tells the hemisphere's seasons).</summary>
    public double? StartLatitude { get; init; }

    /// <summary>
    /// The finding kinds that came before the run's first cramp during the run, which the history's statistics and advice
    /// count: a cramp changes what follows it (the runner walks or stops), so findings after it are its consequences. All of
    /// <see cref="Findings"/> when the run has no cramp, or its cramps have no time or came after it.
    /// </summary>
    public ImmutableArray<FindingKind> FindingsBeforeCramp { get; init; } = [];

    /// <summary>True when at least one cramp belongs to the run.</summary>
    public bool HasCramps => !Cramps.IsDefaultOrEmpty;
}
