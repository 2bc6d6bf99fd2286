using System.IO.Compression;
using CrampSignals.History.Sources;

namespace CrampSignals.Tests.History;

public class ExportTreeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cs-tree-" + Guid.NewGuid().ToString("N"));

    public ExportTreeTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static byte[] Fit() => TestExport.Fit(new TestRun { Seconds = 600 }.Build());

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        var m = new MemoryStream();
        using (var zip = new ZipArchive(m, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
                using (var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open()) s.Write(bytes);
        return m.ToArray();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_zip_bomb_entry_is_refused_without_being_decoded_and_the_rest_is_read()
    {
        var zip = Write("bomb.zip", Zip(("bomb.gpx", new byte[64 * 1024 * 1024]), ("run.fit", Fit())));
        using var tree = ExportTree.Open(zip, followLinks: false, CancellationToken.None);
        var file = Assert.Single(tree.Files);
        Assert.Equal("run.fit", file.Path);
        Assert.True(file.Load().Samples.Count > 500);
        Assert.Contains(tree.Failures, f => f.Path.EndsWith("bomb.gpx", StringComparison.Ordinal) && f.Reason.Contains("zip bomb", StringComparison.Ordinal));
    }

    [Fact]
    public void Entries_climbing_out_of_the_archive_are_refused_and_listed()
    {
        var zip = Write("escape.zip", Zip(("../../etc/evil.fit", Fit()), ("/abs.fit", Fit()), ("ok/run.fit", Fit())));
        using var tree = ExportTree.Open(zip, followLinks: false, CancellationToken.None);
        Assert.Equal(["ok/run.fit"], tree.Files.Select(f => f.Path));
        Assert.Contains(tree.Failures, f => f.Reason.Contains("climbs out", StringComparison.Ordinal));
        Assert.Contains(tree.Failures, f => f.Reason.Contains("absolute", StringComparison.Ordinal));
    }

    [Fact]
    public void An_archive_of_more_than_100k_entries_is_refused_from_its_end_record()
    {
        var entries = Enumerable.Range(0, 100_001).Select(i => ($"n/{i}.txt", Array.Empty<byte>())).ToArray();
        var zip = Write("many.zip", Zip(entries));
        using var tree = ExportTree.Open(zip, followLinks: false, CancellationToken.None);
        Assert.Empty(tree.Files);
        var failure = Assert.Single(tree.Failures);
        Assert.Contains("declares 100001 entries", failure.Reason);
    }

    [Fact]
    public void A_zip_inside_the_export_is_read_in_memory_and_named_the_same_in_the_zip_and_the_folder()
    {
        var inner = Zip(("1234567890.fit", Fit()));
        var folder = Path.Combine(_dir, "garmin");
        Directory.CreateDirectory(Path.Combine(folder, "DI_CONNECT", "DI-Connect-Uploaded-Files"));
        File.WriteAllBytes(Path.Combine(folder, "DI_CONNECT", "DI-Connect-Uploaded-Files", "UploadedFiles_0-_Part1.zip"), inner);
        var zip = Path.Combine(_dir, "garmin.zip");
        ZipFile.CreateFromDirectory(folder, zip);
        using var fromFolder = ExportTree.Open(folder, followLinks: false, CancellationToken.None);
        using var fromZip = ExportTree.Open(zip, followLinks: false, CancellationToken.None);
        const string expected = "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!/1234567890.fit";
        Assert.Equal([expected], fromFolder.Files.Select(f => f.Path));
        Assert.Equal([expected], fromZip.Files.Select(f => f.Path));
        Assert.True(fromZip.Files[0].Load().Samples.Count > 500);
    }

    [Fact]
    public void A_damaged_zip_is_a_failure_not_a_crash()
    {
        var good = Zip(("run.fit", Fit()));
        var zip = Write("broken.zip", good[..(good.Length / 2)]);
        using var tree = ExportTree.Open(zip, followLinks: false, CancellationToken.None);
        Assert.Empty(tree.Files);
        Assert.Contains("damaged", Assert.Single(tree.Failures).Reason);
    }
}
