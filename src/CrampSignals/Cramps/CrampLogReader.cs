using System.Text.Json;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Cramps;

/// <summary>
/// Reads side-car cramp logs: CSV (header row; columns <c>time</c> or <c>elapsed</c>, <c>muscle</c>, <c>side</c>,
/// <c>severity</c>, <c>note</c>) and JSON (an array of objects with the same fields, or <c>{"cramps": [...]}</c>).
/// A line that cannot be read becomes a warning with the file and line number; the good lines are still read.
/// See docs/cramp-log-and-weather-formats.md.
/// </summary>
internal static class CrampLogReader
{
    /// <summary>Largest log file read: a lifetime of cramps fits in a few hundred KB.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    private static readonly string[] TimeNames = ["time", "timestamp", "datetime", "time_utc", "when"];
    private static readonly string[] ElapsedNames = ["elapsed", "elapsed_time", "time_into_run"];
    private static readonly string[] MuscleNamesInHeader = ["muscle", "muscle_group", "where"];
    private static readonly string[] SideNames = ["side", "leg"];
    private static readonly string[] SeverityNames = ["severity", "intensity"];
    private static readonly string[] NoteNames = ["note", "notes", "comment", "comments"];

    // A weather export has a time column too; these tell it apart when none of the cramp columns is there.
    private static readonly string[] WeatherColumnNames = ["temperature_c", "air_temperature_c", "temperature", "air_temperature", "temp_c", "humidity_pct", "relative_humidity", "wind_mps"];

