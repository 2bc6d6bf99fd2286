using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Cramps;

/// <summary>The raw text of one log entry's fields, as found in a CSV line or a JSON object (null = field absent).</summary>
internal sealed record CrampFields(string? Time, string? Elapsed, string? Muscle, string? Side, string? Severity, string? Note);

/// <summary>Turns the text of one cramp log entry into a <see cref="CrampEntry"/>, collecting what was wrong.</summary>
internal static class CrampFieldParser
{
    /// <summary>
    /// The entry, or null with <paramref name="error"/> when it cannot be kept (no usable time or elapsed time).
    /// Problems with optional fields (an unknown muscle word, side or severity) keep the entry and go to <paramref name="notes"/>.
    /// </summary>
    public static CrampEntry? Parse(CrampFields f, int? line, List<string> notes, out string? error)
    {
        error = null;
        DateTime? time = null;
        TimeSpan? elapsed = null;
        var noOffset = false;
        if (!string.IsNullOrWhiteSpace(f.Time))
        {
            time = IsoTime.TryParseUtc(f.Time, IsoZonePolicy.OffsetRequired, out var timeError);
            // A time typed without an offset is on the runner's own clock: kept as read, and placed by the run's offset later.
            if (time is null && IsoTime.TryParseLocalClock(f.Time) is DateTime clock) (time, noOffset) = (clock, true);
            if (time is null) { error = timeError; return null; }
        }
        if (!string.IsNullOrWhiteSpace(f.Elapsed))
        {
            elapsed = ParseElapsed(f.Elapsed);
            if (elapsed is null)
            {
                error = ParseElapsed(f.Elapsed, limit: false) is null && !IsLongElapsed(f.Elapsed)
                    ? $"elapsed time '{Shorten(f.Elapsed)}' is not h:mm:ss or mm:ss"
                    : $"elapsed time '{Shorten(f.Elapsed)}' is not under {MaxElapsed.TotalHours:0} hours into a run";
                return null;
            }
        }
        if (elapsed is TimeSpan short_ && f.Elapsed!.Trim().Split(':').Length == 2 && short_ < AmbiguousBelow)
            notes.Add($"elapsed '{f.Elapsed.Trim()}' is read as {(int)short_.TotalMinutes} min {short_.Seconds:00} s (two parts are always minutes:seconds); write {FormatHms(short_)} to confirm, or {short_.Minutes}:{short_.Seconds:00}:00 for hours:minutes");
        if (time is null && elapsed is null) { error = "neither a time nor an elapsed time is given"; return null; }

        var muscle = Muscle.Other;
        if (!string.IsNullOrWhiteSpace(f.Muscle))
        {
            if (MuscleNames.Parse(f.Muscle) is Muscle m) muscle = m;
            else if (MuscleNames.Find(f.Muscle) is Muscle found) muscle = found;
            else notes.Add($"muscle '{f.Muscle}' is not calf, hamstring, quadriceps, foot or other; recorded as other");
        }

        string? side = null;
        if (!string.IsNullOrWhiteSpace(f.Side))
        {
            side = MuscleNames.ParseSide(f.Side);
            if (side is null) notes.Add($"side '{f.Side}' is not left, right or both; left out");
        }

        int? severity = null;
        if (!string.IsNullOrWhiteSpace(f.Severity))
        {
            severity = ParseSeverity(f.Severity);
            if (severity is null) notes.Add($"severity '{f.Severity}' is not 1-10 or mild/moderate/severe; left out");
        }

        var note = string.IsNullOrWhiteSpace(f.Note) ? null : f.Note;
        return new CrampEntry(time, elapsed, muscle, side, severity, note, CrampSource.Log, line) { NoOffset = noOffset };
    }

    /// <summary>
    /// Two-part elapsed times below this (m:ss, "2:10") are also how an h:mm is typed, and a cramp in a run's first minutes
    /// is rare: such a value is still read as minutes:seconds, the one rule, and a warning says so.
    /// </summary>
    public static readonly TimeSpan AmbiguousBelow = TimeSpan.FromMinutes(10);

    private static string FormatHms(TimeSpan t) => $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}";

    /// <summary>Longest time into a run a cramp may be logged at: beyond any multi-day race, far inside what <see cref="TimeSpan"/> holds.</summary>
    public static readonly TimeSpan MaxElapsed = TimeSpan.FromHours(1000);

    /// <summary>h:mm:ss or mm:ss (minutes may pass 59 in the short form; seconds may have a fraction) under <see cref="MaxElapsed"/>, or null.</summary>
    public static TimeSpan? ParseElapsed(string text) => ParseElapsed(text, limit: true);

    private static bool IsLongElapsed(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= MaxElapsed.TotalSeconds;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static TimeSpan? ParseElapsed(string text, bool limit)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length is < 2 or > 3) return null;
        if (!double.TryParse(parts[^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds >= 60) return null;
        if (!int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)) return null;
        var hours = 0;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out hours) || minutes >= 60) return null;
        }
        if (parts[^1].Length < 2) return null;
        // Checked in seconds as a double first: TimeSpan arithmetic throws past its range (999999999 hours does).
        var total = hours * 3600.0 + minutes * 60.0 + seconds;
        if (limit && total >= MaxElapsed.TotalSeconds) return null;
        return limit ? TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
    }

    /// <summary>1-10, or mild = 3, moderate = 6, severe = 9; null otherwise.</summary>
    public static int? ParseSeverity(string text)
    {
        var n = text.Trim().ToLowerInvariant();
        if (int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return v is >= 1 and <= 10 ? v : null;
        return n switch { "mild" => 3, "moderate" => 6, "severe" => 9, _ => null };
    }

    /// <summary>The severity words a free text holds ("mild", "moderate", "severe"), or null.</summary>
    public static int? FindSeverity(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.ToLowerInvariant();
        return t.Contains("severe") ? 9 : t.Contains("moderate") ? 6 : t.Contains("mild") ? 3 : null;
    }
}
