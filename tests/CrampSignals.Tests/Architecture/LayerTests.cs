using System.Text.RegularExpressions;

namespace CrampSignals.Tests.Architecture;

/// <summary>
/// Layers only look down: Export -> Analysis -> Advice -> Signals -> Cramps, Weather -> Activities; Formats -> Activities;
/// Simulation sits beside Export: it writes through Formats and may build cohort rows from Analysis, and nothing below
/// it may use it. Read from the sources: every <c>using CrampSignals.X</c>, every
/// <c>CrampSignals.X.</c> and every layer-qualified name (<c>Signals.SignalOptions</c>) in a file of layer L must name
/// L itself or a layer L may use.
/// </summary>
public partial class LayerTests
{
    private static readonly string[] Layers = ["Activities", "Formats", "Cramps", "Weather", "Signals", "Advice", "Analysis", "Export", "Simulation"];

    /// <summary>What each layer may use besides itself.</summary>
    private static readonly Dictionary<string, string[]> MayUse = new()
    {
        ["Activities"] = [],
        ["Formats"] = ["Activities"],
        ["Cramps"] = ["Activities", "Formats"],
        ["Weather"] = ["Activities", "Formats"],
        ["Signals"] = ["Activities", "Formats", "Cramps", "Weather"],
        ["Advice"] = ["Activities", "Formats", "Cramps", "Weather", "Signals"],
        ["Analysis"] = ["Activities", "Formats", "Cramps", "Weather", "Signals", "Advice"],
        ["Export"] = ["Activities", "Formats", "Cramps", "Weather", "Signals", "Advice", "Analysis"],
        ["Simulation"] = ["Activities", "Formats", "Cramps", "Weather", "Signals", "Advice", "Analysis"],
    };

    [Fact]
    public void Every_source_file_sits_in_a_known_layer()
    {
        var strays = SourceFiles().Where(f => LayerOf(f) is null).ToArray();
        Assert.True(strays.Length == 0, $"files outside the layer folders: {string.Join(", ", strays)}");
    }

    [Fact]
    public void No_layer_names_a_higher_one()
    {
        var violations = new List<string>();
        foreach (var file in SourceFiles())
        {
            var layer = LayerOf(file);
            if (layer is null) continue;
            foreach (var (used, line) in References(File.ReadAllLines(file)))
                if (used != layer && !MayUse[layer].Contains(used))
                    violations.Add($"{Path.GetRelativePath(LibraryRoot(), file)}:{line}: {layer} uses {used}");
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void The_check_sees_an_upward_using_a_qualified_name_and_a_full_name()
    {
        string[] source =
        [
            "using CrampSignals.Activities;",
            "using CrampSignals.Signals;",
            "namespace CrampSignals.Cramps;",
            "/// <see cref=\"Analysis.CrampAnalyzer\"/> in a comment is no reference",
            "class X { object a = Export.Reports.ReportTextWriter.Write; object b = CrampSignals.Advice.RuleBook.All; }",
        ];
        var found = References(source).Select(r => r.Layer).ToArray();
        Assert.Equal(["Activities", "Signals", "Export", "Advice"], found);
    }

    private static IEnumerable<(string Layer, int Line)> References(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimStart();
            if (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("namespace ", StringComparison.Ordinal)) continue;
            foreach (Match m in Reference().Matches(text))
                yield return (m.Groups["layer"].Value, i + 1);
        }
    }

    // "using CrampSignals.X", "CrampSignals.X.Type", or "X.Type" not preceded by a dot or a word character
    // (so "report.Signals.Findings" is a property chain, not a layer).
    [GeneratedRegex(@"(?:\bCrampSignals\.|(?<![\w.]))(?<layer>Activities|Formats|Cramps|Weather|Signals|Advice|Analysis|Export|Simulation)\b(?=\s*;|\.[A-Z])")]
    private static partial Regex Reference();

    private static string? LayerOf(string file)
    {
        var relative = Path.GetRelativePath(LibraryRoot(), file).Replace('\\', '/');
        var first = relative.Split('/')[0];
        return Layers.Contains(first) ? first : null;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(LibraryRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string LibraryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CrampSignals.sln"))) return Path.Combine(dir.FullName, "src", "CrampSignals");
        throw new InvalidOperationException("CrampSignals.sln not found above " + AppContext.BaseDirectory);
    }
}
