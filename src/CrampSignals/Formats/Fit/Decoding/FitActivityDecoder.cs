using System.Collections.Immutable;
using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit.Profile;
using CrampSignals.Formats.Fit.Protocol;

using CrampSignals.Text;
namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>Collects what an <see cref="CrampSignals.Activities.Activity"/> needs from the data messages a <see cref="FitReader"/> passes it.</summary>
internal sealed class FitActivityDecoder
{
    private readonly SampleTableBuilder _table;
    private readonly FitRecordDecoder _records = new();
    // Message numbers below 256 hold all the common ones (record is 20); the rest are counted by dictionary.
    private readonly int[] _countsByNumber = new int[256];
    private readonly Dictionary<ushort, int> _countsHigh = [];
    private readonly List<Lap> _laps = [];
    private readonly List<ActivitySession> _sessions = [];
    private readonly List<FitSportSpan> _sessionSpans = [];
    private readonly List<ActivityEvent> _events = [];
    private Sport? _sportMessageSport;
    private int? _manufacturer;
    private int? _product;
    private string? _productName;
    private long? _serialNumber;
    private double _fileCreated = double.NaN;
    private bool _haveFileId;
    private int? _fileType;
    private int _relativeTimes;
    private int _absoluteTimes;
    private TimeSpan? _activityOffset;
    private TimeSpan? _correlationOffset;
    private double _lastTime = double.NaN;

    public FitActivityDecoder(int expectedRecords)
    {
        _table = new SampleTableBuilder(expectedRecords);
    }

    /// <summary>Takes the reader's current data message.</summary>
    public void Take(ref FitReader reader)
    {
        var number = reader.GlobalMessageNumber;
        if (number < _countsByNumber.Length) _countsByNumber[number]++;
        else _countsHigh[number] = _countsHigh.GetValueOrDefault(number) + 1;
        if (reader.HasTimestamp)
        {
            _lastTime = reader.Timestamp + (double)FitTimestamps.EpochUnixSeconds;
            if (number == FitMessageNumbers.Record)
            {
                if (reader.Timestamp < FitTimestamps.RelativeLimit) _relativeTimes++;
                else _absoluteTimes++;
            }
        }

        switch (number)
        {
            case FitMessageNumbers.Record:
                _records.Decode(ref reader, _table);
                break;
            case FitMessageNumbers.FileId: TakeFileId(ref reader); break;
            case FitMessageNumbers.Lap: TakeLap(ref reader); break;
            case FitMessageNumbers.Session: TakeSession(ref reader); break;
            case FitMessageNumbers.Event: TakeEvent(ref reader); break;
            case FitMessageNumbers.Sport:
                _sportMessageSport ??= SportOf(Value(ref reader, FitMessageNumbers.Sport, 0));
                break;
            case FitMessageNumbers.Activity: TakeActivity(ref reader); break;
            case FitMessageNumbers.TimestampCorrelation: TakeCorrelation(ref reader); break;
        }
    }

