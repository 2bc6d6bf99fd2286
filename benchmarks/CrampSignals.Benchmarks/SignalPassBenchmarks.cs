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
    private Activity _positionsOnly = new();
    private CrampLog _cramps = CrampLog.Empty;
    private WeatherSeries? _weather;

    /// <summary>Builds the 4-hour run.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_run, _cramps, _weather) = FourHourRun.Build();
        // The cut may fall in a pause (no samples while the timer is stopped), so the last sample can be a minute or two short of 4 h.
        if (_run.Duration is not { TotalHours: > 3.95 }) throw new InvalidOperationException($"the benchmark run is {_run.Duration} long, not 4 h");
        _positionsOnly = PositionsOnlyExport.Of(_run, 2, 1);
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
    public int TrackOnly() => Built(_run);

    /// <summary>
    /// The 1 Hz track of the same run as a positions-only export holds it (2 m of scatter, no speed or distance): the
    /// speed comes from the path estimated over the fixes, smoothed again where it keeps missing them.
    /// </summary>
    [Benchmark]
    public int TrackFromPositions() => Built(_positionsOnly);

    /// <summary>Builds the track and gives its columns back, as the signal pass does once it is done with it.</summary>
    internal static int Built(Activity run)
    {
        var track = SignalTrackBuilder.Build(run);
        var length = track.Length;
        track.Release();
        return length;
    }
}
