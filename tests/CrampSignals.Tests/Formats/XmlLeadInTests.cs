using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats;

namespace CrampSignals.Tests.Formats;

/// <summary>White space, blank lines and byte-order marks before the XML declaration are read past (Strava's TCX starts so).</summary>
public class XmlLeadInTests
{
    public static TheoryData<string, string> LeadIns => new()
    {
        { "gpx", "   " },
        { "tcx", "        " },
        { "tcx", "\n\n\r\n  \t" },
        { "gpx", "\uFEFF\r\n" },
        { "tcx", "\uFEFF" },
    };

    [Theory]
    [MemberData(nameof(LeadIns))]
    public void A_lead_in_before_the_declaration_is_accepted(string format, string leadIn)
    {
        var xml = Encoding.UTF8.GetString(format == "gpx" ? ArchiveInputTests.Gpx() : ArchiveInputTests.Tcx());
        Assert.StartsWith("<?xml", xml.TrimStart('\uFEFF'));
        var activity = ActivityFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(leadIn + xml.TrimStart('\uFEFF'))), $"run.{format}");
        Assert.True(activity.Samples.Count > 0);
        Assert.Empty(activity.Warnings);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_utf16_file_with_a_bom_and_a_lead_in_is_accepted(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var xml = Encoding.UTF8.GetString(ArchiveInputTests.Tcx()).TrimStart('\uFEFF').Replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"", StringComparison.OrdinalIgnoreCase);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("\r\n   " + xml)).ToArray();
        Assert.True(ActivityFile.Load(new MemoryStream(bytes), "run.tcx").Samples.Count > 0);
    }

    [Fact]
    public void Lines_and_positions_stay_those_of_the_file()
    {
        const string doc = "\n\n   <?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"t\">\n<trk><trkseg><trkpt lat=\"1\" lon=\"2\"></trkpt>\n<oops></gpx>";
        var activity = ActivityFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(doc)), "damaged.gpx");
        var damage = Assert.Single(activity.Warnings, w => w.Message.Contains("damaged", StringComparison.Ordinal));
        Assert.Equal(6, damage.Line);
    }

    [Fact]
    public void Text_that_is_only_white_space_is_still_refused()
    {
        var e = Assert.Throws<InputFormatException>(() => ActivityFile.Load(new MemoryStream("   \n\n  "u8.ToArray()), "blank.gpx"));
        Assert.Contains("blank.gpx", e.Message);
    }
}
