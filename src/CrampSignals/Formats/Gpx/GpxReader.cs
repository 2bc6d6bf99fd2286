using System.Xml;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Text;

namespace CrampSignals.Formats.Gpx;

/// <summary>
/// A forward-only reader of GPX 1.0 and 1.1, one token at a time: the root, each track, segment, track point,
/// route, route point and waypoint, in file order. Nothing is kept behind the current token, so memory does not
/// grow with the file.
/// </summary>
/// <remarks>
/// <para>Call <see cref="Read"/> until it returns false, and look at <see cref="TokenType"/>; point values are in
/// <see cref="Point"/>, the enclosing track, segment or route in the index and name properties.</para>
/// <para>Extension values (Garmin <c>TrackPointExtension</c> v1/v2 <c>hr</c>, <c>cad</c>, <c>atemp</c>,
/// <c>wtemp</c>, <c>speed</c>, <c>course</c>, and a bare <c>power</c>) are matched by local name anywhere inside a
/// point's <c>extensions</c>, whatever the namespace or prefix. Other apps' names fill what Garmin's leave missing:
/// <c>heartrate</c>/<c>heart_rate</c>, <c>cadence</c>, and <c>temp</c>/<c>temperature</c>/<c>Temperature</c> (the
/// cluetrust <c>gpxdata</c> namespace, Garmin's GpxExtensions v3, Strava, mapstogpx and others). The sensor values
/// are also read when a logger writes them straight inside the point, without <c>extensions</c>.</para>
/// <para>Damaged XML makes <see cref="Read"/> throw the <see cref="XmlException"/> (with line and position); every
/// token returned before it is sound. A number or time that cannot be parsed becomes NaN and a warning in
/// <see cref="Warnings"/>.</para>
/// </remarks>
public sealed class GpxReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly bool _ownsXml;
    private readonly GpxNames _names;
    private readonly XmlTextBuffer _text = new();
    private readonly WarningCollector _warnings = new();
    private GpxPoint _point = GpxPoint.Empty;
    private Context _context = Context.BeforeRoot;
    private bool _replay;

    private enum Context { BeforeRoot, Root, TrackHeader, Track, Segment, RouteHeader, Route, Done }

    /// <summary>Reads GPX from <paramref name="stream"/> (left open); <paramref name="fileName"/> names it in messages.</summary>
    public GpxReader(Stream stream, string fileName = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(stream);
        FileName = fileName;
        var table = new NameTable();
        _names = new GpxNames(table);
        _xml = SafeXmlReader.Create(stream, table, KnownPrefixes(table));
        _ownsXml = true;
    }

    // Exporters (Strava's gpxdata, some Garmin Connect and Suunto files) use extension prefixes they never declare,
    // which makes the whole document namespace-invalid. Declaring the usual ones beforehand lets such a file be read;
    // a document's own declarations still take precedence.
    private static XmlParserContext KnownPrefixes(XmlNameTable table)
    {
        var namespaces = new XmlNamespaceManager(table);
        namespaces.AddNamespace("gpxdata", "http://www.cluetrust.com/XML/GPXDATA/1/0");
        namespaces.AddNamespace("gpxtpx", "http://www.garmin.com/xmlschemas/TrackPointExtension/v1");
        namespaces.AddNamespace("ns3", "http://www.garmin.com/xmlschemas/TrackPointExtension/v1");
        namespaces.AddNamespace("gpxx", "http://www.garmin.com/xmlschemas/GpxExtensions/v3");
        namespaces.AddNamespace("ns2", "http://www.garmin.com/xmlschemas/GpxExtensions/v3");
        namespaces.AddNamespace("gpxpx", "http://www.garmin.com/xmlschemas/PowerExtension/v1");
        namespaces.AddNamespace("gpxtrkx", "http://www.garmin.com/xmlschemas/TrackStatsExtension/v1");
        return new XmlParserContext(table, namespaces, null, XmlSpace.None);
    }

    /// <summary>The file name given to the reader.</summary>
    public string FileName { get; }

    /// <summary>What the reader is on.</summary>
    public GpxTokenType TokenType { get; private set; }

    /// <summary>The <c>version</c> attribute of the root ("1.0", "1.1"), once the root was read; null when absent.</summary>
    public string? Version { get; private set; }

    /// <summary>The <c>creator</c> attribute of the root, once the root was read; null when absent.</summary>
    public string? Creator { get; private set; }

    /// <summary>The document's name (GPX 1.1 <c>metadata/name</c>, GPX 1.0 <c>name</c>), once passed.</summary>
    public string? MetadataName { get; private set; }

    /// <summary>The document's time (GPX 1.1 <c>metadata/time</c>, GPX 1.0 <c>time</c>), once passed.</summary>
    public DateTime? MetadataTime { get; private set; }

    /// <summary>Index of the current or last track (0-based; -1 before the first).</summary>
    public int TrackIndex { get; private set; } = -1;

    /// <summary>Index of the current segment within its track (0-based; -1 before the track's first).</summary>
    public int SegmentIndex { get; private set; } = -1;

    /// <summary>Index of the current or last route (0-based; -1 before the first).</summary>
    public int RouteIndex { get; private set; } = -1;

    /// <summary>Index of the current point within its segment or route (0-based).</summary>
    public int PointIndex { get; private set; } = -1;

    /// <summary>The current track's <c>name</c>.</summary>
    public string? TrackName { get; private set; }

    /// <summary>The current track's <c>type</c> ("running", "cycling", Strava's "9", ...).</summary>
    public string? TrackType { get; private set; }

    /// <summary>The first track <c>name</c> met in the document, with <see cref="MetadataName"/> the name the activity gives itself.</summary>
    internal string? FirstTrackName { get; private set; }

    /// <summary>The first track <c>type</c> met in the document, wherever in its track it was written; the activity's sport.</summary>
    public string? FirstTrackType { get; private set; }

    /// <summary>The current route's <c>name</c>.</summary>
    public string? RouteName { get; private set; }

    /// <summary>The values of the current point (track point, route point or waypoint).</summary>
    public ref readonly GpxPoint Point => ref _point;

    /// <summary>Tracks started so far.</summary>
    public int TrackCount { get; private set; }

    /// <summary>Track segments started so far.</summary>
    public int SegmentCount { get; private set; }

    /// <summary>Track points read so far.</summary>
    public int TrackPointCount { get; private set; }

    /// <summary>Routes started so far.</summary>
    public int RouteCount { get; private set; }

    /// <summary>Route points read so far.</summary>
    public int RoutePointCount { get; private set; }

    /// <summary>Waypoints read so far.</summary>
    public int WaypointCount { get; private set; }

    /// <summary>Values that could not be read (they became NaN), with their location.</summary>
    internal WarningCollector Warnings => _warnings;

    /// <summary>Values that could not be read (they became NaN), with their location; the first hundred are listed.</summary>
    public IReadOnlyList<ParseWarning> ParseWarnings => _warnings.Listed;

    /// <summary>The 1-based line the underlying XML reader is on.</summary>
    public int LineNumber => SafeXmlReader.LocationOf(_xml).Line;

    /// <summary>The 1-based position on the line the underlying XML reader is on.</summary>
    public int LinePosition => SafeXmlReader.LocationOf(_xml).Position;

    /// <summary>The underlying XML reader, for locating errors.</summary>
    internal XmlReader Xml => _xml;

    /// <summary>Moves to the next token. False once the root element has closed (<see cref="TokenType"/> is then <see cref="GpxTokenType.End"/>).</summary>
    /// <exception cref="XmlException">The XML is damaged, holds a DTD, or its root is not <c>gpx</c>.</exception>
    public bool Read()
    {
        if (_context == Context.Done) return End();
        while (true)
        {
            if (_replay) _replay = false;
            else if (!_xml.Read()) return End();

            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (OnElement()) return true;
                    break;
                case XmlNodeType.EndElement:
                    if (OnEndElement()) return true;
                    if (_context == Context.Done) return End();
                    break;
                case XmlNodeType.None:
                    return End();
            }
        }
    }

    /// <summary>Closes the underlying XML reader (the stream is left open).</summary>
    public void Dispose()
    {
        if (_ownsXml) _xml.Dispose();
    }

    private bool End()
    {
        _context = Context.Done;
        TokenType = GpxTokenType.End;
        return false;
    }

    private bool OnElement()
    {
        var name = _xml.LocalName;
        var empty = _xml.IsEmptyElement;
        switch (_context)
        {
            case Context.BeforeRoot:
                if (!Is(name, _names.Gpx))
                {
                    var (line, position) = SafeXmlReader.LocationOf(_xml);
                    throw new XmlException($"the root element is <{_xml.Name}>, not <gpx>", null, line, position);
                }
                // The XML reader holds an attribute whole; what is kept of it is bounded (a 200 MB creator is not a device name).
                Version = Bounded(_xml.GetAttribute(_names.Version));
                Creator = Bounded(_xml.GetAttribute(_names.Creator));
                _context = empty ? Context.Done : Context.Root;
                return Emit(GpxTokenType.Metadata);

            case Context.Root:
                if (Is(name, _names.Wpt))
                {
                    ReadPoint();
                    WaypointCount++;
                    PointIndex = WaypointCount - 1;
                    return Emit(GpxTokenType.Waypoint);
                }
                if (Is(name, _names.Trk))
                {
                    TrackIndex++;
                    TrackCount++;
                    SegmentIndex = -1;
                    PointIndex = -1;
                    TrackName = TrackType = null;
                    if (empty) return Emit(GpxTokenType.TrackStart);
                    _context = Context.TrackHeader;
                    return false;
                }
                if (Is(name, _names.Rte))
                {
                    RouteIndex++;
                    RouteCount++;
                    PointIndex = -1;
                    RouteName = null;
                    if (empty) return Emit(GpxTokenType.RouteStart);
                    _context = Context.RouteHeader;
                    return false;
                }
                if (Is(name, _names.Metadata)) ReadMetadata();
                else if (Is(name, _names.Time)) MetadataTime = ReadTime(out _, out _);
                else if (Is(name, _names.Name)) MetadataName = _text.ReadElementString(_xml);
                else SkipElement();
                return false;

            case Context.TrackHeader:
            case Context.Track:
                if (Is(name, _names.Trkseg))
                {
                    if (_context == Context.TrackHeader) return EmitTrackStartBeforeCurrent();
                    SegmentIndex++;
                    SegmentCount++;
                    PointIndex = -1;
                    if (!empty) _context = Context.Segment;
                    return Emit(GpxTokenType.SegmentStart);
                }
                if (Is(name, _names.Name))
                {
                    TrackName = _text.ReadElementString(_xml);
                    FirstTrackName ??= TrackName;
                }
                else if (Is(name, _names.Type))
                {
                    TrackType = _text.ReadElementString(_xml);
                    FirstTrackType ??= TrackType;
                }
                else
                {
                    if (Is(name, _names.Trkpt)) _warnings.Add("a <trkpt> outside any <trkseg> is not part of the track and is skipped", _xml);
                    SkipElement();
                }
                return false;

            case Context.Segment:
                if (Is(name, _names.Trkpt))
                {
                    ReadPoint();
                    TrackPointCount++;
                    PointIndex++;
                    return Emit(GpxTokenType.TrackPoint);
                }
                SkipElement();
                return false;

            case Context.RouteHeader:
            case Context.Route:
                if (Is(name, _names.Rtept))
                {
                    if (_context == Context.RouteHeader)
                    {
                        _context = Context.Route;
                        _replay = true;
                        return Emit(GpxTokenType.RouteStart);
                    }
                    ReadPoint();
                    RoutePointCount++;
                    PointIndex++;
                    return Emit(GpxTokenType.RoutePoint);
                }
                if (Is(name, _names.Name)) RouteName = _text.ReadElementString(_xml);
                else SkipElement();
                return false;

            default:
                SkipElement();
                return false;
        }
    }

    private bool OnEndElement()
    {
        switch (_context)
        {
            case Context.Root:
                _context = Context.Done;
                return false;
            case Context.TrackHeader:
                _context = Context.Root;
                return Emit(GpxTokenType.TrackStart);
            case Context.Track:
                _context = Context.Root;
                return false;
            case Context.Segment:
                _context = Context.Track;
                return false;
            case Context.RouteHeader:
                _context = Context.Root;
                return Emit(GpxTokenType.RouteStart);
            case Context.Route:
                _context = Context.Root;
                return false;
            default:
                return false;
        }
    }

    // The track's name and type come before its first segment; the track is announced when that segment is met,
    // and the segment itself is handled on the next Read.
    private bool EmitTrackStartBeforeCurrent()
    {
        _context = Context.Track;
        _replay = true;
        return Emit(GpxTokenType.TrackStart);
    }

    private bool Emit(GpxTokenType type)
    {
        TokenType = type;
        return true;
    }

    private static bool Is(string localName, string atom) => ReferenceEquals(localName, atom);

    // Moves past the current element's subtree. XmlReader.Skip would leave the reader on the following node, which
    // the main loop would then have to replay; reading to the end tag keeps one rule: handlers end on their element.
    private void SkipElement()
    {
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        while (_xml.Read())
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) return;
    }

    private void ReadMetadata()
    {
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        while (_xml.Read())
        {
            var node = _xml.NodeType;
            if (node == XmlNodeType.EndElement && _xml.Depth == depth) return;
            if (node != XmlNodeType.Element || _xml.Depth != depth + 1) continue;
            var name = _xml.LocalName;
            if (Is(name, _names.Time)) MetadataTime = ReadTime(out _, out _);
            else if (Is(name, _names.Name)) MetadataName = _text.ReadElementString(_xml);
        }
    }

    private void ReadPoint()
    {
        _point = GpxPoint.Empty;
        ReadCoordinates();
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        var extensionsDepth = -1;
        while (_xml.Read())
        {
            var node = _xml.NodeType;
            if (node == XmlNodeType.EndElement)
            {
                var d = _xml.Depth;
                if (d == depth) return;
                if (d == extensionsDepth) extensionsDepth = -1;
                continue;
            }
            if (node != XmlNodeType.Element) continue;
            var name = _xml.LocalName;
            var elementDepth = _xml.Depth;
            if (elementDepth == depth + 1)
            {
                if (Is(name, _names.Ele)) _point.ElevationMeters = ReadNumber("elevation");
                else if (Is(name, _names.Time))
                {
                    var time = ReadTime(out var ticks, out var offset);
                    if (time is not null)
                    {
                        _point.UtcTicks = ticks;
                        _point.UnixSeconds = IsoTime.ToUnixSeconds(ticks);
                        _point.UtcOffset = offset;
                    }
                }
                else if (Is(name, _names.Name)) _point.Name = _text.ReadElementString(_xml);
                else if (Is(name, _names.Desc)) _point.Description = _text.ReadElementString(_xml);
                else if (Is(name, _names.Cmt)) _point.Comment = _text.ReadElementString(_xml);
                else if (Is(name, _names.Speed)) _point.SpeedMetersPerSecond = ReadNumber("speed");
                else if (Is(name, _names.Course)) _point.CourseDegrees = ReadNumber("course");
                else if (Is(name, _names.Extensions) && !_xml.IsEmptyElement) extensionsDepth = elementDepth;
                // Some loggers put the sensor values straight in the point, without <extensions>.
                else ReadSensorValue(name);
            }
            else if (extensionsDepth >= 0 && elementDepth > extensionsDepth)
            {
                if (ReadSensorValue(name)) { }
                else if (Is(name, _names.Power)) _point.PowerWatts = ReadNumber("power");
                else if (Is(name, _names.Speed)) _point.SpeedMetersPerSecond = ReadNumber("speed");
                else if (Is(name, _names.Course)) _point.CourseDegrees = ReadNumber("course");
            }
        }
    }

    // Garmin's TrackPointExtension names (v1 and v2, any prefix) win; the other apps' names fill a value still missing,
    // so a file that writes both (mapstogpx writes gpxtpx:hr, heartrate and gpxdata:hr) keeps Garmin's.
    private bool ReadSensorValue(string name)
    {
        if (Is(name, _names.Hr)) _point.HeartRateBpm = ReadNumber("heart rate");
        else if (Is(name, _names.Cad)) _point.Cadence = ReadNumber("cadence");
        else if (Is(name, _names.Atemp)) _point.AirTemperatureCelsius = ReadNumber("air temperature");
        else if (Is(name, _names.Wtemp)) _point.WaterTemperatureCelsius = ReadNumber("water temperature");
        else if (IsAny(name, _names.HeartRateNames)) _point.HeartRateBpm = Fill(_point.HeartRateBpm, "heart rate");
        else if (IsAny(name, _names.CadenceNames)) _point.Cadence = Fill(_point.Cadence, "cadence");
        else if (IsAny(name, _names.TemperatureNames)) _point.AirTemperatureCelsius = Fill(_point.AirTemperatureCelsius, "temperature");
        else return false;
        return true;
    }

    private double Fill(double current, string what)
    {
        var value = ReadNumber(what);
        return double.IsNaN(current) ? value : current;
    }

    private static bool IsAny(string localName, string[] atoms)
    {
        foreach (var atom in atoms) if (ReferenceEquals(localName, atom)) return true;
        return false;
    }

    private void ReadCoordinates()
    {
        if (!_xml.MoveToFirstAttribute()) return;
        do
        {
            var name = _xml.LocalName;
            if (Is(name, _names.Lat)) _point.Latitude = ParseCoordinate(_text.ReadAttributeText(_xml), "latitude", 90);
            else if (Is(name, _names.Lon)) _point.Longitude = ParseCoordinate(_text.ReadAttributeText(_xml), "longitude", 180);
        }
        while (_xml.MoveToNextAttribute());
        _xml.MoveToElement();
    }

    private double ParseCoordinate(ReadOnlySpan<char> text, string what, double limit)
    {
        if (XmlTextBuffer.TryParseNumber(text, out var value) && Math.Abs(value) <= limit) return value;
        _warnings.Add($"the {what} \"{Shorten(text)}\" is not a number within ±{limit}; the point has no position", _xml);
        return double.NaN;
    }

    private double ReadNumber(string what)
    {
        var text = _text.ReadElementText(_xml);
        if (XmlTextBuffer.TryParseNumber(text, out var value)) return value;
        if (!text.IsEmpty) _warnings.Add($"the {what} \"{Shorten(text)}\" is not a number; it is left missing", _xml);
        return double.NaN;
    }

    private DateTime? ReadTime(out long ticks, out TimeSpan? offset)
    {
        var text = _text.ReadElementText(_xml);
        if (IsoTime.TryParse(text, out ticks, out offset))
        {
            if (PlausibleTime.ContainsTicks(ticks)) return new DateTime(ticks, DateTimeKind.Utc);
            _warnings.Add($"the time \"{Shorten(text)}\" is {PlausibleTime.RangeText}; it is left missing", _xml);
            offset = null;
            return null;
        }
        if (!text.IsEmpty) _warnings.Add($"the time \"{Shorten(text)}\" is not an ISO 8601 time; it is left missing", _xml);
        return null;
    }

    /// <summary>Most characters kept of a root attribute such as <c>creator</c>.</summary>
    internal const int MaxAttributeChars = 200;

    private static string? Bounded(string? text) => text is null || text.Length <= MaxAttributeChars ? text : text[..MaxAttributeChars] + "…";

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? new string(text) : new string(text[..40]) + "…";
}
