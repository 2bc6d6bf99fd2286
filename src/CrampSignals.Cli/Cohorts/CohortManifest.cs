using System.Collections.Immutable;
using System.Text.Json;
using CrampSignals.Cohorts;
using CrampSignals.Runs;

namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// <c>cohort.json</c> beside the tables: which shard they hold, and the files left out (twins, unreadable) with why, so the
/// reduce step can list them too.
/// </summary>
internal sealed record CohortManifest(int Shard, int Shards, int Files, ImmutableArray<DuplicateRun> Duplicates, ImmutableArray<FileFailure> Failures, ImmutableArray<string> Warnings)
{
    public const string FileName = "cohort.json";

    public static void Write(string folder, CohortManifest m)
    {
        using var stream = File.Create(Path.Combine(folder, FileName));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("shard", m.Shard);
        w.WriteNumber("shards", m.Shards);
        w.WriteNumber("files", m.Files);
        FileListJson.WriteDuplicates(w, m.Duplicates);
        FileListJson.WriteFailures(w, m.Failures, "reason");
        w.WriteStartArray("warnings");
        foreach (var s in m.Warnings) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none (tables written by other tools).</summary>
    public static CohortManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            return new CohortManifest(
                root.GetProperty("shard").GetInt32(), root.GetProperty("shards").GetInt32(), root.GetProperty("files").GetInt32(),
                [.. root.GetProperty("duplicates").EnumerateArray().Select(d => new DuplicateRun(d.GetProperty("kept").GetString()!, d.GetProperty("dropped").GetString()!))],
                [.. root.GetProperty("failures").EnumerateArray().Select(f => new FileFailure(f.GetProperty("file").GetString()!, f.GetProperty("reason").GetString()!))],
                [.. root.GetProperty("warnings").EnumerateArray().Select(s => s.GetString()!)]);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a cohort manifest: {e.Message}", e);
        }
    }
}
