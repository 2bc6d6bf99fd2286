using CrampSignals.Activities;
using CrampSignals.Formats.Fit.Decoding;
using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Protocol;

using CrampSignals.Text;
namespace CrampSignals.Formats.Fit;

/// <summary>
/// Writes an <see cref="Activity"/> as a valid FIT 2.0 activity file: file_id, timer events, one record per sample with
/// every channel the table has, laps, sessions, and activity (with local_timestamp when the UTC offset is known).
/// </summary>
/// <remarks>
/// Speed and altitude go into enhanced_speed and enhanced_altitude; cadence of foot sports is halved into cadence plus
/// fractional_cadence so that readers doubling it get the steps per minute back. <see cref="FitActivityReader"/> reads the
/// output back to the second, the semicircle, 0.01 m of distance, 0.001 m/s and 0.2 m of altitude.
/// </remarks>
internal static class FitActivityWriter
{
    private const byte FileIdType = 0, EventType = 1, RecordType = 2, LapType = 3, SessionType = 4, ActivityType = 5;

    /// <summary>Writes <paramref name="activity"/> to <paramref name="output"/>.</summary>
    public static void Write(Activity activity, Stream output)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(output);
        var w = new FitWriter();
        w.BeginFile(headerSize: 14, protocolVersion: 0x20);
        var samples = activity.Samples;
        var (first, last) = TimeSpanOf(activity);

        w.Define(FileIdType, FitMessageNumbers.FileId,
            [new(0, FitBaseType.Enum), new(1, FitBaseType.UInt16), new(2, FitBaseType.UInt16), new(3, FitBaseType.UInt32z), new(4, FitBaseType.UInt32)]);
        // 255 is the profile's "development" manufacturer, for files no known maker wrote.
        FitValue product = activity.Device.Product is int p ? p : FitValue.Invalid;
        FitValue serial = activity.Device.SerialNumber is long n and > 0 and <= uint.MaxValue ? n : FitValue.Invalid;
        w.Write(FileIdType, 4, activity.Device.Manufacturer ?? 255, product, serial, Fit(first));

        w.Define(EventType, FitMessageNumbers.Event,
            [new(253, FitBaseType.UInt32), new(0, FitBaseType.Enum), new(1, FitBaseType.Enum), new(3, FitBaseType.UInt32)]);
        var events = activity.Events.IsDefaultOrEmpty
            ? [new ActivityEvent(UnixTime.ToDateTime(first), ActivityEvent.TimerEvent, ActivityEvent.StartType, 0),
               new ActivityEvent(UnixTime.ToDateTime(last), ActivityEvent.TimerEvent, ActivityEvent.StopAllType, 0)]
            : activity.Events.ToArray();

        WriteRecords(w, activity, events);

        WriteLaps(w, activity, first, last);
        WriteSessions(w, activity, first, last);

        w.Define(ActivityType, FitMessageNumbers.Activity,
        [
            new(253, FitBaseType.UInt32), new(0, FitBaseType.UInt32), new(1, FitBaseType.UInt16), new(2, FitBaseType.Enum),
            new(3, FitBaseType.Enum), new(4, FitBaseType.Enum), new(5, FitBaseType.UInt32),
        ]);
        var sessions = Math.Max(1, activity.Sessions.Length);
        var timer = activity.Sessions.IsDefaultOrEmpty ? last - first : activity.Sessions.Sum(s => double.IsNaN(s.TimerSeconds) ? 0 : s.TimerSeconds);
        FitValue local = activity.UtcOffset is TimeSpan offset ? Fit(last + offset.TotalSeconds) : FitValue.Invalid;
        w.Write(ActivityType, Fit(last), Scaled(timer, 1000), sessions, 0, 26, 1, local);

