using CrampSignals.Formats;
using CrampSignals.Formats.Fit;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Formats;

/// <summary>
/// A file of known size is read straight into an array of that size; the size is what the stream said before reading, and
/// a file can grow or shrink while it is read. Whatever the stream said, every byte it gives is read, and no more.
/// </summary>
public class StreamLengthTests
{
    private static readonly byte[] Fit = FitActivityWriter.ToBytes(new TestRun { Seconds = 15 * 60, Seed = 4 }.Build());

    /// <summary>A seekable stream over <paramref name="content"/> that reports <paramref name="length"/> as its length.</summary>
    internal sealed class Misreported(byte[] content, long length) : MemoryStream(content, writable: false)
    {
        public override long Length => length;
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.999)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    public void Every_byte_the_stream_gives_is_read_whatever_length_it_reported(double reported)
    {
        var expected = ActivityFile.Load(new MemoryStream(Fit), "run.fit");
        var read = ActivityFile.Load(new Misreported(Fit, (long)(Fit.Length * reported)), "run.fit");
        Assert.Equal(Fit.Length, read.Source!.SizeBytes);
        Assert.Equal(expected.Samples.Count, read.Samples.Count);
        Assert.Equal(expected.Samples.UnixSeconds.ToArray(), read.Samples.UnixSeconds.ToArray());
        Assert.Equal(expected.Samples.HeartRateBpm.ToArray(), read.Samples.HeartRateBpm.ToArray());
    }

    [Fact]
    public void A_file_is_read_whole_from_where_its_stream_stands()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stream-length-{Guid.NewGuid():N}.fit");
        try
        {
            File.WriteAllBytes(path, [.. new byte[100], .. Fit]);
            using var stream = File.OpenRead(path);
            stream.Position = 100;
            var read = ActivityFile.Load(stream, "run.fit");
            Assert.Equal(Fit.Length, read.Source!.SizeBytes);
            Assert.Equal(ActivityFile.Load(new MemoryStream(Fit), "run.fit").Samples.Count, read.Samples.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
