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

    /// <summary>Extra rounds over the cohort tables and manifests alone, past the rounds above: reading them is quick.</summary>
    public const int TableRounds = 10;

    [Fact]
    public void Mutated_cohort_tables_and_manifests_never_break_the_reduce_step()
    {
        var result = FuzzRun.Run(firstRound: Rounds, TableRounds, withCorpus: false, which: s => s.Kind is InputKind.Table or InputKind.Manifest, maxFailures: 20);
        Assert.True(result.Failures.Count == 0,
            $"{result.Inputs} inputs, {result.Failures.Count} kinds of failure:\n" +
            string.Join("\n", result.Failures.Select(f => $"seed {f.Seed}, round {f.Round} ({f.Mutation}): {f.Problem}")));
        Assert.Equal(result.Seeds * TableRounds, result.Inputs);
    }

    [Fact]
    public void Tables_written_as_other_tools_write_them_never_break_the_reduce_step()
    {
        var work = Directory.CreateTempSubdirectory("crampsignals-foreign-");
        try
        {
            var targets = new FuzzTargets(work.FullName, "unused.fit");
            var problems = new List<string>();
            foreach (var seed in TableSeeds.Foreign()) targets.CheckTables(seed.Bytes, seed.Name, problems);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
