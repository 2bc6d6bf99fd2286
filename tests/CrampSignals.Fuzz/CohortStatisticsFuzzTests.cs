using System.Collections.Immutable;
using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.Fuzz;

/// <summary>
/// Small, lopsided cohorts (one to three runners, a handful of runs, findings and cramps anywhere, separation everywhere) never
/// break the statistics: every design returns, and every p it reports has its q.
/// </summary>
/// <remarks>
/// Run on its own, after the parallel tests: the table checks bound what the reduce step allocates by the process's total, which
/// these fits' own allocations would otherwise swell.
/// </remarks>
[Collection(nameof(CohortStatisticsFuzzTests))]
public sealed class CohortStatisticsFuzzTests
{
    private const int Rounds = 300;

    [Fact]
    public void Random_small_cohorts_always_give_statistics_with_a_q_for_every_p()
    {
        var kinds = Enum.GetValues<FindingKind>();
        var problems = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var rng = new Random(round);
            var rows = new List<CohortRunRow>();
            var runners = rng.Next(1, 4);
            for (var r = 0; r < runners; r++)
                for (var n = rng.Next(1, 25); n > 0; n--)
                {
                    var seconds = rng.Next(2) == 0 ? rng.Next(60, 20_000) : rng.Next(0, 120);
                    var findings = Enumerable.Range(0, rng.Next(0, 6)).Select(_ =>
                    {
                        var start = rng.NextDouble() * seconds;
                        return new FindingSpan(kinds[rng.Next(kinds.Length)], start, start + rng.NextDouble() * (seconds - start));
                    });
                    var cramps = Enumerable.Range(0, rng.Next(0, 3)).Select(_ =>
                        CohortCrampRow.At(rng.NextDouble() * seconds * 1.2, duringRun: rng.Next(4) != 0));
                    rows.Add(new CohortRunRow($"r{r}/{n}", $"r{r}", seconds, rng.Next(3) == 0 ? 0 : seconds * rng.NextDouble() / 60, [.. findings], [.. cramps]));
                }
            try
            {
                var result = CohortStatistics.ComputeRows(rows);
                var pairs = result.Associations.Concat(result.AfterRun)
                    .SelectMany(a => new[] { a.Crude, a.Adjusted, a.MantelHaenszel, a.MutuallyAdjusted })
                    .Concat(result.CaseCrossover.Select(c => c.Estimate)).Select(e => (e.PValue, e.QValue))
                    .Concat(result.TimeToEvent.SelectMany(t => new[] { (t.Alone.PValue, t.Alone.QValue), (t.Mutual.PValue, t.Mutual.QValue) }));
                if (pairs.Any(x => (x.PValue is null) != (x.QValue is null))) problems.Add($"round {round}: a p without its q");
                if (result.InRunEvents != rows.Count(r => r.MovingClockSeconds > 0 && r.FirstInRunCramp() is not null))
                    problems.Add($"round {round}: {result.InRunEvents} events");
            }
            catch (Exception e)
            {
                problems.Add($"round {round}: {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }
}

/// <summary>Keeps <see cref="CohortStatisticsFuzzTests"/> out of the parallel run.</summary>
[CollectionDefinition(nameof(CohortStatisticsFuzzTests), DisableParallelization = true)]
public sealed class CohortStatisticsFuzzCollection;
