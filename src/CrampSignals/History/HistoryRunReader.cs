using System.Collections.Concurrent;
using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Formats.Exports;
using CrampSignals.History.Sources;
using CrampSignals.Runs;
using CrampSignals.Signals;

namespace CrampSignals.History;

/// <summary>What every worker shares: the options, the history's cramp log and which of its entries found a run.</summary>
internal sealed record RunContext(AnalysisOptions Analysis, HistoryOptions Options, CrampLog? Shared, ConcurrentDictionary<int, bool> SharedUsed);

/// <summary>What became of one activity file: a run with its record, a skipped activity, or a failure; and what was noted.</summary>
internal sealed record Outcome(HistoryRun? Run, CohortRunRecord? Record, SkippedActivity? Skipped, FileFailure? Failure, IReadOnlyList<string> Warnings)
{
    /// <summary>The run's record as the statistics count it (<see cref="CrampExposure.Before"/>).</summary>
    public CohortRunRecord? Exposure { get; init; }
}

/// <summary>Reads and analyses one activity file of a history, holding its samples only while at it.</summary>
internal static class HistoryRunReader
{
    private static readonly string[] RaceWords =
        ["race", "racing", "marathon", "parkrun", "wettkampf", "rennen", "carrera", "gara", "wedstrijd", "corrida", "prova", "maratona", "maratón", "compétition"];

    /// <summary>Reads <paramref name="item"/>; never throws but for cancellation.</summary>
    public static Outcome Read(HistoryItem item, GarminStarts? garmin, RunContext context, object sinkLock)
    {
        var options = context.Options;
        var include = context.Analysis.Include;
        Activity file;
        try
        {
            file = item.File.Read();
            // A settings or monitoring FIT holds no samples and is no activity: skipped for what it is, not a failure.
            if (file.FitFileType is int type && type != RunLegs.FitActivityFile)
                return Skip(item.Id, item, null, RunLegs.Select(file, context.Analysis.Include).Reason!);
            file = item.File.WithSamples(file);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(item, e is InputFormatException ? e.Message : $"{item.File.Shown}: cannot be read ({e.GetType().Name}: {e.Message})");
        }
        var start = file.Samples.Count > 0 ? Text.UnixTime.ToDateTime(file.Samples.FirstUnixSeconds) : file.StartTime;
        var export = item.Export;
        var id = item.Id;
        if (export is null && item.MatchByStart && garmin?.Claim(start) is ExportActivity claimed)
        {
            export = claimed with { FileInArchive = item.File.Path };
            id = claimed.Id;
            if (ExportCatalog.NotReadAs(claimed.Sport, include) is string why) return Skip(id, item, claimed.Sport, why, claimed.TypeName);
        }
        if (options.Since is DateTime since && (export?.StartUtc ?? start) < since) return Skip(id, item, export?.Sport ?? file.Sport, ExportCatalog.BeforeSince(since), export?.TypeName);
        // The export's own type wins over a sport the reader only told from the file's names or pace.
        if (file.SportInferred && export is { Sport: not Sport.Generic })
            file = file with { Sport = export.Sport, SportInferred = false };
        var (run, reason) = RunLegs.Select(file, include);
        if (run is null) return Skip(id, item, file.Sport == Sport.Generic ? export?.Sport : file.Sport, reason!, export?.TypeName);
        try
        {
            return Analyze(id, item, export, file, run, context, sinkLock);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(item, $"{item.File.Shown}: its analysis failed ({e.GetType().Name}: {e.Message})");
        }
    }