        w.EndFile();
        w.CopyTo(output);
    }

    /// <summary>The FIT bytes of <paramref name="activity"/>.</summary>
    public static byte[] ToBytes(Activity activity)
    {
        using var ms = new MemoryStream();
        Write(activity, ms);
        return ms.ToArray();
    }

    private static void WriteRecords(FitWriter w, Activity activity, ActivityEvent[] events)
    {
        var s = activity.Samples;
        var fields = new List<FitFieldSpec> { new(253, FitBaseType.UInt32) };
        bool has(SampleChannel c) => s.Has(c);
        var position = has(SampleChannel.Latitude) && has(SampleChannel.Longitude);
        if (position) { fields.Add(new(0, FitBaseType.SInt32)); fields.Add(new(1, FitBaseType.SInt32)); }
        var distance = has(SampleChannel.Distance);
        if (distance) fields.Add(new(5, FitBaseType.UInt32));
        var speed = has(SampleChannel.Speed);
        if (speed) fields.Add(new(73, FitBaseType.UInt32));
        var altitude = has(SampleChannel.Altitude);
        if (altitude) fields.Add(new(78, FitBaseType.UInt32));
        var hr = has(SampleChannel.HeartRate);
        if (hr) fields.Add(new(3, FitBaseType.UInt8));
        var cadence = has(SampleChannel.Cadence);
        if (cadence) { fields.Add(new(4, FitBaseType.UInt8)); fields.Add(new(53, FitBaseType.UInt8)); }
        var temperature = has(SampleChannel.Temperature);
        if (temperature) fields.Add(new(13, FitBaseType.SInt8));
        var power = has(SampleChannel.Power);
        if (power) fields.Add(new(7, FitBaseType.UInt16));
        w.Define(RecordType, FitMessageNumbers.Record, fields);

        var spans = activity.Sessions.Select(x => new FitSportSpan(x.Sport, UnixTime.FromDateTime(x.Start),
            UnixTime.FromDateTime(x.Start) + (double.IsNaN(x.ElapsedSeconds) ? (double.IsNaN(x.TimerSeconds) ? 0 : x.TimerSeconds) : x.ElapsedSeconds))).ToArray();
        var fallback = activity.Sessions.IsDefaultOrEmpty ? activity.Sport : activity.Sessions[0].Sport;

        Span<FitValue> values = new FitValue[fields.Count];
        var nextEvent = 0;
        for (var i = 0; i < s.Count; i++)
        {
            var t = s.UnixSeconds[i];
            // Events go before the first record that comes after them, so the file stays in time order.
            while (nextEvent < events.Length && !double.IsNaN(t) && UnixTime.FromDateTime(events[nextEvent].Time) <= t)
                WriteEvent(w, events[nextEvent++]);
            var v = 0;
            values[v++] = double.IsNaN(t) ? FitValue.Invalid : Fit(t);
            if (position)
            {
                var lat = s.Latitude[i];
                var lon = s.Longitude[i];
                var ok = !double.IsNaN(lat) && !double.IsNaN(lon);
                values[v++] = ok ? Semicircles.FromDegrees(lat) : FitValue.Invalid;
                values[v++] = ok ? Semicircles.FromDegrees(lon) : FitValue.Invalid;
            }
            if (distance) values[v++] = Scaled(s.DistanceMeters[i], 100);
            if (speed) values[v++] = Scaled(s.SpeedMetersPerSecond[i], 1000);
            if (altitude) values[v++] = Scaled(s.AltitudeMeters[i] + 500, 5);
            if (hr) values[v++] = Bounded(s.HeartRateBpm[i], 0, 254);
            if (cadence)
            {
                var c = s.Cadence[i];
                if (!double.IsNaN(c) && FitCadence.SportAt(t, spans, fallback).IsOnFoot()) c /= 2;
                if (double.IsNaN(c) || c < 0 || c >= 255) { values[v++] = FitValue.Invalid; values[v++] = FitValue.Invalid; }
                else
                {
                    var whole = Math.Floor(c);
                    var fraction = Math.Round((c - whole) * 128);
                    if (fraction >= 128) { whole += 1; fraction = 0; }
                    values[v++] = whole >= 255 ? FitValue.Invalid : whole;
                    values[v++] = fraction;
                }
            }
            if (temperature) values[v++] = Bounded(s.TemperatureCelsius[i], -127, 126);
            if (power) values[v++] = Bounded(s.PowerWatts[i], 0, 65534);
            w.Write(RecordType, values);
        }
        while (nextEvent < events.Length) WriteEvent(w, events[nextEvent++]);
    }

    private static void WriteEvent(FitWriter w, ActivityEvent e) =>
        w.Write(EventType, Fit(UnixTime.FromDateTime(e.Time)), e.Event is >= 0 and < 255 ? e.Event : FitValue.Invalid,
            e.EventType is >= 0 and < 255 ? e.EventType : FitValue.Invalid,
            e.Data is long d && d is >= 0 and < uint.MaxValue ? (FitValue)d : FitValue.Invalid);

    private static void WriteLaps(FitWriter w, Activity activity, double first, double last)
    {
        w.Define(LapType, FitMessageNumbers.Lap,
        [
            new(253, FitBaseType.UInt32), new(2, FitBaseType.UInt32), new(7, FitBaseType.UInt32), new(8, FitBaseType.UInt32),
            new(9, FitBaseType.UInt32), new(0, FitBaseType.Enum), new(1, FitBaseType.Enum),
        ]);
        if (activity.Laps.IsDefaultOrEmpty)
        {
            var d = ChannelStatistics.Last(activity.Samples.DistanceMeters);
            w.Write(LapType, Fit(last), Fit(first), Scaled(last - first, 1000), Scaled(last - first, 1000), Scaled(d, 100), 9, 1);
            return;
        }
        foreach (var lap in activity.Laps)
        {
            var start = UnixTime.FromDateTime(lap.Start);
            var end = double.IsNaN(lap.ElapsedSeconds) ? start : start + lap.ElapsedSeconds;
            w.Write(LapType, Fit(end), Fit(start), Scaled(lap.ElapsedSeconds, 1000), Scaled(lap.TimerSeconds, 1000), Scaled(lap.DistanceMeters, 100), 9, 1);
        }
    }

    private static void WriteSessions(FitWriter w, Activity activity, double first, double last)
    {
        w.Define(SessionType, FitMessageNumbers.Session,
        [
            new(253, FitBaseType.UInt32), new(2, FitBaseType.UInt32), new(5, FitBaseType.Enum), new(6, FitBaseType.Enum),
            new(7, FitBaseType.UInt32), new(8, FitBaseType.UInt32), new(9, FitBaseType.UInt32), new(16, FitBaseType.UInt8),
            new(18, FitBaseType.UInt8), new(57, FitBaseType.SInt8), new(58, FitBaseType.SInt8), new(0, FitBaseType.Enum),
            new(1, FitBaseType.Enum), new(25, FitBaseType.UInt16), new(26, FitBaseType.UInt16),
        ]);
        var laps = Math.Max(1, activity.Laps.Length);
        if (activity.Sessions.IsDefaultOrEmpty)
        {
            var s = activity.Samples;
            var hr = ChannelStatistics.Mean(s.HeartRateBpm);
            var cadence = ChannelStatistics.Mean(s.Cadence);
            if (activity.Sport.IsOnFoot()) cadence /= 2;
            w.Write(SessionType, Fit(last), Fit(first), (int)activity.Sport, FitValue.Invalid, Scaled(last - first, 1000), Scaled(last - first, 1000),
                Scaled(ChannelStatistics.Last(s.DistanceMeters), 100), Bounded(hr, 0, 254), Bounded(cadence, 0, 254), Bounded(ChannelStatistics.Mean(s.TemperatureCelsius), -127, 126),
                Bounded(ChannelStatistics.Max(s.TemperatureCelsius), -127, 126), 8, 1, 0, laps);
            return;
        }
        foreach (var session in activity.Sessions)
        {
            var start = UnixTime.FromDateTime(session.Start);
            var end = double.IsNaN(session.ElapsedSeconds) ? start : start + session.ElapsedSeconds;
            w.Write(SessionType, Fit(end), Fit(start), (int)session.Sport, session.SubSport is int sub and >= 0 and < 255 ? sub : FitValue.Invalid,
                Scaled(session.ElapsedSeconds, 1000), Scaled(session.TimerSeconds, 1000), Scaled(session.DistanceMeters, 100),
                Bounded(session.AverageHeartRateBpm, 0, 254), Bounded(session.AverageCadence, 0, 254),
                Bounded(session.AverageTemperatureCelsius, -127, 126), Bounded(session.MaxTemperatureCelsius, -127, 126), 8, 1, 0, laps);
        }
    }

    private static (double First, double Last) TimeSpanOf(Activity activity)
    {
        double first = double.NaN, last = double.NaN;
        foreach (var t in activity.Samples.UnixSeconds)
        {
            if (double.IsNaN(t)) continue;
            if (double.IsNaN(first)) first = t;
            last = t;
        }
        if (double.IsNaN(first))
        {
            first = activity.StartTime is DateTime start ? UnixTime.FromDateTime(start) : FitTimestamps.EpochUnixSeconds;
            last = first + (activity.Duration?.TotalSeconds ?? 0);
        }
        return (first, last);
    }

    private static FitValue Fit(double unixSeconds) => (uint)FitTimestamps.FromUnixSeconds(unixSeconds);

    // A value in the field's raw units (value * scale), or invalid when it does not fit an unsigned 32-bit field.
    private static FitValue Scaled(double value, double scale)
    {
        if (double.IsNaN(value)) return FitValue.Invalid;
        var raw = Math.Round(value * scale);
        return raw < 0 || raw >= uint.MaxValue ? FitValue.Invalid : raw;
    }

    private static FitValue Bounded(double value, double min, double max)
    {
        if (double.IsNaN(value)) return FitValue.Invalid;
        var raw = Math.Round(value);
        return raw < min || raw > max ? FitValue.Invalid : raw;
    }
}
