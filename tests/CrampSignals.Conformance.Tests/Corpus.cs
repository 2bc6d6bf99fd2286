namespace CrampSignals.Conformance.Tests;

/// <summary>
/// Finds the shared corpus of real watch files: <c>CRAMPSIGNALS_CORPUS</c>, else <c>../shared/corpus</c> from the
/// repository root. Outside CI a missing corpus skips the tests that read it (<see cref="CorpusFactAttribute"/>,
/// <see cref="CorpusTheoryAttribute"/>: they show as skipped, not passed); under CI (<c>CI=true</c>) they run and fail.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The corpus folder, or null when it is not there.</summary>
    public static string? Directory => Root.Value;

    /// <summary>True when running under CI.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a corpus test is skipped, or null when it runs: the corpus is there, or CI demands it.</summary>
    public static string? SkipReason => Root.Value is null && !InCi
        ? "The corpus is missing (set CRAMPSIGNALS_CORPUS or place it at ../shared/corpus); under CI=true this fails."
        : null;

    /// <summary>The corpus folder; throws when it is missing (a corpus test only runs without it under CI, where that is a failure).</summary>
    public static string RequireDirectory() =>
        Root.Value ?? throw new InvalidOperationException("The corpus is missing: set CRAMPSIGNALS_CORPUS or place it at ../shared/corpus from the repository root.");

    /// <summary>Names of the files in a corpus subfolder (e.g. "fit"), for theory data; a missing corpus yields one marker row, which fails when run.</summary>
    public static IEnumerable<object[]> Files(string folder, string pattern)
    {
        var dir = Root.Value;
        if (dir is null)
        {
            yield return [MissingMarker];
            yield break;
        }
        foreach (var f in System.IO.Directory.EnumerateFiles(Path.Combine(dir, folder), pattern).Order(StringComparer.Ordinal))
            yield return [Path.GetFileName(f)];
    }

    /// <summary>The theory value that stands for "no corpus".</summary>
    public const string MissingMarker = "<corpus missing>";

    /// <summary>The full path of a corpus file; throws when the corpus is missing.</summary>
    public static string PathOf(string folder, string name) => Path.Combine(RequireDirectory(), folder, name);

    /// <summary>The repository root (the folder with <c>CrampSignals.sln</c>) above the test binaries, or null when they are not in one.</summary>
    public static string? RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "CrampSignals.sln"))) return d.FullName;
        return null;
    }

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("CRAMPSIGNALS_CORPUS");
        if (!string.IsNullOrEmpty(env)) return System.IO.Directory.Exists(env) ? Path.GetFullPath(env) : null;
        if (RepositoryRoot() is not string root) return null;
        var candidate = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }
}

/// <summary>A test that reads the corpus: skipped outside CI when there is none, run (and failing) under CI.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute() => Skip = Corpus.SkipReason;
}

/// <summary>A theory over corpus files: skipped outside CI when there is none, run (and failing) under CI.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute() => Skip = Corpus.SkipReason;
}
