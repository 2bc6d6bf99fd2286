using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Advice;
using CrampSignals.Cohorts;
using CrampSignals.Runs;
using CrampSignals.Text;

namespace CrampSignals.Reports;

/// <summary>The number and time formats every report writer shares, so text, Markdown, HTML and JSON agree.</summary>
internal static class ReportFormat
{
    /// <summary>A UTC time as ISO 8601 with a Z ("2025-07-12T09:30:00Z").</summary>
    public static string Iso(DateTime time) => IsoUtc.FormatWholeSeconds(time);

    /// <summary>An offset as "+02:00".</summary>
    public static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

    /// <summary>The sport's lower-case name.</summary>
    public static string Sport(Sport sport) =>
        Enum.IsDefined(sport) ? sport.ToString().ToLowerInvariant() : ((int)sport).ToString(CultureInfo.InvariantCulture);

    /// <summary>The format's lower-case name.</summary>
    public static string Format(ActivityFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>Time from the run's start as "h:mm:ss", or the UTC clock time when the start is unknown.</summary>
    public static string Elapsed(RunReport report, DateTime time) =>
        report.Summary.StartUtc is DateTime start ? Units.Clock(time - start) : time.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>The one-line description of a run in the report's units: sport, start, duration, distance, pace, heart rate, cadence, and the air temperature (from weather) or else the wrist sensor's.</summary>
    public static string OneLine(RunReport report)
    {
        var s = report.Summary;
        var parts = new List<string> { Sport(s.Sport) };
        if (s.StartUtc is DateTime start)
        {
            var local = UnixTime.Shift(start, report.Signals.LocalTime.Offset);
            parts.Add($"{start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC ({local.ToString("HH:mm", CultureInfo.InvariantCulture)} local, {LocalSource(report)})");
        }
        // The watch's timer time is the run's time as the runner knows it; the elapsed time only when pauses make it differ.
        if (s.TimerTime is TimeSpan timer)
        {
            parts.Add($"{Units.Clock(timer)} timer");
            if (s.Duration is TimeSpan elapsed && (elapsed - timer).Duration() >= TimeSpan.FromMinutes(1)) parts.Add($"{Units.Clock(elapsed)} elapsed");
        }
        else if (s.Duration is TimeSpan d) parts.Add($"{Units.Clock(d)} elapsed");
        var u = report.Units;
        if (s.DistanceMeters is double m) parts.Add(UnitFormat.DistanceText(m, u));
        // A pace per kilometre or mile is a runner's measure: a swim's or a ride's is left out.
        if (s.NotARun is null && s.AveragePaceSecondsPerKm is double p) parts.Add($"avg {UnitFormat.Pace(p, u)}");
        if (s.AverageHeartRateBpm is double hr) parts.Add($"HR {Units.Num(hr)} bpm");
        if (s.AverageCadence is double c) parts.Add($"cadence {Units.Num(c)} {CadenceUnit.Short(s.Sport)}");
        if (RunTemperature(report) is { } temperature) parts.Add($"{TemperatureText(report, temperature.Celsius)} {temperature.Source}");
        return string.Join(" · ", parts);
    }

    /// <summary>
    /// The run's one temperature and what it is of: the signal pass's (air when a weather file covers the run, which heat
    /// is judged on, else the watch's sensor, which reads warm on the wrist); for a report without it, the weather's mean
    /// or the wrist sensor's.
    /// </summary>
    public static (double Celsius, string Source)? RunTemperature(RunReport report)
    {
        if (report.Signals.Temperature is { } t) return (t.Celsius, t.Source);
        if (CrampAnalyzer.MeanAirTemperature(report.Weather, report.Summary) is double air) return (air, "air");
        return report.Summary.MeanTemperatureCelsius is double wrist ? (wrist, "wrist sensor") : null;
    }

    /// <summary>A run-level temperature as every report prints it: whole degrees in the report's unit ("27 °C").</summary>
    public static string TemperatureText(RunReport report, double celsius) => UnitFormat.TemperatureText(celsius, report.Units, 0);

    /// <summary>A sentence from the signal layer (SI) in the report's units.</summary>
    internal static string InUnits(RunReport report, string text) => UnitFormat.InText(text, report.Units);

    /// <summary>Where local time came from, in a few words.</summary>
    public static string LocalSource(RunReport report) => report.Signals.LocalTime.Source switch
    {
        Signals.LocalTimeSource.File => "from the file",
        Signals.LocalTimeSource.Zone => $"{report.Signals.LocalTime.ZoneId} (from the position)",
        Signals.LocalTimeSource.Solar => "solar time",
        _ => "UTC, no local time known",
    };

    /// <summary>The severity's lower-case name.</summary>
    public static string Severity(Signals.Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>The evidence strength in words ("expert opinion", "weak", "mixed", "moderate").</summary>
    public static string Strength(EvidenceStrength strength) => strength switch
    {
        EvidenceStrength.ExpertOpinion => "expert opinion",
        _ => strength.ToString().ToLowerInvariant(),
    };

    /// <summary>The muscle's lower-case name.</summary>
    public static string Muscle(Cramps.Muscle muscle) => muscle.ToString().ToLowerInvariant();
}
