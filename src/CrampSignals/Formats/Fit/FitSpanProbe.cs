using CrampSignals.Activities;
using CrampSignals.Formats.Fit.Decoding;
using CrampSignals.Formats.Fit.Profile;
using CrampSignals.Formats.Fit.Protocol;

using CrampSignals.Text;
namespace CrampSignals.Formats.Fit;

/// <summary>When a FIT activity started and ended and which watch recorded it, read in one walk over its messages without building any column.</summary>
/// <param name="Start">The first session's start, else the first record's time (as <see cref="Activity.StartTime"/>).</param>
/// <param name="FirstRecord">The first record's time.</param>
/// <param name="LastRecord">The last record's time.</param>
/// <param name="SerialNumber">The <c>file_id</c> serial number.</param>
/// <param name="Sport">The first session's sport, else the sport message's (as <see cref="Activity.Sport"/>).</param>
/// <param name="UtcOffset">The local offset from <c>activity.local_timestamp</c>, else <c>timestamp_correlation</c> (as <see cref="Activity.UtcOffset"/>).</param>
internal sealed record FitSpan(DateTime? Start, DateTime? FirstRecord, DateTime? LastRecord, long? SerialNumber, Sport Sport = Sport.Generic, TimeSpan? UtcOffset = null)
{
    /// <summary>From the first record to the last (as <see cref="Activity.Duration"/> for a file with records).</summary>
    public TimeSpan? Duration => FirstRecord is DateTime a && LastRecord is DateTime b ? b - a : null;
}

/// <summary>
/// Reads <see cref="FitSpan"/>: what a cohort's first pass needs (twins, which cramps belong to which run) at the cost of a bare
/// walk over the messages, a small fraction of a full decode.
/// </summary>
internal static class FitSpanProbe
{
    private static readonly FitReaderOptions NoCrc = FitReaderOptions.Default with { CheckFileCrc = false };

    /// <summary>The span of the FIT file in <paramref name="data"/>, or null when it is not a readable FIT file with timed records (read it fully to learn why).</summary>
    public static FitSpan? Probe(ReadOnlySpan<byte> data)
    {
        if (FormatSniffer.Detect(data[..Math.Min(data.Length, 64)]) != ActivityFormat.Fit) return null;
        try
        {
            // The file CRC only ever adds a warning, which the full read gives: the probe need not spend a pass over the bytes on it.
            var reader = new FitReader(data, NoCrc);
            double first = double.NaN, last = double.NaN, sessionStart = double.NaN, time = double.NaN;
            long? serial = null;
            var haveFileId = false;
            Sport? sessionSport = null, sportMessage = null;
            TimeSpan? activityOffset = null, correlationOffset = null;
            while (reader.Read())
            {
                if (reader.TokenType != FitTokenType.Data) continue;
                if (reader.HasTimestamp) time = reader.Timestamp + (double)FitTimestamps.EpochUnixSeconds;
                switch (reader.GlobalMessageNumber)
                {
                    case FitMessageNumbers.Record when reader.HasTimestamp:
                        if (double.IsNaN(first)) first = time;
                        last = time;
                        break;
                    case FitMessageNumbers.FileId when !haveFileId:
                        haveFileId = true;
                        var s = Value(ref reader, FitMessageNumbers.FileId, 3);
                        serial = double.IsNaN(s) ? null : (long)s;
                        break;
                    case FitMessageNumbers.Session when sessionSport is null:
                        var start = Value(ref reader, FitMessageNumbers.Session, 2);
                        if (!double.IsNaN(start)) sessionStart = start + FitTimestamps.EpochUnixSeconds;
                        sessionSport = FitActivityDecoder.SportOf(Value(ref reader, FitMessageNumbers.Session, 5));
                        break;
                    case FitMessageNumbers.Sport when sportMessage is null:
                        sportMessage = FitActivityDecoder.SportOf(Value(ref reader, FitMessageNumbers.Sport, 0));
                        break;
                    // The offsets as the full decoder takes them, so a cramp time typed without one is read alike in both passes.
                    case FitMessageNumbers.Activity when activityOffset is null && reader.HasTimestamp:
                        activityOffset = FitActivityDecoder.Offset(Value(ref reader, FitMessageNumbers.Activity, 5) - reader.Timestamp);
                        break;
                    case FitMessageNumbers.TimestampCorrelation when correlationOffset is null && reader.HasTimestamp:
                        correlationOffset = FitActivityDecoder.Offset(Value(ref reader, FitMessageNumbers.TimestampCorrelation, 3) - reader.Timestamp);
                        break;
                }
            }
            if (reader.State.NotFitReason is not null || double.IsNaN(first)) return null;
            var startTime = !double.IsNaN(sessionStart) ? sessionStart : first;
            // Relative (unset-clock) times name no date and no offset, as the full decoder reads them.
            var undated = first < FitTimestamps.EpochUnixSeconds + (double)FitTimestamps.RelativeLimit;
            return new FitSpan(UnixTime.ToDateTime(startTime), UnixTime.ToDateTime(first), UnixTime.ToDateTime(last), serial,
                sessionSport ?? sportMessage ?? Sport.Generic, undated ? null : activityOffset ?? correlationOffset);
        }
        catch (InputFormatException)
        {
            return null;
        }
    }

    private static double Value(ref FitReader reader, ushort message, byte field)
    {
        var f = FitProfile.Field(message, field);
        return f is null ? double.NaN : reader.GetProfileValue(field, f.BaseType, f.Scale, f.Offset);
    }
}
