using System.Diagnostics;
using CrampSignals.Formats.Fit;
using CrampSignals.Signals;
using CrampSignals.Signals.Track;

namespace CrampSignals.Benchmarks;

/// <summary>
/// The comparison and the radix median side by side on residual-like values of the hill fit's sizes (a block with its
/// neighbours, a whole run; a run's speeds and squared GPS residuals, with and without spikes), and the hill fit alone on the 4-hour run: best-of-N times, quicker to iterate on than a
/// BenchmarkDotNet run. Each round selects in 50 different arrays, so a branch predictor cannot learn one array's
/// outcomes and flatter the comparison selection.
/// </summary>
internal static class MedianMicro
{
    public static void Run(int rounds)
    {
        var r = new Random(1);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
        var shapes = new List<(int N, string Name, double[][] Sets)>();
        foreach (var n in new[] { 900, 14_000 })
        {
            var signed = Enumerable.Range(0, 50)
                .Select(_ => Enumerable.Range(0, n).Select(_ => 0.05 * Normal() + (r.Next(10) == 0 ? 0.3 * Normal() : 0)).ToArray()).ToArray();
            shapes.Add((n, "signed", signed));
            shapes.Add((n, "abs", signed.Select(a => a.Select(Math.Abs).ToArray()).ToArray()));
        }
        // A whole run's speeds (the track summaries) and squared midpoint residuals (the GPS noise estimate).
        shapes.Add((14_400, "speed", Sets(14_400, () => 1 + 5 * r.NextDouble() * r.NextDouble())));
        shapes.Add((14_400, "squared", Sets(14_400, () => { var e = 2 * Normal(); var no = 2 * Normal(); return e * e + no * no; })));
        // The same with a spike in 200 fixes, squared into thousands of kilometres: as the 4-hour run's track gives them.
        shapes.Add((14_400, "squared+spikes", Sets(14_400, () => { var e = 2 * Normal(); var no = 2 * Normal(); return r.Next(200) == 0 ? 1e13 * r.NextDouble() : e * e + no * no; })));
        foreach (var (n, name, sets) in shapes)
        {
            var buffer = new double[n];
            double comparison = double.MaxValue, radix = double.MaxValue, x = 0, y = 0;
            for (var i = 0; i < rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                for (var j = 0; j < sets.Length; j++) { sets[j].CopyTo(buffer); x = Rolling.ComparisonMedianInPlace(buffer); }
                comparison = Math.Min(comparison, clock.Elapsed.TotalMicroseconds / sets.Length);
                clock.Restart();
                for (var j = 0; j < sets.Length; j++) { sets[j].CopyTo(buffer); y = Rolling.MedianInPlace(buffer); }
                radix = Math.Min(radix, clock.Elapsed.TotalMicroseconds / sets.Length);
            }
            Console.WriteLine(FormattableString.Invariant(
                $"n={n} {name}: comparison {comparison:F2} us, radix {radix:F2} us, same bits {BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y)}"));
        }
        HillFit(rounds);

        double[][] Sets(int n, Func<double> value) => [.. Enumerable.Range(0, 50).Select(_ => Enumerable.Range(0, n).Select(_ => value()).ToArray())];
    }

    /// <summary>The hill fit alone, again and again on one built track (it rewrites the same effort column each time).</summary>
    public static void HillFit(int rounds)
    {
        var (run, _, _) = FourHourRun.Build();
        var decoded = FitActivityReader.Read(FitActivityWriter.ToBytes(run), "four-hours.fit");
        var track = SignalTrackBuilder.Build(decoded);
        var best = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            HillResponseFit.Apply(track, TrackOptions.Default);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(FormattableString.Invariant($"HillResponseFit.Apply best of {rounds}: {best:F3} ms, responses {track.HillResponse:R} {track.HillResponseDownhill:R}"));
    }
}