    /// <summary>The activity, once every message was taken.</summary>
    public Activity Build(FitReaderState state, string fileName, long sizeBytes)
    {
        var fallbackSport = _sessions.Count > 0 ? _sessions[0].Sport : _sportMessageSport ?? Sport.Generic;
        var warnings = new List<ParseWarning>(state.Warnings);
        // The rows' times are still as the file gave them (NaN where none): the plausibility pass comes after.
        FitCadence.ApplySport(_table, _table.Times, _sessionSpans, fallbackSport, warnings.Add);
        SamplePlausibility.Apply(_table, warnings.Add);
        var jumps = TimeJumps.Close(_table, warnings.Add);
        var samples = _table.Build();
        var sessions = SessionsWithStarts(samples, warnings);
        if (jumps.Count > 0)
        {
            sessions = [.. sessions.Select(s => TimeJumps.Move(s, jumps))];
            for (var i = 0; i < _laps.Count; i++) _laps[i] = _laps[i] with { Start = TimeJumps.Move(_laps[i].Start, jumps) };
            for (var i = 0; i < _events.Count; i++) _events[i] = _events[i] with { Time = TimeJumps.Move(_events[i].Time, jumps) };
        }
        sessions = [.. sessions.Select((x, i) => EndingWithSamples(x, i, samples, warnings))];

        // Times below 0x10000000 count seconds from the device's power-up (FIT's "relative" times): a clock never set.
        var undated = _relativeTimes > _absoluteTimes;
        if (undated)
            warnings.Add(new ParseWarning("the watch's clock was not set (FIT times below 0x10000000 count seconds since the device started, not a date): the run has no date and is analysed on its own clock"));
        DateTime? start = undated ? null
            : sessions.Count > 0 ? sessions[0].Start
            : !double.IsNaN(samples.FirstUnixSeconds) ? UnixTime.ToDateTime(samples.FirstUnixSeconds)
            : !double.IsNaN(_fileCreated) ? UnixTime.ToDateTime(_fileCreated)
            : null;

        var headers = state.Headers;
        return new Activity
        {
            Sport = fallbackSport,
            Device = _haveFileId ? new Device(_manufacturer, _product, DeviceName()) { SerialNumber = _serialNumber } : Device.Unknown,
            StartTime = start,
            UtcOffset = undated ? null : _activityOffset ?? _correlationOffset,
            FitFileType = _fileType,
            Undated = undated,
            Samples = samples,
            Laps = [.. _laps],
            Sessions = [.. sessions],
            Events = [.. _events],
            Warnings = [.. warnings],
            Source = new ActivitySourceInfo
            {
                FileName = fileName,
                Format = ActivityFormat.Fit,
                SizeBytes = sizeBytes,
                CountsWhenAsked = CountsWhenAsked(),
                HeaderCrc = [.. headers.Select(h => h.HeaderCrcStatus)],
                FileCrc = [.. state.FileCrcs],
                ChainedFiles = headers.Count,
                ProtocolVersion = headers.Count > 0 ? headers[0].ProtocolVersionText : null,
                ProfileVersion = headers.Count > 0 ? headers[0].ProfileVersionText : null,
            },
        };
    }

    /// <summary>
    /// A session whose elapsed time runs on half a day past the last sample is cut at that sample: a clock that ran away,
    /// not a pause (the device wrote nothing in all that time).
    /// </summary>
    private static ActivitySession EndingWithSamples(ActivitySession s, int index, SampleTable samples, List<ParseWarning> warnings)
    {
        var last = ChannelStatistics.Last(samples.UnixSeconds);
        var start = UnixTime.FromDateTime(s.Start);
        if (double.IsNaN(last) || !(start + s.ElapsedSeconds > last + TimeJumps.ForwardSeconds) || last < start) return s;
        warnings.Add(new ParseWarning(string.Create(CultureInfo.InvariantCulture,
            $"session {index + 1} gives an elapsed time of {s.ElapsedSeconds:0} s, running on {(start + s.ElapsedSeconds - last) / 3600:0.#} hours past its last sample: it is taken to end there ({last - start:0} s)")));
        return s with { ElapsedSeconds = last - start };
    }

