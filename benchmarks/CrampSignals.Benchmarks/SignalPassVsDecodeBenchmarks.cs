using BenchmarkDotNet.Attributes;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Benchmarks;

/// <summary>
/// The signal pass against the FIT decode of the same file, in one class so the ratio column is the measure
/// (signal pass at most 3× its own decode). The files: the 4-hour run of <see cref="SignalPassBenchmarks"/> written as
/// FIT, and a real run from the corpus when it is there; the pass reads the activity that decode returns.
/// </summary>
[MemoryDiagnoser]
public class SignalPassVsDecodeBenchmarks
{
    private byte[] _fit = [];
    private Activity _decoded = new();
    private CrampLog _cramps = CrampLog.Empty;
    private WeatherSeries? _weather;

    /// <summary>Which run: the generated 4-hour run (with its cramps and weather), or a real run of the corpus.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = FourHours;

    private const string FourHours = "four-hours.fit";
    // A real 2-hour run from the corpus (Garmin FIT: GPS, heart rate, cadence).
    private const string RealRun = "runs-6914448270.fit";

    /// <summary>The inputs available on this machine.</summary>
    public static IEnumerable<string> Inputs()
    {
        yield return FourHours;
        if (BenchmarkCorpus.File("sportslib/fit/" + RealRun) is not null) yield return RealRun;
    }

    /// <summary>Writes or loads the file and decodes it once for the pass.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (Input == FourHours)
        {
            var (run, cramps, weather) = FourHourRun.Build();
            _cramps = cramps;
            _weather = weather;
            _fit = FitActivityWriter.ToBytes(run);
        }
        else _fit = File.ReadAllBytes(BenchmarkCorpus.File("sportslib/fit/" + RealRun)!);
        _decoded = FitActivityReader.Read(_fit, Input);
        Console.WriteLine($"// {Input}: {_fit.Length} bytes, {_decoded.Samples.Count} samples");
    }

    /// <summary>The FIT file to an activity (sample table, laps, sessions, events).</summary>
    [Benchmark(Baseline = true)]
    public Activity Decode() => FitActivityReader.Read(_fit, Input);

    /// <summary>The decoded activity to findings and cramp windows, with weather.</summary>
    [Benchmark]
    public SignalReport SignalPass() => SignalAnalyzer.Analyze(_decoded, _cramps, _weather);

    /// <summary>Only the 1 Hz track of the decoded activity.</summary>
    [Benchmark]
    public int TrackOnly() => SignalPassBenchmarks.Built(_decoded);
}
