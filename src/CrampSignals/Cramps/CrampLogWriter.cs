using System.Globalization;
using System.Text.Json;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Cramps;

/// <summary>Writes a <see cref="CrampLog"/> in the side-car CSV or JSON format <see cref="CrampLogReader"/> reads.</summary>
internal static class CrampLogWriter
{
    /// <summary>
    /// Writes CSV with the header <c>time,elapsed,muscle,side,severity,note</c>. Times are written as local time with
    /// <paramref name="utcOffset"/> when given (what a runner's own log would show), else in UTC with Z.
    /// </summary>
    public static void WriteCsv(CrampLog log, TextWriter output, TimeSpan? utcOffset = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("time,elapsed,muscle,side,severity,note\n");
        foreach (var e in log.Entries)
        {
            var time = e.Time is DateTime t ? utcOffset is TimeSpan o ? IsoUtc.FormatLocal(t, o) : IsoUtc.Format(t) : "";
            var elapsed = e.Elapsed is TimeSpan el ? FormatElapsed(el) : "";
            output.Write(string.Join(",", time, elapsed, e.Muscle.ToId(), e.Side ?? "",
                e.Severity?.ToString(CultureInfo.InvariantCulture) ?? "", Quote(e.Note ?? "")));
            output.Write('\n');
        }
    }

    /// <summary>Writes JSON: <c>{"cramps":[{"time":...,"elapsed":...,"muscle":...,"side":...,"severity":...,"note":...}]}</c>, times in UTC.</summary>
    public static void WriteJson(CrampLog log, Stream output)
    {
        ArgumentNullException.ThrowIfNull(log);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteStartArray("cramps");
        foreach (var e in log.Entries) WriteEntry(w, e);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes one entry as a JSON object (used by the ground-truth file too).</summary>
    internal static void WriteEntry(Utf8JsonWriter w, CrampEntry e)
    {
        w.WriteStartObject();
        if (e.Time is DateTime t) w.WriteString("time", IsoUtc.Format(t));
        if (e.Elapsed is TimeSpan el) w.WriteString("elapsed", FormatElapsed(el));
        w.WriteString("muscle", e.Muscle.ToId());
        if (e.Side is not null) w.WriteString("side", e.Side);
        if (e.Severity is int s) w.WriteNumber("severity", s);
        if (e.Note is not null) w.WriteString("note", e.Note);
        w.WriteEndObject();
    }

    /// <summary>h:mm:ss.</summary>
    public static string FormatElapsed(TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalHours}:{elapsed.Minutes:00}:{elapsed.Seconds:00}");

    private static string Quote(string s)
    {
        if (s.IndexOfAny([',', '"', '\n', '\r']) < 0 && s.Trim() == s) return s;
        var b = new StringBuilder("\"");
        b.Append(s.Replace("\"", "\"\""));
        return b.Append('"').ToString();
    }
}
