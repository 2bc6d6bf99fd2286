using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Text;

namespace CrampSignals.Formats.Gpx;

/// <summary>
/// Reads GPX 1.0 and 1.1 into an <see cref="Activity"/>: plain UTF-8 documents straight from their bytes
/// (<see cref="GpxPlainReader"/>), any other one, or one that reader declines, with a streaming <see cref="System.Xml.XmlReader"/>
/// (<see cref="GpxReader"/>) from the start; both give the same activity.
/// </summary>
/// <remarks>
/// <para>Every track point of every track and segment becomes one sample, in file order. Route points are plans, not
/// recordings: they are counted in <see cref="ActivitySourceInfo.Counts"/>, and become the samples only when the file
/// holds no track point at all (a route exported on its own), so that its distance can be told; a file whose points
/// have no time gets a warning that says so, and no duration is made up. Waypoints go to
/// <see cref="Activity.Waypoints"/>.</para>
/// <para>GPX stores no distance, so the distance column is computed: the cumulative haversine distance (mean Earth
/// radius 6 371 008.8 m) from each point with a position to the previous one, across the whole activity, segment
/// and track breaks included; 0 at the first positioned point, NaN for a point without position.</para>
/// <para>Cadence: Garmin's <c>cad</c> counts one leg's strides when running, so for foot sports (from the first
/// track's <c>type</c>) it is put in steps per minute by the <see cref="CadenceConvention"/> (doubled, unless the
/// file's values are steps already); otherwise it is kept as revolutions per minute.
/// A file without a track <c>type</c> gets its sport from its names or its pace where they tell (see <see cref="SportInference"/>).
/// Temperature is <c>atemp</c>, or <c>wtemp</c> when a point has no <c>atemp</c>.</para>
/// </remarks>
internal static class GpxActivityReader
{
    /// <summary>Reads <paramref name="stream"/>; XML damage after some points keeps them and becomes a warning.</summary>
    /// <exception cref="InputFormatException">Nothing could be read (with file, line and position).</exception>
    public static Activity Read(Stream stream, string fileName) => Read(stream, fileName, plainFirst: true);

    /// <summary>
    /// Reads <paramref name="stream"/>, trying the byte-level <see cref="GpxPlainReader"/> first when
    /// <paramref name="plainFirst"/> (it gives the same activity, or declines and the XML reader reads from the start).
    /// </summary>
    internal static Activity Read(Stream stream, string fileName, bool plainFirst)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long? streamStart = stream.CanSeek ? stream.Position : null;
        var size = SizeOf(stream);
        if (plainFirst && streamStart is long rewind)
        {
            if (GpxPlainReader.TryRead(stream, EstimateRows(size)) is var (plainPoints, plainFacts))
                return Build(plainPoints, plainFacts, null, fileName, size);
            stream.Position = rewind;
        }

