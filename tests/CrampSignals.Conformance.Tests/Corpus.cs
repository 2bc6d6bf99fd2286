namespace CrampSignals.Conformance.Tests;

/// <summary>
/// Finds the shared corpus of real watch files: <c>CRAMPSIGNALS_CORPUS</c>, else <c>../shared/corpus</c> from the
/// repository root. Under CI (<c>CI=true</c>) a missing corpus fails every conformance test instead of skipping.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The corpus folder, or null when it is not there (outside CI only).</summary>
    public static string? Directory => Root.Value;

    /// <summary>True when running under CI.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The corpus folder; throws under CI when it is missing, returns null elsewhere (the test then passes vacuously and says so).</summary>
    public static string? RequireDirectory()
    {
        var dir = Root.Value;
        if (dir is null && InCi)
            throw new InvalidOperationException("The corpus is missing: set CRAMPSIGNALS_CORPUS or place it at ../shared/corpus from the repository root.");
        return dir;
    }

    /// <summary>Names of the files in a corpus subfolder (e.g. "fit"), for theory data. Under CI a missing corpus yields a marker that fails.</summary>
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

    /// <summary>The full path of a corpus file, or null when the corpus is missing outside CI.</summary>
    public static string? PathOf(string folder, string name)
    {
        if (name == MissingMarker)
        {
            RequireDirectory();
            return null;
        }
        var dir = RequireDirectory();
        return dir is null ? null : Path.Combine(dir, folder, name);
    }

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("CRAMPSIGNALS_CORPUS");
        if (!string.IsNullOrEmpty(env)) return System.IO.Directory.Exists(env) ? Path.GetFullPath(env) : null;
        // Walk up from the test binaries to the repository root (the folder with CrampSignals.sln).
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (!File.Exists(Path.Combine(d.FullName, "CrampSignals.sln"))) continue;
            var candidate = Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "corpus"));
            return System.IO.Directory.Exists(candidate) ? candidate : null;
        }
        return null;
    }
}
