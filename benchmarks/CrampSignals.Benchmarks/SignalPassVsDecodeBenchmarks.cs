using BenchmarkDotNet.Attributes;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Signals;
using CrampSignals.Signals.Track;
using CrampSignals.Simulation;
using CrampSignals.Weather;

namespace CrampSignals.Benchmarks;

/// <summary>
/// The signal pass against the FIT decode of the same file, in one class so the ratio column is the measure
/// (signal pass at most 3× its own decode). The file is the 4-hour run of <see cref="SignalPassBenchmarks"/> written as
/// FIT; the pass reads the activity that decode returns.
/// </summary>
[MemoryDiagnoser]
public class SignalPassVsDecodeBenchmarks
{
    private byte[] _fit = [];
    private Activity _decoded = new();
    private CrampLog _cramps = CrampLog.Empty;
    private WeatherSeries? _weather;

    /// <summary>Writes the 4-hour run as FIT and decodes it once for the pass.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (run, cramps, weather) = FourHourRun.Build();
        _cramps = cramps;
        _weather = weather;
        _fit = FitActivityWriter.ToBytes(run);
        _decoded = FitActivityReader.Read(_fit, "four-hours.fit");
        Console.WriteLine($"// four-hours.fit: {_fit.Length} bytes, {_decoded.Samples.Count} samples");
    }

    /// <summary>The FIT file to an activity (sample table, laps, sessions, events).</summary>
    [Benchmark(Baseline = true)]
    public Activity Decode() => FitActivityReader.Read(_fit, "four-hours.fit");

    /// <summary>The decoded activity to findings and cramp windows, with weather.</summary>
    [Benchmark]
    public SignalReport SignalPass() => SignalAnalyzer.Analyze(_decoded, _cramps, _weather);

    /// <summary>Only the 1 Hz track of the decoded activity.</summary>
    [Benchmark]
    public int TrackOnly() => SignalPassBenchmarks.Built(_decoded);
}
