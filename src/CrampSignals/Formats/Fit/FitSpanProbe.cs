using CrampSignals.Activities;
using CrampSignals.Formats.Fit.Profile;
using CrampSignals.Formats.Fit.Protocol;

using CrampSignals.Text;
namespace CrampSignals.Formats.Fit;

/// <summary>When a FIT activity started and ended and which watch recorded it, read in one walk over its messages without building any column.</summary>
/// <param name="Start">The first session's start, else the first record's time (as <see cref="Activity.StartTime"/>).</param>
/// <param name="FirstRecord">The first record's time.</param>
/// <param name="LastRecord">The last record's time.</param>
/// <param name="SerialNumber">The <c>file_id</c> serial number.</param>
internal sealed record FitSpan(DateTime? Start, DateTime? FirstRecord, DateTime? LastRecord, long? SerialNumber)
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
    /// <summary>The span of the FIT file in <paramref name="data"/>, or null when it is not a readable FIT file with timed records (read it fully to learn why).</summary>
    public static FitSpan? Probe(ReadOnlySpan<byte> data)
    {
        if (FormatSniffer.Detect(data[..Math.Min(data.Length, 64)]) != ActivityFormat.Fit) return null;
        try
        {
            var reader = new FitReader(data);
            double first = double.NaN, last = double.NaN, sessionStart = double.NaN, time = double.NaN;
            long? serial = null;
            var haveFileId = false;
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
                    case FitMessageNumbers.Session when double.IsNaN(sessionStart):
                        var start = Value(ref reader, FitMessageNumbers.Session, 2);
                        if (!double.IsNaN(start)) sessionStart = start + FitTimestamps.EpochUnixSeconds;
                        break;
                }
            }
            if (reader.State.NotFitReason is not null || double.IsNaN(first)) return null;
            var startTime = !double.IsNaN(sessionStart) ? sessionStart : first;
            return new FitSpan(UnixTime.ToDateTime(startTime), UnixTime.ToDateTime(first), UnixTime.ToDateTime(last), serial);
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