        var points = new GpxPointSink(EstimateRows(size));
        ParseWarning? damageWarning = null;
        using var gpx = new GpxReader(stream, fileName);
        try
        {
            while (gpx.Read())
            {
                switch (gpx.TokenType)
                {
                    case GpxTokenType.TrackPoint:
                        points.AddTrackPoint(in gpx.Point);
                        break;
                    case GpxTokenType.RoutePoint:
                        points.AddRoutePoint(in gpx.Point, gpx.TrackPointCount);
                        break;
                    case GpxTokenType.Waypoint:
                        points.AddWaypoint(in gpx.Point);
                        break;
                }
            }
        }
        catch (Exception e) when (XmlDamage.IsDocumentDamage(e))
        {
            var damage = XmlDamage.From(e, gpx.Xml, stream, streamStart);
            var pointsRead = gpx.TrackPointCount + gpx.RoutePointCount + gpx.WaypointCount;
            if (pointsRead == 0)
                throw new InputFormatException(fileName, $"not readable as GPX: {damage.Reason}", line: damage.Line > 0 ? damage.Line : null, position: damage.Line > 0 ? damage.Position : null, inner: e);
            damageWarning = new ParseWarning(
                $"the XML is damaged ({damage.Reason}); the {XmlDamage.Count(gpx.TrackPointCount, "track point")}, " +
                $"{XmlDamage.Count(gpx.RoutePointCount, "route point")} and {XmlDamage.Count(gpx.WaypointCount, "waypoint")} before it " +
                "are kept, anything after it (including a point being read) is lost",
                null, damage.Line, damage.Position);
        }
        return Build(points, GpxDocumentFacts.Of(gpx), damageWarning, fileName, size);
    }

    private static Activity Build(GpxPointSink points, GpxDocumentFacts gpx, ParseWarning? damageWarning, string fileName, long? size)
    {
        var samples = points.Samples;
        var startTicks = points.StartTicks;
        var startOffset = points.StartOffset;
        var routeSamples = points.RouteSamples;
        var waypoints = points.Waypoints;
        var fromRoute = samples.Count == 0 && routeSamples.Count > 0;
        if (fromRoute)
        {
            samples = routeSamples;
            startTicks = null;
            for (var row = 0; row < samples.Count && startTicks is null; row++)
                if (!double.IsNaN(samples.TimeAt(row))) startTicks = IsoTime.FromUnixSeconds(samples.TimeAt(row));
        }
        if (UntimedPoints.Check(samples, fromRoute ? "route points" : "track points") is { } untimed) gpx.Warnings.Add(untimed);
        var sport = SportExtensions.ParseName(gpx.FirstTrackType);
        ParseWarning? inferred = null;
        // Before the cadence convention: whether cadence is doubled depends on the sport.
        if (sport == Sport.Generic && !fromRoute)
        {
            (sport, inferred) = SportInference.Infer(samples, fileName, gpx.FirstTrackName, gpx.MetadataName);
            if (inferred is not null) gpx.Warnings.Add(inferred);
        }
        CadenceConvention.Apply(samples, sport, gpx.Warnings.Add);
        if (damageWarning is not null) gpx.Warnings.Add(damageWarning);
        SamplePlausibility.Apply(samples, gpx.Warnings.Add);
        // After a clock jump the first sample's time on the corrected clock is the start.
        var jumped = TimeJumps.Close(samples, gpx.Warnings.Add).Count > 0;
        var table = samples.Build();

        return new Activity
        {
            Sport = sport,
            SportInferred = inferred is not null,
            Device = new Device(null, null, gpx.Creator),
            StartTime = jumped ? UnixTime.ToDateTime(table.FirstUnixSeconds) : startTicks is long t ? new DateTime(t, DateTimeKind.Utc) : null,
            UtcOffset = startOffset,
            DistanceFromPositions = true,
            Samples = table,
            Waypoints = waypoints.ToImmutable(),
            Warnings = gpx.Warnings.ToImmutable(),
            Source = new ActivitySourceInfo
            {
                FileName = fileName,
                Format = ActivityFormat.Gpx,
                SizeBytes = size,
                XmlVersion = gpx.Version,
                Counts = new Dictionary<string, int>
                {
                    ["track"] = gpx.TrackCount,
                    ["segment"] = gpx.SegmentCount,
                    ["trackpoint"] = gpx.TrackPointCount,
                    ["route"] = gpx.RouteCount,
                    ["route_point"] = gpx.RoutePointCount,
                    ["waypoint"] = gpx.WaypointCount,
                }.ToImmutableSortedDictionary(StringComparer.Ordinal),
            },
        };
    }

    private static long? SizeOf(Stream stream)
    {
        try
        {
            return stream.CanSeek ? stream.Length - stream.Position : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // A Garmin track point with extensions takes about 300 bytes; starting near the right size saves most regrowth.
    private static int EstimateRows(long? size) =>
        size is long s ? (int)Math.Clamp(s / 300, 1024, 1 << 20) : 1024;
}
