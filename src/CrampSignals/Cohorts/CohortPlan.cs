using System.Buffers;
using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Formats.Fit;
using CrampSignals.Runs;

namespace CrampSignals.Cohorts;

/// <summary>What shapes a plan: how runners and twins are told apart, and where cramps come from.</summary>
/// <param name="RunnerFrom">What names each run's runner.</param>
/// <param name="OneRunner">Take every file as one runner's when looking for twins (a folder given to <c>analyze</c>).</param>
/// <param name="Shared">A cramp log over every run, and how warnings name it.</param>
/// <param name="SideCarLog">Reads the cramp log saved next to a run, if any; null to read none.</param>
/// <param name="AfterRunWindow">How long after a run's end a cramp still belongs to it.</param>
/// <param name="FollowLinks">Go into folders reached through links.</param>
internal sealed record PlanOptions(RunnerSource RunnerFrom, bool OneRunner, (string Name, CrampLog Log)? Shared, Func<string, CrampLog?>? SideCarLog, TimeSpan AfterRunWindow, bool FollowLinks);

/// <summary>
/// The first, cheap pass over a batch: every file found, when each run was and on which watch, the twins, and each counted
/// run's cramps from every log that covers it (the shared log, folder logs, its own side-car log), placed by time alone and
/// each cramp once. Every shard of a cohort makes the same plan, so twins and cramps are decided alike wherever a file falls.
/// </summary>
/// <param name="Files">Every file, by id.</param>
/// <param name="Probes">Each file's times and format; null when it could not be read.</param>
/// <param name="Errors">Why a file could not be read.</param>
/// <param name="Runners">Each file's runner.</param>
/// <param name="Kept">The files counted (twins left out), ascending.</param>
/// <param name="Twins">The files left out, each with the file kept in its place.</param>
/// <param name="Cramps">Each counted file's cramps; null for none.</param>
/// <param name="WalkFailures">Folders and links the walk could not go into.</param>
/// <param name="Warnings">Cramp-log, runner and walk notes.</param>
internal sealed record CohortPlan(
    IReadOnlyList<CohortFile> Files,
    CohortProbe?[] Probes,
    string?[] Errors,
    string[] Runners,
    int[] Kept,
    ImmutableArray<DuplicateRun> Twins,
    CrampLog?[] Cramps,
    IReadOnlyList<FileFailure> WalkFailures,
    List<string> Warnings)
{
    /// <summary>Makes the plan of <paramref name="paths"/>.</summary>
    public static CohortPlan Make(IReadOnlyList<string> paths, PlanOptions options, ParallelOptions parallel)
    {
        var inputs = CohortInputs.Find(paths, options.FollowLinks, parallel.CancellationToken);
        var files = inputs.Files;
        var probes = new CohortProbe?[files.Count];
        var errors = new string?[files.Count];
        var sideCars = new CrampLog?[files.Count];
        var sideCarErrors = new string?[files.Count];
        Parallel.For(0, files.Count, parallel, i =>
        {
            try { probes[i] = CohortProbe.Read(files[i].Path); }
            catch (Exception e) when (InputFailures.IsExpected(e)) { errors[i] = Reason(files[i], e); return; }
            if (options.SideCarLog is null) return;
            // A side-car log that cannot be read costs the run its cramps from that log, with a warning, never the run.
            try { sideCars[i] = options.SideCarLog(files[i].Path); }
            catch (Exception e) when (InputFailures.IsExpected(e)) { sideCarErrors[i] = e.Message; }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Not a bad file but a reader that broke: the run cannot be told apart from one without cramps, so it is not counted.
                probes[i] = null;
                errors[i] = $"{files[i].Id}: its cramp log could not be looked up ({e.GetType().Name}: {e.Message})";
            }
        });
        var warnings = new List<string>(inputs.Notes);
        var runners = RunnersOf(files, probes, options.RunnerFrom, warnings);
        var readable = Enumerable.Range(0, files.Count).Where(i => probes[i] is not null).ToArray();
        // Twins are looked for within a runner's folder whatever names the runner: a GPX export carries no serial number, and
        // with --runner-from file every file would otherwise be its own runner and no run anybody's twin.
        var (keptAt, twins) = TwinRuns.Find([.. readable.Select(i => new RunIdentity(options.OneRunner ? string.Empty : files[i].FolderRunner, files[i].Id, probes[i]!.Format, probes[i]!.Start, probes[i]!.Duration, probes[i]!.Sport))]);
        var kept = keptAt.Select(k => readable[k]).ToArray();
        var cramps = new CrampSources(files, probes, options.AfterRunWindow, warnings);
        if (options.Shared is var (name, log)) cramps.AddShared(name, log, kept);
        foreach (var folderLog in inputs.FolderLogs)
        {
            var scope = kept.Where(i => folderLog.Covers(files[i])).ToArray();
            try { cramps.AddShared(folderLog.Name, CrampLogReader.Load(folderLog.Path), scope); }
            catch (Exception e) when (InputFailures.IsExpected(e)) { warnings.Add($"{folderLog.Name}: cannot be read, its cramps are not counted: {e.Message}"); }
        }
        foreach (var i in kept)
        {
            if (sideCarErrors[i] is string error) warnings.Add($"{files[i].Id}: its cramp log cannot be read, the run is kept without it: {error}");
            else if (sideCars[i] is CrampLog own) cramps.AddSideCar(SideCarFiles.CrampLogPath(files[i].Path) is string p ? Path.GetFileName(p) : files[i].Id + " cramp log", own, i);
        }
        return new CohortPlan(files, probes, errors, runners, kept, [.. twins], cramps.PerRun(), inputs.Failures, warnings);
    }

    private static string[] RunnersOf(IReadOnlyList<CohortFile> files, CohortProbe?[] probes, RunnerSource source, List<string> warnings)
    {
        var runners = new string[files.Count];
        var noSerial = 0;
        for (var i = 0; i < files.Count; i++)
        {
            runners[i] = source switch
            {
                RunnerSource.File => files[i].Id,
                RunnerSource.Device when probes[i]?.Serial is long serial => "device-" + serial.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => files[i].FolderRunner,
            };
            if (source == RunnerSource.Device && probes[i] is { Serial: null }) noSerial++;
        }
        if (noSerial > 0) warnings.Add($"{noSerial} file(s) name no device serial number (GPX, TCX, or a FIT without one): their folder names the runner");
        return runners;
    }

    private static string Reason(CohortFile file, Exception e) =>
        e is FileNotFoundException ? $"{file.Id}: no such file" : e.Message;
}

