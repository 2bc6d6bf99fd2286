using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Text;

namespace CrampSignals.Formats.Tcx;

/// <summary>Reads Training Center XML into an <see cref="Activity"/> with a streaming <see cref="System.Xml.XmlReader"/>.</summary>
/// <remarks>
/// <para>Each <c>Activities/Activity</c> becomes a session (its <c>Sport</c> attribute, <c>Id</c> as start), each
/// <c>Lap</c> a lap (<c>StartTime</c>; <c>TotalTimeSeconds</c> as timer time; elapsed time up to the lap's last
/// trackpoint; <c>DistanceMeters</c>), and each <c>Trackpoint</c> a sample, with or without position. The trackpoints
/// of <c>Courses/Course</c> (planned routes, usually without times) are samples too; a file without any time gets a
/// warning that says so, and no duration is made up. The activity
/// extension (TPX: <c>Speed</c>, <c>RunCadence</c>, <c>Watts</c>) is read under any prefix.</para>
/// <para>Distance is the file's <c>DistanceMeters</c>, never recomputed; only when no trackpoint carries one is it
/// computed from the positions as for GPX. On foot, <c>RunCadence</c> (or, without it, <c>Cadence</c>, which Polar
/// writes) is put in steps per minute by the <see cref="CadenceConvention"/>; off foot <c>Cadence</c> is kept as
/// written.</para>
/// </remarks>
internal static class TcxActivityReader
{
    /// <summary>Reads <paramref name="stream"/>; XML damage after some points keeps them and becomes a warning.</summary>
    /// <exception cref="InputFormatException">Nothing could be read (with file, line and position).</exception>
    public static Activity Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long? streamStart = stream.CanSeek ? stream.Position : null;
        long? size = stream.CanSeek ? stream.Length - stream.Position : null;
        var parser = new TcxParser(stream);
        try
        {
            parser.Parse();
        }
        catch (Exception e) when (XmlDamage.IsDocumentDamage(e))
        {
            var damage = XmlDamage.From(e, parser.Xml, stream, streamStart);
            if (parser.TrackpointCount == 0 && parser.LapCount == 0)
                throw new InputFormatException(fileName, $"not readable as TCX: {damage.Reason}", line: damage.Line > 0 ? damage.Line : null, position: damage.Line > 0 ? damage.Position : null, inner: e);
            parser.FinishAfterDamage();
            parser.Warnings.Add(new ParseWarning(
                $"the XML is damaged ({damage.Reason}); the {XmlDamage.Count(parser.TrackpointCount, "trackpoint")} and " +
                $"{XmlDamage.Count(parser.LapCount, "lap")} before it are kept, anything after it (including a trackpoint being read) is lost",
                null, damage.Line, damage.Position));
        }
        finally
        {
            parser.Xml.Dispose();
        }

        if (!parser.AnyDistance) FillDistanceFromPositions(parser.Samples);
        CadenceConvention.Apply(parser.Samples, row => parser.RowSports[row], parser.Warnings.Add);
        if (UntimedPoints.Check(parser.Samples, parser.ActivityCount == 0 && parser.CourseCount > 0 ? "course trackpoints" : "trackpoints") is { } untimed)
            parser.Warnings.Add(untimed);
        SamplePlausibility.Apply(parser.Samples, parser.Warnings.Add);
        // After a clock jump the first sample's time on the corrected clock is the start, and the laps and sessions, timed on
        // the file's clock, move with their samples so that the jump counts in none of their times.
        var jumps = TimeJumps.Close(parser.Samples, parser.Warnings.Add);
        var jumped = jumps.Count > 0;
        var table = parser.Samples.Build();
        var start = jumped ? UnixTime.ToDateTime(table.FirstUnixSeconds).Ticks : parser.FirstPointTicks ?? parser.FirstIdTicks;
        return new Activity
        {
            Sport = parser.FirstSport ?? Sport.Generic,
            Device = new Device(null, null, parser.DeviceName),
            StartTime = start is long t ? new DateTime(t, DateTimeKind.Utc) : null,
            UtcOffset = parser.FirstOffset,
            DistanceFromPositions = !parser.AnyDistance,
            Samples = table,
            Laps = [.. parser.Laps.Select(l => jumped ? TimeJumps.Move(l, jumps) : l)],
            Sessions = [.. parser.Sessions.Select(x => jumped ? TimeJumps.Move(x, jumps) : x)],
            Warnings = parser.Warnings.ToImmutable(),
            Source = new ActivitySourceInfo
            {
                FileName = fileName,
                Format = ActivityFormat.Tcx,
                SizeBytes = size,
                Counts = Counts(parser),
            },
        };
    }

    private static ImmutableSortedDictionary<string, int> Counts(TcxParser parser)
    {
        var counts = new Dictionary<string, int>
        {
            ["activity"] = parser.ActivityCount,
            ["lap"] = parser.LapCount,
            ["trackpoint"] = parser.TrackpointCount,
        };
        // Only files that hold courses list them, so an activity file's counts stay as they were.
        if (parser.CourseCount > 0) counts["course"] = parser.CourseCount;
        return counts.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    private static void FillDistanceFromPositions(SampleTableBuilder samples)
    {
        var distance = new CumulativeDistance();
        for (var row = 0; row < samples.Count; row++)
            samples.Set(row, SampleChannel.Distance,
                distance.Add(samples.Get(row, SampleChannel.Latitude), samples.Get(row, SampleChannel.Longitude)));
    }
}
