using System.Globalization;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Formats.Gpx;
using CrampSignals.Tests.TestKit;
using static CrampSignals.Tests.Gpx.GpxText;

namespace CrampSignals.Tests.Gpx;

/// <summary>
/// The byte-level reader of plain GPX documents against the XML reader: the same activity, value for value, on
/// documents of many shapes; and the XML reader from the start whenever a document is not plain.
/// </summary>
public class GpxPlainReaderTests
{
    private const string Time0 = "2024-05-01T06:00:00Z";

    [Fact]
    public void Generated_runs_read_the_same_both_ways()
    {
        var runs = new[]
        {
            new TestRun { Seconds = 900, HeartRate = t => 140 + t % 20, Temperature = t => 21.5 + t / 600.0, Seed = 3 }.Build(),
            new TestRun { Seconds = 600, Sport = Sport.Cycling, Cadence = t => 85 + t % 7, AltitudeAtDistance = d => 300 + d / 50, UtcOffset = TimeSpan.FromHours(2) }.Build(),
            new TestRun { Seconds = 300, Positions = false, Cadence = null, Seed = 9 }.Build(),
            new TestRun { Seconds = 400, HasFix = t => t % 17 != 0, Skip = t => t is > 100 and < 130, Seed = 5 }.Build(),
        };
        foreach (var run in runs)
        {
            using var output = new MemoryStream();
            GpxActivityWriter.Write(run, output);
            AssertSameBothWays(output.ToArray());
        }
    }

    [Fact]
    public void Documents_of_varied_shapes_read_the_same_both_ways()
    {
        var random = new Random(20240501);
        for (var i = 0; i < 400; i++) AssertSameBothWays(Encoding.UTF8.GetBytes(RandomDocument(random)));
    }

    [Theory]
    [InlineData("<!DOCTYPE gpx [<!ENTITY x \"1\">]>", "")]
    [InlineData("", "<trk><name><![CDATA[Run]]></name></trk>")]
    [InlineData("", "<!-- a comment --><trk/>")]
    [InlineData("", "<?pi here?><trk/>")]
    [InlineData("", "<trk><name>Fish &amp; chips</name></trk>")]
    [InlineData("", "<trk><name>caf&#233;</name></trk>")]
    [InlineData("", "<trk><extensions><x:thing xmlns:x=\"urn:x\"/></extensions></trk>")]
    [InlineData("", "<trk><trkseg><trkpt lat=\"1\" lon=\"2\"><ele>high</ele></trkpt></trkseg></trk>")]
    [InlineData("", "<trk><trkseg><trkpt lat=\"91\" lon=\"2\"/></trkseg></trk>")]
    [InlineData("", "<trk><trkseg><trkpt lat=\"1\" lon=\"2\"><time>yesterday</time></trkpt></trkseg></trk>")]
    [InlineData("", "<trk><trkpt lat=\"1\" lon=\"2\"/></trk>")]
    [InlineData("", "<trk><trkseg><trkpt lat=\"1\" lon=\"2\"><ele>1<b/>2</ele></trkpt></trkseg></trk>")]
    [InlineData("", "<trk><name>a\r\nb</name></trk>")]
    public void A_document_that_is_not_plain_is_read_by_the_xml_reader(string prolog, string body)
    {
        var xml = V11(Track("running", Point(45, 14, Time0)) + body);
        if (prolog.Length > 0) xml = xml.Replace("?>\n", "?>\n" + prolog + "\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(xml);
        Assert.Null(GpxPlainReader.TryRead(bytes, 16));
        AssertSameResult(bytes);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><gpx version=\"1.1\"><trk/></gpx>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-16\"?><gpx version=\"1.1\"><trk/></gpx>")]
    [InlineData("<gpx version=\"1.1\"><trk><trkseg></trk></gpx>")]
    [InlineData("<gpx version=\"1.1\"><trk><name>x</nam></trk></gpx>")]
    [InlineData("<gpx version=\"1.1\" version=\"1.0\"><trk/></gpx>")]
    [InlineData("<gpx version=\"1.1\" xmlns:a=\"urn:x\" xmlns:b=\"urn:x\" a:k=\"1\" b:k=\"2\"><trk/></gpx>")]
    [InlineData("<gpx version=\"1.1\"><foo:trk/></gpx>")]
    [InlineData("<gpx version=\"1.1\"><trk a=\"1\"b=\"2\"/></gpx>")]
    [InlineData("<gpx version=\"1.1\"><trk a=\"<\"/></gpx>")]
    [InlineData("<gpx version=\"1.1\"><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><ele>1</ele>")]
    [InlineData("<tcx><trk/></tcx>")]
    [InlineData("text<gpx version=\"1.1\"/>")]
    [InlineData("<gpx version=\"1.1\"><trk>]]></trk></gpx>")]
    [InlineData("<gpx version=\"1.1\"><1trk/></gpx>")]
    [InlineData("<gpx version=\"1.1\"><trk\u0001/></gpx>")]
    public void Damaged_or_unusual_xml_gives_the_xml_readers_result_and_error(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        Assert.Null(GpxPlainReader.TryRead(bytes, 16));
        AssertSameResult(bytes);
    }

