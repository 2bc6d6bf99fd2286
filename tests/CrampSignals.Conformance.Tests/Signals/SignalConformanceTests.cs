using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Reports;
using CrampSignals.Signals.Track;
using CrampSignals.Signals;

namespace CrampSignals.Conformance.Tests.Signals;

/// <summary>
/// The signal pass on real watch files: nothing absurd. No surge shorter than the minimum or starting at a GPS spike,
/// no cadence drop outside running or on a steep grade, a plausible number of findings per hour, and rides or swims
/// not judged as runs.
/// </summary>
// Analyses every corpus watch file: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class SignalConformanceTests
{
    /// <summary>The running activities in the corpus (on-foot sessions, or runs a reader files as generic).</summary>
    public static TheoryData<string, string> Runs => new()
    {
        { "fit", "2013-02-06-12-11-14.fit" },
        { "fit", "activity-small-fenix2-run.fit" },
        { "fit", "developer-types-sample.fit" },
        { "fit", "antfs-dump.63.fit" },
        { "fit", "compressed-speed-distance.fit" },
        { "fit", "garmin-fenix-5-run.fit" },
        { "fit", "activity-large-fenxi2-multisport.fit" },
        { "tcx", "3173437224.tcx" },
        { "gpx", "cerknicko-jezero.gpx" },
        { "gpx", "first_and_last_elevation.gpx" },
    };

    /// <summary>Activities that are not runs.</summary>
    public static TheoryData<string, string> NotRuns => new()
    {
        { "fit", "4078723797.fit" },
        { "fit", "garmin-fr935-cr.fit" },
        { "fit", "garmin-edge-500-activity.fit" },
        { "gpx", "4078723797_strava.gpx" },
        { "gpx", "activity_4078723797.gpx" },
        { "gpx", "around-visnjan-with-car.gpx" },
    };

    [CorpusTheory]
    [MemberData(nameof(Runs))]
    public void Real_runs_give_plausible_findings(string folder, string name)
    {
        var path = Corpus.PathOf(folder, name);
        var activity = ActivityFile.Load(path);
        var options = SignalOptions.Default;
        var report = SignalAnalyzer.Analyze(activity, options: options);
        var track = SignalTrackBuilder.Build(activity, options.Track);
        var hours = Math.Max(0.25, track.MovingSeconds / 3600.0);

        foreach (var f in report.Findings)
        {
            Assert.True(f.End >= f.Start, $"{name}: {f.Kind.ToId()} ends before it starts");
            Assert.False(string.IsNullOrWhiteSpace(f.Summary));
            Assert.All(f.Evidence, e => Assert.True(double.IsFinite(e.Value), $"{name}: {f.Kind.ToId()} {e.Name} = {e.Value}"));
        }

        var surges = report.Findings.Where(f => f.Kind == FindingKind.PaceSurge).ToList();
        foreach (var s in surges)
        {
            Assert.True(s.Duration.TotalSeconds >= options.Surge.MinDuration.TotalSeconds - 1, $"{name}: a surge of {s.Duration.TotalSeconds} s");
            var at = track.IndexOf(s.Start);
            for (var i = Math.Max(0, at - 5); i <= Math.Min(track.Length - 1, at + 5); i++)
                Assert.False(track.Spikes[i], $"{name}: the surge at {s.Start:O} starts at a GPS spike");
        }
        Assert.True(surges.Count <= 6 * hours, $"{name}: {surges.Count} surges in {hours:0.0} h");

        var drops = report.Findings.Where(f => f.Kind == FindingKind.CadenceDrop).ToList();
        foreach (var d in drops)
        {
            int from = track.IndexOf(d.Start), to = track.IndexOf(d.End), running = 0, steep = 0;
            for (var i = from; i <= to; i++)
            {
                if (track.Running[i]) running++;
                if (Math.Abs(track.Grade[i]) > options.Cadence.MaxAbsGrade) steep++;
            }
            var length = to - from + 1;
            Assert.True(running >= 0.8 * length, $"{name}: the cadence drop at {d.Start:O} is mostly not running (a walk break?)");
            Assert.True(steep <= 0.25 * length, $"{name}: the cadence drop at {d.Start:O} is mostly on a steep grade (a hill?)");
        }
        Assert.True(drops.Count <= 6 * hours, $"{name}: {drops.Count} cadence drops in {hours:0.0} h");

        // Run-level kinds come once at most.
        foreach (var kind in new[] { FindingKind.FastStart, FindingKind.HotHours, FindingKind.NoWarmUp, FindingKind.NoCoolDown, FindingKind.LongRunHydration, FindingKind.CardiacDrift })
            Assert.True(report.Findings.Count(f => f.Kind == kind) <= 1, $"{name}: {kind.ToId()} more than once");

        if (!activity.Samples.Has(SampleChannel.Temperature))
            Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.HeatExposure);

        using var doc = JsonDocument.Parse(SignalReportJson.ToJson(report));
        Assert.Equal(report.Findings.Length, doc.RootElement.GetProperty("findings").GetArrayLength());
    }

    [CorpusTheory]
    [MemberData(nameof(NotRuns))]
    public void Rides_and_swims_are_not_judged_as_runs(string folder, string name)
    {
        var path = Corpus.PathOf(folder, name);
        var report = SignalAnalyzer.Analyze(ActivityFile.Load(path));
        Assert.Empty(report.Findings);
        Assert.All(report.NotMeasured, m => Assert.Contains("not a run", m, StringComparison.Ordinal));
    }

    [CorpusFact]
    public void Gps_spikes_added_to_a_real_run_add_no_surge()
    {
        var path = Corpus.PathOf("fit", "activity-small-fenix2-run.fit");
        var activity = ActivityFile.Load(path);
        var before = SignalAnalyzer.Analyze(activity).Findings.Count(f => f.Kind == FindingKind.PaceSurge);

        // Every 5 minutes a position 300 m off for one sample and a speed of 25 m/s on the next.
        var s = activity.Samples;
        var b = new SampleTableBuilder(s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            b.CopyRow(s, i);
            if (i % 300 == 150 && !double.IsNaN(s.Latitude[i])) b.Set(SampleChannel.Latitude, s.Latitude[i] + 0.0027);
            if (i % 300 == 151) b.Set(SampleChannel.Speed, 25);
        }
        var spiked = activity with { Samples = b.Build() };
        var after = SignalAnalyzer.Analyze(spiked).Findings.Count(f => f.Kind == FindingKind.PaceSurge);
        Assert.Equal(before, after);
    }
}
