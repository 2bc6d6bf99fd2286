using System.Globalization;
using CrampSignals.Activities;

namespace CrampSignals.Formats;

/// <summary>
/// The sport of a file that names none (a GPX without <c>type</c>), told conservatively so that a swim or a ride is not
/// analysed as a run, while a run is never taken for anything else.
/// </summary>
/// <remarks>
/// <para>The rule, in order:</para>
/// <list type="number">
/// <item>Names: the words of the track's name, the document's name and the file's name (letters only, any case). A
/// running word (run, running, jog, jogging, treadmill, parkrun, marathon) anywhere ends the inference: the file stays
/// without a sport, and is analysed as a run. Otherwise, when the words name exactly one sport, that is the sport: swim,
/// swimming, pool, openwater for swimming; ride, bike, biking, cycling, cycle, mtb, ebike for cycling; walk, walking for
/// walking; hike, hiking for hiking.</item>
/// <item>Pace: with no cadence at all (no value of <see cref="MovingCadence"/> or more), more than
/// <see cref="MinMovingMinutes"/> minutes on the move and a mean moving speed below <see cref="MaxSpeedMetersPerSecond"/>
/// (slower than 18:31/km, which nobody runs for that long), the file is another sport (<see cref="Sport.Other"/>): not a
/// run, but not a named sport either, since a swim, a slow hike and a stroll all fit. "On the move" is every step between
/// two positioned points at most <see cref="MaxGapSeconds"/> s apart covered at <see cref="MovingAtOrAbove"/> m/s or
/// more.</item>
/// </list>
/// <para>Either way the file gets a warning saying what it was read as, and why.</para>
/// </remarks>
internal static class SportInference
{
    /// <summary>Mean moving speed below which a long activity without cadence is no run (0.9 m/s is 18:31/km).</summary>
    public const double MaxSpeedMetersPerSecond = 0.9;

    /// <summary>Time on the move the pace rule needs, in minutes: a few slow minutes are a warm-up, not a sport.</summary>
    public const double MinMovingMinutes = 10;

    /// <summary>A step slower than this is standing still or the positions' scatter, in m/s.</summary>
    public const double MovingAtOrAbove = 0.3;

    /// <summary>Points further apart in time are a pause or a gap in the recording, not a step.</summary>
    public const double MaxGapSeconds = 60;

    /// <summary>A cadence at or above this shows feet or pedals turning; a watch writes 0 when there are none.</summary>
    public const double MovingCadence = 30;

    private static readonly string[] RunWords = ["run", "running", "jog", "jogging", "treadmill", "parkrun", "marathon"];

    private static readonly (Sport Sport, string[] Words)[] SportWords =
    [
        (Sport.Swimming, ["swim", "swimming", "pool", "openwater"]),
        (Sport.Cycling, ["ride", "bike", "biking", "cycling", "cycle", "mtb", "ebike"]),
        (Sport.Walking, ["walk", "walking"]),
        (Sport.Hiking, ["hike", "hiking"]),
    ];

    /// <summary>
    /// The sport of a file that names none, with the warning that says why; <see cref="Sport.Generic"/> and no warning when
    /// nothing tells (the file is then analysed as a run).
    /// </summary>
    /// <param name="samples">The rows read, cadence as written.</param>
    /// <param name="fileName">The file's name or path, as given to the reader.</param>
    /// <param name="names">The names the file gives itself (track, document); nulls are skipped.</param>
    public static (Sport Sport, ParseWarning? Warning) Infer(SampleTableBuilder samples, string fileName, params string?[] names)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var stem = FileStem(fileName);
        var (named, name, says) = FromNames([.. names, stem]);
        if (named is Sport sport)
            return (sport, new ParseWarning($"the file names no sport; read as {sport.Name()} from its name \"{name}\""));
        if (!says && SlowWithoutCadence(samples) is var (speed, minutes))
            return (Sport.Other, new ParseWarning(string.Create(CultureInfo.InvariantCulture,
                $"the file names no sport, and {minutes:0} min on the move at a mean {speed:0.00} m/s with no cadence is no run: read as another sport, not analysed as a run")));
        return (Sport.Generic, null);
    }

    // The one sport the words name, and the name that says it; Says is true when any word names a sport (running included).
    private static (Sport? Sport, string? Name, bool Says) FromNames(string?[] names)
    {
        Sport? found = null;
        string? source = null;
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            foreach (var word in Words(name))
            {
                if (RunWords.Contains(word, StringComparer.Ordinal)) return (null, null, true);
                foreach (var (sport, words) in SportWords)
                {
                    if (!words.Contains(word, StringComparer.Ordinal)) continue;
                    if (found is not null && found != sport) return (null, null, true);
                    found = sport;
                    source ??= name.Trim();
                }
            }
        }
        return (found, source, found is not null);
    }

    private static IEnumerable<string> Words(string name) =>
        WordsOf(name.ToLowerInvariant(), static c => !char.IsAsciiLetterLower(c));

    private static List<string> WordsOf(string s, Func<char, bool> separator)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var inWord = i < s.Length && !separator(s[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0) { words.Add(s[start..i]); start = -1; }
        }
        return words;
    }

    // The file's own name without folders, archive path or extensions (".gpx", ".gpx.gz").
    private static string FileStem(string fileName)
    {
        var name = fileName[(fileName.LastIndexOfAny(['/', '\\', '!']) + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }

    private static (double Speed, double Minutes)? SlowWithoutCadence(SampleTableBuilder samples)
    {
        double meters = 0, seconds = 0, lastTime = double.NaN, lastDistance = double.NaN;
        for (var row = 0; row < samples.Count; row++)
        {
            if (samples.Get(row, SampleChannel.Cadence) >= MovingCadence) return null;
            var t = samples.TimeAt(row);
            var d = samples.Get(row, SampleChannel.Distance);
            if (double.IsNaN(t) || double.IsNaN(d)) continue;
            var dt = t - lastTime;
            var dd = d - lastDistance;
            if (dt > 0 && dt <= MaxGapSeconds && dd >= MovingAtOrAbove * dt)
            {
                meters += dd;
                seconds += dt;
            }
            lastTime = t;
            lastDistance = d;
        }
        if (seconds <= MinMovingMinutes * 60) return null;
        var speed = meters / seconds;
        return speed < MaxSpeedMetersPerSecond ? (speed, seconds / 60) : null;
    }
}
