using CrampSignals.Activities;
using CrampSignals.Text;
using CrampSignals.Cramps;

namespace CrampSignals.History;

/// <summary>
/// Turns a cramp a runner wrote about into a moment of the run: "at km 31" where the run reached 31 km, "at 1:45" an hour and
/// 45 minutes after the start, "in the last 2 km" half-way through those 2 km (the point that is never more than half of them
/// off). Words with no position leave the cramp on the run with no time.
/// </summary>
internal static class CrampPlacement
{
    /// <summary>How far past the run's end a stated distance may be and still mean its end: watches and runners round.</summary>
    public const double DistanceSlack = 0.03;

    /// <summary>The cramp on the run, and the entry the signal analysis places before it (null when it has no time), or a warning.</summary>
    public static (HistoryCramp Cramp, CrampEntry? Entry, string? Warning) Place(CrampMention mention, CrampSource source, Activity run, RunDistance? distance)
    {
        var start = run.Samples.Count > 0 ? UnixTime.ToDateTime(run.Samples.FirstUnixSeconds) : (DateTime?)null;
        var last = run.Samples.Count > 0 ? LastSeconds(run.Samples) : 0;
        // "After the finish" and "that night" name no moment: the cramp is after the run, with no time.
        var (seconds, warning) = mention.AfterRun ? (null, null) : Seconds(mention, last, distance);
        DateTime? time = seconds is double s && start is DateTime t0 ? t0.AddSeconds(s) : null;
        var cramp = new HistoryCramp(source, mention.Text, time, time is null ? null : seconds, mention.Muscle, mention.AfterRun) { Language = mention.Language };
        var entry = time is DateTime when
            ? new CrampEntry(when, null, mention.Muscle ?? Muscle.Other, null, null, mention.Text, source)
            : null;
        return (cramp, entry, warning);
    }

    /// <summary>Seconds after the start the words place the cramp at, or null with why.</summary>
    private static (double? Seconds, string? Warning) Seconds(CrampMention mention, double last, RunDistance? distance)
    {
        string? warning = null;
        if (mention.Elapsed is TimeSpan e)
            return e.TotalSeconds <= last + 60 ? (Math.Min(e.TotalSeconds, last), null)
                : (null, $"\"{mention.Text}\" says {Clock(e)} into the run, past its end at {Clock(TimeSpan.FromSeconds(last))}: kept without a time");
        if (mention.AtMeters is double at) return (AtDistance(at, distance, mention.Text, out warning), warning);
        if (mention.FromEndMeters is double fromEnd)
            return (AtDistance(distance is null ? 0 : Math.Max(0, distance.TotalMeters - fromEnd / 2), distance, mention.Text, out warning), warning);
        return (null, null);
    }

    private static double? AtDistance(double meters, RunDistance? distance, string text, out string? warning)
    {
        warning = null;
        if (distance is null)
        {
            warning = $"\"{text}\": the run has no distance to place it on: kept without a time";
            return null;
        }
        if (distance.SecondsAt(meters) is double s) return s;
        if (meters <= distance.TotalMeters * (1 + DistanceSlack)) return distance.LastSeconds;
        warning = $"\"{text}\" is past the run's {distance.TotalMeters / 1000:0.0} km: kept without a time";
        return null;
    }

    private static double LastSeconds(SampleTable s)
    {
        var times = s.UnixSeconds;
        for (var i = times.Length - 1; i >= 0; i--)
            if (!double.IsNaN(times[i])) return times[i] - s.FirstUnixSeconds;
        return 0;
    }

    private static string Clock(TimeSpan t) => $"{(int)t.TotalHours}:{t.Minutes:00}";
}
