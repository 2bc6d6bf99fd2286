#:project ../../src/CrampSignals/CrampSignals.csproj
using CrampSignals.Cohorts;
using CrampSignals.Reports;
using CrampSignals.Runs;

// A file-based app: dotnet run examples/scripts/cohort.cs -- [FOLDER]
// Analyses every run in a folder (default examples/data), with each run's side-car cramp log, and prints data frames
// of runs, findings and cramps, and which findings most often came before cramps. The same steps as
// examples/notebooks/cohort.ipynb, for when no notebook is at hand.

var folder = args.Length > 0 ? args[0] : Path.Combine("examples", "data");
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"{folder}: no such folder");
    return 1;
}
// FIT only: the simulator writes each run twice (FIT and GPX) and one copy of each run is enough here.
var files = Directory.EnumerateFiles(folder, "*.fit", SearchOption.AllDirectories).Order().ToList();
var cohort = CohortAnalyzer.AnalyzeMany(files, cohort: new CohortOptions { CrampLogFor = SideCarFiles.CrampLogFor });

Console.WriteLine($"{cohort.Runs.Length} runs, {cohort.RunsWithCramps} with cramps, {cohort.Failures.Length} unreadable");
Console.WriteLine(CohortFrames.Runs(cohort));
Console.WriteLine(CohortFrames.Findings(cohort));
Console.WriteLine(CohortFrames.Cramps(cohort));
Console.WriteLine(CohortFrames.FindingStats(cohort));
return 0;
