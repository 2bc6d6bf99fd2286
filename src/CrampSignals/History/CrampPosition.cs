using System.Globalization;
using System.Text.RegularExpressions;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Text;

namespace CrampSignals.History;

/// <summary>
/// Places a cramp the runner tells of after the run ("km31", "mile 18", "1:45" into it, "07:45" on the clock) on the run:
/// distances on the run's own distance channel (what the watch showed), times into the run from its first sample, clock
/// times in the run's local time. Bad or ambiguous text is refused with an <see cref="ArgumentException"/> saying what
/// to write instead, since a misplaced cramp would blame the wrong minutes of the run. The messages carry no parameter name:
/// they are shown to the runner as they are.
/// </summary>
internal static partial class CrampPosition
{
    private const double MetersPerMile = 1609.344;

    /// <summary>A typed h:mm is a minute's resolution: that much past the end (or before the start) still means the end (start).</summary>
    private const double MinuteSlack = 59;

    [GeneratedRegex(@"^(?:(?<unit>km|mi|miles?)\s*(?<n>\d+(?:[.,]\d+)?)|(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>km|mi|miles?))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistancePattern();

    [GeneratedRegex(@"^(?<sign>[+@])?\s*(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    /// <summary>The cramp at <paramref name="at"/> in <paramref name="run"/>, with its UTC time and its time into the run when the run knows both.</summary>
    /// <exception cref="ArgumentException">The text is no position, is past the run's end, is ambiguous, or is a clock time on a run with no known offset.</exception>
    public static CrampEntry Place(Activity run, string at, Muscle muscle, string? side, int? severity, string? note)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(at);
        if (severity is < 1 or > 10) throw new ArgumentException($"severity {severity} is outside 1 to 10");
        if (side is not null && side is not ("left" or "right" or "both"))
            throw new ArgumentException($"side '{side}' is not left, right or both");
        var text = at.Trim();
        if (run.Samples.Count == 0 || double.IsNaN(run.Samples.FirstUnixSeconds))
            throw new ArgumentException("the run has no timed samples to place a cramp on");
        var last = LastSeconds(run.Samples);
        double seconds;
        if (DistancePattern().Match(text) is { Success: true } d) seconds = AtDistance(run, d, text);
        else if (TimePattern().Match(text) is { Success: true } t) seconds = AtTime(run, t, text, last);
        else
            throw new ArgumentException(
                $"'{at}' is not a place in the run: write a distance (km31, km 31.5, 31km, mile18, 18mi), a time into the run (1:45, +1:45, 1:45:30) or a local clock time (07:45, @07:45)");
        seconds = Math.Round(seconds);
        var start = UnixTime.ToDateTime(run.Samples.FirstUnixSeconds);
        // An undated run's clock says nothing of the day: only the time into it is written.
        DateTime? time = run.Undated ? null : DateTime.SpecifyKind(RoundToSecond(start.AddSeconds(seconds)), DateTimeKind.Utc);
        return new CrampEntry(time, TimeSpan.FromSeconds(seconds), muscle, side, severity, note);
    }

    /// <summary>
    /// The offset clock times of <paramref name="run"/> are read in: the file's own, or its time zone's from its position;
    /// null when neither says (a solar-time guess may be an hour off, too far to place a cramp by).
    /// </summary>
    public static TimeSpan? LocalOffset(Activity run) => Local(run) is { Source: LocalTimeSource.File or LocalTimeSource.Zone } l ? l.Offset : null;

    /// <summary>"at 2:23:14 into the run (km 21.0, 07:30 local)": where <paramref name="cramp"/> is in <paramref name="run"/>.</summary>
    public static string Describe(Activity run, CrampEntry cramp)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(cramp);
        var start = run.Samples.Count > 0 && !double.IsNaN(run.Samples.FirstUnixSeconds) ? UnixTime.ToDateTime(run.Samples.FirstUnixSeconds) : (DateTime?)null;
        var elapsed = cramp.Elapsed ?? (cramp.Time is DateTime t && start is DateTime s ? t - s : null);
        var parts = new List<string>();
        if (elapsed is TimeSpan e && start is not null && e.TotalSeconds <= LastSeconds(run.Samples) + MinuteSlack)
        {
            if (RunDistance.Of(run) is { } distance)
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"km {MetersAt(run, distance, e.TotalSeconds) / 1000:0.0}"));
        }
        if (cramp.Time is DateTime when && LocalOffset(run) is TimeSpan offset)
            parts.Add($"{UnixTime.Shift(when, offset):HH:mm} local");
        var head = elapsed is TimeSpan el
            ? el.TotalSeconds > LastSeconds(run.Samples) + MinuteSlack ? $"{Hms(el)} after the start, after the run" : $"at {Hms(el)} into the run"
            : "with no time";
        return parts.Count == 0 ? head : $"{head} ({string.Join(", ", parts)})";
    }

