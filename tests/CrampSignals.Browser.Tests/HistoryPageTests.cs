using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.History;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Signals;
using PuppeteerSharp;

namespace CrampSignals.Browser.Tests;

/// <summary>
/// The history page at 390 and 1280 px, on a hand-built history of about 300 runs over six years (a title with markup in it,
/// every kind of association: a number, only a crude one, none): nothing wider than the window, no overlapping or too small
/// text, and every run with cramps a visible mark inside the drawn timeline.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HistoryPageTests(BrowserFixture fixture)
{
    private static HistoryReport Build(int runs)
    {
        var rng = new Random(11);
        var start = new DateTime(2019, 1, 4, 6, 0, 0, DateTimeKind.Utc);
        var list = new List<HistoryRun>();
        Muscle?[] muscles = [Muscle.Calf, Muscle.Hamstring, null, Muscle.Quadriceps];
        CrampSource[] sources = [CrampSource.Title, CrampSource.Description, CrampSource.PrivateNote, CrampSource.Log, CrampSource.FitMarker];
        for (var i = 0; i < runs; i++)
        {
            var distance = 5000 + rng.NextDouble() * 15000 + (i % 9 == 0 ? 15000 : 0);
            var cramp = rng.NextDouble() < 0.02 + distance / 400000;
            ImmutableArray<HistoryCramp> cramps = cramp
                ? [.. Enumerable.Range(0, 1 + i % 2).Select(k => new HistoryCramp(sources[(i + k) % sources.Length],
                    k == 0 ? "Both calves cramped at km 28, had to walk it in <b>again</b>" : "hamstring", null, i % 4 == 0 ? null : distance / 3 + 600 * k, muscles[(i + k) % muscles.Length], i % 7 == 0))]
                : [];
            list.Add(new HistoryRun($"{9000000 + i}", $"activities/{9000000 + i}.fit.gz", start.AddDays(i * 7.3).AddHours(rng.Next(12)), Sport.Running,
                cramp ? [FindingKind.HeatExposure, FindingKind.PaceSurge] : [], cramps)
            {
                Title = i == 10 ? "<script>alert('x')</script> Sunday long run" : i % 50 == 0 ? "Zürich Marathon 🏃 race day with a very long title that goes on" : $"Morning Run {i}",
                DistanceMeters = distance,
                MovingSeconds = distance / 2.9,
                LocalOffset = TimeSpan.FromHours(1),
                Race = i % 50 == 0,
            });
        }
        var crampRuns = list.Count(r => r.HasCramps);
        OddsRatioEstimate Est(double or, double lo, double hi, double? q) => new(or, lo, hi, 0.01, "Woolf", null) { QValue = q };
        var none = new OddsRatioEstimate(null, null, null, null, "conditional logistic", "no run with a cramp held the finding");
        var kinds = Enum.GetValues<FindingKind>();
        var associations = kinds.Select((k, i) => i switch
        {
            0 => new KindAssociation(k, 40, 12, Est(3.1, 1.6, 6.2, 0.01), Est(2.7, 1.3, 5.5, 0.02), Est(2.7, 1.3, 5.5, null), Est(2.5, 1.1, 5.4, 0.03)),
            2 => new KindAssociation(k, 80, 20, Est(4.2, 2.1, 8.3, 0.001), Est(3.6, 1.8, 7.4, 0.002), Est(3.6, 1.8, 7.4, null), Est(3.1, 1.4, 6.9, 0.01)),
            4 => new KindAssociation(k, 12, 1, Est(0.4, 0.05, 3.1, null), none, none, none),
            6 => new KindAssociation(k, 3, 0, none, none, none, none),
            _ => new KindAssociation(k, 30 + i, 3, Est(1 + 0.1 * i, 0.4, 2.5 + i, 0.5), Est(0.9 + 0.1 * i, 0.3, 2.8 + i, 0.6), Est(1, 0.4, 2.5, null), Est(1, 0.3, 3, 0.7)),
        }).ToImmutableArray();
        var patterns = new List<HistoryPattern>();
        foreach (var (dimension, groups) in new[]
        {
            ("season", new[] { "winter", "spring", "summer", "autumn" }),
            ("temperature", ["below 10 °C", "10-18 °C", "18-23 °C", "23-28 °C", "28 °C and above"]),
            ("length", ["under 45 min", "45-90 min", "90-150 min", "150 min and longer"]),
            ("time-of-day", ["before 10:00", "10:00-16:00", "16:00 and later"]),
            ("race", ["race", "training"]),
        })
            for (var g = 0; g < groups.Length; g++)
                patterns.Add(new HistoryPattern(dimension, groups[g], 40 + 10 * g, g == 0 ? 0 : 2 + 3 * g, g == 0 ? none : Est(0.6 + 0.7 * g, 0.2 + 0.3 * g, 1.8 + 1.9 * g, null)));
        RankedAdvice Advice(string rule, FindingKind kind) => new(rule, kind, 12, crampRuns, 28, runs - crampRuns, Est(2.7, 1.3, 5.5, 0.02),
            $"{kind.ToId()} came in 12 of your {crampRuns} runs with cramps, and in 10 % of your other runs (odds ratio 2.7, 95 % interval 1.3 to 5.5).");
        return new HistoryReport
        {
            Activities = runs + 40,
            Runs = [.. list],
            Skipped = [.. Enumerable.Range(0, 36).Select(i => new SkippedActivity($"s{i}", i % 3 == 0 ? null : $"activities/s{i}.fit", i % 2 == 0 ? Sport.Cycling : i % 3 == 0 ? null : Sport.Swimming,
                i % 3 == 0 ? "a summary with no file in the export (a manual entry, or an upload the export left out)" : "cycling is not counted as a run (--include walking,hiking to count other sports on foot)"))],
            Failures = [new FileFailure("activities/broken.fit.gz", "activities/broken.fit.gz: the FIT header says 14 bytes but the file ends at byte 9")],
            Duplicates = [new DuplicateRun("activities/9000003.fit.gz", "activities/9000003.gpx")],
            Warnings = ["activities.csv line 212: the date '31/02/2021' could not be read"],
            Statistics = new CohortStatisticsResult(runs, 1, crampRuns, list.Sum(r => r.Cramps.Length), associations, [], [], []),
            Patterns = [.. patterns],
            Advice = [Advice(RuleIds.Hydrate, FindingKind.HeatExposure), Advice(RuleIds.PaceYourself, FindingKind.PaceSurge), Advice(RuleIds.AvoidMiddayHeat, FindingKind.HotHours), Advice(RuleIds.WarmUp, FindingKind.NoWarmUp)],
        };
    }

    public sealed record TimelineFacts(int Marks, int Visible, string[] Outside, double ChartWidth, int Links);

    [BrowserFact]
    public Task History_page_of_300_runs_reads_at_phone_and_laptop_widths_with_every_cramp_run_inside_the_timeline() => Check(300);

    [BrowserFact]
    public Task History_page_of_2000_runs_stays_readable() => Check(2000);

    private async Task Check(int runs)
    {
        var history = Build(runs);
        var crampRuns = history.Runs.Count(r => r.HasCramps);
        Assert.True(crampRuns > 10 && crampRuns < runs / 4, $"{crampRuns} runs with cramps");
        var path = Path.Combine(fixture.Pages, $"history-{runs}.html");
        await File.WriteAllTextAsync(path, HtmlReportWriter.ToHistoryHtml(history, r => r.HasCramps ? $"runs/{r.Id}.html" : null));
        var failures = new List<string>();
        await using var page = await fixture.Require().NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) errors.Add(e.Message.Text); };
        page.PageError += (_, e) => errors.Add(e.Message);
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
        foreach (var (width, height) in ReportPageTests.Viewports)
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
            var found = await page.EvaluateFunctionAsync<string[]>(LayoutPageTests.Measure);
            failures.AddRange(found.Select(f => $"history of {runs} runs at {width} px: {f}"));
            var facts = await page.EvaluateFunctionAsync<TimelineFacts>("""
                () => {
                  const svg = document.querySelector('svg[data-chart="history"]');
                  const plot = svg.querySelector('rect.plot').getBoundingClientRect();
                  const box = svg.getBoundingClientRect();
                  const marks = [...svg.querySelectorAll('[data-cramp-run]')];
                  const outside = [];
                  let visible = 0;
                  for (const m of marks) {
                    const r = m.getBoundingClientRect();
                    if (r.width >= 4 && r.height >= 4 && getComputedStyle(m).visibility !== 'hidden') visible++;
                    const cx = (r.left + r.right) / 2, cy = (r.top + r.bottom) / 2;
                    if (cx < plot.left - 0.5 || cx > plot.right + 0.5 || cy < plot.top - 0.5 || cy > plot.bottom + 0.5 || r.right > box.right || r.left < box.left)
                      outside.push(m.dataset.crampRun);
                  }
                  return { marks: marks.length, visible, outside, chartWidth: box.width, links: svg.querySelectorAll('a[href^="runs/"] [data-cramp-run]').length };
                }
                """);
            if (facts.Marks != crampRuns) failures.Add($"{width} px: {facts.Marks} cramp marks for {crampRuns} runs with cramps");
            if (facts.Visible != crampRuns) failures.Add($"{width} px: {facts.Visible} of {crampRuns} cramp marks visible (at least 4 px)");
            if (facts.Outside.Length > 0) failures.Add($"{width} px: marks outside the plot: {string.Join(", ", facts.Outside)}");
            if (facts.Links != crampRuns) failures.Add($"{width} px: {facts.Links} marks linked to their run's page");
            if (facts.ChartWidth < width * 0.6) failures.Add($"{width} px: the timeline is only {facts.ChartWidth:0} px wide");
            await ReportPageTests.Screenshot(page, $"history-{runs}-{width}");
        }
        if (errors.Count > 0) failures.Add($"console errors: {string.Join(" | ", errors)}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
