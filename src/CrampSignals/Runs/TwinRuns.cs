using CrampSignals.Activities;

namespace CrampSignals.Runs;

/// <summary>A file left out because it holds a run already counted from another file (the same run exported twice).</summary>
/// <param name="Kept">The file the run is counted from.</param>
/// <param name="Dropped">The file left out.</param>
public sealed record DuplicateRun(string Kept, string Dropped);

/// <summary>What twin detection needs to know of one file: whose run it is, its format, when it started, how long it lasted and its sport.</summary>
/// <param name="Runner">Whose run it is.</param>
/// <param name="File">The file, as reports name it.</param>
/// <param name="Format">Its format, which decides the file kept of twins.</param>
/// <param name="StartUtc">When it started.</param>
/// <param name="Duration">How long it lasted.</param>
/// <param name="Sport">The file's sport; <see cref="Sport.Generic"/> (a GPX export without a type) pairs with any sport.</param>
internal readonly record struct RunIdentity(string Runner, string File, ActivityFormat Format, DateTime? StartUtc, TimeSpan? Duration, Sport Sport = Sport.Generic);

/// <summary>
/// Finds the same run exported more than once (a watch's FIT and the GPX or TCX a web site made of it): same runner, starts
/// within <see cref="StartTolerance"/> and durations within <see cref="DurationTolerance"/> of each other, and the same sport where
/// both files name one (a ride and a run that start together are two activities, not one exported twice). Of each such group the
/// FIT is kept (it carries the most: laps, events, the device's own distance), then the TCX, then the GPX; among files of one
/// format the first in the order given. A run without a start time is never anybody's twin.
/// </summary>
internal static class TwinRuns
{
    /// <summary>Starts further apart than this are different runs.</summary>
    public static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(60);

    /// <summary>Durations differing by more than this share of the longer are different runs.</summary>
    public const double DurationTolerance = 0.02;

    /// <summary>The indexes of <paramref name="runs"/> to keep, ascending, and each file dropped with the file kept in its place.</summary>
    public static (IReadOnlyList<int> Kept, IReadOnlyList<DuplicateRun> Dropped) Find(IReadOnlyList<RunIdentity> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var group = new int[runs.Count];
        for (var i = 0; i < group.Length; i++) group[i] = i;
        // Sorted by runner and start, a run's twins are among the next few; union-find makes a chain of near starts one group.
        var order = Enumerable.Range(0, runs.Count).Where(i => runs[i].StartUtc is not null)
            .OrderBy(i => runs[i].Runner, StringComparer.Ordinal).ThenBy(i => runs[i].StartUtc).ToArray();
        for (var a = 0; a < order.Length; a++)
        {
            var x = runs[order[a]];
            for (var b = a + 1; b < order.Length; b++)
            {
                var y = runs[order[b]];
                if (!string.Equals(x.Runner, y.Runner, StringComparison.Ordinal) || y.StartUtc!.Value - x.StartUtc!.Value > StartTolerance) break;
                if (SameLength(x.Duration, y.Duration) && SameSport(x.Sport, y.Sport)) Union(group, order[a], order[b]);
            }
        }
        var best = new Dictionary<int, int>();
        for (var i = 0; i < runs.Count; i++)
        {
            var root = Find(group, i);
            if (!best.TryGetValue(root, out var current) || Rank(runs[i].Format) < Rank(runs[current].Format)) best[root] = i;
        }
        var kept = new List<int>();
        var dropped = new List<DuplicateRun>();
        for (var i = 0; i < runs.Count; i++)
        {
            var keeper = best[Find(group, i)];
            if (keeper == i) kept.Add(i);
            else dropped.Add(new DuplicateRun(runs[keeper].File, runs[i].File));
        }
        return (kept, dropped);
    }

    /// <summary>Both durations known and within the tolerance, or both unknown.</summary>
    private static bool SameLength(TimeSpan? a, TimeSpan? b)
    {
        if (a is not TimeSpan x || b is not TimeSpan y) return a is null && b is null;
        var longer = Math.Max(Math.Abs(x.TotalSeconds), Math.Abs(y.TotalSeconds));
        return Math.Abs(x.TotalSeconds - y.TotalSeconds) <= DurationTolerance * longer;
    }

    /// <summary>The same sport, or one of the files names none (GPX and some exports write no sport).</summary>
    private static bool SameSport(Sport a, Sport b) => a == b || a == Sport.Generic || b == Sport.Generic;

    private static int Rank(ActivityFormat format) => format switch
    {
        ActivityFormat.Fit => 0,
        ActivityFormat.Tcx => 1,
        ActivityFormat.Gpx => 2,
        _ => 3,
    };

    private static int Find(int[] group, int i)
    {
        while (group[i] != i) i = group[i] = group[group[i]];
        return i;
    }

    private static void Union(int[] group, int a, int b)
    {
        var ra = Find(group, a);
        var rb = Find(group, b);
        if (ra != rb) group[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
