using System.IO.Compression;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats;
using static CrampSignals.Tests.Gpx.GpxText;

namespace CrampSignals.Tests.Gpx;

public class GpxActivityFileTests
{
    [Fact]
    public void Activity_file_sends_gpx_and_gzipped_gpx_to_the_gpx_reader()
    {
        var bytes = Encoding.UTF8.GetBytes(V11(Track("running", Point(1, 2, "2024-05-01T06:00:00Z"), Point(1.001, 2, "2024-05-01T06:00:01Z"))));
        var plain = ActivityFile.Load(new MemoryStream(bytes), "run.gpx");
        using var zipped = new MemoryStream();
        using (var gz = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        zipped.Position = 0;
        var unzipped = ActivityFile.Load(zipped, "run.gpx.gz");
        Assert.Equal(ActivityFormat.Gpx, plain.Source!.Format);
        Assert.Equal(2, plain.Samples.Count);
        Assert.Equal(plain.Samples.DistanceMeters.ToArray(), unzipped.Samples.DistanceMeters.ToArray());
        Assert.Equal(Sport.Running, unzipped.Sport);
    }

    [Fact]
    public void Activity_file_sends_tcx_to_the_tcx_reader()
    {
        var xml = Tcx.TcxText.Document(Tcx.TcxText.Activity("Running", "2020-06-01T14:00:00Z",
            Tcx.TcxText.Lap("2020-06-01T14:00:00Z", 1, 1, Tcx.TcxText.Trackpoint("2020-06-01T14:00:00Z", 1, 2))));
        var activity = ActivityFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "run.tcx");
        Assert.Equal(ActivityFormat.Tcx, activity.Source!.Format);
        Assert.Equal(1, activity.Samples.Count);
    }
}