    private static double AtDistance(Activity run, Match m, string text)
    {
        var value = double.Parse(m.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        var miles = !m.Groups["unit"].Value.Equals("km", StringComparison.OrdinalIgnoreCase);
        var meters = value * (miles ? MetersPerMile : 1000);
        var distance = RunDistance.Of(run)
            ?? throw new ArgumentException($"'{text}': the run has no distance channel and no positions to find a distance on; give a time into the run instead (e.g. +1:45)");
        if (distance.SecondsAt(meters) is double s) return s;
        if (meters <= distance.TotalMeters * (1 + CrampPlacement.DistanceSlack)) return distance.LastSeconds;
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
            $"'{text}' is past the run's end: the run is {distance.TotalMeters / 1000:0.00} km ({distance.TotalMeters / MetersPerMile:0.00} mi) long"));
    }

    private static double AtTime(Activity run, Match m, string text, double last)
    {
        var hourText = m.Groups["h"].Value;
        var minutes = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var secs = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (minutes > 59 || secs > 59) throw new ArgumentException($"'{text}': minutes and seconds run from 00 to 59");
        var value = new TimeSpan(int.Parse(hourText, CultureInfo.InvariantCulture), minutes, secs);
        var sign = m.Groups["sign"].Value;
        var runLength = Hms(TimeSpan.FromSeconds(last));

        var elapsedFits = value.TotalSeconds <= last + MinuteSlack;
        if (sign == "+" || (sign == "" && hourText.Length == 1))
        {
            if (!elapsedFits) throw new ArgumentException($"'{text}' is past the run's end: it lasted {runLength}");
            return Math.Min(value.TotalSeconds, last);
        }

        var local = Local(run);
        var offset = LocalOffset(run);
        var clock = offset is TimeSpan o && !run.Undated ? ClockSeconds(run, value, o, last) : null;
        if (sign == "@")
        {
            if (offset is null) throw new ArgumentException($"'{text}' is a clock time, but {NoOffsetReason(run, local)}; give the time into the run instead (e.g. +1:45)");
            return clock ?? throw new ArgumentException(
                $"'{text}' is not a local clock time in the run ({LocalSpan(run, offset.Value, last)}) nor within {(int)CrampMatcher.DefaultAfterRunWindow.TotalHours} h after it");
        }
        if (elapsedFits && clock is not null)
            throw new ArgumentException(
                $"'{text}' could be {Hms(value)} into the run or the local clock time {value:hh\\:mm}: write +{(int)value.TotalHours}:{value.Minutes:00} for the time into the run or @{value:hh\\:mm} for the clock time");
        if (elapsedFits) return Math.Min(value.TotalSeconds, last);
        if (clock is double c) return c;
        throw new ArgumentException(offset is TimeSpan known
            ? $"'{text}' is neither a time into the run (it lasted {runLength}) nor a local clock time in it ({LocalSpan(run, known, last)}) or within {(int)CrampMatcher.DefaultAfterRunWindow.TotalHours} h after it"
            : $"'{text}' is past the run's end (it lasted {runLength}) and cannot be read as a clock time: {NoOffsetReason(run, local)}");
    }

    /// <summary>Seconds after the start at which the local clock next shows <paramref name="clock"/>, if that is in the run or the after-run window.</summary>
    private static double? ClockSeconds(Activity run, TimeSpan clock, TimeSpan offset, double last)
    {
        var startLocal = UnixTime.Shift(UnixTime.ToDateTime(run.Samples.FirstUnixSeconds), offset);
        var candidate = startLocal.Date + clock;
        var seconds = (candidate - startLocal).TotalSeconds;
        if (seconds < -MinuteSlack) seconds += TimeSpan.FromDays(1).TotalSeconds;
        seconds = Math.Max(0, seconds);
        return seconds <= last + CrampMatcher.DefaultAfterRunWindow.TotalSeconds ? seconds : null;
    }

    private static string LocalSpan(Activity run, TimeSpan offset, double last)
    {
        var start = UnixTime.Shift(UnixTime.ToDateTime(run.Samples.FirstUnixSeconds), offset);
        return $"{start:HH:mm} to {start.AddSeconds(last):HH:mm}";
    }

    private static string NoOffsetReason(Activity run, LocalTimeInfo? local) =>
        run.Undated ? "the run's clock was never set, so its local time is not known"
        : local?.Source == LocalTimeSource.Solar ? "the run's file gives no UTC offset and its time zone could not be found from its position (a solar-time guess may be an hour off)"
        : "the run's file gives no UTC offset and has no positions to find its time zone from";

    private static LocalTimeInfo? Local(Activity run) =>
        run.Samples.Count == 0 || run.Undated ? null : LocalTimeResolver.Resolve(run);

    private static double MetersAt(Activity run, RunDistance distance, double seconds)
    {
        // The inverse of SecondsAt on the same channel: the furthest distance reached by then.
        var s = run.Samples;
        var times = s.UnixSeconds;
        var channel = s.DistanceMeters;
        double best = 0;
        var hasChannel = false;
        for (var i = 0; i < s.Count; i++)
        {
            if (double.IsNaN(times[i]) || double.IsNaN(channel[i])) continue;
            hasChannel = true;
            if (times[i] - s.FirstUnixSeconds > seconds) break;
            best = Math.Max(best, channel[i]);
        }
        if (hasChannel) return best;
        // No channel: search the positions' distance for the time, as the placement did.
        double lo = 0, hi = distance.TotalMeters;
        for (var k = 0; k < 40; k++)
        {
            var mid = (lo + hi) / 2;
            if (distance.SecondsAt(mid) is double at && at <= seconds) lo = mid; else hi = mid;
        }
        return lo;
    }

    private static double LastSeconds(SampleTable s)
    {
        var times = s.UnixSeconds;
        for (var i = times.Length - 1; i >= 0; i--)
            if (!double.IsNaN(times[i])) return times[i] - s.FirstUnixSeconds;
        return 0;
    }

    private static DateTime RoundToSecond(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond + (t.Ticks % TimeSpan.TicksPerSecond >= TimeSpan.TicksPerSecond / 2 ? TimeSpan.TicksPerSecond : 0), t.Kind);

    private static string Hms(TimeSpan t) => CrampLogWriter.FormatElapsed(t);
}
