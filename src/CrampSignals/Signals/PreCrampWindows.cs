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
        foreach (var (entry, time) in RunCramps.Resolve(activity, cramps, options))
        {
            var afterRun = time > runEnd;
            var from = afterRun ? track.TimeAt(0) : time - options.CrampLookback;
            var preceding = findings
                .Where(f => f.Start <= time && f.End >= from)
                .Select(f => new PrecedingFinding(f, Math.Round((time - f.Start).TotalSeconds)))
                .OrderBy(p => p.LeadTimeSeconds)
                .ThenBy(p => p.Finding.Kind)
                .ToImmutableArray();
            var windowEnd = afterRun ? runEnd : time;
            result.Add(new CrampContext(entry, time, afterRun, preceding, WindowVsRun(track, windowEnd - options.CrampLookback, windowEnd)));
        }
        return [.. result.OrderBy(c => c.Time)];
    }

    private static ImmutableArray<Evidence> WindowVsRun(SignalTrack track, DateTime from, DateTime to)
    {
        var a = track.IndexOf(from);
        var b = track.IndexOf(to);
        var list = ImmutableArray.CreateBuilder<Evidence>();
        Add("speed_ratio", track.Speed);
        Add("cadence_ratio", track.CadenceColumn);
        Add("heart_rate_ratio", track.HeartRate);
        Add("temperature_ratio", track.Temperature);
        return list.ToImmutable();

        void Add(string name, double[] column)
        {
            double sum = 0;
            var count = 0;
            for (var i = Math.Max(0, a); i <= b; i++)
            {
                if (!track.MovingMask[i] || double.IsNaN(column[i])) continue;
                sum += column[i];
                count++;
            }
            var median = Rolling.MedianWhere(column, track.MovingMask, 0, track.Length, out _);
            if (count == 0 || !(median > 0)) return;
            list.Add(new Evidence(name, Math.Round(sum / count / median, 3), "×"));
        }
    }
}
