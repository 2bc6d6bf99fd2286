using System.Text.RegularExpressions;

namespace CrampSignals.Tests.Advice;

/// <summary>Finds the source article next to the repository (../shared/article) and compares wording with it.</summary>
internal static partial class ArticleText
{
    public const string RelativePath = "../shared/article/leg-cramps-while-running.txt";

    /// <summary>The folder holding CrampSignals.sln, walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CrampSignals.sln"))) return dir.FullName;
        throw new InvalidOperationException("CrampSignals.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The article's text, or null when it is not there (a failure under CI=true).</summary>
    public static string? Load()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot(), RelativePath));
        if (File.Exists(path)) return File.ReadAllText(path);
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"The article is missing at {path}; under CI=true it must be there.");
        return null;
    }

    /// <summary>Lower-case words, apostrophes unified, so "you’re" and "you're" match.</summary>
    public static string[] Words(string text) =>
        [.. WordPattern().Matches(text.Replace('’', '\'').Replace('‘', '\'').ToLowerInvariant()).Select(m => m.Value)];

    /// <summary>Sentences of the article: split at sentence ends and line breaks.</summary>
    public static IEnumerable<string> Sentences(string article) =>
        SentenceEnd().Split(article).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>Every run of <paramref name="n"/> consecutive words from an article sentence that also appears in <paramref name="text"/>.</summary>
    public static List<string> SharedRuns(string article, string text, int n = 8)
    {
        var ours = new HashSet<string>();
        // Our side is joined across line breaks, so a copied sentence that a paragraph wraps is still caught.
        foreach (var piece in Sentences(text.Replace("\r\n", " ").Replace('\n', ' ')))
        {
            var w = Words(piece);
            for (var i = 0; i + n <= w.Length; i++) ours.Add(string.Join(' ', w, i, n));
        }
        var shared = new List<string>();
        foreach (var sentence in Sentences(article))
        {
            var w = Words(sentence);
            for (var i = 0; i + n <= w.Length; i++)
            {
                var run = string.Join(' ', w, i, n);
                if (ours.Contains(run)) shared.Add(run);
            }
        }
        return shared;
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?])\s+|\r?\n")]
    private static partial Regex SentenceEnd();
}
