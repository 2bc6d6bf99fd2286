using CrampSignals.Signals;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Probe;

/// <summary>Looks at single probe runs by family and seed (set PROBE_DUMP=Family:seed[:mode:route[:from:to:step]]).</summary>
// Generates and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public sealed class ProbeDumpTests(ITestOutputHelper output)
{
    /// <summary>Writes the chosen run's story, findings and true trace; without PROBE_DUMP it checks the first control run is a run.</summary>
    [Fact]
    public void Dump_one_run()
    {
        var spec = (Environment.GetEnvironmentVariable("PROBE_DUMP") ?? "Control:1").Split(':');
        var family = Enum.Parse<ProbeFamily>(spec[0]);
        var seed = int.Parse(spec[1], System.Globalization.CultureInfo.InvariantCulture);
        var mode = spec.Length > 2 ? Enum.Parse<RecordingMode>(spec[2]) : RecordingMode.OneHz;
        var route = spec.Length > 3 ? Enum.Parse<FileRoute>(spec[3]) : FileRoute.Memory;
        var run = IndependentRunGenerator.Generate(family, seed, mode, route);
        Assert.NotNull(run);
        var report = SignalAnalyzer.Analyze(run.Activity, run.Cramps, run.Weather);
        int from = 0, to = int.MaxValue, step = 15;
        if (spec.Length > 6) { from = int.Parse(spec[4], System.Globalization.CultureInfo.InvariantCulture); to = int.Parse(spec[5], System.Globalization.CultureInfo.InvariantCulture); step = int.Parse(spec[6], System.Globalization.CultureInfo.InvariantCulture); }
        output.WriteLine(ProbeDump.Describe(run, report, from, to, step));
        Assert.True(run.Activity.Samples.Count > 600);
    }
}
