using System.Collections.Immutable;
using CrampSignals.Activities;

namespace CrampSignals.Cramps;

/// <summary>The cramps a runner logged, with what was wrong in the log file.</summary>
/// <param name="Entries">The cramps, in the log's order.</param>
/// <param name="Warnings">Lines that could not be read (with their line numbers); the good lines are still in <paramref name="Entries"/>.</param>
public sealed record CrampLog(ImmutableArray<CrampEntry> Entries, ImmutableArray<ParseWarning> Warnings)
{
    /// <summary>A log with no cramps.</summary>
    public static CrampLog Empty { get; } = new([], []);
}
