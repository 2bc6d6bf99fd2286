using System.Buffers;
using CrampSignals.Activities;

namespace CrampSignals.Formats;

/// <summary>
/// The one cadence convention of every reader: on foot, steps per minute (both feet); any other sport, as written
/// (a bike's revolutions per minute).
/// </summary>
/// <remarks>
/// <para>Watches count one foot: FIT <c>cadence</c> (plus <c>fractional_cadence</c>), TCX <c>RunCadence</c>, Garmin's
/// GPX <c>cad</c>, and the plain TCX <c>Cadence</c> that Polar writes in a Running activity are all strides per minute.
/// Some devices and apps (treadmills, some exporters) write steps per minute in the same fields, and doubling those
/// gives impossible runs at 270 steps a minute. So the readers keep the raw value and this class decides once per file
/// and per kind of sport: the median of the values that show movement is compared with
/// <see cref="StepsAtOrAbove"/>; at or above it the values are steps already and are kept, with a warning that
/// says so; below it they are doubled.</para>
/// </remarks>
internal static class CadenceConvention
{
    /// <summary>
    /// Median cadence on foot, as written, from which the values are taken as steps per minute already: as strides it
    /// would be a whole run (or walk) at 240 steps a minute or more, which nobody keeps up, while 120 steps a minute is
    /// a brisk walk or the slowest shuffle. Below it the values are taken as strides, as the formats define them; a
    /// walk written in steps below 120 cannot be told from a race walk in strides, and is doubled like the rest.
    /// </summary>
    public const double StepsAtOrAbove = 120;

    /// <summary>Values below this are a standing runner or sensor noise and do not vote (a stopped watch writes 0).</summary>
    private const double MovingAtOrAbove = 30;

    /// <summary>
    /// Puts the cadence of <paramref name="table"/> in the convention: the rows whose sport is on foot are doubled to
    /// steps per minute unless their values are steps already; other rows are left as written.
    /// </summary>
    /// <param name="table">The rows, cadence as the file wrote it.</param>
    /// <param name="sportOf">The sport of a row.</param>
    /// <param name="warn">Told when a sport's cadence was found to be in steps per minute already.</param>
    public static void Apply(SampleTableBuilder table, Func<int, Sport> sportOf, Action<ParseWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(sportOf);
        if (!AnyMoving(table.Column(SampleChannel.Cadence))) return;
        var sports = ArrayPool<Sport>.Shared.Rent(table.Count);
        try
        {
            for (var row = 0; row < table.Count; row++) sports[row] = sportOf(row);
            Apply(table, sports.AsSpan(0, table.Count), warn);
        }
        finally
        {
            ArrayPool<Sport>.Shared.Return(sports);
        }
    }

    /// <summary>Puts every row of a one-sport file in the convention.</summary>
    public static void Apply(SampleTableBuilder table, Sport sport, Action<ParseWarning> warn)
    {
        ArgumentNullException.ThrowIfNull(table);
        // A sport not on foot keeps its cadence as written: nothing to look at.
        if (Kind(sport) is null) return;
        Apply(table, [], sport, warn);
    }

    /// <summary>As <see cref="Apply(SampleTableBuilder, Func{int, Sport}, Action{ParseWarning})"/>, the sport of row r being <paramref name="sports"/>[r].</summary>
    internal static void Apply(SampleTableBuilder table, ReadOnlySpan<Sport> sports, Action<ParseWarning> warn) =>
        Apply(table, sports, Sport.Generic, warn);

    /// <summary>True when some cadence shows movement: without one there is nothing to decide and nothing changes.</summary>
    internal static bool AnyMoving(ReadOnlySpan<double> cadence)
    {
        foreach (var c in cadence)
            if (c >= MovingAtOrAbove) return true;
        return false;
    }

