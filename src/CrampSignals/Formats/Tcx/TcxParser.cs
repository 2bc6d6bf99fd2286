using System.Xml;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Text;

namespace CrampSignals.Formats.Tcx;

/// <summary>
/// Walks a Training Center XML document once, forward only, and collects samples, laps and sessions as it goes.
/// Everything gathered stays available when the XML breaks off: <see cref="FinishAfterDamage"/> closes what was open.
/// </summary>
internal sealed class TcxParser
{
    private readonly XmlReader _xml;
    private readonly TcxNames _names;
    private readonly XmlTextBuffer _text = new();
    private OpenLap? _lap;
    private OpenSession? _session;

    private sealed class OpenLap
    {
        public long? StartTicks;
        public double TimerSeconds = double.NaN;
        public double DistanceMeters = double.NaN;
        public long? FirstPointTicks;
        public long? LastPointTicks;
    }

    private sealed class OpenSession
    {
        public Sport Sport;
        public long? IdTicks;
        public long? FirstLapTicks;
        public long? FirstPointTicks;
        public long? LastPointTicks;
        public double TimerSeconds = double.NaN;
        public double DistanceMeters = double.NaN;
    }

    public TcxParser(Stream stream)
    {
        var table = new NameTable();
        _names = new TcxNames(table);
        _xml = SafeXmlReader.Create(stream, table);
    }

    public XmlReader Xml => _xml;
    public SampleTableBuilder Samples { get; } = new();
    /// <summary>The sport of each row of <see cref="Samples"/> (that of its Activity), which decides how its cadence counts.</summary>
    public List<Sport> RowSports { get; } = [];
    public List<Lap> Laps { get; } = [];
    public List<ActivitySession> Sessions { get; } = [];
    public WarningCollector Warnings { get; } = new();
    public Sport? FirstSport { get; private set; }
    /// <summary>Courses (planned routes) read.</summary>
    public int CourseCount { get; private set; }
    public string? DeviceName { get; private set; }
    public long? FirstPointTicks { get; private set; }
    public long? FirstIdTicks { get; private set; }

    /// <summary>The offset from UTC the first trackpoint's time is written with ("+02:00"), when it has one ("Z" has none).</summary>
    public TimeSpan? FirstOffset { get; private set; }

    private TimeSpan? _lastOffset;
    public int ActivityCount { get; private set; }
    public int LapCount { get; private set; }
    public int TrackpointCount { get; private set; }
    public bool AnyDistance { get; private set; }