    /// <summary>Reads the log at <paramref name="path"/>: JSON when it ends in .json or starts with [ or {, CSV otherwise.</summary>
    /// <exception cref="InputFormatException">The file is empty, binary, too large, has no usable header, or no line could be read.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static CrampLog Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"{path}: no such file", path);
        if (info.Length > MaxFileBytes) throw new InputFormatException(path, $"the cramp log is {info.Length} bytes, more than the {MaxFileBytes} a cramp log can plausibly be");
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a log from <paramref name="content"/>, telling JSON from CSV by the file name and the first character.</summary>
    /// <exception cref="InputFormatException">The content is empty, binary, has no usable header, or no line could be read.</exception>
    public static CrampLog Read(ReadOnlySpan<byte> content, string fileName = "<cramps>")
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];
        var probe = content[..Math.Min(content.Length, 4096)];
        if (probe.IndexOf((byte)0) >= 0) throw new InputFormatException(fileName, "the cramp log is binary, not CSV or JSON text", byteOffset: probe.IndexOf((byte)0));
        var first = 0;
        while (first < content.Length && content[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') first++;
        if (first == content.Length) throw new InputFormatException(fileName, "the cramp log is empty (expected a CSV header row or a JSON array)");
        var json = fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || content[first] is (byte)'[' or (byte)'{';
        return json ? ReadJson(content, fileName) : ReadCsv(new StringReader(Encoding.UTF8.GetString(content)), fileName);
    }

    /// <summary>Reads a CSV cramp log from <paramref name="reader"/>; <paramref name="fileName"/> names it in warnings and errors.</summary>
    /// <exception cref="InputFormatException">No usable header, or not one line could be read.</exception>
    public static CrampLog ReadCsv(TextReader reader, string fileName = "<cramps>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var records = CsvRecordReader.Read(reader).GetEnumerator();
        var header = CsvHeader.Read(records);
        if (header is null) throw new InputFormatException(fileName, "the cramp log is empty (expected a header row: time,muscle,side,severity,note)");
        var warnings = new WarningCap();
        var columns = header.Names.Count;
        var time = header.IndexOf(TimeNames);
        var elapsed = header.IndexOf(ElapsedNames);
        var muscle = header.IndexOf(MuscleNamesInHeader);
        var side = header.IndexOf(SideNames);
        var severity = header.IndexOf(SeverityNames);
        var note = header.IndexOf(NoteNames);
        if (elapsed < 0 && muscle < 0 && side < 0 && severity < 0 && note < 0 && header.IndexOf(WeatherColumnNames) >= 0)
            throw new InputFormatException(fileName,
                $"this is a weather file, not a cramp log: its header '{header.Text}' has weather columns and none of muscle, side, severity or note (give weather as weather, e.g. --weather)",
                line: header.Record.Line, position: 1);
        if (time < 0 && elapsed < 0)
            throw new InputFormatException(fileName,
                $"the first line '{header.Text}' is not a header with a 'time' or 'elapsed' column (expected e.g. time,muscle,side,severity,note)",
                line: header.Record.Line, position: 1);
        var known = new[] { time, elapsed, muscle, side, severity, note };
        var unknown = Enumerable.Range(0, columns).Where(i => !known.Contains(i)).ToList();
        // One warning for all unknown columns: a header of 100,000 columns is one problem, not 100,000.
        if (unknown.Count == 1) warnings.Add(Warn(fileName, header.Record.Line, $"column '{Shorten(header.Record.Fields[unknown[0]])}' is not one the reader knows; ignored"));
        else if (unknown.Count > 1)
            warnings.Add(Warn(fileName, header.Record.Line, $"{unknown.Count} columns are not ones the reader knows and are ignored: " +
                string.Join(", ", unknown.Take(10).Select(i => $"'{Shorten(header.Record.Fields[i])}'")) + (unknown.Count > 10 ? ", …" : "")));
        if (muscle < 0) warnings.Add(Warn(fileName, header.Record.Line, "no 'muscle' column: every cramp is recorded as 'other'"));

        var entries = new List<CrampEntry>();
        var lines = 0;
        string? firstProblem = null;
        while (records.MoveNext())
        {
            var r = records.Current;
            if (CsvHeader.IsComment(r)) continue;
            lines++;
            string? problem = r.Error;
            if (problem is null && r.Fields.Count > columns)
                problem = $"{r.Fields.Count} fields where the header has {columns} (quote a note that holds commas)";
            CrampEntry? entry = null;
            var notes = new List<string>();
            if (problem is null)
            {
                string? F(int i) => i >= 0 && i < r.Fields.Count ? r.Fields[i] : null;
                entry = CrampFieldParser.Parse(new CrampFields(F(time), F(elapsed), F(muscle), F(side), F(severity), F(note)), r.Line, notes, out problem);
            }
            if (entry is null)
            {
                warnings.Add(Warn(fileName, r.Line, $"{problem}; line skipped"));
                firstProblem ??= $"line {r.Line}: {problem}";
                continue;
            }
            foreach (var n in notes) warnings.Add(Warn(fileName, r.Line, n));
            entries.Add(entry);
        }
        if (entries.Count == 0 && lines > 0)
            throw new InputFormatException(fileName, $"none of the {lines} cramp lines could be read; first problem: {firstProblem}");
        return new CrampLog([.. entries], warnings.ToImmutable());
    }

    /// <summary>Reads a JSON cramp log from <paramref name="json"/> text.</summary>
    /// <exception cref="InputFormatException">Not valid JSON, not an array of cramps, or no entry could be read.</exception>
    public static CrampLog ReadJson(string json, string fileName = "<cramps>") => ReadJson(Encoding.UTF8.GetBytes(json), fileName);

    /// <summary>Reads a JSON cramp log from UTF-8 <paramref name="utf8"/>.</summary>
    /// <exception cref="InputFormatException">Not valid JSON, not an array of cramps, or no entry could be read.</exception>
    public static CrampLog ReadJson(ReadOnlySpan<byte> utf8, string fileName = "<cramps>")
    {
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 };
        var bytes = utf8.ToArray();
        // JSON text must be UTF-8; the parser checks strings only when they are read, so damage is found here, once, with its offset.
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
            throw new InputFormatException(fileName, "not valid JSON: the text is not UTF-8", byteOffset: InvalidUtf8At(bytes));
        JsonDocument doc;
        try { doc = JsonDocument.Parse(bytes, options); }
        catch (JsonException e)
        {
            throw new InputFormatException(fileName, $"not valid JSON: {FirstSentence(e.Message)}", line: (int)(e.LineNumber ?? 0) + 1, position: (int)(e.BytePositionInLine ?? 0) + 1, inner: e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            JsonElement array;
            if (root.ValueKind == JsonValueKind.Array) array = root;
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("cramps", out var c) && c.ValueKind == JsonValueKind.Array) array = c;
            else throw new InputFormatException(fileName, "expected a JSON array of cramps or an object with a \"cramps\" array", line: 1, position: 1);

            var lines = ElementLines(bytes, root.ValueKind == JsonValueKind.Array);
            var entries = new List<CrampEntry>();
            var warnings = new WarningCap();
            string? firstProblem = null;
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                var line = index < lines.Count ? lines[index] : (int?)null;
                index++;
                var notes = new List<string>();
                CrampEntry? entry = null;
                string? problem;
                if (element.ValueKind != JsonValueKind.Object) problem = $"entry {index} is {element.ValueKind.ToString().ToLowerInvariant()}, not an object";
                else
                {
                    var fields = new CrampFields(Text(element, "time", notes), Elapsed(element, notes), Text(element, "muscle", notes),
                        Text(element, "side", notes), Severity(element, notes), Text(element, "note", notes) ?? Text(element, "notes", notes));
                    entry = CrampFieldParser.Parse(fields, line, notes, out problem);
                }
                if (entry is null)
                {
                    warnings.Add(Warn(fileName, line, $"entry {index}: {problem}; skipped"));
                    firstProblem ??= $"entry {index}: {problem}";
                    continue;
                }
                foreach (var n in notes) warnings.Add(Warn(fileName, line, $"entry {index}: {n}"));
                entries.Add(entry);
            }
            if (entries.Count == 0 && index > 0)
                throw new InputFormatException(fileName, $"none of the {index} cramp entries could be read; first problem: {firstProblem}");
            return new CrampLog([.. entries], warnings.ToImmutable());
        }
    }

    private static string? Text(JsonElement e, string name, List<string> notes)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        notes.Add($"'{name}' is a {v.ValueKind.ToString().ToLowerInvariant()}, not a string; left out");
        return null;
    }

    private static string? Elapsed(JsonElement e, List<string> notes)
    {
        if (e.TryGetProperty("elapsed", out var v) && v.ValueKind == JsonValueKind.Number)
        {
            // A number of seconds goes through the same h:mm:ss check as text, so one limit holds for both forms.
            if (v.TryGetDouble(out var seconds) && seconds >= 0 && seconds < CrampFieldParser.MaxElapsed.TotalSeconds)
                return CrampLogWriter.FormatElapsed(TimeSpan.FromSeconds(Math.Round(seconds)));
            return v.GetRawText();
        }
        return Text(e, "elapsed", notes);
    }

    private static string? Severity(JsonElement e, List<string> notes)
    {
        if (e.TryGetProperty("severity", out var v) && v.ValueKind == JsonValueKind.Number) return v.GetRawText();
        return Text(e, "severity", notes);
    }

    /// <summary>The 1-based line on which each element of the cramp array starts, found with a forward-only pass.</summary>
    private static List<int> ElementLines(byte[] bytes, bool rootIsArray)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var arrayDepth = rootIsArray ? 1 : 2;
        var inCramps = rootIsArray;
        var newlines = 0;
        long counted = 0;
        while (reader.Read())
        {
            if (!rootIsArray && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName) inCramps = reader.ValueTextEquals("cramps");
            if (!inCramps || reader.CurrentDepth != arrayDepth || reader.TokenType is JsonTokenType.EndArray or JsonTokenType.PropertyName) continue;
            var at = reader.TokenStartIndex;
            for (; counted < at; counted++) if (bytes[counted] == (byte)'\n') newlines++;
            lines.Add(newlines + 1);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
        return lines;
    }

    // A problem with a whole line has no column to point at, so no position is given.
    private static ParseWarning Warn(string fileName, int? line, string message) => new($"{fileName}: {message}", Line: line);

    private static long InvalidUtf8At(byte[] bytes)
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

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }
}