    /// <summary>
    /// The sessions, each with a start a date can be trusted in: a session without a start time of its own and without a
    /// timestamp (it read as 1970) starts at its first sample instead, with a warning.
    /// </summary>
    private List<ActivitySession> SessionsWithStarts(SampleTable samples, List<ParseWarning> warnings)
    {
        var result = new List<ActivitySession>(_sessions.Count);
        for (var i = 0; i < _sessions.Count; i++)
        {
            var s = _sessions[i];
            if (s.TimerSeconds > s.ElapsedSeconds + 1)
            {
                // The timer never runs longer than the clock: the two fields were written the wrong way round.
                warnings.Add(new ParseWarning(string.Create(CultureInfo.InvariantCulture,
                    $"session {i + 1} gives a timer time ({s.TimerSeconds:0} s) longer than its elapsed time ({s.ElapsedSeconds:0} s): the two are taken the other way round")));
                s = s with { TimerSeconds = s.ElapsedSeconds, ElapsedSeconds = s.TimerSeconds };
            }
            if (PlausibleTime.Contains(s.Start) || double.IsNaN(samples.FirstUnixSeconds))
            {
                result.Add(s);
                continue;
            }
            var from = i == 0 ? samples.FirstUnixSeconds : UnixTime.FromDateTime(result[i - 1].Start) + Math.Max(0, double.IsNaN(result[i - 1].ElapsedSeconds) ? 0 : result[i - 1].ElapsedSeconds);
            warnings.Add(new ParseWarning($"session {i + 1} gives no start time it can be dated by ({IsoUtc.FormatWholeSeconds(s.Start)}); it is taken to start at {IsoUtc.FormatWholeSeconds(UnixTime.ToDateTime(from))}"));
            result.Add(s with { Start = UnixTime.ToDateTime(from) });
        }
        return result;
    }

    // Only the counts are kept for later, not the decoder and its lists.
    private Func<ImmutableSortedDictionary<string, int>> CountsWhenAsked()
    {
        var byNumber = _countsByNumber;
        var high = _countsHigh;
        return () => Counts(byNumber, high);
    }

