using PuppeteerSharp;

namespace CrampSignals.Browser.Tests;

/// <summary>One headless Chromium for all browser tests (starting it is the slow part), with a profile in a temp folder of its own.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _profile = Directory.CreateTempSubdirectory("crampsignals-chromium-").FullName;

    public IBrowser? Browser { get; private set; }

    /// <summary>Folder the report pages are written to.</summary>
    public string Pages { get; } = Directory.CreateTempSubdirectory("crampsignals-pages-").FullName;

    public async Task InitializeAsync()
    {
        var executable = Chromium.Executable;
        if (executable is null) return; // each test says why it cannot run (or is skipped outside CI)
        Browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Chromium.Arguments(_profile),
            Timeout = 120_000,
            ProtocolTimeout = 120_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        foreach (var dir in new[] { _profile, Pages })
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { } // Chromium may still hold a lock file for a moment; the temp folder is reclaimed later
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The browser, or a failure naming what is missing (under CI, where these tests may not be skipped).</summary>
    public IBrowser Require() => Browser ?? throw new InvalidOperationException(
        "Chromium is missing: .ci/run installs it with apt-get (or set CRAMPSIGNALS_CHROMIUM to its executable).");
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
