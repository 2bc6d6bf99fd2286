using CrampSignals.Cramps;

namespace CrampSignals.Simulation;

/// <summary>What the runner is doing in a stretch of the run.</summary>
internal enum SegmentKind
{
    /// <summary>Running; the timer runs.</summary>
    Run,
    /// <summary>Walking; the timer runs.</summary>
    Walk,
    /// <summary>Standing still with the timer stopped: no samples are recorded.</summary>
    Pause,
}

/// <summary>A stretch of the run: what the runner does and the flat-ground speed they aim for, easing linearly from start to end.</summary>
internal sealed record PlanSegment(SegmentKind Kind, double StartSeconds, double DurationSeconds, double FromSpeed, double ToSpeed)
{
    public double EndSeconds => StartSeconds + DurationSeconds;

    public double SpeedAt(double t) => DurationSeconds <= 0 ? ToSpeed : FromSpeed + (ToSpeed - FromSpeed) * Math.Clamp((t - StartSeconds) / DurationSeconds, 0, 1);
}

/// <summary>An effort burst on top of the planned speed: +<see cref="Size"/> (0.18 = 18 %) between ramps.</summary>
internal sealed record PlannedSurge(double StartSeconds, double DurationSeconds, double Size);

/// <summary>Shorter, slower steps at unchanged speed: cadence −<see cref="Size"/> (0.08 = 8 %).</summary>
internal sealed record PlannedCadenceDrop(double StartSeconds, double DurationSeconds, double Size);

/// <summary>A cramp the run leads to, at <see cref="AtSeconds"/> from the start.</summary>
internal sealed record PlannedCramp(double AtSeconds, Muscle Muscle, string Side, int Severity, string Note);

/// <summary>The runner's own numbers.</summary>
/// <param name="RestingHeartRateBpm">Resting heart rate.</param>
/// <param name="MaxHeartRateBpm">Maximum heart rate.</param>
/// <param name="ThresholdSpeed">Speed (m/s, flat) the runner can hold for about an hour.</param>
/// <param name="CadenceOffsetSpm">How far this runner's cadence sits from the typical one at the same speed.</param>
/// <param name="WristBiasCelsius">How much warmer than the air the wrist sensor settles.</param>
internal sealed record RunnerProfile(double RestingHeartRateBpm, double MaxHeartRateBpm, double ThresholdSpeed, double CadenceOffsetSpm, double WristBiasCelsius);

/// <summary>Everything a scenario decides before the run is simulated second by second.</summary>
internal sealed record RunPlan
{
    public required string Scenario { get; init; }
    public required int Seed { get; init; }
    public required RunPlace Place { get; init; }
    public required DateTime StartUtc { get; init; }
    public required TimeSpan UtcOffset { get; init; }
    public required RunnerProfile Runner { get; init; }
    public required DiurnalWeather Weather { get; init; }
    public required IReadOnlyList<PlanSegment> Segments { get; init; }
    public IReadOnlyList<PlannedSurge> Surges { get; init; } = [];
    public IReadOnlyList<PlannedCadenceDrop> CadenceDrops { get; init; } = [];
    public IReadOnlyList<PlannedCramp> Cramps { get; init; } = [];
    /// <summary>0 = flat, 1 = rolling hills.</summary>
    public double Hilliness { get; init; } = 0.6;
    /// <summary>Fraction of speed lost per hour of running at the same planned effort.</summary>
    public double SpeedFadePerHour { get; init; }
    /// <summary>True when the speed lost to fatigue is not matched by a lower heart rate (racing: the effort stays all-out).</summary>
    public bool FatigueKeepsHeartRate { get; init; }
    /// <summary>Heart-rate rise in bpm per hour at the same effort (heat, dehydration).</summary>
    public double HeartDriftBpmPerHour { get; init; }
    /// <summary>Fraction of cadence lost per hour (slow fatigue, far below a detector's threshold).</summary>
    public double CadenceFadePerHour { get; init; }
    /// <summary>Seconds from the start of the part that was run too fast, when the scenario starts too fast.</summary>
    public (double Start, double End, double Size)? FastStart { get; init; }
    /// <summary>True when the run begins at full pace (no easier first minutes).</summary>
    public bool NoWarmUp { get; init; }
    /// <summary>True when the run ends with an abrupt stop from running pace.</summary>
    public bool NoCoolDown { get; init; }
    /// <summary>True when heart rate is meant to drift clearly at steady pace (aerobic decoupling above 5 %).</summary>
    public bool CardiacDrift { get; init; }
    /// <summary>The steady part (seconds from start) the decoupling is measured over.</summary>
    public (double Start, double End) SteadyPart { get; init; }

    public double TotalSeconds => Segments[^1].EndSeconds;
}
