#:project ../../src/CrampSignals/CrampSignals.csproj
// A file-based app: dotnet run examples/scripts/analyze-run.cs -- FILE [CRAMP-LOG] [--html OUT.html]
// Reads one exported watch file, prints the advice as text, and optionally writes the HTML report with charts.
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Reports;
using CrampSignals.Runs;

var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var htmlAt = Array.IndexOf(args, "--html");
var htmlOut = htmlAt >= 0 && htmlAt + 1 < args.Length ? args[htmlAt + 1] : null;
if (htmlOut is not null) positional.Remove(htmlOut);
if (positional.Count == 0)
{
    Console.Error.WriteLine("usage: dotnet run examples/scripts/analyze-run.cs -- FILE [CRAMP-LOG] [--html OUT.html]");
    return 2;
}

var path = positional[0];
var activity = ActivityFile.Load(path);
var cramps = positional.Count > 1 ? CrampLog.Load(positional[1]) : SideCarFiles.CrampLogFor(path);
var report = CrampAnalyzer.Analyze(activity, cramps, new AnalysisOptions { Weather = SideCarFiles.WeatherFor(path) });

ReportTextWriter.Write(Console.Out, report);
if (htmlOut is not null)
{
    File.WriteAllText(htmlOut, HtmlReportWriter.ToHtml(report));
    Console.Error.WriteLine($"wrote {htmlOut}");
}
return 0;
