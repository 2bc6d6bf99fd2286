using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Formats;
using CrampSignals.Runs;
using CrampSignals.Simulation;
using Xunit.Abstractions;

namespace CrampSignals.Conformance.Tests.Signals;

/// <summary>
/// A positions-only export of a run (GPX, TCX without distances) measures the distance the watch measured: within 2 %,
/// where the raw sum of great-circle steps between scattered fixes runs long. Each row of the error table: the run,
/// the added scatter, the watch's distance, the raw sum, the estimated path, and its error.
/// </summary>
// Generates and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class PathDistanceTests(ITestOutputHelper output)
{
    private const double Bound = 0.02;

    public static TheoryData<string, int, double> SimulatedRuns
    {
        get
        {
            var data = new TheoryData<string, int, double>();
            foreach (var (scenario, seed) in new[] { ("easy-cool", 11), ("surges", 12), ("fast-start-race", 13), ("cadence-fatigue", 14), ("hot-long-run", 15) })
                foreach (var scatter in new[] { 0.0, 1.0, 2.0, 3.0, 5.0 })
                    data.Add(scenario, seed, scatter);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SimulatedRuns))]
    public void A_gpx_export_with_scattered_fixes_measures_the_watch_distance(string scenario, int seed, double scatter)
    {
        var run = RunSimulator.Simulate(scenario, seed);
        var watch = ActivitySummarizer.Summarize(ActivityFile.Load(FitActivityWriter.ToBytes(run.Activity), "run.fit")).DistanceMeters!.Value;
        var export = PositionsOnlyExport.Of(run.Activity, scatter, seed);
        using var gpxStream = new MemoryStream();
        GpxActivityWriter.Write(export, gpxStream);
        var gpx = ActivityFile.Load(gpxStream.ToArray(), "run.gpx");
        Check($"{scenario} seed {seed} (simulated)", scatter, watch, gpx);
    }

    /// <summary>The same activity as the watch stored it and as exported without distances.</summary>
    public static TheoryData<string, string, string, string> CorpusPairs => new()
    {
        { "fit", "4078723797.fit", "gpx", "activity_4078723797.gpx" },
        { "fit", "4078723797.fit", "gpx", "4078723797_strava.gpx" },
        { "tcx", "activity_5039744860.tcx", "gpx", "activity_5039744860.gpx" },
    };

    [CorpusTheory]
    [MemberData(nameof(CorpusPairs))]
    public void A_real_positions_only_export_measures_the_watch_distance(string watchFolder, string watchName, string exportFolder, string exportName)
    {
        var watchPath = Corpus.PathOf(watchFolder, watchName);
        var exportPath = Corpus.PathOf(exportFolder, exportName);
        var watchActivity = ActivityFile.Load(watchPath);
        Assert.False(watchActivity.DistanceFromPositions, $"{watchName} holds the device's own distance");
        // The watch's track distance (its samples' distance column): the laps' totals a TCX also gives may differ from it by a few
        // metres per lap, and the path is estimated from that track.
        var watch = Rises(watchActivity.Samples.DistanceMeters);
        var export = ActivityFile.Load(exportPath);
        Assert.True(export.DistanceFromPositions, $"{exportName} holds positions only");
        Check(exportName, double.NaN, watch, export);
    }

    private void Check(string name, double scatter, double watch, Activity export)
    {
        var raw = RawSum(export.Samples.DistanceMeters);
        var smoothed = ActivitySummarizer.Summarize(export).DistanceMeters!.Value;
        var error = smoothed / watch - 1;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {(double.IsNaN(scatter) ? "real" : $"{scatter:0} m")} | {watch:0} | {raw:0} ({raw / watch - 1:+0.0%;-0.0%}) | {smoothed:0} | {error:+0.00%;-0.00%} |"));
        Assert.True(Math.Abs(error) <= Bound,
            $"{name}: the estimated path is {smoothed:0} m against the watch's {watch:0} m ({error:+0.0%;-0.0%}; raw sum {raw:0} m)");
    }

    /// <summary>The distance a column adds up to, summing its rises: a column that restarts (activity_5039744860.tcx does) counts once.</summary>
    private static double Rises(ReadOnlySpan<double> distance)
    {
        double total = 0, previous = double.NaN;
        foreach (var v in distance)
        {
            if (double.IsNaN(v)) continue;
            if (v > previous) total += v - previous;
            previous = v;
        }
        return total;
    }

    private static double RawSum(ReadOnlySpan<double> distance)
    {
        var last = double.NaN;
        foreach (var v in distance) if (!double.IsNaN(v)) last = v;
        return last;
    }
}
