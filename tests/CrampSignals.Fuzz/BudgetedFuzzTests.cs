namespace CrampSignals.Fuzz;

/// <summary>
/// The fuzzing that runs with every `dotnet test`: about a minute over fixed rounds, so a failure here is the same
/// failure on every machine (the message says which seed file and round make the input again).
/// </summary>
public sealed class BudgetedFuzzTests
{
    /// <summary>Seconds of fuzzing per test run, all kinds of input together.</summary>
    public const double BudgetSeconds = 55;

    [Fact]
    public void Mutated_files_never_break_the_documented_guarantees()
    {
        var result = FuzzRun.Run(TimeSpan.FromSeconds(BudgetSeconds), firstRound: 0, withCorpus: true, maxFailures: 20);
        Assert.True(result.Inputs > 50, $"only {result.Inputs} inputs ran in {BudgetSeconds} s");
        Assert.True(result.Failures.Count == 0,
            $"{result.Inputs} inputs, {result.Failures.Count} kinds of failure:\n" +
            string.Join("\n", result.Failures.Select(f => $"seed {f.Seed}, round {f.Round} ({f.Mutation}): {f.Problem}")));
    }
}
