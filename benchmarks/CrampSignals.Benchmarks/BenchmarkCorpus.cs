namespace CrampSignals.Benchmarks;

/// <summary>
/// Real files for the benchmarks that compare against them: the shared corpus at <c>CRAMPSIGNALS_CORPUS</c>, else
/// <c>../shared/corpus</c> from the folder holding <c>CrampSignals.sln</c>. A benchmark offers a corpus input only when
/// the file is there, so the suite runs on a machine without the corpus.
/// </summary>
internal static class BenchmarkCorpus
{
    /// <summary>The full path of <paramref name="relativePath"/> (e.g. <c>gpx/activity_4078723797.gpx</c>), or null when the corpus or the file is missing.</summary>
    public static string? File(string relativePath)
    {
        var dir = Environment.GetEnvironmentVariable("CRAMPSIGNALS_CORPUS");
        if (string.IsNullOrEmpty(dir))
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (System.IO.File.Exists(Path.Combine(d.FullName, "CrampSignals.sln")))
                {
                    dir = Path.Combine(d.FullName, "..", "shared", "corpus");
                    break;
                }
        var path = dir is null ? null : Path.Combine(dir, relativePath);
        return path is not null && System.IO.File.Exists(path) ? path : null;
    }
}
