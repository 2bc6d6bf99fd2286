using System.Globalization;
using System.Text;
using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Formats.Exports;

/// <summary>
/// Reads <c>DI_CONNECT/DI-Connect-Fitness/*_summarizedActivities.json</c> of a Garmin Connect account export: an array of
/// <c>{"summarizedActivitiesExport": [...]}</c> objects (a bare object of that form is read too). Units, as Garmin's
/// export writes them and as assumed here: <c>beginTimestamp</c> (else <c>startTimeGmt</c>) in milliseconds since 1970
/// UTC, <c>duration</c>, <c>elapsedDuration</c> and <c>movingDuration</c> in milliseconds, <c>distance</c> in centimetres.
/// Read forward-only with <see cref="Utf8JsonReader"/> (no reflection, trim-safe). A bad activity is a warning naming
/// the file and byte offset; the others are still read.
/// </summary>
internal static class GarminSummaries
{
    private const string ArrayName = "summarizedActivitiesExport";
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Reads the summaries from <paramref name="stream"/>; <paramref name="fileName"/> names it in warnings and errors.</summary>
    /// <exception cref="InputFormatException">Too large, not UTF-8, not JSON before any activity, or no summarized-activities array.</exception>
    public static (IReadOnlyList<ExportActivity> Activities, IReadOnlyList<ParseWarning> Warnings) Read(Stream stream, string fileName, long maxBytes = ExportInput.MaxIndexBytes) =>
        Read(ExportInput.ReadAll(stream, fileName, maxBytes), fileName);

