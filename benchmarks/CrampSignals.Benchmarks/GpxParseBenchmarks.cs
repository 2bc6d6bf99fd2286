using System.Xml;
using BenchmarkDotNet.Attributes;
using CrampSignals.Activities;
using CrampSignals.Formats.Gpx;
using CrampSignals.Text;

namespace CrampSignals.Benchmarks;

/// <summary>
/// Reading a four-hour run recorded at 1 Hz (14 400 track points with Garmin TrackPointExtension and power), against
/// a bare XmlReader pass over the same bytes with the same settings.
/// </summary>
[MemoryDiagnoser]
public class GpxParseBenchmarks
{
    private const int Points = 4 * 3600;
    private byte[] _gpx = [];

    /// <summary>Size of the generated document in bytes.</summary>
    public int SizeBytes => _gpx.Length;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var b = new SampleTableBuilder(Points);
        var start = (new DateTime(2024, 7, 14, 5, 0, 0, DateTimeKind.Utc) - DateTime.UnixEpoch).TotalSeconds;
        double lat = 46.05, lon = 14.50, alt = 295;
        for (var i = 0; i < Points; i++)
        {
            lat += 2.0e-5 + random.NextDouble() * 1e-5;
            lon += (random.NextDouble() - 0.5) * 2e-5;
            alt += (random.NextDouble() - 0.5) * 0.4;
            b.AddRow(start + i);
            b.Set(SampleChannel.Latitude, Math.Round(lat, 7));
            b.Set(SampleChannel.Longitude, Math.Round(lon, 7));
            b.Set(SampleChannel.Altitude, Math.Round(alt, 1));
            b.Set(SampleChannel.HeartRate, 140 + random.Next(30));
            b.Set(SampleChannel.Cadence, 2 * (84 + random.Next(6)));
            b.Set(SampleChannel.Temperature, 22 + random.Next(8));
            b.Set(SampleChannel.Speed, Math.Round(2.8 + random.NextDouble(), 3));
            b.Set(SampleChannel.Power, 230 + random.Next(60));
        }
        var activity = new Activity { Sport = Sport.Running, StartTime = UnixTime.ToDateTime(start), Samples = b.Build() };
        using var output = new MemoryStream();
        GpxActivityWriter.Write(activity, output);
        _gpx = output.ToArray();
        Console.WriteLine($"// GPX document: {_gpx.Length} bytes, {Points} track points");
    }

    /// <summary>Every node read with the reader's settings, nothing looked at.</summary>
    [Benchmark(Baseline = true)]
    public int BareXmlReader()
    {
        using var stream = new MemoryStream(_gpx, writable: false);
        using var xml = XmlReader.Create(stream, SafeXmlReader.CreateSettings());
        var nodes = 0;
        while (xml.Read()) nodes++;
        return nodes;
    }

    /// <summary>The forward-only GPX reader over every token.</summary>
    [Benchmark]
    public double GpxReaderWalk()
    {
        using var stream = new MemoryStream(_gpx, writable: false);
        using var reader = new GpxReader(stream, "bench.gpx");
        var sum = 0.0;
        while (reader.Read())
            if (reader.TokenType == GpxTokenType.TrackPoint) sum += reader.Point.HeartRateBpm;
        return sum;
    }

    /// <summary>The whole activity: samples, distance, cadence doubling.</summary>
    [Benchmark]
    public int GpxActivityRead()
    {
        using var stream = new MemoryStream(_gpx, writable: false);
        return GpxActivityReader.Read(stream, "bench.gpx").Samples.Count;
    }
}