    /// <summary>Reads the whole document. Throws the XML reader's exception when the document is damaged.</summary>
    public void Parse()
    {
        while (_xml.Read() && _xml.NodeType != XmlNodeType.Element) { }
        if (_xml.NodeType != XmlNodeType.Element) return;
        if (!Is(_xml.LocalName, _names.TrainingCenterDatabase))
        {
            var (line, position) = SafeXmlReader.LocationOf(_xml);
            throw new XmlException($"the root element is <{_xml.Name}>, not <TrainingCenterDatabase>", null, line, position);
        }
        if (_xml.IsEmptyElement) return;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == 0) return;
            if (_xml.NodeType == XmlNodeType.Element && Is(_xml.LocalName, _names.Activities)) ReadActivities();
            else if (_xml.NodeType == XmlNodeType.Element && Is(_xml.LocalName, _names.Courses)) ReadCourses();
        }
    }

    // A course is a planned route: Course/Track/Trackpoint, usually without times, and without a sport. Its
    // trackpoints become samples so that its distance can be told; its laps hold no start and are not laps run.
    private void ReadCourses()
    {
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) return;
            if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 1 && Is(_xml.LocalName, _names.Course)) ReadCourse();
        }
    }

    private void ReadCourse()
    {
        CourseCount++;
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) return;
            if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 2 && Is(_xml.LocalName, _names.Trackpoint)) ReadTrackpoint(Sport.Generic);
        }
    }

    /// <summary>Closes the lap and session that were open when the document broke off.</summary>
    public void FinishAfterDamage()
    {
        CloseLap();
        CloseSession();
    }

    // Activities hold Activity elements directly, or inside MultiSportSession/FirstSport/NextSport.
    private void ReadActivities()
    {
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) return;
            if (_xml.NodeType == XmlNodeType.Element && Is(_xml.LocalName, _names.Activity)) ReadActivity();
        }
    }

    private void ReadActivity()
    {
        ActivityCount++;
        var sport = SportExtensions.ParseName(_xml.GetAttribute(_names.Sport));
        FirstSport ??= sport;
        _session = new OpenSession { Sport = sport };
        if (_xml.IsEmptyElement)
        {
            CloseSession();
            return;
        }
        var depth = _xml.Depth;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) break;
            if (_xml.NodeType != XmlNodeType.Element || _xml.Depth != depth + 1) continue;
            var name = _xml.LocalName;
            if (Is(name, _names.Id))
            {
                _session.IdTicks = ReadTime("activity Id");
                FirstIdTicks ??= _session.IdTicks;
            }
            else if (Is(name, _names.Lap)) ReadLap(sport);
            else if (Is(name, _names.Creator)) ReadCreator();
        }
        CloseSession();
    }

    private void ReadCreator()
    {
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) return;
            if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 1 && Is(_xml.LocalName, _names.Name))
                DeviceName ??= _text.ReadElementString(_xml);
        }
    }

    private void ReadLap(Sport sport)
    {
        LapCount++;
        _lap = new OpenLap();
        var start = _xml.GetAttribute(_names.StartTime);
        if (start is not null)
        {
            if (IsoTime.TryParse(start, out var ticks, out _) && PlausibleTime.ContainsTicks(ticks)) _lap.StartTicks = ticks;
            else Warnings.Add($"the lap StartTime \"{Shorten(start)}\" is not an ISO 8601 time {PlausibleTime.RangeText.Replace("outside", "within", StringComparison.Ordinal)}", _xml);
        }
        if (_xml.IsEmptyElement)
        {
            CloseLap();
            return;
        }
        var depth = _xml.Depth;
        while (_xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth) break;
            if (_xml.NodeType != XmlNodeType.Element) continue;
            var name = _xml.LocalName;
            var elementDepth = _xml.Depth;
            if (elementDepth == depth + 1 && Is(name, _names.TotalTimeSeconds)) _lap.TimerSeconds = ReadNumber("lap TotalTimeSeconds");
            else if (elementDepth == depth + 1 && Is(name, _names.DistanceMeters)) _lap.DistanceMeters = ReadNumber("lap DistanceMeters");
            // Trackpoints sit in Track elements; a lap may hold several tracks.
            else if (elementDepth == depth + 2 && Is(name, _names.Trackpoint)) ReadTrackpoint(sport);
        }
        CloseLap();
    }

    private void ReadTrackpoint(Sport sport)
    {
        double lat = double.NaN, lon = double.NaN, alt = double.NaN, dist = double.NaN, hr = double.NaN;
        double cadence = double.NaN, runCadence = double.NaN, speed = double.NaN, watts = double.NaN;
        long? ticks = null;
        if (!_xml.IsEmptyElement)
        {
            var depth = _xml.Depth;
            int positionDepth = -1, heartRateDepth = -1, extensionsDepth = -1;
            while (_xml.Read())
            {
                var node = _xml.NodeType;
                if (node == XmlNodeType.EndElement)
                {
                    var d = _xml.Depth;
                    if (d == depth) break;
                    if (d == positionDepth) positionDepth = -1;
                    else if (d == heartRateDepth) heartRateDepth = -1;
                    else if (d == extensionsDepth) extensionsDepth = -1;
                    continue;
                }
                if (node != XmlNodeType.Element) continue;
                var name = _xml.LocalName;
                var elementDepth = _xml.Depth;
                if (elementDepth == depth + 1)
                {
                    if (Is(name, _names.Time))
                    {
                        ticks = ReadTime("trackpoint Time");
                        if (ticks is not null && FirstPointTicks is null) FirstOffset = _lastOffset;
                    }
                    else if (Is(name, _names.AltitudeMeters)) alt = ReadNumber("AltitudeMeters");
                    else if (Is(name, _names.DistanceMeters)) dist = ReadNumber("DistanceMeters");
                    else if (Is(name, _names.Cadence)) cadence = ReadNumber("Cadence");
                    else if (_xml.IsEmptyElement) continue;
                    else if (Is(name, _names.Position)) positionDepth = elementDepth;
                    else if (Is(name, _names.HeartRateBpm)) heartRateDepth = elementDepth;
                    else if (Is(name, _names.Extensions)) extensionsDepth = elementDepth;
                }
                else if (positionDepth >= 0 && elementDepth == positionDepth + 1)
                {
                    if (Is(name, _names.LatitudeDegrees)) lat = ReadCoordinate("LatitudeDegrees", 90);
                    else if (Is(name, _names.LongitudeDegrees)) lon = ReadCoordinate("LongitudeDegrees", 180);
                }
                else if (heartRateDepth >= 0 && elementDepth == heartRateDepth + 1 && Is(name, _names.Value)) hr = ReadNumber("HeartRateBpm");
                else if (extensionsDepth >= 0 && elementDepth > extensionsDepth)
                {
                    if (Is(name, _names.Speed)) speed = ReadNumber("TPX Speed");
                    else if (Is(name, _names.RunCadence)) runCadence = ReadNumber("TPX RunCadence");
                    else if (Is(name, _names.Watts)) watts = ReadNumber("TPX Watts");
                }
            }
        }

        TrackpointCount++;
        var unixSeconds = double.NaN;
        if (ticks is long t)
        {
            unixSeconds = IsoTime.ToUnixSeconds(t);
            FirstPointTicks ??= t;
            if (_lap is not null)
            {
                _lap.FirstPointTicks ??= t;
                _lap.LastPointTicks = t;
            }
            if (_session is not null)
            {
                _session.FirstPointTicks ??= t;
                _session.LastPointTicks = t;
            }
        }
        Samples.AddRow(unixSeconds);
        Samples.Set(SampleChannel.Latitude, lat);
        Samples.Set(SampleChannel.Longitude, lon);
        Samples.Set(SampleChannel.Altitude, alt);
        Samples.Set(SampleChannel.Distance, dist);
        Samples.Set(SampleChannel.HeartRate, hr);
        Samples.Set(SampleChannel.Speed, speed);
        Samples.Set(SampleChannel.Power, watts);
        Samples.Set(SampleChannel.Cadence, StepsOrRevolutions(sport, cadence, runCadence));
        RowSports.Add(sport);
        if (!double.IsNaN(dist)) AnyDistance = true;
    }

    // On foot, RunCadence (Garmin) and a plain Cadence (Polar writes that in a Running activity) both count one leg's
    // strides; the CadenceConvention makes them steps per minute once the whole file is read. Off foot, <Cadence> is
    // the bike's rpm (or whatever the device put there) and is kept as written.
    private static double StepsOrRevolutions(Sport sport, double cadence, double runCadence)
    {
        if (!double.IsNaN(runCadence) && (sport.IsOnFoot() || double.IsNaN(cadence))) return runCadence;
        return cadence;
    }

    private void CloseLap()
    {
        if (_lap is null) return;
        var lap = _lap;
        _lap = null;
        var start = lap.StartTicks ?? lap.FirstPointTicks;
        if (start is not long s)
        {
            Warnings.Add(new ParseWarning($"lap {LapCount} has no StartTime and no timed trackpoint; it is not listed among the laps (its trackpoints are kept)"));
            return;
        }
        var elapsed = lap.LastPointTicks is long last ? (last - s) / (double)TimeSpan.TicksPerSecond : double.NaN;
        Laps.Add(new Lap(new DateTime(s, DateTimeKind.Utc), elapsed, lap.TimerSeconds, lap.DistanceMeters));
        if (_session is not null)
        {
            _session.TimerSeconds = SumKnown(_session.TimerSeconds, lap.TimerSeconds);
            _session.DistanceMeters = SumKnown(_session.DistanceMeters, lap.DistanceMeters);
            _session.FirstPointTicks ??= s;
            _session.FirstLapTicks ??= lap.StartTicks;
        }
    }

    private void CloseSession()
    {
        if (_session is null) return;
        var session = _session;
        _session = null;
        // The first lap's StartTime is the start to the second; some exports round the activity Id to the minute.
        var start = session.FirstLapTicks ?? session.IdTicks ?? session.FirstPointTicks;
        if (start is not long s) return;
        var elapsed = session.LastPointTicks is long last ? (last - s) / (double)TimeSpan.TicksPerSecond : double.NaN;
        Sessions.Add(new ActivitySession(new DateTime(s, DateTimeKind.Utc), session.Sport, null, elapsed, session.TimerSeconds,
            session.DistanceMeters, double.NaN, double.NaN, double.NaN, double.NaN));
    }

    private static double SumKnown(double total, double value) =>
        double.IsNaN(value) ? total : double.IsNaN(total) ? value : total + value;

    private static bool Is(string localName, string atom) => ReferenceEquals(localName, atom);

    private double ReadNumber(string what)
    {
        var text = _text.ReadElementText(_xml);
        if (XmlTextBuffer.TryParseNumber(text, out var value)) return value;
        if (!text.IsEmpty) Warnings.Add($"the {what} \"{Shorten(text)}\" is not a number; it is left missing", _xml);
        return double.NaN;
    }

    private double ReadCoordinate(string what, double limit)
    {
        var value = ReadNumber(what);
        if (Math.Abs(value) <= limit) return value;
        if (!double.IsNaN(value)) Warnings.Add($"the {what} {value} is beyond ±{limit}; the trackpoint has no position", _xml);
        return double.NaN;
    }

    private long? ReadTime(string what)
    {
        var text = _text.ReadElementText(_xml);
        if (IsoTime.TryParse(text, out var ticks, out var offset))
        {
            _lastOffset = offset;
            if (PlausibleTime.ContainsTicks(ticks)) return ticks;
            Warnings.Add($"the {what} \"{Shorten(text)}\" is {PlausibleTime.RangeText}; it is left missing", _xml);
            return null;
        }
        if (!text.IsEmpty) Warnings.Add($"the {what} \"{Shorten(text)}\" is not an ISO 8601 time; it is left missing", _xml);
        return null;
    }

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? new string(text) : new string(text[..40]) + "…";
}
