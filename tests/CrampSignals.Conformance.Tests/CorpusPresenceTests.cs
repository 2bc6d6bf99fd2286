namespace CrampSignals.Conformance.Tests;

public class CorpusPresenceTests
{
    [CorpusFact]
    public void Corpus_has_every_folder_the_conformance_tests_read()
    {
        var dir = Corpus.RequireDirectory();
        foreach (var folder in new[] { "fit", "fit-invalid", "gpx", "tcx", "expected" })
            Assert.True(Directory.Exists(Path.Combine(dir, folder)), $"corpus folder {folder} is missing under {dir}");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "expected"), "*.sdk.json"));
    }
}
