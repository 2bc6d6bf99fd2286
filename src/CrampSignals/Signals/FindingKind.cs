namespace CrampSignals.Signals;

/// <summary>What a finding is. <see cref="FindingKinds.ToId"/> gives the stable kebab-case id used in JSON.</summary>
public enum FindingKind
{
    /// <summary><c>pace-surge</c>: grade-adjusted speed well above the run's own recent steady effort for a while.</summary>
    PaceSurge,
    /// <summary><c>fast-start</c>: the first part of the run clearly faster than the rest (a positive split).</summary>
    FastStart,
    /// <summary><c>heat-exposure</c>: time spent above temperature (or heat-stress) thresholds.</summary>
    HeatExposure,
    /// <summary><c>hot-hours</c>: running between 10:00 and 16:00 local time in the warm season.</summary>
    HotHours,
    /// <summary><c>cadence-drop</c>: cadence well below its own baseline at a similar effort, while still running.</summary>
    CadenceDrop,
    /// <summary><c>no-warm-up</c>: the first minutes were not easier than the run's typical pace.</summary>
    NoWarmUp,
    /// <summary><c>no-cool-down</c>: an abrupt stop from running pace.</summary>
    NoCoolDown,
    /// <summary><c>long-run-hydration</c>: a run long (and hot) enough to need a drinking plan.</summary>
    LongRunHydration,
    /// <summary><c>cardiac-drift</c>: heart rate rising at a steady pace (aerobic decoupling).</summary>
    CardiacDrift,
}

/// <summary>Stable ids of <see cref="FindingKind"/>.</summary>
public static class FindingKinds
{
    /// <summary>The kebab-case id of <paramref name="kind"/>, e.g. <c>pace-surge</c>.</summary>
    public static string ToId(this FindingKind kind) => kind switch
    {
        FindingKind.PaceSurge => "pace-surge",
        FindingKind.FastStart => "fast-start",
        FindingKind.HeatExposure => "heat-exposure",
        FindingKind.HotHours => "hot-hours",
        FindingKind.CadenceDrop => "cadence-drop",
        FindingKind.NoWarmUp => "no-warm-up",
        FindingKind.NoCoolDown => "no-cool-down",
        FindingKind.LongRunHydration => "long-run-hydration",
        FindingKind.CardiacDrift => "cardiac-drift",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind with id <paramref name="id"/>, or null.</summary>
    public static FindingKind? FromId(string id) =>
        Enum.GetValues<FindingKind>().Cast<FindingKind?>().FirstOrDefault(k => k!.Value.ToId() == id);
}