    /// <summary>Reads the summaries from UTF-8 JSON bytes.</summary>
    /// <exception cref="InputFormatException">Not UTF-8, not JSON before any activity, or no summarized-activities array.</exception>
    public static (IReadOnlyList<ExportActivity> Activities, IReadOnlyList<ParseWarning> Warnings) Read(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var skip = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var json = bytes.AsSpan(skip);
        if (!System.Text.Unicode.Utf8.IsValid(json))
            throw new InputFormatException(fileName, "not valid JSON: the text is not UTF-8", byteOffset: skip + InvalidUtf8At(json));
        var warnings = new WarningCap();
        var activities = new List<ExportActivity>();
        var arrays = 0;
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(ArrayName)) continue;
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    warnings.Add(Warn(fileName, skip + reader.TokenStartIndex, $"\"{ArrayName}\" is {Kind(reader.TokenType)}, not an array; ignored"));
                    reader.Skip();
                    continue;
                }
                arrays++;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var at = skip + reader.TokenStartIndex;
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        warnings.Add(Warn(fileName, at, $"an activity is {Kind(reader.TokenType)}, not an object; skipped"));
                        reader.Skip();
                        continue;
                    }
                    if (ReadActivity(ref reader, skip, at, fileName, warnings) is { } activity) activities.Add(activity);
                }
            }
        }
        catch (JsonException e)
        {
            var at = skip + reader.BytesConsumed;
            var why = $"not valid JSON: {FirstSentence(e.Message)}";
            if (activities.Count == 0) throw new InputFormatException(fileName, why, byteOffset: at, inner: e);
            warnings.Add(Warn(fileName, at, $"{why}; the {activities.Count} activities before it are kept, the rest of the file is not read"));
            return (activities, warnings.ToImmutable());
        }
        if (arrays == 0) throw new InputFormatException(fileName, $"no \"{ArrayName}\" array: not a Garmin summarized-activities file", byteOffset: 0);
        return (activities, warnings.ToImmutable());
    }

    private static ExportActivity? ReadActivity(ref Utf8JsonReader reader, int skip, long at, string fileName, WarningCap warnings)
    {
        string? id = null, name = null, description = null, type = null, sportType = null;
        double? begin = null, startGmt = null, duration = null, elapsed = null, moving = null, distance = null;
        var problems = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString() ?? "";
            reader.Read();
            switch (property)
            {
                case "activityId": id = Id(ref reader, problems); break;
                case "name": name = Text(ref reader, property, problems); break;
                case "description": description = Text(ref reader, property, problems); break;
                case "activityType": type = TypeKey(ref reader, property, problems); break;
                case "sportType": sportType = TypeKey(ref reader, property, problems); break;
                case "beginTimestamp": begin = Number(ref reader, property, problems); break;
                case "startTimeGmt": startGmt = Number(ref reader, property, problems); break;
                case "duration": duration = Number(ref reader, property, problems); break;
                case "elapsedDuration": elapsed = Number(ref reader, property, problems); break;
                case "movingDuration": moving = Number(ref reader, property, problems); break;
                case "distance": distance = Number(ref reader, property, problems); break;
                default: reader.Skip(); break;
            }
        }
        var label = id is null ? "an activity" : $"activity {id}";
        foreach (var p in problems) warnings.Add(Warn(fileName, at, $"{label}: {p}; left out"));
        if (id is null)
        {
            warnings.Add(Warn(fileName, at, "an activity has no activityId; skipped"));
            return null;
        }
        DateTime? start = null;
        if ((begin ?? startGmt) is double ms)
        {
            if (PlausibleTime.ContainsUnixSeconds(ms / 1000)) start = UnixTime.ToDateTime(ms / 1000);
            else warnings.Add(Warn(fileName, at, $"{label}: start time {ms.ToString(CultureInfo.InvariantCulture)} ms is {PlausibleTime.RangeText}; left out"));
        }
        return new ExportActivity(id, null, start, GarminSports.Map(type, sportType), type ?? sportType, name, description, null,
            distance / 100, Duration(elapsed ?? duration), Duration(moving), null);
    }

    private static TimeSpan? Duration(double? ms) => ms is double m && m < TimeSpan.FromDays(366).TotalMilliseconds ? TimeSpan.FromMilliseconds(m) : null;

    private static string? Id(ref Utf8JsonReader reader, List<string> problems)
    {
        if (reader.TokenType == JsonTokenType.String) return reader.GetString() is { Length: > 0 } s ? s.Trim() : null;
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt64(out var n)) return n.ToString(CultureInfo.InvariantCulture);
            // Some tools re-save ids as 1.2345678901E10.
            if (reader.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) < 9e15) return ((long)d).ToString(CultureInfo.InvariantCulture);
        }
        problems.Add($"activityId is {Kind(reader.TokenType)}, not a whole number");
        reader.Skip();
        return null;
    }

    private static string? Text(ref Utf8JsonReader reader, string property, List<string> problems)
    {
        if (reader.TokenType == JsonTokenType.String) return reader.GetString();
        if (reader.TokenType != JsonTokenType.Null) problems.Add($"'{property}' is {Kind(reader.TokenType)}, not a string");
        reader.Skip();
        return null;
    }

    // Older exports write the type as {"typeKey": "running", ...}; newer ones as "running".
    private static string? TypeKey(ref Utf8JsonReader reader, string property, List<string> problems)
    {
        if (reader.TokenType != JsonTokenType.StartObject) return Text(ref reader, property, problems);
        string? key = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var isKey = reader.ValueTextEquals("typeKey");
            reader.Read();
            if (isKey && reader.TokenType == JsonTokenType.String) key = reader.GetString();
            else reader.Skip();
        }
        return key;
    }

    private static double? Number(ref Utf8JsonReader reader, string property, List<string> problems)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var v) && double.IsFinite(v) && v >= 0) return v;
        if (reader.TokenType == JsonTokenType.Number) problems.Add($"'{property}' is {Encoding.UTF8.GetString(reader.ValueSpan)}, not a number of zero or more");
        else if (reader.TokenType != JsonTokenType.Null) problems.Add($"'{property}' is {Kind(reader.TokenType)}, not a number");
        reader.Skip();
        return null;
    }

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString().ToLowerInvariant(),
    };

    private static ParseWarning Warn(string fileName, long at, string message) => new($"{fileName}: {message}", ByteOffset: at);

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }

    private static long InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return 0;
        }
        catch (DecoderFallbackException e)
        {
            return Math.Max(e.Index, 0);
        }
    }
}
