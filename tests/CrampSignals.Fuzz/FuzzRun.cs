using System.Diagnostics;
using CrampSignals.Formats.Fit;

namespace CrampSignals.Fuzz;

/// <summary>One broken guarantee: how to make the input again (seed file and round) and what broke.</summary>
public sealed record FuzzFailure(string Seed, int Round, string Mutation, string Problem, byte[] Input);

/// <summary>What a fuzz run did: how many seed files it mutated, the inputs it ran, and the kinds of failure it found.</summary>
public sealed record FuzzResult(int Seeds, int Inputs, int FolderRuns, IReadOnlyList<FuzzFailure> Failures);

/// <summary>
/// The fuzz loop: round-robin over the seeds, one mutation per seed per round, for a number of rounds or until a time
/// limit is spent, whichever comes first. A round's mutations depend only on the seed files and the round number, so
/// rounds counted from <c>firstRound</c> make the same inputs on every machine, and a long run can start past the rounds
/// the test runs.
/// </summary>
public static class FuzzRun
{
    /// <summary>Every how many inputs one goes into a folder next to a good run (the folder check is the slowest).</summary>
    public const int FolderEvery = 7;

    /// <summary>Runs <paramref name="rounds"/> rounds from <paramref name="firstRound"/>, stopping early only when
    /// <paramref name="timeLimit"/> (none when null) is spent or <paramref name="maxFailures"/> kinds of failure are found.</summary>
    public static FuzzResult Run(int firstRound, int rounds, TimeSpan? timeLimit = null, bool withCorpus = true,
        Func<SeedFile, bool>? which = null, TextWriter? log = null, int maxFailures = 50)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        var limit = timeLimit ?? TimeSpan.MaxValue;
        var endRound = (long)firstRound + rounds;
        var seeds = FuzzSeeds.All(withCorpus).Where(s => which?.Invoke(s) ?? true).ToList();
        var work = Directory.CreateTempSubdirectory("crampsignals-fuzz-");
        try
        {
            var good = Path.Combine(work.FullName, "good-run.fit");
            File.WriteAllBytes(good, FitActivityWriter.ToBytes(FuzzSeeds.ShortRun("surges", 11, 600)));
            var targets = new FuzzTargets(work.FullName, good);
            var failures = new List<FuzzFailure>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            int inputs = 0, folders = 0;
            for (var round = firstRound; round < endRound && clock.Elapsed < limit && failures.Count < maxFailures; round++)
            {
                for (var i = 0; i < seeds.Count; i++)
                {
                    if (clock.Elapsed >= limit) break;
                    var seed = seeds[i];
                    var (bytes, what) = Mutator.Mutate(seed, seeds, round);
                    var name = $"r{round}-{seed.Name}";
                    var problems = targets.Check(seed.Kind, bytes, name);
                    inputs++;
                    if (seed.Kind is InputKind.Fit or InputKind.Gpx or InputKind.Tcx && GoesInAFolder(round, i, seeds.Count))
                    {
                        problems.AddRange(targets.CheckFolder(seed.Kind, bytes, name));
                        folders++;
                    }
                    foreach (var p in problems)
                    {
                        // One report per kind of break: the same crash from a thousand inputs is one bug.
                        if (!seen.Add(Signature(p))) continue;
                        failures.Add(new FuzzFailure(seed.Name, round, what, p, bytes));
                        log?.WriteLine($"FAIL seed={seed.Name} round={round} mutation={what}\n     {p}");
                    }
                }
                if (log is not null && round % 10 == 0) log.WriteLine($"round {round}: {inputs} inputs, {failures.Count} failures, {clock.Elapsed.TotalSeconds:0} s");
            }
            return new FuzzResult(seeds.Count, inputs, folders, failures);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Whether the input of seed <paramref name="index"/> in <paramref name="round"/> also goes into a folder: one in
    /// <see cref="FolderEvery"/>, chosen by round and seed alone so that one round run by itself checks what it checks in a
    /// longer run.
    /// </summary>
    public static bool GoesInAFolder(int round, int index, int seeds) => ((long)round * seeds + index + 1) % FolderEvery == 0;

    /// <summary>The problem without file names and numbers, so the same break from different inputs counts once.</summary>
    public static string Signature(string problem)
    {
        var bracket = problem.IndexOf('[', StringComparison.Ordinal);
        var head = System.Text.RegularExpressions.Regex.Replace(problem, @"r\d+-\S+|\d+", "#");
        return bracket >= 0 ? head[..Math.Min(head.Length, 60)] + problem[bracket..] : head[..Math.Min(head.Length, 80)];
    }
}
