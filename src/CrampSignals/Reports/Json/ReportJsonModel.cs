using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Reports;
using CrampSignals.Runs;
using CrampSignals.Signals;
using CrampSignals.Text;

namespace CrampSignals.Reports.Json;

/// <summary>Turns reports into the JSON records: formats times and ids, rounds what the data cannot resolve finer, and makes non-finite numbers null.</summary>
internal static class ReportJsonModel
{
    private const string UnitsNote = "Numbers are SI (m, s, m/s, s/km, °C, kg, ml) whatever the units; the advice's text is written in the units named by \"text\".";

    public static SignalsJson Signals(SignalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new SignalsJson([.. report.Findings.Select(Finding)], [.. report.Cramps.Select(Cramp)], report.NotMeasured, LocalTime(report), report.Notes);
    }

    public static RunJson Run(RunReport report, bool withDisclaimer = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var signals = Signals(report.Signals);
        return new RunJson(
            Units(report.Units), Activity(report.Summary, ReportFormat.RunTemperature(report)),
            signals.Findings, signals.Cramps, signals.NotMeasured, signals.LocalTime, signals.Notes,
            [.. report.Advice.Select(Advice)], report.Warnings, withDisclaimer ? report.Disclaimer : null);
    }

    public static RunsJson Runs(CohortReport cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        // With no cramp the shares and odds ratios are artefacts of empty cells: null, and the note says why.
        var none = NoCrampNote.Applies(cohort);
        var tally = new RunsTallyJson(
            cohort.RunCount, cohort.RunsWithCramps, cohort.Cramps, cohort.Failures.Length,
            [.. cohort.Findings.Select(s => new FindingTallyJson(s.Kind.ToId(), s.Runs, s.RunsWithCramps, s.CrampsPreceded,
                none ? null : Math.Round(s.ShareOfCrampsPreceded, 4), none ? null : Round(s.OddsRatio, 3), Round(s.MedianLeadTimeSeconds, 1)))],
            Numbers(cohort.WindowVsRun.Select(x => (x.Key, Round(x.Value, 4)))),
            [.. CohortStatistics.RuleCounts(cohort.Runs).Select(r => new RuleTallyJson(r.RuleId, r.Runs))])
        {
            Note = none ? NoCrampNote.Text : null,
        };
        return new RunsJson(
            [.. cohort.Runs.Select(r => Run(r, withDisclaimer: false))], tally,
            [.. cohort.Failures.Select(f => new FailureJson(f.Path, f.Message))],
            [.. cohort.Duplicates.Select(d => new DuplicateJson(d.Kept, d.Dropped))],
            cohort.Warnings, Disclaimer.Text)
        {
            Skipped = [.. cohort.Skipped.Select(f => new FailureJson(f.Path, f.Message))],
        };
    }

    /// <summary>An evidence or ratio name as a JSON key: the library's snake_case names ("speed_increase_pct") in the one key convention, camelCase ("speedIncreasePct").</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.Contains('_', StringComparison.Ordinal)) return name;
        var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return name;
        return string.Concat(parts.Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static FindingJson Finding(Finding f)
    {
        var units = new Dictionary<string, string>(f.Evidence.Length);
        foreach (var e in f.Evidence) units[Key(e.Name)] = e.Unit;
        return new FindingJson(f.Kind.ToId(), Iso(f.Start), Iso(f.End), SignalReportJson.SeverityId(f.Severity),
            Numbers(f.Evidence.Select(e => (e.Name, (double?)e.Value))), units, f.Summary);
    }

    private static CrampJson Cramp(CrampContext c) => new(
        Iso(c.Time), c.Cramp.Muscle.ToString().ToLowerInvariant(), c.Cramp.Severity, c.Cramp.Side, c.Cramp.Note, c.AfterRun,
        [.. c.Preceding.Select(p => new PrecedingJson(p.Finding.Kind.ToId(), p.LeadTimeSeconds, Iso(p.Finding.Start)))],
        Numbers(c.WindowVsRun.Select(e => (e.Name, (double?)e.Value))));

    private static LocalTimeJson LocalTime(SignalReport report) =>
        new(report.LocalTime.Offset.TotalMinutes, LocalTimeResolver.SourceId(report.LocalTime));

    private static UnitsJson Units(UnitSystem units) => new("SI", units == UnitSystem.Imperial ? "imperial" : "metric", UnitsNote);

    private static ActivityJson Activity(ActivitySummary s, (double Celsius, string Source)? temperature) => new(
        s.FileName, ReportFormat.Format(s.Format), ReportFormat.Sport(s.Sport),
        s.StartUtc is DateTime start ? ReportFormat.Iso(start) : null,
        s.LocalOffset?.TotalMinutes,
        Round(s.Duration?.TotalSeconds, 1), Round(s.TimerTime?.TotalSeconds, 1), Round(s.MovingTime?.TotalSeconds, 1), Round(s.DistanceMeters, 1),
        Round(s.AverageSpeedMetersPerSecond, 3), Round(s.AveragePaceSecondsPerKm, 1), Round(s.TypicalSpeedMetersPerSecond, 3),
        Round(s.AverageHeartRateBpm, 1), Round(s.MaxHeartRateBpm, 0), Round(s.AverageCadence, 1),
        Round(s.MeanTemperatureCelsius, 1), Round(s.MaxTemperatureCelsius, 1), Round(temperature?.Celsius, 1), temperature?.Source, s.SampleCount,
        [.. s.Sessions.Select(x => new SessionJson(ReportFormat.Sport(x.Sport),
            s.StartUtc is null || !PlausibleTime.Contains(x.Start) ? null : ReportFormat.Iso(x.Start),
            Round(x.ElapsedSeconds, 1), Round(x.TimerSeconds, 1), Round(x.DistanceMeters, 1)))],
        s.NotARun);

    private static AdviceJson Advice(AdviceItem item) => new(
        item.Rank, item.RuleId, item.Rule.Title, item.Rule.Section, item.Headline,
        [.. item.Why.Select(r => r.Reference)],
        [.. item.Why.Select(r => new AdviceReasonJson(r.Reference, r.Kind, ReportFormat.Iso(r.Time), r.Text))],
        item.Actions, item.Rule.Evidence, ReportFormat.Strength(item.Rule.Strength), Math.Round(item.CrampShare, 4));

    /// <summary>Named numbers as a JSON object in their order, keys in camelCase; JSON has no NaN or infinity, so those are null.</summary>
    private static Dictionary<string, double?> Numbers(IEnumerable<(string Name, double? Value)> values)
    {
        var numbers = new Dictionary<string, double?>();
        foreach (var (name, value) in values) numbers[Key(name)] = value is double v && double.IsFinite(v) ? v : null;
        return numbers;
    }

    private static double? Round(double? value, int decimals) =>
        value is double v && double.IsFinite(v) ? Math.Round(v, decimals) : null;

    private static string Iso(DateTime time) => IsoUtc.FormatWholeSeconds(time);
}
