using CrampSignals.Activities;

namespace CrampSignals.Simulation;

/// <summary>Simulated runs joined end to end into one long run: the 4-hour inputs of the benchmarks and the allocation budgets.</summary>
internal static class JoinedRuns
{
    /// <summary>
    /// The samples of <paramref name="parts"/> one after another (each starting a second after the last one ended, its
    /// distance carried on), cut at <paramref name="seconds"/> from the first sample.
    /// </summary>
    public static SampleTable Join(IEnumerable<SampleTable> parts, int seconds)
    {
        var b = new SampleTableBuilder(seconds + 1);
        double? start = null;
        double offsetTime = 0, offsetDistance = 0;
        foreach (var part in parts)
        {
            start ??= part.FirstUnixSeconds;
            var t0 = part.FirstUnixSeconds;
            for (var i = 0; i < part.Count; i++)
            {
                var t = start.Value + offsetTime + (part.UnixSeconds[i] - t0);
                if (t - start.Value >= seconds) break;
                b.CopyRow(part, i, t);
                b.Set(SampleChannel.Distance, part.DistanceMeters[i] + offsetDistance);
            }
            offsetTime += part.UnixSeconds[part.Count - 1] - t0 + 1;
            offsetDistance += part.DistanceMeters[part.Count - 1];
        }
        return b.Build();
    }
}