    private static Outcome Analyze(string id, HistoryItem item, ExportActivity? export, Activity file, Activity run, RunContext context, object sinkLock)
    {
        var analysis = context.Analysis;
        var warnings = new List<string>();
        var cramps = new List<HistoryCramp>();
        var entries = new List<CrampEntry>();
        var distance = new Lazy<RunDistance?>(() => RunDistance.Of(run, analysis.Signals));
        // The item's words were read when the archive was listed; an upload matched by its start brings its summary's now.
        foreach (var (mention, source) in ReferenceEquals(export, item.Export) ? item.Told : MentionMerge.Told(export))
        {
            var (cramp, entry, warning) = CrampPlacement.Place(mention, source, run, mention.AtMeters is null && mention.FromEndMeters is null ? null : distance.Value);
            cramps.Add(cramp);
            if (entry is not null) entries.Add(entry);
            if (warning is not null) warnings.Add($"{id}: {warning}");
        }
        var span = CrampMatcher.Span(run);
        if (context.Options.CrampMarkers)
            foreach (var e in CrampMarkers.FromActivity(run).Entries) Add(e, "marked on the watch");
        if (context.Shared is CrampLog shared && span is var (from, to))
            for (var i = 0; i < shared.Entries.Length; i++)
            {
                var e = shared.Entries[i];
                if (e.Time is not DateTime t || t < from || t > to + analysis.Signals.CrampAfterRunWindow) continue;
                context.SharedUsed[i] = true;
                Add(e, e.Line is int n ? $"line {n} of the cramp log" : "the cramp log");
            }
        if (item.File.DiskPath is string disk && SideCarFiles.CrampLogPath(disk) is string logPath)
        {
            try
            {
                var own = CrampMatcher.ResolveLocal(CrampLog.Load(logPath), file.UtcOffset);
                warnings.AddRange(own.Warnings.Select(w => $"{logPath}: {w}"));
                foreach (var e in own.Entries)
                {
                    var placed = e.Time is null && e.Elapsed is TimeSpan el && span is var (s0, _) ? e with { Time = s0 + el, Elapsed = null } : e;
                    Add(placed, e.Line is int n ? $"line {n} of {Path.GetFileName(logPath)}" : Path.GetFileName(logPath));
                }
            }
            catch (Exception e) when (e is InputFormatException or IOException)
            {
                warnings.Add($"{logPath}: cannot be read ({e.Message})");
            }
        }

        var log = new CrampLog([.. entries], []);
        var (signals, track) = SignalAnalyzer.AnalyzeWithTrack(run, log, analysis.Weather, analysis.Signals);
        var summary = ActivitySummarizer.Summarize(run, signals.LocalTime.Offset, file);
        var record = CohortRowBuilder.Build(HistoryReport.Runner, string.Empty, id, run, signals, summary, track, analysis.Weather);
        track.Release();
        var untimed = cramps.Where(c => c.TimeUtc is null).Select((c, k) => Untimed(id, record.Cramps.Length + k, c)).ToList();
        if (untimed.Count > 0) record = record with { Cramps = record.Cramps.AddRange(untimed), CrampCount = record.CrampCount + untimed.Count };
        var exposure = CrampExposure.Before(record, run, analysis.Weather, analysis.Signals);
        var historyRun = new HistoryRun(id, item.File.Path, summary.StartUtc, run.Sport == Sport.Generic ? Sport.Running : run.Sport,
            [.. signals.Findings.Select(f => f.Kind).Distinct().Order()], [.. cramps])
        {
            LocalOffset = summary.LocalOffset,
            TypeName = export?.TypeName,
            Title = export?.Title,
            Race = export?.Race ?? NamedRace(export?.Title),
            MovingSeconds = (summary.TimerTime ?? summary.MovingTime)?.TotalSeconds,
            DurationSeconds = summary.Duration?.TotalSeconds,
            DistanceMeters = summary.DistanceMeters,
            TemperatureCelsius = signals.Temperature?.Celsius ?? record.MeanAirTemperatureCelsius ?? summary.MeanTemperatureCelsius,
            StartLatitude = summary.StartLatitude,
            FindingsBeforeCramp = CrampExposure.Kinds(exposure),
        };
        if (historyRun.HasCramps && context.Options.CrampRunSink is { } sink)
        {
            var report = CrampAnalyzer.Report(run, signals, summary, log, analysis);
            if (context.Options.PrivacyRadiusMeters > 0) report = report with { Activity = PrivacyZone.Hide(report.Activity, context.Options.PrivacyRadiusMeters) };
            lock (sinkLock) sink(historyRun, report);
        }
        return new Outcome(historyRun, record, null, null, warnings) { Exposure = exposure };

        void Add(CrampEntry e, string where)
        {
            var time = e.Time;
            var seconds = time is DateTime t && span is var (s, _) ? (t - s).TotalSeconds : (double?)null;
            var after = time is DateTime t2 && span is var (_, end) && t2 > end;
            cramps.Add(new HistoryCramp(e.Source, string.IsNullOrWhiteSpace(e.Note) ? where : e.Note!, time, time is null ? null : seconds, e.Muscle == Muscle.Other ? null : e.Muscle, after));
            if (time is not null) entries.Add(e);
        }
    }

    /// <summary>A cramp the runner told of with no moment: it makes the run one with a cramp, and is in no window before a cramp.</summary>
    private static CohortCrampRecord Untimed(string id, int index, HistoryCramp c) => new()
    {
        Runner = HistoryReport.Runner,
        File = id,
        Index = index,
        ElapsedSeconds = double.NaN,
        DuringRun = !c.AfterRun,
        Muscle = c.Muscle?.ToId(),
        LeadSeconds = [.. new double?[Enum.GetValues<FindingKind>().Length]],
    };

    private static bool NamedRace(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return false;
        var words = title.ToLowerInvariant().Split([' ', ',', '.', '!', '-', '(', ')', ':', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => RaceWords.Contains(w) || w.EndsWith("marathon", StringComparison.Ordinal));
    }

    private static Outcome Skip(string id, HistoryItem item, Sport? sport, string reason, string? typeName = null) =>
        new(null, null, new SkippedActivity(id, item.File.Path, sport, reason) { TypeName = typeName }, null, []);

    private static Outcome Failed(HistoryItem item, string message) =>
        new(null, null, null, new FileFailure(item.File.Shown, message), []);
}
