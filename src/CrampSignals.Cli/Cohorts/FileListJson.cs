using System.Text.Json;
using CrampSignals.Cohorts;
using CrampSignals.Runs;

namespace CrampSignals.Cli.Cohorts;

/// <summary>The file lists of the cohort manifest (twins dropped, files that failed), in the shape of the cohort JSON's.</summary>
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
