using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Formats.Tcx;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// One run tells one story whatever file it comes in: for every simulated run, its FIT file, a GPX export and a TCX
/// export (positions only, no speed or distance, with 2 m of realistic scatter added to the fixes, as phone apps and
/// many exports hold them) give the same finding kinds, each starting within 2 minutes of the FIT's.
/// </summary>
// A property over every simulated scenario, each written and read back as FIT, GPX and TCX: behind the Slow trait so
// `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class FormatAgreementPropertyTests(ITestOutputHelper output)
{
    private const double ScatterMeters = 2;
    private static readonly TimeSpan StartTolerance = TimeSpan.FromMinutes(2);

    public static TheoryData<string> Scenarios => [.. RunSimulator.Scenarios];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Fit_gpx_and_tcx_exports_of_one_run_give_the_same_findings(string scenario)
    {
        var disagreements = new List<string>();
        for (var seed = 1; seed <= 8; seed++)
        {
            var run = RunSimulator.Simulate(scenario, seed);
            var fit = ActivityFile.Load(FitActivityWriter.ToBytes(run.Activity), "run.fit");
            var reference = SignalAnalyzer.Analyze(fit, run.Cramps, run.Weather);
            foreach (var (name, export) in new[] { ("gpx", Gpx(run, seed)), ("tcx", Tcx(run, seed)) })
            {
                var report = SignalAnalyzer.Analyze(export, run.Cramps, run.Weather);
                var problem = Compare(reference, report);
                if (problem is not null) disagreements.Add($"{scenario} seed {seed} {name}: {problem}");
            }
        }
        foreach (var d in disagreements) output.WriteLine(d);
        var known = KnownDetectorDisagreements.Where(k => k.StartsWith(scenario + " ", StringComparison.Ordinal)).ToList();
        var unexplained = disagreements.Where(d => !known.Any(k => d.StartsWith(k, StringComparison.Ordinal))).ToList();
        var gone = known.Where(k => !disagreements.Any(d => d.StartsWith(k, StringComparison.Ordinal))).ToList();
        Assert.True(unexplained.Count == 0, "the formats disagree:" + Environment.NewLine + string.Join(Environment.NewLine, unexplained));
        Assert.True(gone.Count == 0, "these formats agree; take them off the known list:" + Environment.NewLine + string.Join(Environment.NewLine, gone));
    }

    /// <summary>
    /// Disagreements whose cause is in a detector rather than in the track, each to be taken off as the detector is
    /// fixed (the test fails when one of them stops occurring, so the list only shrinks).
    /// <list type="bullet">
    /// <item>pace-surge (surges 3, GPX and TCX): the simulator's +16 % surge of 224 s at 05:00:36, on a climb, is found in
    /// both exports at +10 % and missed in the FIT file, which reads it at +9.5 %: the exports are right and the FIT file
    /// is short of the line. The exports find it whole because rises an ease apart are judged as one effort first, so
    /// their GPS noise does not split it into pieces.</item>
    /// </list>
    /// Cadence drops agree because a drop that resumes within an onset's reach of the one before is that drop, so seconds
    /// of noisy speed from an export cannot cut one in two. Cardiac drift agrees because steady running starts where it
    /// is sustained (<see cref="DriftOptions.SustainedWindow"/>), so the speed read from positions puts no warm-up
    /// seconds inside the steady band.
    /// </summary>
    private static readonly string[] KnownDetectorDisagreements =
    [
        "surges seed 3 gpx: kinds",
        "surges seed 3 tcx: kinds",
    ];

    private static Activity Gpx(SimulatedRun run, int seed)
    {
        using var stream = new MemoryStream();
        GpxActivityWriter.Write(PositionsOnlyExport.Of(run.Activity, ScatterMeters, 1000 + seed), stream);
        return ActivityFile.Load(stream.ToArray(), "run.gpx");
    }

    private static Activity Tcx(SimulatedRun run, int seed)
    {
        using var stream = new MemoryStream();
        TcxActivityWriter.Write(PositionsOnlyExport.Of(run.Activity, ScatterMeters, 2000 + seed), stream);
        return ActivityFile.Load(stream.ToArray(), "run.tcx");
    }

    /// <summary>Null when the kinds agree and each finding starts within the tolerance of its FIT counterpart; else what differs.</summary>
    private static string? Compare(SignalReport reference, SignalReport other)
    {
        string Kinds(SignalReport r) => string.Join(",", r.Findings.Select(f => f.Kind.ToId()).Order(StringComparer.Ordinal));
        if (Kinds(reference) != Kinds(other)) return $"kinds [{Kinds(other)}] against the FIT's [{Kinds(reference)}]";
        foreach (var kind in reference.Findings.Select(f => f.Kind).Distinct())
        {
            var a = reference.Findings.Where(f => f.Kind == kind).OrderBy(f => f.Start).ToList();
            var b = other.Findings.Where(f => f.Kind == kind).OrderBy(f => f.Start).ToList();
            foreach (var (x, y) in a.Zip(b))
                if ((x.Start - y.Start).Duration() > StartTolerance)
                    return $"{kind.ToId()} starts {y.Start:HH:mm:ss}Z against the FIT's {x.Start:HH:mm:ss}Z";
        }
        return null;
    }
}
