using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Runs;
using CrampSignals.Signals.Track;
using CrampSignals.Signals;
using CrampSignals.Weather;

using CrampSignals.Text;
namespace CrampSignals.Cohorts;

/// <summary>Turns one analysed run into its table rows: all of the run that a cohort keeps once its samples are gone.</summary>
internal static class CohortRowBuilder
{
    private static readonly int KindCount = Enum.GetValues<FindingKind>().Length;

    /// <summary>The rows of a run named <paramref name="file"/> of <paramref name="runner"/>.</summary>
    public static CohortRunRecord Build(string runner, string folder, string file, Activity activity, SignalReport signals, SignalTrack track, WeatherSeries? weather) =>
        Build(runner, folder, file, activity, signals, ActivitySummarizer.Summarize(activity, signals.LocalTime.Offset), track, weather);

    /// <summary>The rows of a run whose summary is already made.</summary>
    public static CohortRunRecord Build(string runner, string folder, string file, Activity activity, SignalReport signals, ActivitySummary summary, SignalTrack track, WeatherSeries? weather)
    {
        var origin = track.Length > 0 ? UnixTime.ToDateTime(track.StartUnixSeconds) : summary.StartUtc ?? DateTime.UnixEpoch;
        return Build(runner, folder, file, activity, signals, summary, CrampAnalyzer.MeanAirTemperature(weather, summary), origin, track);
    }

    /// <summary>The rows of a finished run report, whose track is gone: no channel traces before its cramps.</summary>
    public static CohortRunRecord Build(string runner, string folder, string file, RunReport report) =>
        Build(runner, folder, file, report.Activity, report.Signals, report.Summary, CrampAnalyzer.MeanAirTemperature(report.Weather, report.Summary), report.Summary.StartUtc ?? DateTime.UnixEpoch, null);

    private static CohortRunRecord Build(string runner, string folder, string file, Activity activity, SignalReport signals, ActivitySummary summary,
        double? meanAirTemperature, DateTime origin, SignalTrack? track)
    {
        var counts = new int[KindCount];
        foreach (var f in signals.Findings) counts[(int)f.Kind]++;
        var clock = track is null ? null : MovingSecondsBefore(track);
        double? Moving(double elapsed) => clock is null || !(elapsed >= 0) || elapsed > clock.Length - 1 ? null : clock[(int)Math.Round(elapsed)];
        var findings = signals.Findings.Select((f, i) =>
        {
            double start = (f.Start - origin).TotalSeconds, end = (f.End - origin).TotalSeconds;
            return new CohortFindingRecord(runner, file, i, f.Kind, f.Start, f.End, start, end, f.Severity, EvidenceJson(f.Evidence), f.Summary)
            {
                StartMovingSeconds = Moving(start),
                EndMovingSeconds = Moving(end),
            };
        });
        // Only a cramp's traces read the run's medians, and most runs have no cramp: four whole-run medians saved on those.
        var medians = track is null || signals.Cramps.IsEmpty ? null : new ChannelMedians(track);
        var cramps = signals.Cramps.Select((c, i) =>
        {
            var record = Cramp(runner, file, i, c, origin, track, medians);
            return record.DuringRun ? record with { MovingSeconds = Moving(record.ElapsedSeconds) } : record;
        });
        return new CohortRunRecord
        {
            Runner = runner,
            Folder = folder,
            File = file,
            Format = summary.Format.ToString().ToLowerInvariant(),
            StartUtc = summary.StartUtc,
            LocalOffsetMinutes = summary.LocalOffset?.TotalMinutes,
            DurationSeconds = summary.Duration?.TotalSeconds,
            MovingSeconds = summary.MovingTime?.TotalSeconds,
            DistanceMeters = summary.DistanceMeters,
            MeanTemperatureCelsius = summary.MeanTemperatureCelsius,
            MaxTemperatureCelsius = summary.MaxTemperatureCelsius,
            MeanAirTemperatureCelsius = meanAirTemperature,
            DeviceSerial = activity.Device.SerialNumber,
            CrampCount = signals.Cramps.Length,
            FindingCounts = [.. counts],
            Findings = [.. findings],
            Cramps = [.. cramps],
        };
    }

