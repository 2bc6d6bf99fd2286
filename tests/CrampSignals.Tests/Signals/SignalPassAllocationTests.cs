using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Signals.Detectors;
using CrampSignals.Signals.Track;
using CrampSignals.Simulation;
using CrampSignals.Weather;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// The memory the signal pass asks for on a 4-hour 1 Hz run: the track it hands back, plus little more. Allocated bytes
/// on one thread are deterministic for the same input (unlike time), so the budget is asserted; speed itself is
/// measured with the benchmarks.
/// </summary>
[Collection(nameof(AllocationBudgets))]
public sealed class SignalPassAllocationTests(ITestOutputHelper output)
{
    private static readonly Lazy<(Activity Run, CrampLog Cramps, WeatherSeries? Weather)> FourHours = new(BuildFourHours);

    /// <summary>Simulated runs joined end to end and cut at 4 hours (as the signal-pass benchmark does).</summary>
    private static (Activity, CrampLog, WeatherSeries?) BuildFourHours()
    {
        var parts = new[] { RunSimulator.Simulate("hot-long-run", 3), RunSimulator.Simulate("surges", 3), RunSimulator.Simulate("cadence-fatigue", 3) };
        return (parts[0].Activity with { Samples = JoinedRuns.Join(parts.Select(p => p.Activity.Samples), 4 * 3600), Events = [] }, parts[0].Cramps, parts[0].Weather);
    }

    /// <summary>
    /// Bytes one call allocates on this thread, after a first call (JIT, statics, the shared array pool filled): the
    /// least of three calls, so that nothing but the code under test can add to it.
    /// </summary>
    private static long Allocated(Action action)
    {
        action();
        var least = long.MaxValue;
        for (var k = 0; k < 3; k++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return least;
    }

    private static SignalContext Context(Activity run)
    {
        var o = SignalOptions.Default;
        var track = SignalTrackBuilder.Build(run, o.Track);
        return new SignalContext(run, track, o, LocalTimeResolver.Resolve(run, track), null);
    }

    [Fact]
    public void No_detector_allocates_a_column_of_its_own()
    {
        var (run, _, _) = FourHours.Value;
        var context = Context(run);
        // One column of the 4-hour track is 14 400 doubles (115 kB): a detector working in pooled scratch columns and
        // spans allocates its findings and a few small windows, far below half of that.
        var budget = context.Track.Length * sizeof(double) / 2;
        var judged = 0;
        foreach (var d in SignalAnalyzer.Detectors)
        {
            if (d.MissingInput(context) is { } missing) { output.WriteLine($"{d.Kind}: not run ({missing})"); continue; }
            var findings = new List<Finding>();
            d.Detect(context, findings);
            var bytes = Allocated(() => d.Detect(context, new List<Finding>()));
            output.WriteLine($"{d.Kind}: {bytes:N0} B, {findings.Count} finding(s)");
            Assert.True(bytes < budget, $"{d.Kind} allocated {bytes:N0} B on a 4-hour run; budget {budget:N0} B");
            judged++;
        }
        // The run must exercise the detectors, or the budget says nothing.
        Assert.True(judged >= 8, $"only {judged} detectors could judge the 4-hour run");
    }

    [Fact]
    public void The_whole_pass_allocates_under_1_MB_its_columns_coming_from_the_pool()
    {
        var (run, cramps, weather) = FourHours.Value;
        var context = Context(run);
        var o = SignalOptions.Default;
        var track = Allocated(() => SignalTrackBuilder.Build(run, o.Track).Release());
        var pass = Allocated(() => SignalAnalyzer.Analyze(run, cramps, weather));
        output.WriteLine($"track build, columns given back: {track:N0} B");
        output.WriteLine($"unjudged start: {Allocated(() => PaceSurgeDetector.UnjudgedStart(context)):N0} B");
        if (weather is not null) output.WriteLine($"weather: {Allocated(() => CrampSignals.Signals.Weather.WeatherSampler.Sample(weather, context.Track)?.Release()):N0} B");
        output.WriteLine($"pre-cramp windows: {Allocated(() => PreCrampWindows.Build(run, context.Track, [], cramps, o)):N0} B");
        output.WriteLine($"whole pass: {pass:N0} B");
        Assert.NotNull(weather);
        Assert.NotEmpty(SignalAnalyzer.Analyze(run, cramps, weather).Findings);
        Assert.True(pass < 1_000_000, $"the signal pass allocated {pass:N0} B on a 4-hour run; budget 1 MB");
        // The track's nine number columns and the weather's four are pooled; what a build still allocates is its masks and row index.
        var column = (long)context.Track.Length * sizeof(double);
        Assert.True(track < 3 * column, $"a track build whose columns were given back allocated {track:N0} B, as much as three of its nine {column:N0} B columns");
        Assert.True(pass < 4 * column, $"the pass allocated {pass:N0} B, as much as four of the columns it borrows from the pool");
    }
}

/// <summary>Allocation budgets are read per thread, alone: other tests renting from the shared array pool at the same time could take the arrays a measured call would have reused.</summary>
[CollectionDefinition(nameof(AllocationBudgets), DisableParallelization = true)]
public sealed class AllocationBudgets;
