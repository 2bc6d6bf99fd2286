using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Runs;
using CrampSignals.Signals;
using Microsoft.Data.Analysis;

namespace CrampSignals.Reports;

/// <summary>A folder analysis as data frames for notebooks: one row per run, per finding, per cramp.</summary>
public static class CohortFrames
{
    /// <summary>
    /// One row per run: <c>file</c>, <c>start</c>, <c>duration_min</c>, <c>distance_km</c>, <c>pace_s_per_km</c>,
    /// <c>heart_rate_bpm</c>, <c>temperature_c</c>, <c>findings</c>, <c>cramps</c>, <c>top_rule</c>.
    /// </summary>
    public static DataFrame Runs(CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var runs = cohort.Runs;
        return new DataFrame(
            new StringDataFrameColumn("file", runs.Select(r => r.Summary.FileName)),
            new PrimitiveDataFrameColumn<DateTime>("start", runs.Select(r => r.Summary.StartUtc)),
            new DoubleDataFrameColumn("duration_min", runs.Select(r => r.Summary.Duration?.TotalMinutes)),
            new DoubleDataFrameColumn("distance_km", runs.Select(r => r.Summary.DistanceMeters / 1000)),
            new DoubleDataFrameColumn("pace_s_per_km", runs.Select(r => r.Summary.AveragePaceSecondsPerKm)),
            new DoubleDataFrameColumn("heart_rate_bpm", runs.Select(r => r.Summary.AverageHeartRateBpm)),
            new DoubleDataFrameColumn("temperature_c", runs.Select(r => r.Summary.MeanTemperatureCelsius)),
            new Int32DataFrameColumn("findings", runs.Select(r => r.Signals.Findings.Length)),
            new Int32DataFrameColumn("cramps", runs.Select(r => r.Signals.Cramps.Length)),
            new StringDataFrameColumn("top_rule", runs.Select(r => r.Advice.IsEmpty ? null : r.Advice[0].RuleId)));
    }

    /// <summary>
    /// One row per finding: <c>file</c>, <c>kind</c>, <c>start_min</c> (minutes into the run), <c>duration_min</c>,
    /// <c>severity</c> (1-3), <c>preceded_cramp</c> (whether it lies in a cramp's lookback window), <c>summary</c>.
    /// </summary>
    public static DataFrame Findings(CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var rows = cohort.Runs.SelectMany(r => r.Signals.Findings.Select((f, i) => (Run: r, Finding: f, Index: i))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("file", rows.Select(x => x.Run.Summary.FileName)),
            new StringDataFrameColumn("kind", rows.Select(x => x.Finding.Kind.ToId())),
            new DoubleDataFrameColumn("start_min", rows.Select(x => Minutes(x.Run, x.Finding.Start))),
            new DoubleDataFrameColumn("duration_min", rows.Select(x => (double?)x.Finding.Duration.TotalMinutes)),
            new Int32DataFrameColumn("severity", rows.Select(x => (int?)x.Finding.Severity)),
            new BooleanDataFrameColumn("preceded_cramp", rows.Select(x => (bool?)x.Run.Signals.Cramps.Any(c => c.Preceding.Any(p => AdviceEngine.IndexOf(x.Run.Signals.Findings, p.Finding) == x.Index)))),
            new StringDataFrameColumn("summary", rows.Select(x => x.Finding.Summary)));
    }

    /// <summary>
    /// One row per cramp: <c>file</c>, <c>at_min</c>, <c>after_run</c>, <c>muscle</c>, <c>severity</c>, <c>preceded_by</c>
    /// (finding kinds in its window, nearest first, comma-separated), <c>nearest_lead_s</c>, <c>note</c>.
    /// </summary>
    public static DataFrame Cramps(CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var rows = cohort.Runs.SelectMany(r => r.Signals.Cramps.Select(c => (Run: r, Cramp: c))).ToList();
        return new DataFrame(
            new StringDataFrameColumn("file", rows.Select(x => x.Run.Summary.FileName)),
            new DoubleDataFrameColumn("at_min", rows.Select(x => Minutes(x.Run, x.Cramp.Time))),
            new BooleanDataFrameColumn("after_run", rows.Select(x => (bool?)x.Cramp.AfterRun)),
            new StringDataFrameColumn("muscle", rows.Select(x => x.Cramp.Cramp.Muscle.ToString().ToLowerInvariant())),
            new Int32DataFrameColumn("severity", rows.Select(x => x.Cramp.Cramp.Severity)),
            new StringDataFrameColumn("preceded_by", rows.Select(x => string.Join(",", x.Cramp.Preceding.Select(p => p.Finding.Kind.ToId())))),
            new DoubleDataFrameColumn("nearest_lead_s", rows.Select(x => x.Cramp.Preceding.IsEmpty ? null : (double?)x.Cramp.Preceding.Min(p => p.LeadTimeSeconds))),
            new StringDataFrameColumn("note", rows.Select(x => x.Cramp.Cramp.Note)));
    }

    /// <summary>The cohort's per-kind statistics: <c>kind</c>, <c>runs</c>, <c>runs_with_cramps</c>, <c>cramps_preceded</c>, <c>share</c>, <c>odds_ratio</c>, <c>median_lead_s</c>.</summary>
    public static DataFrame FindingStats(CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var s = cohort.Findings;
        return new DataFrame(
            new StringDataFrameColumn("kind", s.Select(x => x.Kind.ToId())),
            new Int32DataFrameColumn("runs", s.Select(x => (int?)x.Runs)),
            new Int32DataFrameColumn("runs_with_cramps", s.Select(x => (int?)x.RunsWithCramps)),
            new Int32DataFrameColumn("cramps_preceded", s.Select(x => (int?)x.CrampsPreceded)),
            new DoubleDataFrameColumn("share", s.Select(x => (double?)x.ShareOfCrampsPreceded)),
            new DoubleDataFrameColumn("odds_ratio", s.Select(x => x.OddsRatio)),
            new DoubleDataFrameColumn("median_lead_s", s.Select(x => x.MedianLeadTimeSeconds)));
    }

    private static double? Minutes(RunReport run, DateTime time) =>
        run.Summary.StartUtc is DateTime start ? (time - start).TotalMinutes : null;
}
