namespace CrampSignals.Reports.Json;

/// <summary>The <c>analyze</c> JSON of several runs: each run, what they add up to, the files left out, and the disclaimer once.</summary>
internal sealed record RunsJson(
    IReadOnlyList<RunJson> Runs,
    RunsTallyJson Cohort,
    IReadOnlyList<FailureJson> Failures,
    IReadOnlyList<DuplicateJson> Duplicates,
    IReadOnlyList<string> Warnings,
    string Disclaimer)
{
    /// <summary>Files read but not runs (a swim, a ride, a settings file), each with the reason naming its sport or file type.</summary>
    public IReadOnlyList<FailureJson> Skipped { get; init; } = [];
}

/// <summary>Counts over the runs, per finding kind, the mean pre-cramp window ratios, and how often each rule was advised.</summary>
internal sealed record RunsTallyJson(
    int Runs,
    int RunsWithCramps,
    int Cramps,
    int UnreadableFiles,
    IReadOnlyList<FindingTallyJson> Findings,
    IReadOnlyDictionary<string, double?> WindowVsRun,
    IReadOnlyList<RuleTallyJson> Rules)
{
    /// <summary>Why there are no association numbers (shares and odds ratios null), when no run had a cramp; else null.</summary>
    public string? Note { get; init; }
}

/// <summary>How one finding kind relates to cramps over the runs.</summary>
internal sealed record FindingTallyJson(
    string Kind,
    int Runs,
    int RunsWithCramps,
    int CrampsPreceded,
    double? ShareOfCrampsPreceded,
    double? OddsRatio,
    double? MedianLeadTimeSeconds);

/// <summary>In how many runs a rule was advised.</summary>
internal sealed record RuleTallyJson(string RuleId, int Runs);

/// <summary>A file that could not be read or analysed, and why.</summary>
internal sealed record FailureJson(string File, string Error);

/// <summary>A file left out because it holds a run already counted from another file.</summary>
internal sealed record DuplicateJson(string Kept, string Dropped);
