using System.Text.RegularExpressions;

namespace CrampSignals.Tests.Architecture;

/// <summary>A folder is a namespace: a maintainer finds a type where its namespace says, in every project of the repository.</summary>
public class NamespaceTests
{
    /// <summary>Projects and the namespace their root folder stands for.</summary>
    public static TheoryData<string, string> Projects => new()
    {
        { "src/CrampSignals", "CrampSignals" },
        { "src/CrampSignals.Simulation", "CrampSignals.Simulation" },
        { "src/CrampSignals.Cli", "CrampSignals.Cli" },
        { "tests/CrampSignals.Tests", "CrampSignals.Tests" },
        { "tests/CrampSignals.Conformance.Tests", "CrampSignals.Conformance.Tests" },
        { "tests/CrampSignals.Fuzz", "CrampSignals.Fuzz" },
        { "tests/CrampSignals.Browser.Tests", "CrampSignals.Browser.Tests" },
        { "benchmarks/CrampSignals.Benchmarks", "CrampSignals.Benchmarks" },
    };

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_source_file_declares_the_namespace_of_its_folder(string project, string rootNamespace)
    {
        var root = Path.Combine(LayerTests.RepositoryRoot(), project);
        var wrong = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
            var folder = Path.GetDirectoryName(relative)!.Replace('/', '.');
            var expected = folder.Length == 0 ? rootNamespace : rootNamespace + "." + folder;
            var declared = Declared(File.ReadAllText(file));
            if (declared is not null && declared != expected) wrong.Add($"{relative}: namespace {declared}, folder says {expected}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_check_reads_a_file_scoped_and_a_block_namespace()
    {
        Assert.Equal("A.B", Declared("using X;\nnamespace A.B;\nclass C {}"));
        Assert.Equal("A.C", Declared("namespace A.C\n{\n}"));
        Assert.Null(Declared("// a top-level program\nConsole.WriteLine();"));
    }

    private static string? Declared(string source) =>
        Regex.Match(source, @"^namespace\s+([\w.]+)", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : null;
}