    // The sport of row r is sports[r], or `single` for every row when sports is empty.
    private static void Apply(SampleTableBuilder table, ReadOnlySpan<Sport> sports, Sport single, Action<ParseWarning> warn)
    {
        var cadence = table.Column(SampleChannel.Cadence);
        // Running and walking are judged apart: in a multisport file a walk's lower cadence does not drag the run's median
        // down. Counting the moving values and those below the threshold settles most files without the median itself.
        int runningCount = 0, runningBelow = 0, walkingCount = 0, walkingBelow = 0;
        Sport? first = null;
        for (var row = 0; row < cadence.Length; row++)
        {
            var c = cadence[row];
            if (!(c >= MovingAtOrAbove)) continue;
            var kind = KindAt(sports, single, row);
            var below = c < StepsAtOrAbove ? 1 : 0;
            if (kind == Sport.Running)
            {
                runningCount++;
                runningBelow += below;
            }
            else if (kind == Sport.Walking)
            {
                walkingCount++;
                walkingBelow += below;
            }
            else continue;
            first ??= kind;
        }
        if (first is not Sport firstKind) return;

        // Rows of a foot sport with no moving value at all (a sport whose cadence never rose above 30) are doubled.
        var runningFactor = 2.0;
        var walkingFactor = 2.0;
        // The warnings come in the order the kinds first appear.
        foreach (var kind in firstKind == Sport.Running ? [Sport.Running, Sport.Walking] : (ReadOnlySpan<Sport>)[Sport.Walking, Sport.Running])
        {
            var count = kind == Sport.Running ? runningCount : walkingCount;
            if (count == 0) continue;
            var median = MedianIfSteps(cadence, sports, single, kind, count, kind == Sport.Running ? runningBelow : walkingBelow);
            var steps = median >= StepsAtOrAbove;
            if (kind == Sport.Running) runningFactor = steps ? 1 : 2;
            else walkingFactor = steps ? 1 : 2;
            if (steps)
                warn(new ParseWarning(
                    $"the {(kind == Sport.Running ? "running" : "walking")} cadence is already in steps per minute " +
                    $"(median {Math.Round(median)} as written, at or above {StepsAtOrAbove}); it is kept as written, not doubled"));
        }
        for (var row = 0; row < cadence.Length; row++)
        {
            var c = cadence[row];
            if (double.IsNaN(c) || KindAt(sports, single, row) is not Sport kind) continue;
            var f = kind == Sport.Running ? runningFactor : walkingFactor;
            if (f != 1) cadence[row] = c * f;
        }
    }

    /// <summary>
    /// The median of the <paramref name="count"/> moving values of <paramref name="kind"/> when it is at or above
    /// <see cref="StepsAtOrAbove"/> (the warning quotes it), else a value below the threshold. With <paramref name="below"/>
    /// of them under the threshold, the two middle ranks are on known sides of it unless exactly half are below, so only a
    /// file in steps, or one split at the middle, needs the values gathered and the median selected.
    /// </summary>
    private static double MedianIfSteps(ReadOnlySpan<double> cadence, ReadOnlySpan<Sport> sports, Sport single, Sport kind, int count, int below)
    {
        // The upper middle value (rank count / 2) is below the threshold, and with it the median.
        if (below > count / 2) return double.NegativeInfinity;
        var values = ArrayPool<double>.Shared.Rent(count);
        try
        {
            var n = 0;
            for (var row = 0; row < cadence.Length; row++)
            {
                var c = cadence[row];
                if (c >= MovingAtOrAbove && KindAt(sports, single, row) == kind) values[n++] = c;
            }
            return Median(values.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
        }
    }

    // The kind of row r: of sports[r], or of `single` for every row when sports is empty.
    private static Sport? KindAt(ReadOnlySpan<Sport> sports, Sport single, int row) => Kind(sports.IsEmpty ? single : sports[row]);

    // Walking and hiking are judged as one kind.
    private static Sport? Kind(Sport sport) => sport switch
    {
        Sport.Running => Sport.Running,
        Sport.Walking or Sport.Hiking => Sport.Walking,
        _ => null,
    };

    // The median exactly as sorting would give it (the mean of the two middle values for an even count), found by
    // selection in linear time; the values are reordered.
    private static double Median(Span<double> values)
    {
        var n = values.Length;
        var upper = Select(values, n / 2);
        if (n % 2 == 1) return upper;
        var lower = double.NegativeInfinity;
        foreach (var v in values[..(n / 2)]) lower = Math.Max(lower, v);
        return (lower + upper) / 2;
    }

    // Quickselect (Hoare partition around a median of three), the k-th smallest value left at values[k] with the smaller
    // ones before it. Crafted data cannot make it quadratic: past a depth budget the rest of the range is sorted.
    private static double Select(Span<double> values, int k)
    {
        int lo = 0, hi = values.Length - 1;
        var budget = 2 * System.Numerics.BitOperations.Log2((uint)values.Length) + 8;
        while (hi > lo)
        {
            if (budget-- == 0)
            {
                values[lo..(hi + 1)].Sort();
                break;
            }
            double a = values[lo], b = values[lo + (hi - lo) / 2], c = values[hi];
            var pivot = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else break;
        }
        return values[k];
    }
}