    private static ImmutableSortedDictionary<string, int> Counts(int[] byNumber, Dictionary<ushort, int> high)
    {
        var counts = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < byNumber.Length; i++)
            if (byNumber[i] > 0) counts[FitProfile.MessageNameOrNumber((ushort)i)] = byNumber[i];
        foreach (var (number, count) in high) counts[FitProfile.MessageNameOrNumber(number)] = count;
        return counts.ToImmutable();
    }

    // A name the file gives wins; else the one made from the maker and product, kept for the next file of the same watch.
    private string? DeviceName() => _productName ?? DeviceNames.Get((_manufacturer, _product));

    private static readonly FitLastMade<(int? Manufacturer, int? Product), string?> DeviceNames =
        new(device => DeviceName(device.Manufacturer, device.Product));

    private static string? DeviceName(int? manufacturer, int? product)
    {
        if (manufacturer is not int m) return null;
        var maker = FitNames.Manufacturer(m);
        string? productName = null;
        // Garmin and its Dynastream subsidiaries share one product list.
        if (product is int p && m is 1 or 13 or 15) productName = FitNames.GarminProduct(p);
        var makerText = maker is null ? "manufacturer " + m.ToString(CultureInfo.InvariantCulture) : Readable(maker);
        return productName is not null ? makerText + " " + productName
            : product is int q ? makerText + " product " + q.ToString(CultureInfo.InvariantCulture)
            : makerText;
    }

    private static string Readable(string snake) =>
        snake.Length == 0 ? snake : char.ToUpperInvariant(snake[0]) + snake[1..].Replace('_', ' ');

    private void TakeFileId(ref FitReader reader)
    {
        if (_haveFileId) return;
        _haveFileId = true;
        var type = Value(ref reader, FitMessageNumbers.FileId, 0);
        _fileType = double.IsNaN(type) ? null : (int)type;
        var m = Value(ref reader, FitMessageNumbers.FileId, 1);
        var p = Value(ref reader, FitMessageNumbers.FileId, 2);
        _manufacturer = double.IsNaN(m) ? null : (int)m;
        _product = double.IsNaN(p) ? null : (int)p;
        var serial = Value(ref reader, FitMessageNumbers.FileId, 3);
        _serialNumber = double.IsNaN(serial) ? null : (long)serial;
        var name = reader.GetString(8);
        _productName = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var created = Value(ref reader, FitMessageNumbers.FileId, 4);
        if (!double.IsNaN(created)) _fileCreated = created + FitTimestamps.EpochUnixSeconds;
    }

    private void TakeLap(ref FitReader reader)
    {
        const ushort lap = FitMessageNumbers.Lap;
        var elapsed = Value(ref reader, lap, 7);
        _laps.Add(new Lap(StartOf(ref reader, lap, elapsed), elapsed, Value(ref reader, lap, 8), Value(ref reader, lap, 9)));
    }

    private void TakeSession(ref FitReader reader)
    {
        const ushort session = FitMessageNumbers.Session;
        var elapsed = Value(ref reader, session, 7);
        var start = StartOf(ref reader, session, elapsed);
        var sport = SportOf(Value(ref reader, session, 5));
        var sub = Value(ref reader, session, 6);
        _sessions.Add(new ActivitySession(start, sport, double.IsNaN(sub) ? null : (int)sub, elapsed, Value(ref reader, session, 8),
            Value(ref reader, session, 9), Value(ref reader, session, 16), Value(ref reader, session, 18),
            Value(ref reader, session, 57), Value(ref reader, session, 58)) { MaxHeartRateBpm = Value(ref reader, session, 17) });
        var startUnix = UnixTime.FromDateTime(start);
        var timer = Value(ref reader, session, 8);
        var length = !double.IsNaN(elapsed) ? elapsed : !double.IsNaN(timer) ? timer : 0;
        _sessionSpans.Add(new FitSportSpan(sport, startUnix, startUnix + length));
    }

    private void TakeEvent(ref FitReader reader)
    {
        const ushort ev = FitMessageNumbers.Event;
        var kind = Value(ref reader, ev, 0);
        var type = Value(ref reader, ev, 1);
        var data = Value(ref reader, ev, 3);
        if (double.IsNaN(data)) data = Value(ref reader, ev, 2);
        var time = reader.HasTimestamp ? reader.Timestamp + (double)FitTimestamps.EpochUnixSeconds : _lastTime;
        _events.Add(new ActivityEvent(double.IsNaN(time) ? DateTime.UnixEpoch : UnixTime.ToDateTime(time),
            double.IsNaN(kind) ? -1 : (int)kind, double.IsNaN(type) ? -1 : (int)type, double.IsNaN(data) ? null : (long)data));
    }

    private void TakeActivity(ref FitReader reader)
    {
        if (_activityOffset is not null || !reader.HasTimestamp) return;
        var local = Value(ref reader, FitMessageNumbers.Activity, 5);
        if (!double.IsNaN(local)) _activityOffset = Offset(local - reader.Timestamp);
    }

    private void TakeCorrelation(ref FitReader reader)
    {
        if (_correlationOffset is not null || !reader.HasTimestamp) return;
        var local = Value(ref reader, FitMessageNumbers.TimestampCorrelation, 3);
        if (!double.IsNaN(local)) _correlationOffset = Offset(local - reader.Timestamp);
    }

    // Local time minus UTC, to the minute; anything beyond the 14 hours real zones reach is not an offset.
    internal static TimeSpan? Offset(double seconds)
    {
        var minutes = Math.Round(seconds / 60.0);
        return Math.Abs(minutes) <= 14 * 60 ? TimeSpan.FromMinutes(minutes) : null;
    }

    private DateTime StartOf(ref FitReader reader, ushort message, double elapsedSeconds)
    {
        var start = Value(ref reader, message, 2);
        if (!double.IsNaN(start)) return UnixTime.ToDateTime(start + FitTimestamps.EpochUnixSeconds);
        // No start_time: the message's own time is its end.
        var end = reader.HasTimestamp ? reader.Timestamp + (double)FitTimestamps.EpochUnixSeconds : _lastTime;
        if (double.IsNaN(end)) return DateTime.UnixEpoch;
        return UnixTime.ToDateTime(double.IsNaN(elapsedSeconds) ? end : end - elapsedSeconds);
    }

    internal static Sport SportOf(double value) =>
        double.IsNaN(value) ? Sport.Generic : Enum.IsDefined((Sport)(int)value) ? (Sport)(int)value : Sport.Other;

    private static double Value(ref FitReader reader, ushort message, byte field)
    {
        var f = FitProfile.Field(message, field);
        return f is null ? double.NaN : reader.GetProfileValue(field, f.BaseType, f.Scale, f.Offset);
    }
}
