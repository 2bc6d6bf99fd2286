using System.Text;
using CrampSignals.Activities;
using CrampSignals.Cli;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Reports;
using CrampSignals.Signals;
using CrampSignals.Weather;

using CrampSignals.Cli.Cohorts;
using CrampSignals.Cli.Commands;
using CrampSignals.Runs;
namespace CrampSignals.Fuzz;

/// <summary>
/// Drives every public entry point with one input and says what broke the guarantees of docs/limits.md: an exception
/// other than the documented one, a tool exit other than 0 or 1, a stack trace on standard error, a report over
/// <see cref="MaxReportBytes"/>.
/// </summary>
public sealed class FuzzTargets(string workDirectory, string goodRunPath)
{
    /// <summary>The most bytes any report may take, whatever the input.</summary>
    public const int MaxReportBytes = 5 * 1024 * 1024;

    private static readonly string[][] ActivityCommands =
    [
        ["analyze", "{0}"], ["analyze", "{0}", "--format", "html"], ["analyze", "{0}", "--format", "json"], ["analyze", "{0}", "--format", "md"],
        ["samples", "{0}", "--format", "json"], ["samples", "{0}"], ["inspect", "{0}"], ["signals", "{0}"],
    ];

    /// <summary>Runs the input through everything that reads its kind; returns the broken guarantees (empty when none).</summary>
    public List<string> Check(InputKind kind, byte[] bytes, string name)
    {
        var problems = new List<string>();
        var path = Path.Combine(workDirectory, name);
        File.WriteAllBytes(path, bytes);
        try
        {
            switch (kind)
            {
                case InputKind.Fit or InputKind.Gpx or InputKind.Tcx:
                    CheckActivity(path, problems);
                    foreach (var args in ActivityCommands) Tool([.. args.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, path))], problems);
                    break;
                case InputKind.CrampCsv or InputKind.CrampJson:
                    Library(problems, "CrampLogReader.Load", () => CrampLogReader.Load(path));
                    Tool(["analyze", goodRunPath, "--cramps", path], problems);
                    break;
                case InputKind.Weather:
                    Library(problems, "WeatherSeries.Load", () => WeatherSeries.Load(path));
                    Tool(["analyze", goodRunPath, "--weather", path, "--format", "html"], problems);
                    break;
                case InputKind.Table or InputKind.Manifest:
                    CheckTables(bytes, name, problems);
                    break;
            }
        }
        finally
        {
            File.Delete(path);
        }
        return problems;
    }

    /// <summary>A folder holding one good run and the input: the tool must exit 0, analyse the good run and list the other if it fails.</summary>
    public List<string> CheckFolder(InputKind kind, byte[] bytes, string name)
    {
        var problems = new List<string>();
        var folder = Path.Combine(workDirectory, "folder-" + Mutator.Stable(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(goodRunPath, Path.Combine(folder, "good.fit"));
            File.WriteAllBytes(Path.Combine(folder, "poisoned" + Extension(kind)), bytes);
            var report = Library(problems, "CrampAnalyzer.AnalyzeMany", () => CohortAnalyzer.AnalyzeMany([folder]));
            if (report is not null && !report.Runs.Any(r => r.Summary.FileName.EndsWith("good.fit", StringComparison.Ordinal)))
                problems.Add("AnalyzeMany lost the good run next to a poisoned one");
            var (code, output, _) = Tool(["analyze", folder, "--format", "html"], problems);
            if (code != 0) problems.Add($"analyze of a folder with one good run exited {code}");
            else if (!output.Contains("good.fit", StringComparison.Ordinal)) problems.Add("analyze of a folder did not report the good run");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return problems;
    }

    /// <summary>How long reading one result folder may take before it counts as a hang (a good one takes well under a second).</summary>
    public static readonly TimeSpan TableTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The most bytes reading one result folder may allocate: the good tables take a few megabytes.</summary>
    public const long MaxTableAllocation = 1L << 30;

    /// <summary>
    /// A result folder of good tables with one file replaced by the input: the reduce step may only throw
    /// <see cref="InvalidDataException"/>, the tool may only exit 0 or 1 without a stack trace, and neither may hang or
    /// allocate more than <see cref="MaxTableAllocation"/>.
    /// </summary>
    public void CheckTables(byte[] bytes, string name, List<string> problems)
    {
        var folder = Path.Combine(workDirectory, "tables-" + Mutator.Stable(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (file, good) in TableSeeds.Good) File.WriteAllBytes(Path.Combine(folder, file), good);
            File.WriteAllBytes(Path.Combine(folder, TableSeeds.Target(name)), bytes);
            Bounded(problems, "CohortStudy.Reduce", () =>
            {
                try { CohortStudy.Reduce([folder]); }
                catch (InvalidDataException) { }
                catch (Exception e) { lock (problems) problems.Add($"CohortStudy.Reduce threw {Describe(e)}"); }
            });
            Bounded(problems, "cohort --from", () => Tool(["cohort", "--from", folder, "--format", "json"], problems));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs <paramref name="action"/> with a time limit and notes what it allocated.</summary>
    private static void Bounded(List<string> problems, string what, Action action)
    {
        var before = GC.GetTotalAllocatedBytes();
        var task = Task.Run(action);
        if (!task.Wait(TableTimeout))
        {
            lock (problems) problems.Add($"{what} did not finish in {TableTimeout.TotalSeconds} s");
            return;
        }
        var allocated = GC.GetTotalAllocatedBytes() - before;
        if (allocated > MaxTableAllocation) lock (problems) problems.Add($"{what} allocated {allocated >> 20} MiB");
    }

    private static string Extension(InputKind kind) => kind switch { InputKind.Gpx => ".gpx", InputKind.Tcx => ".tcx", _ => ".fit" };

    private static void CheckActivity(string path, List<string> problems)
    {
        var activity = Library(problems, "ActivityFile.Load", () => ActivityFile.Load(path));
        if (activity is null) return;
        var report = Library(problems, "CrampAnalyzer.Analyze", () => CrampAnalyzer.Analyze(activity));
        Library(problems, "SampleCsvWriter.Write", () =>
        {
            var sink = new CountingWriter();
            SampleCsvWriter.Write(activity.Samples, sink);
            return sink;
        });
        if (report is null) return;
        foreach (var format in new[] { "text", "md", "json", "html" })
        {
            var text = Library(problems, $"report as {format}", () => format switch
            {
                "md" => Write(o => ReportMarkdownWriter.Write(o, report)),
                "json" => ReportJsonWriter.ToJson(report),
                "html" => HtmlReportWriter.ToHtml(report),
                _ => Write(o => ReportTextWriter.Write(o, report)),
            });
            if (text is not null && Encoding.UTF8.GetByteCount(text) > MaxReportBytes)
                problems.Add($"the {format} report takes {Encoding.UTF8.GetByteCount(text)} bytes");
        }
    }

    private static string Write(Action<TextWriter> write)
    {
        var o = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(o);
        return o.ToString();
    }

    /// <summary>Calls an entry point; any exception but <see cref="InputFormatException"/> is a problem.</summary>
    private static T? Library<T>(List<string> problems, string what, Func<T> call) where T : class
    {
        try
        {
            return call();
        }
        catch (InputFormatException)
        {
            return null;
        }
        catch (Exception e)
        {
            problems.Add($"{what} threw {Describe(e)}");
            return null;
        }
    }

    private static (int Code, string Out, string Err) Tool(string[] args, List<string> problems)
    {
        var o = new BoundedWriter(MaxReportBytes + 1);
        var e = new BoundedWriter(1 << 20);
        int code;
        try
        {
            code = CliApp.Run(args, o, e);
        }
        catch (Exception ex)
        {
            problems.Add($"crampsignals {string.Join(' ', args.Select(Path.GetFileName))} threw {Describe(ex)}");
            return (-1, "", "");
        }
        var command = $"crampsignals {string.Join(' ', args.Select(a => a.StartsWith('-') ? a : Path.GetFileName(a)))}";
        if (code is not (0 or 1)) problems.Add($"{command} exited {code}: {First(e.Text)}");
        if (e.Text.Contains("   at ", StringComparison.Ordinal)) problems.Add($"{command} printed a stack trace: {First(e.Text)}");
        if (o.Overflowed) problems.Add($"{command} wrote more than {MaxReportBytes} bytes");
        return (code, o.Text, e.Text);
    }

    private static string First(string text) => text.Length <= 300 ? text.Trim() : text[..300].Trim() + "…";

    /// <summary>The exception's type, message and the first frame in the project's code: enough to tell crash classes apart.</summary>
    public static string Describe(Exception e)
    {
        if (e is AggregateException { InnerExceptions.Count: > 0 } a) e = a.InnerExceptions[0];
        var frame = e.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("CrampSignals", StringComparison.Ordinal)) ?? "";
        return $"{e.GetType().Name}: {e.Message} [{frame}]";
    }

    /// <summary>Counts what is written without keeping it.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Chars { get; private set; }
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => Chars++;
        public override void Write(ReadOnlySpan<char> buffer) => Chars += buffer.Length;
        public override void Write(string? value) => Chars += value?.Length ?? 0;
    }

    /// <summary>Keeps the first <c>limit</c> characters and notes whether more came.</summary>
    private sealed class BoundedWriter(int limit) : TextWriter
    {
        private readonly StringBuilder _text = new();
        public bool Overflowed { get; private set; }
        public string Text => _text.ToString();
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => Write([value]);
        public override void Write(string? value) => Write(value.AsSpan());
        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));
        public override void Write(ReadOnlySpan<char> buffer)
        {
            var room = limit - _text.Length;
            if (buffer.Length > room) Overflowed = true;
            _text.Append(buffer[..Math.Max(0, Math.Min(room, buffer.Length))]);
        }
    }
}