/// <summary>What the first pass keeps of a file.</summary>
/// <param name="Format">The file's format.</param>
/// <param name="Start">When the run started.</param>
/// <param name="Duration">How long it lasted.</param>
/// <param name="Span">Its first and last times, to place cramps.</param>
/// <param name="Serial">The device's serial number.</param>
/// <param name="Sport">The file's sport, so that a ride and a run started together are not taken for twins.</param>
/// <param name="UtcOffset">The file's own local offset (as <see cref="Activity.UtcOffset"/>), to read cramp times typed without one.</param>
internal sealed record CohortProbe(ActivityFormat Format, DateTime? Start, TimeSpan? Duration, (DateTime Start, DateTime End)? Span, long? Serial, Sport Sport = Sport.Generic, TimeSpan? UtcOffset = null)
{
    /// <summary>A FIT file's times from a bare walk over its messages; anything else (GPX, TCX, gzip, damaged FIT) read in full.</summary>
    public static CohortProbe Read(string path)
    {
        using var stream = File.OpenRead(path);
        // A pooled buffer: a fresh array per file would be garbage on the large-object heap, which is collected seldom, so a
        // pass over thousands of files would grow the process by their total size.
        if (stream.Length > MaxPooledBytes) return Of(ActivityFile.Load(stream, path));
        var length = (int)stream.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            stream.ReadExactly(buffer, 0, length);
            if (FitSpanProbe.Probe(buffer.AsSpan(0, length)) is { Start: DateTime start, LastRecord: DateTime last } fit)
                return new(ActivityFormat.Fit, start, fit.Duration, (start, last < start ? start : last), fit.SerialNumber, fit.Sport, fit.UtcOffset);
            return Of(ActivityFile.Load(new MemoryStream(buffer, 0, length, writable: false), path));
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>Files up to this size are read into a pooled buffer; larger ones are streamed.</summary>
    private const long MaxPooledBytes = 64L * 1024 * 1024;

    private static CohortProbe Of(Activity a)
    {
        var span = CrampMatcher.Span(a);
        return new(a.Source?.Format ?? ActivityFormat.Memory, span?.Start, a.Duration, span, a.Device.SerialNumber, a.Sport, a.UtcOffset);
    }
}
