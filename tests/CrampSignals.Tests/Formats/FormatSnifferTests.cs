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
        var e = Assert.Throws<ActivityFormatException>(() => ActivityFile.Load(new MemoryStream("just text"u8.ToArray()), "notes.txt"));
        Assert.StartsWith("notes.txt: ", e.Message);
        var empty = Assert.Throws<ActivityFormatException>(() => ActivityFile.Load(new MemoryStream(), "empty.fit"));
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
            var e = Assert.Throws<ActivityFormatException>(() => ActivityFile.Load(dir.FullName));
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
        var e = Assert.Throws<ActivityFormatException>(() => ActivityFile.Load(new MemoryStream(emptyGzip), "run.fit.gz"));
        Assert.StartsWith("run.fit.gz: ", e.Message);
        Assert.Contains("gzip", e.Reason);
    }
}
