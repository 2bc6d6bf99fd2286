namespace CrampSignals.Fuzz;

/// <summary>
/// The fuzzing that runs with every <c>dotnet test</c>: a fixed number of rounds from round 0, one mutation of every seed
/// file per round. A round's inputs depend only on the seed files and the round number, never on the clock, so the test
/// runs the same inputs on every machine however fast it is, and a failure message names the seed file and round that
/// make the input again. The simulated seeds are always there; the corpus's watch files join them where the corpus is
/// found (see <see cref="FuzzSeeds.CorpusRoot"/>).
/// </summary>
/// <remarks>
/// The long campaign is a separate command, starting past these rounds (docs/fuzzing.md):
/// <code>
/// dotnet run -c Release --project tests/CrampSignals.Fuzz -- --rounds 500 --save fuzz-failures
/// dotnet run -c Release --project tests/CrampSignals.Fuzz -- --seconds 3600 --round 1000 --save fuzz-failures
/// </code>
/// and <c>-- --round 0 --rounds 3</c> runs exactly this test's inputs.
/// </remarks>
public sealed class FixedRoundFuzzTests
{
    /// <summary>
    /// Rounds per test run: a few mutations of every seed file, few enough that the fuzz project's tests stay a quick
    /// loop on a 2-core machine; depth is the long campaign's job.
    /// </summary>
    public const int Rounds = 3;

    [Fact]
    public void Mutated_files_never_break_the_documented_guarantees()
    {
        var result = FuzzRun.Run(firstRound: 0, Rounds, withCorpus: true, maxFailures: 20);
        Assert.True(result.Failures.Count == 0,
            $"{result.Inputs} inputs, {result.Failures.Count} kinds of failure:\n" +
            string.Join("\n", result.Failures.Select(f => $"seed {f.Seed}, round {f.Round} ({f.Mutation}): {f.Problem}")));
        Assert.Equal(result.Seeds * Rounds, result.Inputs);
    }
}
