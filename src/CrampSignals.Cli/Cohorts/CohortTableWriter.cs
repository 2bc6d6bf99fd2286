using CrampSignals.Cohorts;

namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// The cohort's four tables (see <see cref="CohortTables"/>) written run by run as the map step hands the records on, in
/// file order: the bytes are those of writing every record at the end, but no run is held once its rows are out.
/// </summary>
internal sealed class CohortTableWriter : IDisposable
{
    private readonly ParquetTableWriter<CohortRunRecord> _runs;
    private readonly ParquetTableWriter<CohortFindingRecord> _findings;
    private readonly ParquetTableWriter<CohortCrampRecord> _cramps;
    private readonly ParquetTableWriter<CohortTables.TraceRow> _traces;

    public CohortTableWriter(string folder)
    {
        Directory.CreateDirectory(folder);
        _runs = new(Path.Combine(folder, CohortTables.Runs), CohortTables.RunColumns);
        _findings = new(Path.Combine(folder, CohortTables.Findings), CohortTables.FindingColumns);
        _cramps = new(Path.Combine(folder, CohortTables.Cramps), CohortTables.CrampColumns);
        _traces = new(Path.Combine(folder, CohortTables.CrampTraces), CohortTables.TraceColumns);
    }

    /// <summary>One run's rows; called one run at a time, in file order.</summary>
    public void Write(CohortRunRecord run)
    {
        _runs.Add(run);
        foreach (var f in run.Findings) _findings.Add(f);
        foreach (var c in run.Cramps)
        {
            _cramps.Add(c);
            foreach (var t in CohortTables.TracesOf(c)) _traces.Add(t);
        }
    }

    /// <summary>Writes what is still held and puts the four tables in place.</summary>
    public void Complete()
    {
        _runs.Complete();
        _findings.Complete();
        _cramps.Complete();
        _traces.Complete();
    }

    public void Dispose()
    {
        _runs.Dispose();
        _findings.Dispose();
        _cramps.Dispose();
        _traces.Dispose();
    }
}
