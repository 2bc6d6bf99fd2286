using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Tests.Probe;

/// <summary>What a probe run was built to show; each family injects one kind of signal on top of everyday running.</summary>
internal enum ProbeFamily
{
    Control,
    Surge,
    FastStart,
    WarmUpCoolDown,
    Heat,
    CadenceDrop,
    Drift,
    LongRun,

    /// <summary>A stop for a logged cramp (or a plain stop, or a walk break), minutes of slower jogging, then back to the pace held before.</summary>
    CrampRecovery,

    /// <summary>Even effort with one sustained climb of several minutes at 6-8 %: the runner slows about a fifth, heart rate steady.</summary>
    SteadyClimb,

    /// <summary>A race ended at a limp: a late cramp, the last minutes at a hobble, a dead stop at the line.</summary>
    LimpFinish,

    /// <summary>Runs whose moving time sits near the 60-minute line and whose start is near the warm-up line, to compare file formats at the edges.</summary>
    FormatEdge,
}

/// <summary>Which families make the scored mix of everyday runs, and which each test one class of hard runs.</summary>
internal static class ProbeFamilies
{
    /// <summary>Everyday running with one injected kind each: the mix recall and precision are scored on.</summary>
    public static readonly ProbeFamily[] Scored =
    [
        ProbeFamily.Control, ProbeFamily.Surge, ProbeFamily.FastStart, ProbeFamily.WarmUpCoolDown,
        ProbeFamily.Heat, ProbeFamily.CadenceDrop, ProbeFamily.Drift, ProbeFamily.LongRun,
    ];

    /// <summary>One class of hard runs each, checked on its own (<see cref="ProbeClassTests"/>) and scored apart.</summary>
    public static readonly ProbeFamily[] Classes =
        [ProbeFamily.CrampRecovery, ProbeFamily.SteadyClimb, ProbeFamily.LimpFinish, ProbeFamily.FormatEdge];
}

/// <summary>How the watch stored the run: every second, or Garmin-style "smart recording".</summary>
internal enum RecordingMode
{
    OneHz,
    Smart,
}

/// <summary>Whether the activity goes to the analyzer directly or through a file written and read back.</summary>
internal enum FileRoute
{
    Memory,
    Fit,
    Gpx,
}

/// <summary>
/// A stretch of the run where a windowed signal was injected (or is plainly visible), with a note on how it was made.
/// <paramref name="ShortOfDefinition"/>: what the runner really did there falls short of the signal's definition (a surge
/// planted at +12 % that the runner's own pace wander held to +8 % over the previous 10 minutes), so it is neither a miss
/// when not found nor a false finding when found.
/// </summary>
internal sealed record TruthInterval(FindingKind Kind, DateTime Start, DateTime End, string Note, bool ShortOfDefinition = false);

/// <summary>The ground truth of one probe run: windows, run-level kinds that must be found, and kinds left out of scoring.</summary>
internal sealed class ProbeTruth
{
    public List<TruthInterval> Intervals { get; } = [];

    public HashSet<FindingKind> RunLevel { get; } = [];

    /// <summary>Kinds not scored on this run: the signal cannot be measured (channel missing) or the truth itself is borderline.</summary>
    public Dictionary<FindingKind, string> DontCare { get; } = [];
}

/// <summary>One generated run as the analyzer receives it, with its truth and a plain description of what is in it.</summary>
internal sealed record ProbeRun(
    int Seed,
    ProbeFamily Family,
    RecordingMode Mode,
    FileRoute Route,
    bool Treadmill,
    Activity Activity,
    WeatherSeries? Weather,
    CrampLog Cramps,
    ProbeTruth Truth,
    IReadOnlyList<string> Story)
{
    /// <summary>What really happened, second by second (for diagnosis).</summary>
    public WorldTrace? World { get; init; }

    /// <summary>The runner's plan (for diagnosis).</summary>
    public RunPlan? Plan { get; init; }

    /// <summary>How good the GPS was on this run.</summary>
    public GpsQuality Gps { get; init; }
}