    [Fact]
    public void Invalid_utf8_is_left_to_the_xml_reader()
    {
        var bytes = Encoding.UTF8.GetBytes(V11("<trk><name>Qq</name></trk>"));
        var at = Array.IndexOf(bytes, (byte)'Q');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        Assert.Null(GpxPlainReader.TryRead(bytes, 16));
        AssertSameResult(bytes);
    }

    [Fact]
    public void A_stream_that_is_not_a_memory_stream_is_read_plainly_and_rewound_when_it_is_not_plain()
    {
        var plain = Encoding.UTF8.GetBytes(V11(Track("running", Point(45, 14, Time0, "<ele>12</ele>"))));
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, plain);
            using (var file = File.OpenRead(path)) Assert.NotNull(GpxPlainReader.TryRead(file, 16));
            using (var file = File.OpenRead(path)) Assert.Equal(Dump(Read(plain, plainFirst: false)), Dump(GpxActivityReader.Read(file, "test.gpx")));
            var commented = Encoding.UTF8.GetBytes(V11("<!-- c -->" + Track("running", Point(45, 14, Time0))));
            File.WriteAllBytes(path, commented);
            using (var file = File.OpenRead(path)) Assert.Equal(Dump(Read(commented, plainFirst: false)), Dump(GpxActivityReader.Read(file, "test.gpx")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertSameBothWays(byte[] bytes)
    {
        Assert.True(GpxPlainReader.TryRead(bytes, 16) is not null, "not read plainly: " + Encoding.UTF8.GetString(bytes));
        AssertSameResult(bytes);
    }

    // The whole activity as text, doubles by their bits; or the error, message and location.
    private static void AssertSameResult(byte[] bytes) =>
        Assert.Equal(Outcome(bytes, plainFirst: false), Outcome(bytes, plainFirst: true));

    private static string Outcome(byte[] bytes, bool plainFirst)
    {
        try
        {
            return Dump(Read(bytes, plainFirst));
        }
        catch (InputFormatException e)
        {
            return $"error {e.Message} {e.Line} {e.Position}";
        }
    }

    private static Activity Read(byte[] bytes, bool plainFirst)
    {
        using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);
        return GpxActivityReader.Read(stream, "test.gpx", plainFirst);
    }

    private static string Dump(Activity a)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{a.Sport} {a.SportInferred} {a.Device} {a.StartTime:O} {a.UtcOffset} {a.DistanceFromPositions}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{a.Source!.SizeBytes} {a.Source.XmlVersion} {string.Join(",", a.Source.Counts.Select(c => $"{c.Key}={c.Value}"))}");
        foreach (var w in a.Warnings) text.AppendLine(w.ToString());
        foreach (var w in a.Waypoints) text.AppendLine(CultureInfo.InvariantCulture, $"{w.Time:O} {Bits(w.Latitude)} {Bits(w.Longitude)} {w.Name} {w.Description}");
        var s = a.Samples;
        for (var i = 0; i < s.Count; i++)
        {
            text.Append(Bits(s.UnixSeconds[i]));
            foreach (var channel in Enum.GetValues<SampleChannel>()) text.Append(' ').Append(Bits(s[channel][i]));
            text.AppendLine();
        }
        return text.ToString();
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    // A plain document from random pieces: GPX 1.0 and 1.1, metadata, waypoints, routes, tracks and segments, every
    // value element GpxReader knows in and out of extensions, other apps' names, unknown elements, empty elements,
    // long and short numbers, odd white space, single quotes, prefixes, non-ASCII names.
    private static string RandomDocument(Random r)
    {
        string Pick(params string[] options) => options[r.Next(options.Length)];
        string Ws() => Pick("", " ", "\n  ", "\r\n\t", "  \n");
        string Number(double scale) => Pick(
            (r.NextDouble() * scale).ToString("R", CultureInfo.InvariantCulture),
            (r.NextDouble() * scale).ToString("F1", CultureInfo.InvariantCulture),
            (r.NextDouble() * scale).ToString("F10", CultureInfo.InvariantCulture) + "0000000000123",
            r.Next((int)scale).ToString(CultureInfo.InvariantCulture),
            "-" + (r.NextDouble() * scale).ToString("F6", CultureInfo.InvariantCulture),
            (r.NextDouble() * scale).ToString("E3", CultureInfo.InvariantCulture),
            "0.000000000000000000000000001234",
            ".5");
        // No carriage return inside a value: the XML reader would turn it into a line feed, which is not plain.
        string Inside() => Pick("", " ", "\n  ", "\t");
        string Value(string name, string text) => r.Next(8) == 0 ? $"<{name}/>" : r.Next(8) == 0 ? $"<{name}>{Inside()}</{name}>" : $"<{name}>{Inside()}{text}{Inside()}</{name}>";
        string Time(int second) => Value("time", new DateTime(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc).AddSeconds(second).AddMilliseconds(Pick("0", "250") == "0" ? 0 : 250)
            .ToString(Pick("yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss+00:00"), CultureInfo.InvariantCulture));
        string Name() => Value(Pick("name", "desc", "cmt"), Pick("Morning run", "Čez hrib", "  spaced  ", "Lauf über Brücke", "x"));
        var second = 0;
        string Point(string tag)
        {
            var q = Pick("\"", "'");
            var p = new StringBuilder($"<{tag}{Ws()} lat={q}{Number(80)}{q}{Ws()} lon = {q}{Number(170)}{q}{Ws()}");
            if (r.Next(10) == 0) return p.Append("/>").ToString();
            p.Append('>');
            for (var i = r.Next(7); i > 0; i--)
            {
                p.Append(Ws()).Append(r.Next(11) switch
                {
                    0 => Value("ele", Number(3000)),
                    1 or 2 => Time(second++),
                    3 => Name(),
                    4 => Value(Pick("speed", "course", "hr", "cad", "heartrate", "cadence", "temp"), Number(200)),
                    5 => "<sat>7</sat><hdop>1.2</hdop>",
                    6 => "<link href='http://example.com/x'><text>x</text></link>",
                    7 => "<foo><hr>99</hr></foo>",
                    8 => "<extensions/>",
                    _ => Extensions(),
                });
            }
            return p.Append(Ws()).Append($"</{tag}>").ToString();
        }
        string Extensions()
        {
            var prefix = Pick("", "gpxtpx:", "ns3:", "gpxdata:", "x:");
            var wrap = r.Next(2) == 0;
            var e = new StringBuilder("<extensions>");
            if (wrap) e.Append($"<{prefix}TrackPointExtension>");
            for (var i = r.Next(5); i > 0; i--)
                e.Append(Value(prefix + Pick("hr", "cad", "atemp", "wtemp", "speed", "course", "power", "heartRate", "HeartRate", "heart_rate", "Cadence", "RunCadence", "temperature", "Temperature", "other"), Number(250)));
            if (wrap) e.Append($"</{prefix}TrackPointExtension>");
            return e.Append("</extensions>").ToString();
        }
        var body = new StringBuilder();
        if (r.Next(2) == 0) body.Append("<metadata>").Append(Ws()).Append(Value("name", "The day")).Append(Time(0)).Append("<author><name>Not this</name></author></metadata>");
        if (r.Next(3) == 0) body.Append(Value("name", "GPX 1.0 name")).Append(Time(0));
        for (var i = r.Next(3); i > 0; i--) body.Append(Point("wpt"));
        for (var i = r.Next(2); i > 0; i--)
        {
            body.Append("<rte>").Append(Value("name", "Route"));
            for (var j = r.Next(4); j > 0; j--) body.Append(Point("rtept"));
            body.Append("</rte>");
        }
        for (var i = r.Next(4); i > 0; i--)
        {
            body.Append("<trk>").Append(Ws());
            if (r.Next(2) == 0) body.Append(Value("name", Pick("Track", "Lauf", "")));
            if (r.Next(2) == 0) body.Append(Value("type", Pick("running", "cycling", "9", "hiking", "")));
            for (var j = r.Next(3); j > 0; j--)
            {
                body.Append("<trkseg>");
                for (var k = r.Next(6); k > 0; k--) body.Append(Point("trkpt")).Append(Ws());
                body.Append("</trkseg>");
                if (r.Next(4) == 0) body.Append("<extensions><ignored>1</ignored></extensions>");
            }
            if (r.Next(3) == 0) body.Append(Value("type", "walking"));
            body.Append("</trk>");
        }
        var namespaces = $"xmlns:gpxtpx=\"{TpxV1}\" xmlns:x='urn:other'" + Pick("", " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"a b\"");
        return r.Next(4) == 0 ? V10(body.ToString()).Replace("<gpx ", $"<gpx {namespaces} ", StringComparison.Ordinal) : V11(body.ToString(), namespaces, Pick("Garmin Connect", "Strava", "Zürich logger"));
    }
}
