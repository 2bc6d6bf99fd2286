using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Formats;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Simulation;
using FsCheck.Fluent;
using FsCheck;

namespace CrampSignals.Fuzz;

/// <summary>
/// Properties over generated runs (any scenario, seed, length and gaps): the analysis is a function of its input, a
/// FIT or GPX round trip of a run gives the findings the run gave, and no report format throws.
/// </summary>
// Generates, round-trips and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public sealed class RunProperties
{
    /// <summary>A simulated run cut to a length, with a stretch of samples taken out (a GPS dropout or a paused watch).</summary>
    public sealed record GeneratedRun(string Scenario, int Seed, int Samples, int GapStart, int GapLength)
    {
        public Activity Build()
        {
            var run = RunSimulator.Simulate(Scenario, Seed);
            var s = FuzzSeeds.Truncate(run.Activity, Samples).Samples;
            var b = new SampleTableBuilder(s.Count);
            for (var i = 0; i < s.Count; i++)
                if (i < GapStart || i >= GapStart + GapLength) b.CopyRow(s, i);
            return run.Activity with { Samples = b.Build(), Laps = [], Sessions = [], Events = [] };
        }

        public override string ToString() => $"{Scenario} seed {Seed}, {Samples} samples, gap of {GapLength} at {GapStart}";
    }

    private static readonly Gen<GeneratedRun> Runs =
        from scenario in Gen.Elements(RunSimulator.Scenarios.ToArray())
        from seed in Gen.Choose(1, 10_000)
        from samples in Gen.Choose(300, 5400)
        from gapStart in Gen.Choose(0, 5400)
        from gapLength in Gen.Choose(0, 900)
        select new GeneratedRun(scenario, seed, samples, gapStart, gapLength);

    [Fact]
    public void Analysis_is_deterministic_round_trips_keep_the_findings_and_no_report_format_throws()
    {
        var property = Prop.ForAll(Runs.ToArbitrary(), run =>
        {
            var activity = run.Build();
            var fit = ActivityFile.Load(FitActivityWriter.ToBytes(activity), "run.fit");
            var fitAgain = ActivityFile.Load(FitActivityWriter.ToBytes(fit), "again.fit");
            var gpx = LoadGpx(activity, "run.gpx");
            var gpxAgain = LoadGpx(gpx, "again.gpx");

            var first = CrampAnalyzer.Analyze(fit);
            var second = CrampAnalyzer.Analyze(fit);
            var deterministic = ReportJsonWriter.ToJson(first) == ReportJsonWriter.ToJson(second);
            var fitTrip = Findings(first) == Findings(CrampAnalyzer.Analyze(fitAgain));
            var gpxReport = CrampAnalyzer.Analyze(gpx);
            var gpxTrip = Findings(gpxReport) == Findings(CrampAnalyzer.Analyze(gpxAgain));
            foreach (var report in new[] { first, gpxReport })
            {
                _ = HtmlReportWriter.ToHtml(report);
                _ = ReportJsonWriter.ToJson(report);
                var o = new StringWriter();
                ReportTextWriter.Write(o, report);
                ReportMarkdownWriter.Write(o, report);
            }
            return deterministic.Label("analysis deterministic")
                .And(fitTrip.Label("FIT round trip keeps the findings"))
                .And(gpxTrip.Label("GPX round trip keeps the findings"));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(8), property);
    }

    private static Activity LoadGpx(Activity activity, string name)
    {
        using var s = new MemoryStream();
        GpxActivityWriter.Write(activity, s);
        return ActivityFile.Load(s.ToArray(), name);
    }

    private static string Findings(RunReport report) =>
        string.Join("; ", report.Signals.Findings.Select(f => $"{f.Kind} {f.Start:O} {f.End:O} {f.Severity}"));
}
