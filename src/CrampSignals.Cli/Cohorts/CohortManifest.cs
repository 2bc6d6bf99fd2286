using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrampSignals.Cohorts;
using CrampSignals.Runs;

namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// <c>cohort.json</c> beside the tables: which shard they hold, the options that shaped their rows (so the reduce step can
/// refuse to mix shards made differently), and the files left out (twins, unreadable) with why, so the reduce step can
/// list them too.
/// </summary>
internal sealed record CohortManifest(int Shard, int Shards, int Files, ImmutableArray<DuplicateRun> Duplicates, ImmutableArray<FileFailure> Failures, ImmutableArray<string> Warnings)
{
    public const string FileName = "cohort.json";

    /// <summary>The most shards a cohort is split into; also <see cref="CohortOptions.Shards"/>'s bound.</summary>
    public const int MaxShards = 65_536;

    /// <summary>The largest manifest read: its lists grow with the failures, 256 MiB is millions of them.</summary>
    public const long MaxBytes = 256L << 20;

    /// <summary>The options that shaped the rows; null in manifests written before they were recorded.</summary>
    public RowShape? Shape { get; init; }

    public static void Write(string folder, CohortManifest m)
    {
        using var stream = File.Create(Path.Combine(folder, FileName));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("shard", m.Shard);
        w.WriteNumber("shards", m.Shards);
        w.WriteNumber("files", m.Files);
        if (m.Shape is RowShape shape)
        {
            w.WriteString("runner_from", shape.RunnerFrom);
            w.WriteStartArray("include");
            foreach (var s in shape.Include) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteNumber("trace_window_s", shape.TraceWindowSeconds);
            w.WriteNumber("trace_step_s", shape.TraceStepSeconds);
            w.WriteString("signal_options", shape.SignalOptions);
        }
        FileListJson.WriteDuplicates(w, m.Duplicates);
        FileListJson.WriteFailures(w, m.Failures, "reason");
        w.WriteStartArray("warnings");
        foreach (var s in m.Warnings) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none (tables written by other tools).</summary>
    /// <exception cref="InvalidDataException">The manifest is there but not one this tool wrote, or damaged: the message names it.</exception>
    public static CohortManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            if (new FileInfo(path).Length > MaxBytes) throw new InvalidDataException($"over {MaxBytes >> 20} MiB");
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var shards = root.GetProperty("shards").GetInt32();
            var shard = root.GetProperty("shard").GetInt32();
            if (shards < 1 || shards > MaxShards || shard < 1 || shard > shards)
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"shard {shard} of {shards} is not 1 <= K <= N <= {MaxShards:N0}"));
            var files = root.GetProperty("files").GetInt32();
            if (files < 0) throw new InvalidDataException($"files is {files}");
            RowShape? shape = root.TryGetProperty("runner_from", out var runnerFrom)
                ? new RowShape(
                    runnerFrom.GetString() ?? throw new InvalidDataException("runner_from is null"),
                    root.TryGetProperty("include", out var include) ? [.. include.EnumerateArray().Select(Text)] : [],
                    root.TryGetProperty("trace_window_s", out var window) ? window.GetInt32() : CohortCrampRecord.TraceWindowSeconds,
                    root.TryGetProperty("trace_step_s", out var step) ? step.GetInt32() : CohortCrampRecord.TraceStepSeconds,
                    root.TryGetProperty("signal_options", out var signals) ? Text(signals) : "")
                : null;
            return new CohortManifest(shard, shards, files,
                [.. root.GetProperty("duplicates").EnumerateArray().Select(d => new DuplicateRun(Text(d.GetProperty("kept")), Text(d.GetProperty("dropped"))))],
                [.. root.GetProperty("failures").EnumerateArray().Select(f => new FileFailure(Text(f.GetProperty("file")), Text(f.GetProperty("reason"))))],
                [.. root.GetProperty("warnings").EnumerateArray().Select(Text)])
            { Shape = shape };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // JSON syntax, a missing key, a string where a number belongs, 1.5 or 1e20 for a count: all one answer.
            throw new InvalidDataException($"{path}: not a cohort manifest: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    private static string Text(JsonElement e) => e.GetString() ?? throw new InvalidDataException("a string is null");
}

/// <summary>
/// The options that decide what rows the map step writes: who names the runner, which files were included, the trace
/// window, and the signal thresholds (as a digest). Shards made with different ones cannot be reduced together.
/// </summary>
internal sealed record RowShape(string RunnerFrom, ImmutableArray<string> Include, int TraceWindowSeconds, int TraceStepSeconds, string SignalOptions)
{
    public static RowShape Of(CohortOptions options) => new(
        options.RunnerFrom.ToString().ToLowerInvariant(), [], CohortCrampRecord.TraceWindowSeconds, CohortCrampRecord.TraceStepSeconds, Digest(options));

    /// <summary>The first difference from <paramref name="other"/>, as "--option a" / "--option b"; null when the shapes agree.</summary>
    public (string Mine, string Theirs)? DifferenceFrom(RowShape other)
    {
        if (RunnerFrom != other.RunnerFrom) return ($"--runner-from {RunnerFrom}", $"--runner-from {other.RunnerFrom}");
        if (!Include.SequenceEqual(other.Include, StringComparer.Ordinal)) return (Show(Include), Show(other.Include));
        if (TraceWindowSeconds != other.TraceWindowSeconds || TraceStepSeconds != other.TraceStepSeconds)
            return ($"traces of {TraceWindowSeconds} s every {TraceStepSeconds} s", $"traces of {other.TraceWindowSeconds} s every {other.TraceStepSeconds} s");
        if (SignalOptions != other.SignalOptions) return ($"signal options {SignalOptions}", $"signal options {other.SignalOptions}");
        return null;
    }

    private static string Show(ImmutableArray<string> include) => include.IsEmpty ? "no --include" : "--include " + string.Join(",", include);

    /// <summary>A short digest of the signal thresholds: a record's text lists every value, written here with the invariant culture.</summary>
    private static string Digest(CohortOptions options)
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var text = options.Signals.ToString();
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>Equality by value, the include list too.</summary>
    public bool Equals(RowShape? other) => other is not null && DifferenceFrom(other) is null;

    public override int GetHashCode() => HashCode.Combine(RunnerFrom, TraceWindowSeconds, TraceStepSeconds, SignalOptions);
}
