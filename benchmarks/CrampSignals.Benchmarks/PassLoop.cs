using System.Diagnostics;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Signals;
using CrampSignals.Signals.Track;
using CrampSignals.Weather;

namespace CrampSignals.Benchmarks;

/// <summary>
/// The 4-hour run's decode, track and signal pass (or those of a FIT file given, with no cramp log or weather), each called
/// in a loop: a steady process to attach a sampling profiler to, and best-of-N times for each step when a BenchmarkDotNet
/// run is too slow to iterate on.
/// </summary>
internal static class PassLoop
{
    public static void Run(int rounds, string? path = null)
    {
        byte[] fit;
        CrampLog cramps = CrampLog.Empty;
        WeatherSeries? weather = null;
        if (path is null) (fit, cramps, weather) = FourHourFit();
        else fit = File.ReadAllBytes(path);
        var name = path is null ? "four-hours.fit" : Path.GetFileName(path);
        var decoded = FitActivityReader.Read(fit, name);
        double decode = double.MaxValue, track = double.MaxValue, pass = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            FitActivityReader.Read(fit, name);
            decode = Math.Min(decode, clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            SignalTrackBuilder.Build(decoded).Release();
            track = Math.Min(track, clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            SignalAnalyzer.Analyze(decoded, cramps, weather);
            pass = Math.Min(pass, clock.Elapsed.TotalMilliseconds);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        SignalAnalyzer.Analyze(decoded, cramps, weather);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(FormattableString.Invariant($"one signal pass allocates {allocated / 1024.0:F0} KiB"));
        Console.WriteLine(FormattableString.Invariant($"best of {rounds}: decode {decode:F2} ms, track {track:F2} ms, signal pass {pass:F2} ms, pass/decode {pass / decode:F2}"));
    }

    private static (byte[] Fit, CrampLog Cramps, WeatherSeries? Weather) FourHourFit()
    {
        var (run, cramps, weather) = FourHourRun.Build();
        return (FitActivityWriter.ToBytes(run), cramps, weather);
    }
}
