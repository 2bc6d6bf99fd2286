using System.Buffers;
using System.Text;
using CrampSignals.Formats;
using CrampSignals.Text;

namespace CrampSignals.Formats.Gpx;

/// <summary>
/// Reads a plain GPX document (see <see cref="PlainXmlScanner"/>) straight from its UTF-8 bytes into the activity's
/// points, with the rules of <see cref="GpxReader"/> and the same numbers, times and strings; about twice as fast as
/// going through an <see cref="System.Xml.XmlReader"/>, which is most of the time of reading a GPX file.
/// </summary>
/// <remarks>
/// It gives up (returns null) on anything it would have to do differently from <see cref="GpxReader"/>: every
/// value <see cref="GpxReader"/> would warn about, a track point outside a segment, a value element holding more than
/// text, and whatever the scanner declines. The caller then reads the document again from the start with
/// <see cref="GpxReader"/>, so the warnings and errors, with their lines, are the XML reader's.
/// </remarks>
internal ref struct GpxPlainReader
{
    /// <summary>Largest document read into memory for it; larger ones go to the XML reader only.</summary>
    private const long MaxBytes = 256L << 20;

    // The most characters of a number or time looked at; longer ones are declined.
    private const int MaxValueChars = 64;

    private static readonly (byte[] Prefix, byte[] Uri)[] KnownPrefixes =
    [
        ("gpxdata"u8.ToArray(), "http://www.cluetrust.com/XML/GPXDATA/1/0"u8.ToArray()),
        ("gpxtpx"u8.ToArray(), "http://www.garmin.com/xmlschemas/TrackPointExtension/v1"u8.ToArray()),
        ("ns3"u8.ToArray(), "http://www.garmin.com/xmlschemas/TrackPointExtension/v1"u8.ToArray()),
        ("gpxx"u8.ToArray(), "http://www.garmin.com/xmlschemas/GpxExtensions/v3"u8.ToArray()),
        ("ns2"u8.ToArray(), "http://www.garmin.com/xmlschemas/GpxExtensions/v3"u8.ToArray()),
        ("gpxpx"u8.ToArray(), "http://www.garmin.com/xmlschemas/PowerExtension/v1"u8.ToArray()),
        ("gpxtrkx"u8.ToArray(), "http://www.garmin.com/xmlschemas/TrackStatsExtension/v1"u8.ToArray()),
    ];

    private PlainXmlScanner _xml;
    private readonly GpxPointSink _sink;
    private GpxPoint _point;
    private string? _version, _creator, _metadataName, _firstTrackName, _firstTrackType;
    private int _tracks, _segments, _trackPoints, _routes, _routePoints, _waypoints;

    private GpxPlainReader(ReadOnlySpan<byte> doc, GpxPointSink sink)
    {
        _xml = new PlainXmlScanner(doc, KnownPrefixes);
        _sink = sink;
    }

    private enum Name : byte
    {
        Other, Gpx, Metadata, Trk, Trkseg, Trkpt, Rte, Rtept, Wpt, Ele, Time, Name, Desc, Cmt, Type, Speed, Course,
        Extensions, Hr, Cad, Atemp, Wtemp, Power, HeartRate, Cadence, Temperature,
    }

    /// <summary>
    /// Reads the rest of <paramref name="stream"/> (seekable) as a plain GPX document; null when it is not one, the
    /// stream then being anywhere.
    /// </summary>
    public static (GpxPointSink Points, GpxDocumentFacts Facts)? TryRead(Stream stream, int rows)
    {
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
            return memory.Position <= buffer.Count ? TryRead(buffer.AsSpan((int)memory.Position), rows) : null;
        long remaining;
        try
        {
            remaining = stream.Length - stream.Position;
        }
        catch (NotSupportedException)
        {
            return null;
        }
        if (remaining <= 0 || remaining > MaxBytes) return null;
        var rented = ArrayPool<byte>.Shared.Rent((int)remaining);
        try
        {
            var length = 0;
            int n;
            while (length < remaining && (n = stream.Read(rented, length, (int)remaining - length)) > 0) length += n;
            return TryRead(rented.AsSpan(0, length), rows);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads <paramref name="doc"/> as a plain GPX document; null when it is not one.</summary>
    public static (GpxPointSink Points, GpxDocumentFacts Facts)? TryRead(ReadOnlySpan<byte> doc, int rows)
    {
        // The columns sized to the points there are (a fast count of the bytes) rather than guessed from the file's
        // size: a guess too large can put them on the large object heap, whose collections cost more than the count.
        var points = doc.Count("<trkpt"u8);
        var reader = new GpxPlainReader(doc, new GpxPointSink(points > 0 ? points : rows));
        try
        {
            reader.ReadDocument();
        }
        catch (PlainXmlDeclinedException)
        {
            return null;
        }
        var facts = new GpxDocumentFacts(
            reader._version, reader._creator, reader._metadataName, reader._firstTrackName, reader._firstTrackType,
            reader._tracks, reader._segments, reader._trackPoints, reader._routes, reader._routePoints, reader._waypoints,
            new WarningCollector());
        return (reader._sink, facts);
    }

    private void ReadDocument()
    {
        _xml.Start();
        if (!_xml.Next() || Classify(_xml.LocalName) != Name.Gpx) PlainXmlScanner.Decline();
        for (var i = 0; i < _xml.AttributeCount; i++)
        {
            var name = _xml.AttributeName(i);
            if (name.SequenceEqual("version"u8)) _version = RootAttribute(_xml.AttributeValue(i));
            else if (name.SequenceEqual("creator"u8)) _creator = RootAttribute(_xml.AttributeValue(i));
        }
        if (_xml.IsEmpty) return;
        while (_xml.Next())
        {
            switch (Classify(_xml.LocalName))
            {
                case Name.Wpt:
                    ReadPoint();
                    _waypoints++;
                    _sink.AddWaypoint(in _point);
                    break;
                case Name.Trk:
                    _tracks++;
                    if (!_xml.IsEmpty) ReadTrack();
                    break;
                case Name.Rte:
                    _routes++;
                    if (!_xml.IsEmpty) ReadRoute();
                    break;
                case Name.Metadata:
                    if (!_xml.IsEmpty) ReadMetadata();
                    break;
                case Name.Time:
                    ReadTime(out _, out _);
                    break;
                case Name.Name:
                    _metadataName = ReadString();
                    break;
                default:
                    _xml.Skip();
                    break;
            }
        }
    }

    private void ReadMetadata()
    {
        while (_xml.Next())
        {
            var name = Classify(_xml.LocalName);
            if (name == Name.Time) ReadTime(out _, out _);
            else if (name == Name.Name) _metadataName = ReadString();
            else _xml.Skip();
        }
    }

    private void ReadTrack()
    {
        while (_xml.Next())
        {
            switch (Classify(_xml.LocalName))
            {
                case Name.Trkseg:
                    _segments++;
                    if (!_xml.IsEmpty) ReadSegment();
                    break;
                case Name.Name:
                    var name = ReadString();
                    _firstTrackName ??= name;
                    break;
                case Name.Type:
                    var type = ReadString();
                    _firstTrackType ??= type;
                    break;
                case Name.Trkpt:
                    // The XML reader warns about a point outside any segment.
                    PlainXmlScanner.Decline();
                    break;
                default:
                    _xml.Skip();
                    break;
            }
        }
    }

    private void ReadSegment()
    {
        while (_xml.Next())
        {
            if (Classify(_xml.LocalName) != Name.Trkpt)
            {
                _xml.Skip();
                continue;
            }
            ReadPoint();
            _trackPoints++;
            _sink.AddTrackPoint(in _point);
        }
    }

    private void ReadRoute()
    {
        while (_xml.Next())
        {
            var name = Classify(_xml.LocalName);
            if (name == Name.Rtept)
            {
                ReadPoint();
                _routePoints++;
                _sink.AddRoutePoint(in _point, _trackPoints);
            }
            else if (name == Name.Name) ReadString();
            else _xml.Skip();
        }
    }

    // GpxReader.ReadPoint over bytes: the children of the point by name, the sensor values also anywhere inside
    // its extensions; other elements are gone into, not skipped.
    private void ReadPoint()
    {
        _point = GpxPoint.Empty;
        for (var i = 0; i < _xml.AttributeCount; i++)
        {
            var name = _xml.AttributeName(i);
            if (name.SequenceEqual("lat"u8)) _point.Latitude = ReadCoordinate(_xml.AttributeValue(i), 90);
            else if (name.SequenceEqual("lon"u8)) _point.Longitude = ReadCoordinate(_xml.AttributeValue(i), 180);
        }
        if (_xml.IsEmpty) return;
        var depth = _xml.Depth;
        var extensionsDepth = -1;
        while (true)
        {
            if (!_xml.Next())
            {
                var closed = _xml.Depth + 1;
                if (closed == depth) return;
                if (closed == extensionsDepth) extensionsDepth = -1;
                continue;
            }
            var name = Classify(_xml.LocalName);
            var elementDepth = _xml.IsEmpty ? _xml.Depth + 1 : _xml.Depth;
            if (elementDepth == depth + 1)
            {
                switch (name)
                {
                    case Name.Ele: _point.ElevationMeters = ReadNumber(); break;
                    case Name.Time:
                        if (ReadTime(out var ticks, out var offset))
                        {
                            _point.UtcTicks = ticks;
                            _point.UnixSeconds = IsoTime.ToUnixSeconds(ticks);
                            _point.UtcOffset = offset;
                        }
                        break;
                    case Name.Name: _point.Name = ReadString(); break;
                    case Name.Desc: _point.Description = ReadString(); break;
                    case Name.Cmt: _point.Comment = ReadString(); break;
                    case Name.Speed: _point.SpeedMetersPerSecond = ReadNumber(); break;
                    case Name.Course: _point.CourseDegrees = ReadNumber(); break;
                    case Name.Extensions when !_xml.IsEmpty: extensionsDepth = elementDepth; break;
                    default: ReadSensorValue(name); break;
                }
            }
            else if (extensionsDepth >= 0 && elementDepth > extensionsDepth && !ReadSensorValue(name))
            {
                if (name == Name.Power) _point.PowerWatts = ReadNumber();
                else if (name == Name.Speed) _point.SpeedMetersPerSecond = ReadNumber();
                else if (name == Name.Course) _point.CourseDegrees = ReadNumber();
            }
        }
    }

    // Garmin's names win; the other apps' names fill a value still missing (as GpxReader.ReadSensorValue).
    private bool ReadSensorValue(Name name)
    {
        switch (name)
        {
            case Name.Hr: _point.HeartRateBpm = ReadNumber(); return true;
            case Name.Cad: _point.Cadence = ReadNumber(); return true;
            case Name.Atemp: _point.AirTemperatureCelsius = ReadNumber(); return true;
            case Name.Wtemp: _point.WaterTemperatureCelsius = ReadNumber(); return true;
            case Name.HeartRate: _point.HeartRateBpm = Fill(_point.HeartRateBpm); return true;
            case Name.Cadence: _point.Cadence = Fill(_point.Cadence); return true;
            case Name.Temperature: _point.AirTemperatureCelsius = Fill(_point.AirTemperatureCelsius); return true;
            default: return false;
        }
    }

    private double Fill(double current)
    {
        var value = ReadNumber();
        return double.IsNaN(current) ? value : current;
    }

    private double ReadNumber()
    {
        var text = Trim(_xml.ReadText());
        return text.IsEmpty ? double.NaN : ParseNumber(text);
    }

    private static double ReadCoordinate(ReadOnlySpan<byte> raw, double limit)
    {
        var value = ParseNumber(Trim(raw));
        if (Math.Abs(value) > limit) PlainXmlScanner.Decline();
        return value;
    }

    // XmlTextBuffer.TryParseNumber's number, from the bytes when they are a plain decimal; one the XML reader would warn about is declined.
    private static double ParseNumber(ReadOnlySpan<byte> text)
    {
        if (PlainDecimal.TryParse(text, out var value)) return value;
        Span<char> chars = stackalloc char[MaxValueChars];
        if (!XmlTextBuffer.TryParseNumber(AsChars(text, chars), out value)) PlainXmlScanner.Decline();
        return value;
    }

    // False for an empty time (left as it is); a time the XML reader would warn about is declined.
    private bool ReadTime(out long ticks, out TimeSpan? offset)
    {
        ticks = 0;
        offset = null;
        var text = Trim(_xml.ReadText());
        if (text.IsEmpty) return false;
        Span<char> chars = stackalloc char[MaxValueChars];
        if (!IsoTime.TryParse(AsChars(text, chars), out ticks, out offset) || !PlausibleTime.ContainsTicks(ticks)) PlainXmlScanner.Decline();
        return true;
    }

    // As XmlTextBuffer.ReadElementString: trimmed, null when empty. Carriage returns (which the XML reader turns into
    // line feeds) and text longer than the reader keeps are declined.
    private string? ReadString()
    {
        var raw = _xml.ReadText();
        if (raw.Length > XmlTextBuffer.MaxTextChars || raw.IndexOf((byte)'\r') >= 0) PlainXmlScanner.Decline();
        if (raw.IsEmpty) return null;
        var text = Encoding.UTF8.GetString(raw);
        var trimmed = text.AsSpan().Trim();
        return trimmed.IsEmpty ? null : trimmed.Length == text.Length ? text : new string(trimmed);
    }

    // The root's version and creator as XmlReader.GetAttribute gives them, bounded as GpxReader keeps them; white space
    // other than spaces (which attribute normalisation would change) is declined.
    private static string RootAttribute(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAny("\t\r\n"u8) >= 0) PlainXmlScanner.Decline();
        var text = Encoding.UTF8.GetString(raw);
        return text.Length <= GpxReader.MaxAttributeChars ? text : text[..GpxReader.MaxAttributeChars] + "…";
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text) => text.Trim(" \t\r\n"u8);

    // Numbers and times are ASCII; anything else (a non-breaking space the XML reader would trim, say) is declined.
    private static ReadOnlySpan<char> AsChars(ReadOnlySpan<byte> text, Span<char> chars)
    {
        if (text.Length > chars.Length) PlainXmlScanner.Decline();
        if (Ascii.ToUtf16(text, chars, out var written) != OperationStatus.Done) PlainXmlScanner.Decline();
        return chars[..written];
    }

    private static Name Classify(ReadOnlySpan<byte> n)
    {
        switch (n.Length)
        {
            case 2:
                return n.SequenceEqual("hr"u8) ? Name.Hr : Name.Other;
            case 3:
                if (n.SequenceEqual("ele"u8)) return Name.Ele;
                if (n.SequenceEqual("cad"u8)) return Name.Cad;
                if (n.SequenceEqual("trk"u8)) return Name.Trk;
                if (n.SequenceEqual("gpx"u8)) return Name.Gpx;
                if (n.SequenceEqual("rte"u8)) return Name.Rte;
                if (n.SequenceEqual("wpt"u8)) return Name.Wpt;
                if (n.SequenceEqual("cmt"u8)) return Name.Cmt;
                return Name.Other;
            case 4:
                if (n.SequenceEqual("time"u8)) return Name.Time;
                if (n.SequenceEqual("name"u8)) return Name.Name;
                if (n.SequenceEqual("type"u8)) return Name.Type;
                if (n.SequenceEqual("desc"u8)) return Name.Desc;
                if (n.SequenceEqual("temp"u8)) return Name.Temperature;
                return Name.Other;
            case 5:
                if (n.SequenceEqual("trkpt"u8)) return Name.Trkpt;
                if (n.SequenceEqual("atemp"u8)) return Name.Atemp;
                if (n.SequenceEqual("power"u8)) return Name.Power;
                if (n.SequenceEqual("speed"u8)) return Name.Speed;
                if (n.SequenceEqual("wtemp"u8)) return Name.Wtemp;
                if (n.SequenceEqual("rtept"u8)) return Name.Rtept;
                return Name.Other;
            case 6:
                if (n.SequenceEqual("trkseg"u8)) return Name.Trkseg;
                if (n.SequenceEqual("course"u8)) return Name.Course;
                return Name.Other;
            case 7:
                return n.SequenceEqual("cadence"u8) || n.SequenceEqual("Cadence"u8) ? Name.Cadence : Name.Other;
            case 8:
                return n.SequenceEqual("metadata"u8) ? Name.Metadata : Name.Other;
            case 9:
                return n.SequenceEqual("heartrate"u8) || n.SequenceEqual("heartRate"u8) || n.SequenceEqual("HeartRate"u8) ? Name.HeartRate : Name.Other;
            case 10:
                if (n.SequenceEqual("extensions"u8)) return Name.Extensions;
                if (n.SequenceEqual("heart_rate"u8)) return Name.HeartRate;
                if (n.SequenceEqual("RunCadence"u8)) return Name.Cadence;
                return Name.Other;
            case 11:
                return n.SequenceEqual("temperature"u8) || n.SequenceEqual("Temperature"u8) ? Name.Temperature : Name.Other;
            default:
                return Name.Other;
        }
    }
}
