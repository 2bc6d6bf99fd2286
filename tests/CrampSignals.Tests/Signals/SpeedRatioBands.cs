using System.Globalization;
using CrampSignals.Signals.Track;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// Ratios of one track's speed to a reference track's speed, second by second, gathered per band of the reference
/// speed (walking, jogging, running): the per-band median tells a bias from the spread.
/// </summary>
internal sealed class SpeedRatioBands
{
    private static readonly (string Name, double From, double To)[] Bands = [("walk", 0.8, 2.2), ("jog", 2.2, 3.0), ("run", 3.0, 7.0)];
    private readonly List<double>[] ratios = [.. Bands.Select(_ => new List<double>())];

    /// <summary>Adds every second both tracks have a speed for and the reference is not paused; returns the ratios of its first <paramref name="firstSeconds"/>.</summary>
    public IEnumerable<double> Add(SignalTrack reference, SignalTrack read, int firstSeconds = 0)
    {
        var start = new List<double>();
        var n = Math.Min(reference.Length, read.Length);
        for (var i = 0; i < n; i++)
        {
            var truth = reference.SpeedMetersPerSecond[i];
            var v = read.SpeedMetersPerSecond[i];
            if (!double.IsFinite(truth) || !double.IsFinite(v) || reference.Paused[i]) continue;
            if (i < firstSeconds) start.Add(v / truth);
            for (var b = 0; b < Bands.Length; b++)
                if (truth >= Bands[b].From && truth < Bands[b].To) ratios[b].Add(v / truth);
        }
        return start;
    }

    /// <summary>Writes one table row per band and returns the bands whose median ratio is off by more than <paramref name="bound"/>.</summary>
    public List<string> Check(ITestOutputHelper output, string label, double bound, int minSeconds)
    {
        var failures = new List<string>();
        for (var b = 0; b < Bands.Length; b++)
        {
            var r = ratios[b];
            if (r.Count < minSeconds) { failures.Add($"{Bands[b].Name}: only {r.Count} seconds"); continue; }
            r.Sort();
            var median = r[r.Count / 2] - 1;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {Bands[b].Name} | {r.Count} s | median {median:+0.0%;-0.0%} | mean {r.Average() - 1:+0.0%;-0.0%} | 10-90 % {r[r.Count / 10] - 1:+0.0%;-0.0%} .. {r[r.Count * 9 / 10] - 1:+0.0%;-0.0%} |"));
            if (Math.Abs(median) > bound) failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Bands[b].Name}: median {median:+0.0%;-0.0%}"));
        }
        return failures;
    }
}
