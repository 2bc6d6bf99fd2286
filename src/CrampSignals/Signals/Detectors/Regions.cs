namespace CrampSignals.Signals.Detectors;

/// <summary>Finds stretches of seconds where a condition holds, judged against a reference frozen at the stretch's start.</summary>
internal static class Regions
{
    /// <summary>
    /// A stretch starts at a second where <paramref name="starts"/> holds and goes on while <paramref name="continues"/>
    /// (given the start and the second) holds, bridging dips of at most <paramref name="maxDipSeconds"/>.
    /// Returns start and inclusive end of each stretch.
    /// </summary>
    public static List<(int Start, int End)> Find(int length, Func<int, bool> starts, Func<int, int, bool> continues, int maxDipSeconds)
    {
        var result = new List<(int, int)>();
        var i = 0;
        while (i < length)
        {
            if (!starts(i)) { i++; continue; }
            var start = i;
            var last = i;
            var k = i + 1;
            while (k < length && k - last <= maxDipSeconds + 1)
            {
                if (continues(start, k)) last = k;
                k++;
            }
            result.Add((start, last));
            i = last + 1;
        }
        return result;
    }

    /// <summary>
    /// How many seconds the one-second samples <paramref name="start"/> to <paramref name="end"/> (inclusive) cover: 60
    /// samples are a minute, though the first and the last are 59 s apart.
    /// </summary>
    public static int Seconds(int start, int end) => end - start + 1;

    /// <summary>Moves <paramref name="start"/> back to where a deviation began: while <paramref name="stillDeviating"/> holds, at most <paramref name="maxSeconds"/>.</summary>
    public static int Onset(int start, Func<int, bool> stillDeviating, int maxSeconds)
    {
        var s = start;
        while (s > 0 && start - (s - 1) <= maxSeconds && stillDeviating(s - 1)) s--;
        return s;
    }
}
