using CrampSignals.Cohorts;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using PuppeteerSharp;

namespace CrampSignals.Browser.Tests;

/// <summary>
/// The run page and the cohort page at 360, 390 and 1280 px: nothing wider than the window, no two pieces of text in the
/// same chart or row on top of each other, tile values on one line, and every visible text (SVG text scaled with its
/// chart) at least 11 CSS px. The cohort is a small simulated one (6 runners × 8 runs).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutPageTests(BrowserFixture fixture)
{
    private static readonly int[] Widths = [360, 390, 1280];

    internal const string Measure = """
        () => {
          const out = [];
          const visible = r => r.width > 0 && r.height > 0;
          // Text inside one chart (or one tile row) must not overlap: SVG text pairwise per svg.
          for (const svg of document.querySelectorAll('svg')) {
            const boxes = [...svg.querySelectorAll('text')].map(t => ({ t: t.textContent, r: t.getBoundingClientRect() })).filter(b => visible(b.r));
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i].r, b = boxes[j].r;
              const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left), oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (ox > 1 && oy > 1) out.push(`overlap in ${svg.id || svg.getAttribute('class')}: "${boxes[i].t}" and "${boxes[j].t}"`);
            }
            const vb = svg.viewBox.baseVal;
            const scale = vb && vb.width ? svg.getBoundingClientRect().width / vb.width : 1;
            for (const t of svg.querySelectorAll('text')) {
              if (!visible(t.getBoundingClientRect())) continue;
              const px = parseFloat(getComputedStyle(t).fontSize) * scale;
              if (px < 11) out.push(`svg text ${px.toFixed(1)} px: "${t.textContent}"`);
            }
          }
          for (const v of document.querySelectorAll('.tile .v')) {
            const lh = parseFloat(getComputedStyle(v).lineHeight);
            if (v.getBoundingClientRect().height > lh * 1.5) out.push(`tile value wraps: "${v.textContent}"`);
            if (v.scrollWidth > v.clientWidth + 1) out.push(`tile value wider than its tile: "${v.textContent}"`);
          }
          // Every element with its own text (outside SVG) and a visible box.
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const e = n.parentElement;
            if (!n.textContent.trim() || !e || e.closest('svg') || e.closest('.sr') || e.closest('title')) continue;
            if (!visible(e.getBoundingClientRect())) continue;
            const px = parseFloat(getComputedStyle(e).fontSize);
            if (px < 11) out.push(`text ${px.toFixed(1)} px: "${n.textContent.trim().slice(0, 40)}"`);
          }
          const scroll = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
          if (scroll > window.innerWidth) out.push(`page ${scroll} px wide in a ${window.innerWidth} px window`);
          return out;
        }
        """;

    [BrowserFact]
    public async Task Run_page_has_no_overlapping_labels_or_wrapped_tiles_at_phone_and_laptop_widths()
    {
        var failures = new List<string>();
        foreach (var scenario in new[] { "hot-long-run", "fast-start-race" })
        {
            var run = RunSimulator.Simulate(scenario, 3);
            var report = CrampAnalyzer.Analyze(run.Activity, run.Cramps, new AnalysisOptions { Weather = run.Weather });
            var path = Path.Combine(fixture.Pages, $"layout-{scenario}.html");
            await File.WriteAllTextAsync(path, HtmlReportWriter.ToHtml(report));
            failures.AddRange(await Check(path, $"layout-{scenario}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task Cohort_page_is_readable_on_a_phone_with_its_tables_bands_and_minutes_before_the_cramp()
    {
        var dir = Directory.CreateTempSubdirectory("crampsignals-cohort-page-").FullName;
        try
        {
            CohortSimulator.Write(dir, 6, 8, new Dictionary<FindingKind, double> { [FindingKind.FastStart] = 3 }, seed: 5);
            var cohort = CohortAnalyzer.Map([dir]);
            var stats = cohort.Statistics!;
            Assert.True(stats.Cramps > 0, "the simulated cohort has no cramps");
            var path = Path.Combine(fixture.Pages, "cohort.html");
            await File.WriteAllTextAsync(path, HtmlReportWriter.ToStudyHtml(cohort));
            var failures = await Check(path, "cohort");

            await using var page = await fixture.Require().NewPageAsync();
            await page.SetViewportAsync(new ViewPortOptions { Width = 390, Height = 844 });
            await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
            var facts = await page.EvaluateFunctionAsync<CohortFacts>("""
                () => ({
                  associations: document.querySelectorAll('table[data-table="associations"] tbody tr').length,
                  crossover: document.querySelectorAll('table[data-table="case-crossover"] tbody tr').length,
                  timeToEvent: document.querySelectorAll('table[data-table="time-to-event"] tbody tr').length,
                  afterRun: document.querySelectorAll('table[data-table="after-run"] tbody tr').length,
                  forestRows: document.querySelectorAll('figure[data-chart="time-to-event"] text.tick').length,
                  qCells: [...document.querySelectorAll('td[data-label="q"]')].length,
                  charts: document.querySelectorAll('figure[data-channel]').length,
                  bands: document.querySelectorAll('figure[data-channel] [data-band="ci95"]').length,
                  crampsSaid: [...document.querySelectorAll('figure[data-channel]')].map(f => f.dataset.cramps + '|' + f.querySelector('figcaption').textContent),
                  firstTicks: [...document.querySelectorAll('figure[data-channel] svg')].map(s => [...s.querySelectorAll('text.tick')].filter(t => t.getAttribute('x') !== '60').map(t => t.textContent).join(',')),
                })
                """);
            if (facts.Associations != stats.Associations.Length) failures.Add($"{facts.Associations} association rows for {stats.Associations.Length} kinds");
            // The case-crossover table shows the transient kinds only; the others have no number by design.
            var crossover = stats.CaseCrossover.Count(c => c.Estimate.Note != "not applicable: not a transient trigger");
            if (facts.Crossover != crossover) failures.Add($"{facts.Crossover} case-crossover rows for {crossover} transient ones");
            if (facts.TimeToEvent != stats.TimeToEvent.Length) failures.Add($"{facts.TimeToEvent} time-to-event rows for {stats.TimeToEvent.Length} kinds");
            if (facts.AfterRun != stats.AfterRun.Length) failures.Add($"{facts.AfterRun} after-run rows for {stats.AfterRun.Length} kinds");
            if (facts.ForestRows < stats.TimeToEvent.Length) failures.Add($"the hazard-ratio forest plot has {facts.ForestRows} labels for {stats.TimeToEvent.Length} kinds");
            var qCells = 2 * stats.Associations.Length + crossover + 2 * stats.TimeToEvent.Length + 2 * stats.AfterRun.Length;
            if (facts.QCells != qCells) failures.Add($"{facts.QCells} q cells for {qCells}");
            if (facts.Charts != stats.TriggeredAverages.Length) failures.Add($"{facts.Charts} triggered-average charts for {stats.TriggeredAverages.Length}");
            var withBand = stats.TriggeredAverages.Count(t => t.Ci95Low.Any(v => v is not null));
            if (facts.Bands != withBand) failures.Add($"{facts.Bands} drawn bands for {withBand} channels with one");
            for (var i = 0; i < stats.TriggeredAverages.Length && i < facts.CrampsSaid.Length; i++)
            {
                var n = stats.TriggeredAverages[i].Cramps.Max();
                if (!facts.CrampsSaid[i].StartsWith($"{n}|", StringComparison.Ordinal) || !facts.CrampsSaid[i].Contains($"{n} cramp", StringComparison.Ordinal))
                    failures.Add($"chart {i} says {facts.CrampsSaid[i]}, expected {n} cramps");
            }
            foreach (var ticks in facts.FirstTicks)
                if (!ticks.StartsWith("\u221220,", StringComparison.Ordinal) || !ticks.EndsWith("0 min", StringComparison.Ordinal))
                    failures.Add($"triggered-average axis is {ticks}, expected \u221220 … 0 min");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public sealed record CohortFacts(int Associations, int Crossover, int TimeToEvent, int AfterRun, int ForestRows, int QCells, int Charts, int Bands, string[] CrampsSaid, string[] FirstTicks);

    private async Task<List<string>> Check(string path, string name)
    {
        var failures = new List<string>();
        await using var page = await fixture.Require().NewPageAsync();
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
        foreach (var width in Widths)
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 800 });
            var found = await page.EvaluateFunctionAsync<string[]>(Measure);
            failures.AddRange(found.Select(f => $"{name} at {width} px: {f}"));
            await ReportPageTests.Screenshot(page, $"{name}-{width}");
        }
        return failures;
    }
}
