using System.Collections.Immutable;

namespace CrampSignals.Signals;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Worth knowing.</summary>
    Low = 1,
    /// <summary>Likely to matter.</summary>
    Moderate = 2,
    /// <summary>Strongly out of line with the run or with safe limits.</summary>
    High = 3,
}

/// <summary>One number behind a finding, with its unit ("speed_increase", 14.2, "%").</summary>
/// <param name="Name">A snake_case name; the common ones are in <see cref="EvidenceNames"/>.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">Its unit: "%", "s", "min", "m/s", "spm", "bpm", "°C", "km", "h", ...</param>
public sealed record Evidence(string Name, double Value, string Unit);

/// <summary>Something the signal module found in a run.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Start">When it started, UTC.</param>
/// <param name="End">When it ended, UTC.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Evidence">The numbers behind it.</param>
/// <param name="Summary">One line a runner can read ("speed +14 % over the previous 10 min median for 3 min 20 s").</param>
public sealed record Finding(FindingKind Kind, DateTime Start, DateTime End, Severity Severity, ImmutableArray<Evidence> Evidence, string Summary)
{
    /// <summary>The value of the evidence named <paramref name="name"/>, or null.</summary>
    public double? Get(string name)
    {
        foreach (var e in Evidence) if (e.Name == name) return e.Value;
        return null;
    }

    /// <summary>The kind's stable id, as the JSON and text outputs write it ("pace-surge").</summary>
    public string KindId => Kind.ToId();

    /// <summary>How long the finding lasted.</summary>
    public TimeSpan Duration => End - Start;
}
