using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals.Track;

namespace CrampSignals.Signals;

/// <summary>
/// What came before each cramp: the findings in the lookback window (or the whole run, for a cramp after it) with
/// their lead times, and the window's speed, cadence, heart rate and temperature against the run's own medians.
/// </summary>
internal static class PreCrampWindows
{
    /// <summary>The context of every cramp of <paramref name="cramps"/> that belongs to the run, in time order.</summary>
    public static ImmutableArray<CrampContext> Build(Activity activity, SignalTrack track, IReadOnlyList<Finding> findings, CrampLog? cramps, SignalOptions options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(findings);
        if (track.Length == 0)
            return [.. RunCramps.Resolve(activity, cramps, options).Select(c => new CrampContext(c.Entry, c.Time, false, [], []))];
        var result = new List<CrampContext>();
        var runEnd = track.TimeAt(track.Length - 1);
        // Taken at the first cramp: most runs have none, and four whole-run medians are a good part of a pass.
        double[]? runMedians = null;
        foreach (var (entry, time) in RunCramps.Resolve(activity, cramps, options))
        {
            runMedians ??= RunMedians(track);
            var afterRun = time > runEnd;
            var from = afterRun ? track.TimeAt(0) : time - options.CrampLookback;
            var preceding = findings
                .Where(f => f.Start <= time && f.End >= from)
                .Select(f => new PrecedingFinding(f, Math.Round((time - f.Start).TotalSeconds)))
                .OrderBy(p => p.LeadTimeSeconds)
                .ThenBy(p => p.Finding.Kind)
                .ToImmutableArray();
            var windowEnd = afterRun ? runEnd : time;
            result.Add(new CrampContext(entry, time, afterRun, preceding, WindowVsRun(track, runMedians, windowEnd - options.CrampLookback, windowEnd)));
        }
        return [.. result.OrderBy(c => c.Time)];
    }

    /// <summary>The evidence names and the track's columns they compare, in the order the evidence lists them.</summary>
    private static readonly string[] ComparedNames = ["speed_ratio", "cadence_ratio", "heart_rate_ratio", "temperature_ratio"];

    /// <summary>The column that <see cref="ComparedNames"/>[<paramref name="k"/>] compares.</summary>
    private static ReadOnlySpan<double> Compared(SignalTrack track, int k) => k switch
    {
        0 => track.Speed,
        1 => track.CadenceColumn,
        2 => track.HeartRate,
        _ => track.Temperature,
    };

    /// <summary>Each compared column's median over the moving seconds of the whole run: the same for every cramp.</summary>
    private static double[] RunMedians(SignalTrack track)
    {
        var medians = new double[ComparedNames.Length];
        for (var k = 0; k < medians.Length; k++) medians[k] = Rolling.MedianWhere(Compared(track, k), track.MovingMask, 0, track.Length, out _);
        return medians;
    }

    private static ImmutableArray<Evidence> WindowVsRun(SignalTrack track, double[] runMedians, DateTime from, DateTime to)
    {
        var a = track.IndexOf(from);
        var b = track.IndexOf(to);
        var list = ImmutableArray.CreateBuilder<Evidence>();
        for (var k = 0; k < ComparedNames.Length; k++)
        {
            if (!(runMedians[k] > 0)) continue;
            var mean = Rolling.MeanWhere(Compared(track, k), track.MovingMask, a, b + 1, out var count);
            if (count == 0) continue;
            list.Add(new Evidence(ComparedNames[k], Math.Round(mean / runMedians[k], 3), "×"));
        }
        return list.ToImmutable();
    }
}
