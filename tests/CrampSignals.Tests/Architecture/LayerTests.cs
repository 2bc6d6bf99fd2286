using System.Text.RegularExpressions;

namespace CrampSignals.Tests.Architecture;

/// <summary>
/// Layers only look down, as the one layer table in <c>docs/architecture.md</c> says: every <c>using CrampSignals.X</c>, every
/// <c>CrampSignals.X.</c> and every layer-qualified name (<c>Signals.SignalOptions</c>) in a file of layer L must name L itself
/// or a layer the table lets L use.
/// </summary>
public class LayerTests
{
    private static readonly Dictionary<string, string[]> MayUse = ReadTable();

    private static string[] Layers => [.. MayUse.Keys];

    /// <summary>The rows of the "Layers of the library" table: layer, what it holds, may use.</summary>
    private static Dictionary<string, string[]> ReadTable()
    {
        var doc = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "architecture.md"));
        var start = Array.FindIndex(doc, l => l.StartsWith("## Layers of the library", StringComparison.Ordinal));
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in doc.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            table[cells[1]] = [.. cells[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }
        return table;
    }

    [Fact]
    public void The_layer_table_names_each_top_level_folder_of_the_library()
    {
        var folders = Directory.GetDirectories(LibraryRoot()).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj" or "Package")).Order().ToArray();
        Assert.Equal<string?>(folders, Layers.Order());
        foreach (var (layer, uses) in MayUse)
            foreach (var used in uses) Assert.True(MayUse.ContainsKey(used), $"{layer} may use {used}, which is no layer");
    }

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
            "/// <see cref=\"Runs.CrampAnalyzer\"/> in a comment is no reference",
            "class X { object a = Reports.ReportTextWriter.Write; object b = CrampSignals.Advice.RuleBook.All; }",
        ];
        var found = References(source).Select(r => r.Layer).ToArray();
        Assert.Equal(["Activities", "Signals", "Reports", "Advice"], found);
    }

    private static IEnumerable<(string Layer, int Line)> References(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].TrimStart();
            if (text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("namespace ", StringComparison.Ordinal)) continue;
            foreach (Match m in Reference.Matches(text))
                yield return (m.Groups["layer"].Value, i + 1);
        }
    }

    // "using CrampSignals.X", "CrampSignals.X.Type", or "X.Type" not preceded by a dot or a word character
    // (so "report.Signals.Findings" is a property chain, not a layer).
    private static readonly Regex Reference = new(
        @"(?:\bCrampSignals\.|(?<![\w.]))(?<layer>" + string.Join("|", MayUse.Keys) + @")\b(?=\s*;|\.[A-Z])", RegexOptions.Compiled);

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

    private static string LibraryRoot() => Path.Combine(RepositoryRoot(), "src", "CrampSignals");

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CrampSignals.sln"))) return dir.FullName;
        throw new InvalidOperationException("CrampSignals.sln not found above " + AppContext.BaseDirectory);
    }
}
