using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Protocol;

using CrampSignals.Text;
namespace CrampSignals.Benchmarks;

/// <summary>
/// FIT decoding speed: a bare walk over the message headers (the floor any decoder pays), the <see cref="FitReader"/>
/// reading every field of every message, and the full <see cref="FitActivityReader"/> to a sample table.
/// </summary>
[MemoryDiagnoser]
public class FitDecodeBenchmarks
{
    private byte[] _data = [];

    /// <summary>Which file: a generated 4-hour 1 Hz run, or the corpus's large multisport file when the corpus is there.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "generated-4h-run";

    /// <summary>The inputs available on this machine.</summary>
    public static IEnumerable<string> Inputs()
    {
        yield return "generated-4h-run";
        if (BenchmarkCorpus.File("fit/activity-large-fenxi2-multisport.fit") is not null) yield return "activity-large-fenxi2-multisport.fit";
    }

    /// <summary>Builds or loads the input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _data = Input == "generated-4h-run" ? FitActivityWriter.ToBytes(GeneratedRun(4 * 3600)) : File.ReadAllBytes(BenchmarkCorpus.File("fit/activity-large-fenxi2-multisport.fit")!);
        Console.WriteLine($"// {Input}: {_data.Length} bytes");
    }

    /// <summary>Headers and definitions only: data messages are skipped by their size.</summary>
    [Benchmark(Baseline = true)]
    public int BareWalk()
    {
        var data = _data.AsSpan();
        Span<int> sizes = stackalloc int[16];
        var messages = 0;
        var pos = 0;
        while (pos + 12 <= data.Length)
        {
            var headerSize = data[pos];
            var end = Math.Min(data.Length, pos + headerSize + (int)BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 4)..]));
            pos += headerSize;
            while (pos < end)
            {
                var h = data[pos];
                if ((h & 0x80) != 0) pos += 1 + sizes[(h >> 5) & 3];
                else if ((h & 0x40) != 0)
                {
                    var n = data[pos + 5];
                    var size = 0;
                    for (var i = 0; i < n; i++) size += data[pos + 7 + 3 * i];
                    var next = pos + 6 + 3 * n;
                    if ((h & 0x20) != 0)
                    {
                        var d = data[next];
                        for (var i = 0; i < d; i++) size += data[next + 2 + 3 * i];
                        next += 1 + 3 * d;
                    }
                    sizes[h & 0xF] = size;
                    pos = next;
                }
                else pos += 1 + sizes[h & 0xF];
                messages++;
            }
            pos += 2;
        }
        return messages;
    }

    /// <summary>The reader, reading every field of every data message as a number.</summary>
    [Benchmark]
    public double FitReaderEveryField()
    {
        var reader = new FitReader(_data);
        double sum = 0;
        while (reader.Read())
        {
            if (reader.TokenType != FitTokenType.Data) continue;
            foreach (var f in reader.Definition.Fields)
            {
                var v = reader.GetDouble(f.Number);
                if (!double.IsNaN(v)) sum += v;
            }
        }
        return sum;
    }

    /// <summary>The whole activity: sample table, laps, sessions, events.</summary>
    [Benchmark]
    public int ActivityReader() => FitActivityReader.Read(_data, Input).Samples.Count;

    private static Activity GeneratedRun(int seconds)
    {
        var random = new Random(42);
        var b = new SampleTableBuilder(seconds);
        double distance = 0, lat = 46.05, lon = 14.5;
        const double start = 1_700_000_000;
        for (var i = 0; i < seconds; i++)
        {
            b.AddRow(start + i);
            var speed = 2.8 + random.NextDouble() * 0.6;
            distance += speed;
            lat += 1e-5 * random.NextDouble();
            lon += 1e-5 * random.NextDouble();
            b.Set(SampleChannel.Latitude, lat);
            b.Set(SampleChannel.Longitude, lon);
            b.Set(SampleChannel.Distance, distance);
            b.Set(SampleChannel.Speed, speed);
            b.Set(SampleChannel.Altitude, 300 + 30 * Math.Sin(i / 600.0));
            b.Set(SampleChannel.HeartRate, 140 + random.Next(30));
            b.Set(SampleChannel.Cadence, 170 + random.Next(10));
            b.Set(SampleChannel.Temperature, 20 + random.Next(5));
            b.Set(SampleChannel.Power, 250 + random.Next(60));
        }
        var startTime = UnixTime.ToDateTime(start);
        return new Activity
        {
            Sport = Sport.Running,
            StartTime = startTime,
            Samples = b.Build(),
            Sessions = [new ActivitySession(startTime, Sport.Running, 0, seconds, seconds, distance, 155, 87, 22, 25)],
        };
    }
}
