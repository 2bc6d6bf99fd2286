using System.Xml;
using BenchmarkDotNet.Attributes;
using CrampSignals.Activities;
using CrampSignals.Formats.Gpx;
using CrampSignals.Text;

namespace CrampSignals.Benchmarks;

/// <summary>
/// Reading GPX against a bare XmlReader pass over the same bytes with the same settings: a generated four-hour run
/// recorded at 1 Hz (14 400 track points with Garmin TrackPointExtension and power), and, when the corpus is there,
/// a real Garmin Connect export (coordinates written with 30 digits) and the same ride as Strava exports it.
/// </summary>
[MemoryDiagnoser]
public class GpxParseBenchmarks
{
    private const int Points = 4 * 3600;
    private const string Generated = "generated-4h-run";
    private static readonly string[] CorpusFiles = ["activity_4078723797.gpx", "4078723797_strava.gpx"];
    private byte[] _gpx = [];

    /// <summary>Which document: the generated run, or a corpus file when the corpus is there.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Generated;

    /// <summary>The inputs available on this machine.</summary>
    public static IEnumerable<string> Inputs()
    {
        yield return Generated;
        foreach (var name in CorpusFiles)
            if (BenchmarkCorpus.File("gpx/" + name) is not null) yield return name;
    }

    /// <summary>Size of the document in bytes.</summary>
    public int SizeBytes => _gpx.Length;

    /// <summary>Builds or loads the input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _gpx = Input == Generated ? GeneratedDocument() : File.ReadAllBytes(BenchmarkCorpus.File("gpx/" + Input)!);
        Console.WriteLine($"// {Input}: {_gpx.Length} bytes");
    }

    private static byte[] GeneratedDocument()
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
        return output.ToArray();
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
