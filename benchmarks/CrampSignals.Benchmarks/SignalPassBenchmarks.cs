using BenchmarkDotNet.Attributes;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Signals.Track;
using CrampSignals.Simulation;
using CrampSignals.Weather;

namespace CrampSignals.Benchmarks;

/// <summary>
/// The whole signal pass (1 Hz track, every detector, the cramp windows) on a 4-hour run at 1 Hz, and the track
/// preparation alone. The run is simulated runs joined end to end (a hot long run, a run with surges, a long run with
/// cadence drops) and cut at 4 hours.
/// </summary>
[MemoryDiagnoser]
public class SignalPassBenchmarks
{
    private Activity _run = new();
    private CrampLog _cramps = CrampLog.Empty;
    private WeatherSeries? _weather;

    /// <summary>Builds the 4-hour run.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var first = RunSimulator.Simulate("hot-long-run", 3);
        var second = RunSimulator.Simulate("surges", 3);
        var third = RunSimulator.Simulate("cadence-fatigue", 3);
        const int seconds = 4 * 3600;
        var b = new SampleTableBuilder(seconds + 1);
        var channels = Enum.GetValues<SampleChannel>();
        var start = first.Activity.Samples.FirstUnixSeconds;
        double offsetTime = 0, offsetDistance = 0;
        foreach (var part in new[] { first.Activity.Samples, second.Activity.Samples, third.Activity.Samples })
        {
            var t0 = part.FirstUnixSeconds;
            for (var i = 0; i < part.Count; i++)
            {
                var t = start + offsetTime + (part.UnixSeconds[i] - t0);
                if (t - start >= seconds) break;
                b.AddRow(t);
                foreach (var c in channels) b.Set(c, part[c][i]);
                b.Set(SampleChannel.Distance, part.DistanceMeters[i] + offsetDistance);
            }
            offsetTime += part.UnixSeconds[part.Count - 1] - t0 + 1;
            offsetDistance += part.DistanceMeters[part.Count - 1];
        }
        _run = first.Activity with { Samples = b.Build(), Events = [] };
        _cramps = first.Cramps;
        _weather = first.Weather;
        // The cut may fall in a pause (no samples while the timer is stopped), so the last sample can be a minute or two short of 4 h.
        if (_run.Duration is not { TotalHours: > 3.95 }) throw new InvalidOperationException($"the benchmark run is {_run.Duration} long, not 4 h");
    }

    /// <summary>
    /// A fixed reference in the same run: sorting a copy of the run's 14 400 speeds. Its code never changes, so the
    /// other benchmarks' ratios to it compare builds measured on a shared, busy machine.
    /// </summary>
    [Benchmark(Baseline = true)]
    public double[] SortSpeeds()
    {
        var copy = _run.Samples.SpeedMetersPerSecond.ToArray();
        Array.Sort(copy);
        return copy;
    }

    /// <summary>Samples to findings and cramp windows, with weather.</summary>
    [Benchmark]
    public SignalReport WholePass() => SignalAnalyzer.Analyze(_run, _cramps, _weather);

    /// <summary>Only the 1 Hz track: resampling, pauses, spikes, smoothing, grade.</summary>
    [Benchmark]
    public object TrackOnly() => SignalTrackBuilder.Build(_run);
}
