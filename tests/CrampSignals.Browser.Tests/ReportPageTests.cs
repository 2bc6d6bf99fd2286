using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Simulation;
using PuppeteerSharp.Media;
using PuppeteerSharp;

namespace CrampSignals.Browser.Tests;

/// <summary>
/// The HTML report opened in headless Chromium at a phone's and a laptop's size, on simulator runs with and without
/// positions, weather and cramps: nothing wider than the window, no console errors, the route and the splits there,
/// every cramp on the map, chart and table text at least 11 CSS px on the phone. Screenshots go to artifacts/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPageTests(BrowserFixture fixture)
{
    public static readonly (int Width, int Height)[] Viewports = [(390, 844), (1280, 800)];

    /// <summary>What the page says about itself, measured by the browser.</summary>
    public sealed record PageFacts(
        double ScrollWidth, double InnerWidth, int Routes, int RouteCramps, int Splits, int SplitTables, bool RouteMissingSaid,
        double SmallestChartText, double SmallestTableText, string SmallestChartTextWhat, int Charts);

    private const string Measure = """
        () => {
          const svgScale = t => { const svg = t.ownerSVGElement; const vb = svg.viewBox.baseVal; return svg.getBoundingClientRect().width / vb.width; };
          let smallest = 1e9, what = '';
          for (const t of document.querySelectorAll('svg text')) {
            if (t.getBoundingClientRect().width === 0) continue;
            const px = parseFloat(getComputedStyle(t).fontSize) * svgScale(t);
            if (px < smallest) { smallest = px; what = (t.getAttribute('class') || t.parentNode.getAttribute('class') || '') + ' "' + t.textContent + '"'; }
          }
          let table = 1e9;
          for (const c of document.querySelectorAll('table td, table th')) {
            if (c.getBoundingClientRect().width === 0) continue;
            for (const e of [c, ...c.querySelectorAll('*')]) {
              if (!e.textContent.trim() || getComputedStyle(e).position === 'absolute') continue;
              table = Math.min(table, parseFloat(getComputedStyle(e).fontSize));
            }
          }
          const route = document.querySelectorAll('[data-chart="route"]');
          return {
            scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
            innerWidth: window.innerWidth,
            routes: route.length,
            routeCramps: route.length ? route[0].querySelectorAll('[data-cramp]').length : 0,
            splits: document.querySelectorAll('table[data-table="splits"] tr[data-split]').length,
            splitTables: document.querySelectorAll('table[data-table="splits"]').length,
            routeMissingSaid: !!document.querySelector('[data-missing="route"]'),
            smallestChartText: smallest, smallestTableText: table, smallestChartTextWhat: what,
            charts: document.querySelectorAll('svg.chart, svg.route').length,
          };
        }
        """;

    public static TheoryData<string> Runs => ["hot-long-run", "treadmill-surges", "easy-cool", "fast-start-imperial"];

    private static (RunReport Report, int Cramps, bool Positions) Build(string name)
    {
        var (scenario, seed, units, positions, weather) = name switch
        {
            "hot-long-run" => ("hot-long-run", 3, UnitSystem.Metric, true, true),
            "treadmill-surges" => ("surges", 2, UnitSystem.Metric, false, false),
            "easy-cool" => ("easy-cool", 1, UnitSystem.Metric, true, false),
            _ => ("fast-start-race", 4, UnitSystem.Imperial, true, true),
        };
        var run = RunSimulator.Simulate(scenario, seed);
        var activity = positions ? run.Activity : WithoutPositions(run.Activity);
        var cramps = name == "easy-cool" ? null : run.Cramps;
        var report = CrampAnalyzer.Analyze(activity, cramps, new AnalysisOptions { Weather = weather ? run.Weather : null, Units = units });
        return (report, report.Signals.Cramps.Length, positions);
    }

    private static Activity WithoutPositions(Activity activity)
    {
        var s = activity.Samples;
        var b = new SampleTableBuilder(s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            b.AddRow(s.UnixSeconds[i]);
            foreach (var channel in Enum.GetValues<SampleChannel>())
                if (channel is not (SampleChannel.Latitude or SampleChannel.Longitude)) b.Set(channel, s[channel][i]);
        }
        return activity with { Samples = b.Build() };
    }

    [BrowserFact]
    public async Task Pages_fit_phone_and_laptop_widths_with_route_splits_and_every_cramp_on_the_map()
    {
        var browser = fixture.Require();
        var failures = new List<string>();
        foreach (var name in Runs)
        {
            var (report, cramps, positions) = Build(name);
            var path = Path.Combine(fixture.Pages, name + ".html");
            await File.WriteAllTextAsync(path, HtmlReportWriter.ToHtml(report));
            var expectedSplits = ExpectedSplits(report);
            foreach (var (width, height) in Viewports)
            {
                var where = $"{name} at {width}x{height}";
                await using var page = await browser.NewPageAsync();
                var errors = new List<string>();
                page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) errors.Add(e.Message.Text); };
                page.PageError += (_, e) => errors.Add(e.Message);
                await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
                await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
                var facts = await page.EvaluateFunctionAsync<PageFacts>(Measure);
                await Screenshot(page, $"{name}-{width}");

                if (facts.ScrollWidth > facts.InnerWidth) failures.Add($"{where}: page is {facts.ScrollWidth} px wide in a {facts.InnerWidth} px window");
                if (errors.Count > 0) failures.Add($"{where}: console errors: {string.Join(" | ", errors)}");
                if (facts.SplitTables != 1) failures.Add($"{where}: {facts.SplitTables} splits tables");
                if (facts.Splits != expectedSplits) failures.Add($"{where}: {facts.Splits} splits, expected {expectedSplits}");
                if (positions)
                {
                    if (facts.Routes != 1) failures.Add($"{where}: {facts.Routes} route maps");
                    if (facts.RouteCramps != cramps) failures.Add($"{where}: {facts.RouteCramps} cramp markers on the map for {cramps} cramps");
                }
                else if (facts.Routes != 0 || !facts.RouteMissingSaid) failures.Add($"{where}: a run without positions must say there is no route");
                if (width <= 400)
                {
                    if (facts.SmallestChartText < 11) failures.Add($"{where}: chart text {facts.SmallestChartText:0.0} px ({facts.SmallestChartTextWhat})");
                    if (facts.SmallestTableText < 11) failures.Add($"{where}: table text {facts.SmallestTableText:0.0} px");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [BrowserFact]
    public async Task No_width_from_360_to_1280_scrolls_sideways()
    {
        var browser = fixture.Require();
        var (report, _, _) = Build("hot-long-run");
        var path = Path.Combine(fixture.Pages, "widths.html");
        await File.WriteAllTextAsync(path, HtmlReportWriter.ToHtml(report));
        await using var page = await browser.NewPageAsync();
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
        var wide = new List<string>();
        foreach (var width in new[] { 360, 414, 480, 600, 768, 900, 1024, 1280 })
        {
            await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 800 });
            var scroll = await page.EvaluateExpressionAsync<double>("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
            if (scroll > width) wide.Add($"{width} px window: page {scroll} px");
        }
        Assert.True(wide.Count == 0, string.Join("; ", wide));
    }

    [BrowserFact]
    public async Task Dark_scheme_and_print_keep_the_page_readable()
    {
        var browser = fixture.Require();
        var (report, _, _) = Build("hot-long-run");
        var path = Path.Combine(fixture.Pages, "dark.html");
        await File.WriteAllTextAsync(path, HtmlReportWriter.ToHtml(report));
        await using var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 390, Height = 844 });
        await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = "dark" }]);
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
        await Screenshot(page, "hot-long-run-390-dark");
        // Body text against the page background: WCAG AA asks 4.5:1.
        var ratio = await page.EvaluateFunctionAsync<double>(Contrast, "body");
        Assert.True(ratio >= 4.5, $"dark body text contrast {ratio:0.00}");
        var muted = await page.EvaluateFunctionAsync<double>(Contrast, ".tile .l");
        Assert.True(muted >= 4.5, $"dark muted text contrast {muted:0.00}");
        await page.EmulateMediaTypeAsync(MediaType.Print);
        var printScroll = await page.EvaluateExpressionAsync<double>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(printScroll <= 0, $"print layout is {printScroll} px too wide");
    }

    [BrowserFact]
    public async Task Light_text_meets_wcag_aa()
    {
        var browser = fixture.Require();
        var (report, _, _) = Build("hot-long-run");
        var path = Path.Combine(fixture.Pages, "light.html");
        await File.WriteAllTextAsync(path, HtmlReportWriter.ToHtml(report));
        await using var page = await browser.NewPageAsync();
        await page.EmulateMediaFeaturesAsync([new MediaFeatureValue { MediaFeature = MediaFeature.PrefersColorScheme, Value = "light" }]);
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
        foreach (var selector in new[] { "body", ".tile .l", "header .file", ".advice .rule", "thead th" })
        {
            var ratio = await page.EvaluateFunctionAsync<double>(Contrast, selector);
            Assert.True(ratio >= 4.5, $"{selector}: contrast {ratio:0.00}");
        }
    }

    /// <summary>WCAG contrast of an element's text colour against the first opaque background behind it.</summary>
    private const string Contrast = """
        (selector) => {
          const el = document.querySelector(selector);
          const rgb = s => s.match(/[\d.]+/g).map(Number);
          const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
          let bg = null;
          for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0.99) { if (c.length === 3 || c[3] > 0.99) { bg = c; break; } } }
          if (!bg) bg = [255, 255, 255];
          const fg = rgb(getComputedStyle(el).color);
          const a = lum(fg.slice(0, 3)), b = lum(bg.slice(0, 3));
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        """;

    private static int ExpectedSplits(RunReport report)
    {
        // One per kilometre or mile of the distance the summary reports, the last partial one included.
        var split = report.Units == UnitSystem.Imperial ? 1609.344 : 1000;
        return (int)Math.Ceiling((report.Summary.DistanceMeters!.Value - 1) / split);
    }

    internal static async Task Screenshot(IPage page, string name)
    {
        var dir = ArtifactsFolder();
        await page.ScreenshotAsync(Path.Combine(dir, name + ".png"), new ScreenshotOptions { FullPage = true });
    }

    /// <summary>artifacts/screenshots under the repository (CI keeps artifacts/), or CRAMPSIGNALS_ARTIFACTS.</summary>
    private static string ArtifactsFolder()
    {
        var root = Environment.GetEnvironmentVariable("CRAMPSIGNALS_ARTIFACTS");
        if (string.IsNullOrEmpty(root))
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrampSignals.sln"))) dir = dir.Parent;
            root = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts");
        }
        var screenshots = Path.Combine(root, "screenshots");
        Directory.CreateDirectory(screenshots);
        return screenshots;
    }
}