    private static CohortCrampRecord Cramp(string runner, string file, int index, CrampContext c, DateTime origin, SignalTrack? track, ChannelMedians? medians)
    {
        var leads = new double?[KindCount];
        foreach (var p in c.Preceding)
            if (leads[(int)p.Finding.Kind] is not double lead || p.LeadTimeSeconds < lead) leads[(int)p.Finding.Kind] = p.LeadTimeSeconds;
        double? Ratio(string name) => c.WindowVsRun.FirstOrDefault(e => e.Name == name)?.Value;
        var at = (c.Time - origin).TotalSeconds;
        return new CohortCrampRecord
        {
            Runner = runner,
            File = file,
            Index = index,
            TimeUtc = c.Time,
            ElapsedSeconds = at,
            DuringRun = !c.AfterRun,
            Muscle = c.Cramp.Muscle.ToId(),
            Side = c.Cramp.Side,
            Severity = c.Cramp.Severity,
            WindowSpeedRatio = Ratio("speed_ratio"),
            WindowCadenceRatio = Ratio("cadence_ratio"),
            WindowHeartRateRatio = Ratio("heart_rate_ratio"),
            WindowTemperatureRatio = Ratio("temperature_ratio"),
            LeadSeconds = [.. leads],
            SpeedTrace = track is null ? [] : Trace(track, track.Speed, medians!.Speed, at),
            CadenceTrace = track is null ? [] : Trace(track, track.CadenceColumn, medians!.Cadence, at),
            HeartRateTrace = track is null ? [] : Trace(track, track.HeartRate, medians!.HeartRate, at),
            TemperatureTrace = track is null ? [] : Trace(track, track.Temperature, medians!.Temperature, at),
        };
    }

    /// <summary>
    /// The channel's mean over each half-minute centred on −20 min, −19.5 min, … 0 before the cramp, over the run's median while
    /// moving; NaN where the half-minute holds no moving value (before the run, after it, in a stop); empty without a median.
    /// </summary>
    private static ImmutableArray<double> Trace(SignalTrack track, ReadOnlySpan<double> column, double median, double crampSeconds)
    {
        if (!(median > 0)) return [];
        var trace = new double[CohortCrampRow.Points];
        const int half = CohortCrampRow.StepSeconds / 2;
        for (var k = 0; k < trace.Length; k++)
        {
            var centre = (int)Math.Round(crampSeconds) - CohortCrampRow.WindowSeconds + k * CohortCrampRow.StepSeconds;
            double sum = 0;
            var n = 0;
            for (var i = Math.Max(0, centre - half); i < Math.Min(track.Length, centre + half); i++)
            {
                if (!track.MovingMask[i] || double.IsNaN(column[i])) continue;
                sum += column[i];
                n++;
            }
            trace[k] = n > 0 ? sum / n / median : double.NaN;
        }
        return ImmutableArray.Create(trace);
    }

    /// <summary>For each second of the track (one sample a second), the moving seconds before it; one more entry for the end.</summary>
    private static int[] MovingSecondsBefore(SignalTrack track)
    {
        var before = new int[track.Length + 1];
        for (var i = 0; i < track.Length; i++) before[i + 1] = before[i] + (track.MovingMask[i] ? 1 : 0);
        return before;
    }

    private static string EvidenceJson(ImmutableArray<Evidence> evidence)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            foreach (var e in evidence)
                if (double.IsFinite(e.Value)) w.WriteNumber(e.Name, e.Value);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Each channel's median over the run's moving seconds, computed once per run (NaN without values).</summary>
    private sealed class ChannelMedians(SignalTrack track)
    {
        public double Speed { get; } = Of(track, track.Speed);
        public double Cadence { get; } = Of(track, track.CadenceColumn);
        public double HeartRate { get; } = Of(track, track.HeartRate);
        public double Temperature { get; } = Of(track, track.Temperature);

        private static double Of(SignalTrack track, ReadOnlySpan<double> column) =>
            Rolling.MedianWhere(column, track.MovingMask, 0, track.Length, out _);
    }
}
