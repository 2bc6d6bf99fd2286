using System.Text.Json;
using CrampSignals.Analysis;

namespace CrampSignals.Export;

/// <summary>
/// The file lists of the cohort outputs (twins dropped, files that failed), written one way so the cohort JSON and the
/// cohort manifest cannot drift apart. The <c>analyze</c> JSON has them as records (<see cref="Json.RunsJson"/>).
/// </summary>
internal static class FileListJson
{
    public static void WriteDuplicates(Utf8JsonWriter w, IEnumerable<DuplicateRun> duplicates)
    {
        w.WriteStartArray("duplicates");
        foreach (var d in duplicates)
        {
            w.WriteStartObject();
            w.WriteString("kept", d.Kept);
            w.WriteString("dropped", d.Dropped);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <param name="w">The writer.</param>
    /// <param name="failures">The files that could not be read or analysed.</param>
    /// <param name="reasonKey">The key for the reason: <c>analyze</c>'s contract says <c>error</c>, the cohort's <c>reason</c>.</param>
    public static void WriteFailures(Utf8JsonWriter w, IEnumerable<FileFailure> failures, string reasonKey)
    {
        w.WriteStartArray("failures");
        foreach (var f in failures)
        {
            w.WriteStartObject();
            w.WriteString("file", f.Path);
            w.WriteString(reasonKey, f.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
