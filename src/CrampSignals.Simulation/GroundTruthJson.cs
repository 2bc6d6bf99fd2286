using System.Collections.Immutable;
using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Text;

namespace CrampSignals.Simulation;

/// <summary>The ground truth of a simulated run as read back from its <c>.truth.json</c> file.</summary>
/// <param name="Scenario">The scenario preset's name.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Start">Start of the run, UTC.</param>
/// <param name="End">End of the run (last sample), UTC.</param>
/// <param name="Injected">What was injected: what a detector should find.</param>
/// <param name="Cramps">The cramps the run led to.</param>
internal sealed record GroundTruthFile(string Scenario, int Seed, DateTime Start, DateTime End, ImmutableArray<InjectedSignal> Injected, ImmutableArray<CrampEntry> Cramps);

/// <summary>
/// Writes and reads the ground-truth JSON of a simulated run: scenario, seed, start and end, the injected signals
/// (finding id, ISO-8601 UTC start and end, description) and the cramps.
/// </summary>
internal static class GroundTruthJson
{
    /// <summary>Writes the ground truth of <paramref name="run"/> to <paramref name="output"/> (UTF-8, indented).</summary>
    public static void Write(SimulatedRun run, Stream output)
    {
        ArgumentNullException.ThrowIfNull(run);
        var start = run.Activity.StartTime!.Value;
        var end = start + (run.Activity.Duration ?? TimeSpan.Zero);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("scenario", run.Scenario);
        w.WriteNumber("seed", run.Seed);
        w.WriteString("start", IsoUtc.Format(start));
        w.WriteString("end", IsoUtc.Format(end));
        if (run.Activity.UtcOffset is TimeSpan offset) w.WriteNumber("utcOffsetMinutes", (int)offset.TotalMinutes);
        w.WriteStartArray("injected");
        foreach (var i in run.Injected)
        {
            w.WriteStartObject();
            w.WriteString("kind", i.Kind.ToId());
            w.WriteString("start", IsoUtc.Format(i.Start));
            w.WriteString("end", IsoUtc.Format(i.End));
            w.WriteNumber("durationSeconds", (i.End - i.Start).TotalSeconds);
            w.WriteString("description", i.Description);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("cramps");
        foreach (var c in run.Cramps.Entries) CrampLogWriter.WriteEntry(w, c);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads a ground-truth file written by <see cref="Write"/>.</summary>
    /// <exception cref="InputFormatException">The content is not such a file; the message names <paramref name="fileName"/>.</exception>
    public static GroundTruthFile Read(Stream input, string fileName = "<truth>")
    {
        try
        {
            using var doc = JsonDocument.Parse(input);
            var root = doc.RootElement;
            var injected = root.GetProperty("injected").EnumerateArray().Select(e => new InjectedSignal(
                FindingKinds.FromId(e.GetProperty("kind").GetString()!) ?? throw new FormatException($"unknown kind '{e.GetProperty("kind").GetString()}'"),
                Time(e, "start"), Time(e, "end"), e.GetProperty("description").GetString() ?? "")).ToImmutableArray();
            var cramps = CrampLogReader.ReadJson(root.GetProperty("cramps").GetRawText(), fileName).Entries;
            return new GroundTruthFile(root.GetProperty("scenario").GetString()!, root.GetProperty("seed").GetInt32(),
                Time(root, "start"), Time(root, "end"), injected, cramps);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputFormatException(fileName, $"not a ground-truth file: {e.Message}", inner: e);
        }
    }

    private static DateTime Time(JsonElement e, string name) =>
        IsoTime.TryParseUtc(e.GetProperty(name).GetString() ?? "", IsoZonePolicy.OffsetRequired, out var error) ?? throw new FormatException(error);
}
