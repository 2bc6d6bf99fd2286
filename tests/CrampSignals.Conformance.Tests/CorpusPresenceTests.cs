namespace CrampSignals.Conformance.Tests;

public class CorpusPresenceTests
{
    [Fact]
    public void Corpus_has_every_folder_the_conformance_tests_read()
    {
        var dir = Corpus.RequireDirectory();
        if (dir is null) return;
        foreach (var folder in new[] { "fit", "fit-invalid", "gpx", "tcx", "expected" })
            Assert.True(Directory.Exists(Path.Combine(dir, folder)), $"corpus folder {folder} is missing under {dir}");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "expected"), "*.sdk.json"));
    }
}
