using System.CommandLine;
using System.Text;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.History;
using CrampSignals.Runs;

namespace CrampSignals.Cli.Commands;

/// <summary>
/// <c>log RUN --at km31|1:45|07:45 [--muscle calf] [--side left] [--severity 1-10] [--note TEXT]</c>: adds one cramp to the
/// cramp log saved next to the run ("run.cramps.csv"), placed where the runner remembers it, so <c>analyze RUN</c> finds it.
/// </summary>
internal static class LogCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FileArgument("The run the cramp struck in or after: a FIT, GPX or TCX file (optionally .gz).");
        var at = new Option<string>("--at")
        {
            Description = "Where: km31, 31km, km 31.5, mile18, 18mi (on the run's own distance); 1:45 or +1:45 (h:mm into the run); 07:45 or @07:45 (local clock time, also after the run).",
            Required = true,
        };
        var muscle = new Option<string>("--muscle", "-m") { Description = "calf, hamstring, quadriceps, foot or other.", DefaultValueFactory = _ => "other" };
        var side = new Option<string?>("--side") { Description = "left, right or both." };
        side.AcceptOnlyFromAmong("left", "right", "both");
        var severity = new Option<int?>("--severity") { Description = "1 (barely) to 10 (had to stop)." };
        var note = new Option<string?>("--note") { Description = "Your note, kept in the log." };
        var command = new Command("log", "Add a cramp to the run's own cramp log (run.cramps.csv next to it), placed by distance, time into the run or clock time.")
        {
            file, at, muscle, side, severity, note,
        };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(at)!, parse.GetValue(muscle) ?? "other",
            parse.GetValue(side), parse.GetValue(severity), parse.GetValue(note)));
        return command;
    }

    private static int Run(CliContext context, string path, string at, string muscleText, string? side, int? severity, string? note)
    {
        var muscle = ParseMuscle(muscleText);
        if (severity is < 1 or > 10) throw new UsageException($"--severity {severity} is outside 1 to 10");
        if (note is not null && note.IndexOfAny(['\r', '\n']) >= 0) throw new UsageException("--note must be one line");
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        var run = ActivityFile.Load(path);
        WarningPrinter.Print(run, path, context.Error);
        var entry = HistoryAnalyzer.PlaceCramp(run, at, muscle, side, severity, string.IsNullOrWhiteSpace(note) ? null : note.Trim());

        var existing = SideCarFiles.CrampLogPath(path);
        var logPath = existing ?? SideCarPath(path);
        if (existing is not null && existing.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            throw new InputException($"{existing}: the cramp log next to the run is JSON, which this command does not rewrite; add the cramp there by hand, or turn it into {Path.GetFileName(SideCarPath(path))}");
        var log = existing is null ? CrampLog.Empty : CrampLog.Load(existing);
        // Rewriting drops what the reader could not read: a log with such lines is left as it is, for the runner to mend.
        if (!log.Warnings.IsEmpty)
        {
            WarningPrinter.Print(log.Warnings, existing!, context.Error);
            throw new InputException($"{existing}: the cramp log has lines or columns that could not be read (above); adding to it would drop them, so it is left unchanged: mend it first");
        }
        var updated = log with { Entries = log.Entries.Add(entry) };
        Write(updated, logPath, HistoryAnalyzer.CrampClockOffset(run));
        context.Out.WriteLine($"{MuscleName(muscle)} cramp {HistoryAnalyzer.DescribeCramp(run, entry)} added to {Path.GetFileName(logPath)}");
        return CliApp.Success;
    }

    private static string SideCarPath(string runPath)
    {
        var dir = Path.GetDirectoryName(runPath);
        var name = SideCarFiles.Stem(runPath) + SideCarFiles.CrampLogSuffixes[0];
        return string.IsNullOrEmpty(dir) ? name : Path.Combine(dir, name);
    }

    /// <summary>Writes beside the log and then moves over it, so a failed write never leaves half a log.</summary>
    private static void Write(CrampLog log, string path, TimeSpan? offset)
    {
        var temp = path + ".tmp";
        try
        {
            using (var w = new StreamWriter(temp, append: false, new UTF8Encoding(false))) log.WriteCsv(w, offset);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw new InputException($"{path}: cannot write the cramp log: {e.Message}");
        }
    }

    private static Muscle ParseMuscle(string text) => text.Trim().ToLowerInvariant() switch
    {
        "calf" or "calves" => Muscle.Calf,
        "hamstring" or "hamstrings" or "ham" => Muscle.Hamstring,
        "quadriceps" or "quad" or "quads" => Muscle.Quadriceps,
        "foot" or "feet" => Muscle.Foot,
        "other" => Muscle.Other,
        _ => throw new UsageException($"--muscle '{text}' is not calf, hamstring, quadriceps, foot or other"),
    };

    private static string MuscleName(Muscle muscle) => muscle == Muscle.Other ? "a" : muscle.ToString().ToLowerInvariant();
}
