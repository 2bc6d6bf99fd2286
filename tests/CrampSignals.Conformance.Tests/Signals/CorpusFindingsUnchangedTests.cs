using System.Security.Cryptography;
using System.Text;
using CrampSignals.Formats;
using CrampSignals.Reports;
using CrampSignals.Signals;

namespace CrampSignals.Conformance.Tests.Signals;

/// <summary>
/// The findings of every corpus watch file, as <c>signals --format json</c> writes them, against the SHA-256 of that
/// JSON recorded in <c>Signals/Expected/corpus-findings.sha256</c>: work on the speed of the readers and the signal pass
/// must not move a single finding on real files. The hashes keep the repository free of the corpus and of its decodes;
/// a failure prints the start of the new JSON to look into.
/// </summary>
/// <remarks>
/// To record the hashes from the current code (after an intended change of findings):
/// <c>CRAMPSIGNALS_REWRITE_FINDINGS=1 dotnet test tests/CrampSignals.Conformance.Tests -c Release --filter "FullyQualifiedName~CorpusFindingsUnchangedTests"</c>.
/// A corpus file with no recorded hash is not judged (a corpus that grew has nothing to compare it with), but at least
/// half of the recorded files must be there, so the test cannot pass by checking nothing.
/// </remarks>
[Trait("Category", "Slow")]
public class CorpusFindingsUnchangedTests
{
    private const string RewriteVariable = "CRAMPSIGNALS_REWRITE_FINDINGS";
    private static readonly string[] Folders = ["fit", "gpx", "tcx", "sportslib/fit", "sportslib/gpx", "sportslib/tcx"];

    [CorpusFact]
    public void The_findings_json_of_every_corpus_file_hashes_as_recorded()
    {
        var root = Corpus.RequireDirectory();
        var manifest = Path.Combine(AppContext.BaseDirectory, "Signals", "Expected", "corpus-findings.sha256");
        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var json = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                var name = folder + "/" + Path.GetFileName(path);
                var text = Findings(path);
                json[name] = text;
                actual[name] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            }
        }
        Assert.NotEmpty(actual);
        if (Environment.GetEnvironmentVariable(RewriteVariable) == "1")
        {
            var source = Path.Combine(Corpus.RepositoryRoot() ?? throw new InvalidOperationException("the repository root (the folder with CrampSignals.sln) was not found"), "tests", "CrampSignals.Conformance.Tests", "Signals", "Expected", "corpus-findings.sha256");
            File.WriteAllLines(source, actual.Select(p => $"{p.Value}  {p.Key}"));
            return;
        }
        var expected = File.ReadAllLines(manifest).Where(l => l.Length > 0)
            .ToDictionary(l => l[(l.IndexOf("  ", StringComparison.Ordinal) + 2)..], l => l[..l.IndexOf("  ", StringComparison.Ordinal)], StringComparer.Ordinal);
        var problems = new List<string>();
        var compared = 0;
        foreach (var (name, hash) in actual)
        {
            if (!expected.TryGetValue(name, out var recorded)) continue;
            compared++;
            if (recorded != hash) problems.Add($"{name}: the findings JSON changed; it now begins:\n{Head(json[name])}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(compared * 2 >= expected.Count, $"only {compared} of the {expected.Count} recorded corpus files were found under {root}");
    }

    /// <summary>The signals JSON of a file, or the reason it cannot be read (a damaged file's message is part of its story).</summary>
    private static string Findings(string path) =>
        ActivityFile.TryLoad(path, out var activity, out var error)
            ? SignalReportJson.ToJson(SignalAnalyzer.Analyze(activity)).ReplaceLineEndings("\n") + "\n"
            : "unreadable: " + error.Replace(Path.GetDirectoryName(path)!, "", StringComparison.Ordinal) + "\n";

    private static string Head(string text) => string.Join("\n", text.Split('\n').Take(30));
}
