namespace CrampSignals.Signals;

/// <summary>Every threshold of the signal module, with documented defaults.</summary>
public sealed record SignalOptions
{
    /// <summary>The defaults.</summary>
    public static SignalOptions Default { get; } = new();

    /// <summary>How far before a cramp to look for findings.</summary>
    public TimeSpan CrampLookback { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>How long after a run's end a cramp still belongs to it (cramps can strike hours later, at rest).</summary>
    public TimeSpan CrampAfterRunWindow { get; init; } = TimeSpan.FromHours(12);
}
