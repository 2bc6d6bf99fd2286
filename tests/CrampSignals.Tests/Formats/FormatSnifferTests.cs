using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats;

namespace CrampSignals.Tests.Formats;

public class FormatSnifferTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?><gpx version=\"1.1\">", ActivityFormat.Gpx)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<!-- c --><gpx>", ActivityFormat.Gpx)]
    [InlineData("  <g:gpx xmlns:g=\"http://www.topografix.com/GPX/1/1\">", ActivityFormat.Gpx)]
    [InlineData("<?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"x\">", ActivityFormat.Tcx)]
    [InlineData("<?xml version=\"1.0\"?><gpxdata/>", null)]
    [InlineData("hello", null)]
    public void Detects_xml_formats_from_the_root_element(string text, ActivityFormat? expected)
    {
        Assert.Equal(expected, FormatSniffer.Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Detects_fit_from_the_header_signature()
    {
        byte[] header = [14, 0x20, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0];
        Assert.Equal(ActivityFormat.Fit, FormatSniffer.Detect(header));
        header[9] = (byte)'X';
        Assert.Null(FormatSniffer.Detect(header));
    }

    [Fact]
    public void Load_names_the_file_when_content_is_no_activity()
    {
        var e = Assert.Throws<InputFormatException>(() => ActivityFile.Load(new MemoryStream("just text"u8.ToArray()), "notes.txt"));
        Assert.StartsWith("notes.txt: ", e.Message);
        var empty = Assert.Throws<InputFormatException>(() => ActivityFile.Load(new MemoryStream(), "empty.fit"));
        Assert.Contains("empty", empty.Reason);
    }
}

public class ActivityFileLoadTests
{
    [Fact]
    public void A_folder_is_refused_by_name()
    {
        var dir = Directory.CreateTempSubdirectory("crampsignals-");
        try
        {
            var e = Assert.Throws<InputFormatException>(() => ActivityFile.Load(dir.FullName));
            Assert.Contains(dir.FullName, e.Message);
            Assert.Contains("folder", e.Reason);
        }
        finally
        {
            dir.Delete();
        }
    }

    [Fact]
    public void Gzip_that_decompresses_to_nothing_is_refused_by_name()
    {
        // A complete gzip member whose deflate block is empty.
        byte[] emptyGzip = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var e = Assert.Throws<InputFormatException>(() => ActivityFile.Load(new MemoryStream(emptyGzip), "run.fit.gz"));
        Assert.StartsWith("run.fit.gz: ", e.Message);
        Assert.Contains("gzip", e.Reason);
    }

    [Fact]
    public void TryLoad_reads_a_run_and_names_what_it_cannot_read()
    {
        var dir = Directory.CreateTempSubdirectory("crampsignals-");
        try
        {
            var good = Path.Combine(dir.FullName, "run.gpx");
            File.WriteAllText(good, "<gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><time>2024-06-01T07:00:00Z</time></trkpt></trkseg></trk></gpx>");
            var bad = Path.Combine(dir.FullName, "notes.fit");
            File.WriteAllText(bad, "not a watch file");

            Assert.True(ActivityFile.TryLoad(good, out var activity, out var none));
            Assert.Null(none);
            Assert.Equal(1, activity.Samples.Count);

            Assert.False(ActivityFile.TryLoad(bad, out var missing, out var error));
            Assert.Null(missing);
            Assert.Contains("notes.fit", error);

            Assert.False(ActivityFile.TryLoad(Path.Combine(dir.FullName, "gone.fit"), out _, out var gone));
            Assert.Contains("no such file", gone);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task LoadAsync_gives_what_Load_gives_and_is_an_input_failure_on_bad_bytes()
    {
        var gpx = Encoding.UTF8.GetBytes("<gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><time>2024-06-01T07:00:00Z</time></trkpt><trkpt lat=\"1.0001\" lon=\"2\"><time>2024-06-01T07:00:01Z</time></trkpt></trkseg></trk></gpx>");
        var sync = ActivityFile.Load(new MemoryStream(gpx), "a.gpx");
        var async = await ActivityFile.LoadAsync(new MemoryStream(gpx), "a.gpx");
        Assert.Equal(sync.Samples.Count, async.Samples.Count);
        Assert.Equal(sync.StartTime, async.StartTime);

        var e = await Assert.ThrowsAsync<InputFormatException>(() => ActivityFile.LoadAsync(new MemoryStream([1, 2, 3]), "b.fit"));
        Assert.IsAssignableFrom<FormatException>(e);
        Assert.StartsWith("b.fit", e.Message);
    }
}
