using System.Collections.Immutable;

namespace CrampSignals.Advice;

/// <summary>The few thresholds of the advice engine, with documented defaults.</summary>
public sealed record AdviceOptions
{
    /// <summary>The defaults.</summary>
    public static AdviceOptions Default { get; } = new();

    /// <summary>Runs with cramps (this one included) from which a doctor's check is advised. Default 3: a pattern, not a one-off.</summary>
    public int RecurringCrampRuns { get; init; } = 3;

    /// <summary>Cramps within this one run from which a doctor's check is advised. Default 3.</summary>
    public int RecurringCrampsInOneRun { get; init; } = 3;

    /// <summary>
    /// Phrases in a cramp's note that mean the tightness lasted (case-insensitive substrings).
    /// </summary>
    public ImmutableArray<string> LastingTightnessPhrases { get; init; } =
    [
        "for days", "days later", "days after", "still tight", "still sore", "still hurts", "still painful", "next day",
        "next morning", "won't go away", "wont go away", "doesn't go away", "not going away", "lingering", "lingers",
        "persistent", "persisting", "lasting", "weeks",
    ];

    /// <summary>Warm-up pace target as a share of the run's typical speed: from this (slowest) ... Default 0.80.</summary>
    public double WarmUpSpeedLowFraction { get; init; } = 0.80;

    /// <summary>... to this (fastest). Default 0.88.</summary>
    public double WarmUpSpeedHighFraction { get; init; } = 0.88;
}
