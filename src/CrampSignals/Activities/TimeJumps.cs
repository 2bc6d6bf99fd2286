using System.Globalization;

namespace CrampSignals.Activities;

/// <summary>
/// Closes the jumps of a watch's clock in a sample table, so that a jump never stretches a run: time going back by more than
/// <see cref="BackwardSeconds"/>, or forward by more than <see cref="ForwardSeconds"/> (no pause of a run lasts half a day;
/// a clock set from GPS or by hand does jump). The clock after a jump is taken as the right one (a watch corrects its clock,
/// it does not break it), so the stretch before the jump is moved to end one sample interval before the stretch after it:
/// both are kept, back to back, each with a warning.
/// </summary>
internal static class TimeJumps
{
    /// <summary>A forward step longer than this is a clock jump, not a pause (12 h).</summary>
    public const double ForwardSeconds = 12 * 3600;

    /// <summary>A step back longer than this is a clock jump; shorter ones are a sample's jitter and are left alone.</summary>
    public const double BackwardSeconds = 60;

    /// <summary>One closed jump: the last time before it and the first after it, on the file's clock, and how far the stretch before it moved.</summary>
    public readonly record struct Jump(double Before, double After, double Shift);

    /// <summary>Closes every jump in <paramref name="table"/>; returns them, first to last.</summary>
    public static IReadOnlyList<Jump> Close(SampleTableBuilder table, Action<ParseWarning> warn)
    {
        if (!HasJump(table.Times)) return [];
        var rows = new List<int>(table.Count);
        for (var r = 0; r < table.Count; r++) if (!double.IsNaN(table.TimeAt(r))) rows.Add(r);
        if (rows.Count < 2) return [];
        var at = new List<int>();
        var steps = new List<double>(rows.Count);
        for (var k = 1; k < rows.Count; k++)
        {
            var dt = table.TimeAt(rows[k]) - table.TimeAt(rows[k - 1]);
            if (dt > ForwardSeconds || dt < -BackwardSeconds) at.Add(k);
            else if (dt > 0) steps.Add(dt);
        }
        if (at.Count == 0) return [];
        steps.Sort();
        var interval = steps.Count > 0 ? steps[steps.Count / 2] : 1;
        var jumps = new List<Jump>(at.Count);
        var original = at.Select(k => (Before: table.TimeAt(rows[k - 1]), After: table.TimeAt(rows[k]))).ToArray();
        // From the last jump back, so that each shift moves everything before it, earlier jumps included.
        for (var j = at.Count - 1; j >= 0; j--)
        {
            var k = at[j];
            var (before, after) = original[j];
            var shift = after - interval - before;
            for (var r = 0; r < rows[k]; r++)
            {
                var t = table.TimeAt(r);
                if (!double.IsNaN(t)) table.SetTime(r, t + shift);
            }
            jumps.Add(new Jump(before, after, shift));
            warn(new ParseWarning(string.Create(CultureInfo.InvariantCulture,
                $"the clock jumps {(after > before ? "forward" : "back")} by {Span(Math.Abs(after - before))} at sample {rows[k] + 1}: the {rows[k]} sample(s) before it are moved to run on to the time after it, so the jump does not count as time")));
        }
        jumps.Reverse();
        return jumps;
    }

    // Nearly every clock runs without a jump: one pass that allocates nothing tells, before any bookkeeping.
    private static bool HasJump(ReadOnlySpan<double> times)
    {
        var previous = double.NaN;
        foreach (var t in times)
        {
            if (double.IsNaN(t)) continue;
            var dt = t - previous;
            if (dt > ForwardSeconds || dt < -BackwardSeconds) return true;
            previous = t;
        }
        return false;
    }

    /// <summary>
    /// A time on the file's clock on the clock of the closed table: moved with the stretch it falls in. Only forward jumps
    /// map one to one; a time in the overlap a backward jump makes stays as it was.
    /// </summary>
    public static double Map(IReadOnlyList<Jump> jumps, double time)
    {
        var moved = time;
        for (var j = jumps.Count - 1; j >= 0; j--)
            if (jumps[j].After > jumps[j].Before && time <= jumps[j].Before) moved += jumps[j].Shift;
        return moved;
    }

    /// <summary>A session on the clock of the samples once the clock's jumps are closed: its start and end moved with their stretches.</summary>
    public static ActivitySession Move(ActivitySession session, IReadOnlyList<Jump> jumps)
    {
        var (start, elapsed) = Move(session.Start, session.ElapsedSeconds, jumps);
        return session with { Start = start, ElapsedSeconds = elapsed };
    }

    /// <summary>A lap on the clock of the samples once the clock's jumps are closed: its start and end moved with their stretches.</summary>
    public static Lap Move(Lap lap, IReadOnlyList<Jump> jumps)
    {
        var (start, elapsed) = Move(lap.Start, lap.ElapsedSeconds, jumps);
        return lap with { Start = start, ElapsedSeconds = elapsed };
    }

    /// <summary>A time on the file's clock on the clock of the closed table.</summary>
    public static DateTime Move(DateTime time, IReadOnlyList<Jump> jumps) =>
        Text.UnixTime.ToDateTime(Map(jumps, Text.UnixTime.FromDateTime(time)));

    // A span's start and end each moved with its stretch: a span across a closed jump loses the jump's time.
    private static (DateTime Start, double Elapsed) Move(DateTime start, double elapsedSeconds, IReadOnlyList<Jump> jumps)
    {
        var from = Text.UnixTime.FromDateTime(start);
        var movedFrom = Map(jumps, from);
        if (double.IsNaN(elapsedSeconds)) return (Text.UnixTime.ToDateTime(movedFrom), elapsedSeconds);
        var movedTo = Map(jumps, from + elapsedSeconds);
        return (Text.UnixTime.ToDateTime(movedFrom), Math.Max(0, movedTo - movedFrom));
    }

    private static string Span(double seconds) =>
        seconds >= 2 * 86400 ? $"{seconds / 86400:0.#} days"
        : seconds >= 7200 ? $"{seconds / 3600:0.#} hours"
        : $"{seconds:0} s";
}
