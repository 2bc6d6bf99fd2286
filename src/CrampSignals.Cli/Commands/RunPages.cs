using System.Text;
using CrampSignals.History;
using CrampSignals.Reports;
using CrampSignals.Runs;

namespace CrampSignals.Cli.Commands;

/// <summary>
/// The page of each run with cramps, written as soon as the run is analysed (so no run's samples wait in memory for the
/// rest), named after the run's id; a run later found a duplicate of another loses its page.
/// </summary>
internal sealed class RunPages
{
    private readonly string _folder;
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public RunPages(string outFolder)
    {
        _folder = Path.Combine(outFolder, HistoryCommand.RunsFolder);
        try
        {
            Directory.CreateDirectory(_folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{outFolder}: cannot write there ({e.Message})");
        }
    }

    /// <summary>Pages written and kept.</summary>
    public int Count => _links.Count;

    public void Write(HistoryRun run, RunReport report)
    {
        var name = SafeName(run.Id);
        for (var k = 2; !_names.Add(name); k++) name = $"{SafeName(run.Id)}-{k}";
        File.WriteAllText(Path.Combine(_folder, name + ".html"), HtmlReportWriter.ToHtml(report), new UTF8Encoding(false));
        _links[run.Id] = $"{HistoryCommand.RunsFolder}/{name}.html";
    }

    /// <summary>The link of a run's page from the index, or null when it has none.</summary>
    public string? LinkOf(HistoryRun run) => _links.GetValueOrDefault(run.Id);

    /// <summary>Removes the pages of runs not counted in the end (duplicates of a run kept from another file).</summary>
    public void DropDuplicates(HistoryReport history)
    {
        var kept = history.Runs.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, link) in _links.Where(l => !kept.Contains(l.Key)).ToList())
        {
            File.Delete(Path.Combine(Path.GetDirectoryName(_folder)!, link));
            _links.Remove(id);
        }
    }

    // Ids are service numbers or paths inside an archive: letters, digits, dot, dash and underscore stay, the rest become '_'.
    private static string SafeName(string id)
    {
        var b = new StringBuilder(id.Length);
        foreach (var c in id) b.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        var s = b.ToString().Trim('.');
        return s.Length == 0 ? "run" : s.Length > 100 ? s[..100] : s;
    }
}
