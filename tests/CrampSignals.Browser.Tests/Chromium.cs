namespace CrampSignals.Browser.Tests;

/// <summary>
/// The system's Chromium, which .ci/run installs with apt-get. Outside CI a machine without it skips the browser tests
/// (they show as skipped, not passed); under CI=true a missing browser is a failure.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"];

    /// <summary>The executable: CRAMPSIGNALS_CHROMIUM when set (null if it does not exist), else the first system path that exists.</summary>
    public static string? Executable
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("CRAMPSIGNALS_CHROMIUM");
            if (!string.IsNullOrEmpty(env)) return File.Exists(env) ? env : null; // a wrong path is a missing browser, not a fallback
            return Candidates.FirstOrDefault(File.Exists);
        }
    }

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Launch flags: no sandbox (containers), nothing that would reach the network, a profile of its own.</summary>
    public static string[] Arguments(string userDataDir) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={userDataDir}",
    ];
}

/// <summary>A test that needs Chromium: skipped outside CI when there is none, run (and failing) under CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null && !Chromium.UnderCi)
            Skip = "Chromium is not installed (apt-get install chromium, or set CRAMPSIGNALS_CHROMIUM); .ci/run installs it.";
    }
}
