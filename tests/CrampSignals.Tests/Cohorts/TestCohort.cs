using System.Text;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Simulation;

namespace CrampSignals.Tests.Cohorts;

/// <summary>
/// A small cohort on disk in the research layout: one folder per runner with a cramps.csv for all their runs, FIT files,
/// and some runs exported a second time as GPX.
/// </summary>
internal sealed class TestCohort : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("crampsignals-cohort-");

    public string Folder => _dir.FullName;
    public int Runs { get; private set; }
    public int Twins { get; private set; }
    public int Cramps { get; private set; }
    public int Runners { get; private set; }

    public static TestCohort Create(int runners, int runsEach, int twinEvery = 3)
    {
        var cohort = new TestCohort { Runners = runners };
        var seed = 1;
        for (var r = 0; r < runners; r++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(cohort.Folder, $"runner-{r + 1:00}")).FullName;
            var entries = new List<CrampEntry>();
            for (var k = 0; k < runsEach; k++, seed++)
            {
                var run = RunSimulator.Simulate(RunSimulator.Scenarios[(r + k) % RunSimulator.Scenarios.Count], seed);
                var name = Path.Combine(folder, $"run-{k + 1:00}");
                File.WriteAllBytes(name + ".fit", FitActivityWriter.ToBytes(run.Activity));
                if (seed % twinEvery == 0)
                {
                    using var gpx = File.Create(name + ".gpx");
                    GpxActivityWriter.Write(run.Activity, gpx);
                    cohort.Twins++;
                }
                entries.AddRange(run.Cramps.Entries);
                cohort.Runs++;
            }
            cohort.Cramps += entries.Count;
            using var log = new StreamWriter(Path.Combine(folder, "cramps.csv"), false, new UTF8Encoding(false));
            CrampLogWriter.WriteCsv(new CrampLog([.. entries.OrderBy(e => e.Time)], []), log);
        }
        return cohort;
    }

    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(Folder, "..", Path.GetFileName(Folder) + "-" + name)).FullName;

    public void Dispose()
    {
        foreach (var d in _dir.Parent!.EnumerateDirectories(_dir.Name + "-*")) d.Delete(recursive: true);
        _dir.Delete(recursive: true);
    }
}
