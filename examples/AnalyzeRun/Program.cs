// Analyse an exported watch file (FIT, GPX or TCX) and print what came before the cramps and what to do about it.
//   dotnet run --project examples/AnalyzeRun -- [FILE] [CRAMP-LOG]
// Without arguments it reads examples/data/hot-long-run.fit; a cramp log or weather file saved next to the run
// ("run.cramps.csv", "run.weather.csv") is picked up on its own.
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Runs;
using CrampSignals.Signals;


var path = args.Length > 0 ? args[0] : DefaultRun();
if (!File.Exists(path))
{
    Console.Error.WriteLine($"{path}: no such file. Give a FIT, GPX or TCX file.");
    return 1;
}
var activity = ActivityFile.Load(path);
var cramps = args.Length > 1 ? CrampLog.Load(args[1]) : SideCarFiles.CrampLogFor(path);
var report = CrampAnalyzer.Analyze(activity, cramps, new AnalysisOptions { Weather = SideCarFiles.WeatherFor(path) });

var s = report.Summary;
Console.WriteLine($"{Path.GetFileName(path)}: {s.Duration:h\\:mm\\:ss}, {s.DistanceMeters / 1000:0.00} km, " +
                  $"{report.Signals.Findings.Length} findings, {report.Signals.Cramps.Length} cramps");
foreach (var c in report.Signals.Cramps)
    Console.WriteLine($"  {c.Cramp.Muscle.ToString().ToLowerInvariant()} cramp {(c.Time - s.StartUtc)?.ToString(@"h\:mm\:ss") ?? c.Time.ToString("u")} into the run, after: " +
                      (c.Preceding.IsEmpty ? "nothing found" : string.Join(", ", c.Preceding.Select(p => p.Finding.KindId))));
Console.WriteLine();
foreach (var item in report.Advice)
{
    Console.WriteLine($"{item.Rank}. {item.Rule.Title} [{item.RuleId}, {item.Rule.Strength.ToString().ToLowerInvariant()} evidence]");
    Console.WriteLine($"   {item.Headline}");
    Console.WriteLine($"   because: {string.Join("; ", item.Why.Select(w => w.Text))}");
}
Console.WriteLine();
Console.WriteLine(report.Disclaimer);
return 0;

static string DefaultRun()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "examples", "data", "hot-long-run.fit");
        if (File.Exists(candidate)) return candidate;
    }
    return Path.Combine("examples", "data", "hot-long-run.fit");
}
