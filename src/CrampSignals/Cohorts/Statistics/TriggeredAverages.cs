using System.Collections.Immutable;
using MathNet.Numerics.Distributions;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>Event-triggered averages of the channel ratios before cramps, with a 95 % t-interval where at least 5 cramps had a value.</summary>
internal static class TriggeredAverages
{
    public const int MinimumForBand = 5;

    public static ImmutableArray<TriggeredAverage> Compute(IReadOnlyList<CohortRunRow> rows)
    {
        var cramps = rows.Where(r => r.HasCramps).SelectMany(r => r.Cramps).Where(c => c.DuringRun).ToList();
        return
        [
            Channel("speed", cramps.Select(c => c.SpeedRatios)),
            Channel("cadence", cramps.Select(c => c.CadenceRatios)),
            Channel("heart-rate", cramps.Select(c => c.HeartRateRatios)),
            Channel("temperature", cramps.Select(c => c.TemperatureRatios)),
        ];
    }

    internal static TriggeredAverage Channel(string name, IEnumerable<ImmutableArray<double>> series)
    {
        const int points = CohortCrampRow.Points;
        var sum = new double[points];
        var sumSquares = new double[points];
        var n = new int[points];
        foreach (var s in series)
        {
            if (s.IsDefaultOrEmpty) continue;
            if (s.Length != points) throw new ArgumentException($"a cramp's {name} ratios hold {s.Length} values, not {points}");
            for (var i = 0; i < points; i++)
            {
                var v = s[i];
                if (!double.IsFinite(v)) continue;
                sum[i] += v; sumSquares[i] += v * v; n[i]++;
            }
        }
        var mean = new double?[points];
        var low = new double?[points];
        var high = new double?[points];
        for (var i = 0; i < points; i++)
        {
            if (n[i] == 0) continue;
            var m = sum[i] / n[i];
            mean[i] = m;
            if (n[i] < MinimumForBand) continue;
            var variance = Math.Max(0, (sumSquares[i] - n[i] * m * m) / (n[i] - 1));
            var half = StudentT.InvCDF(0, 1, n[i] - 1, 0.975) * Math.Sqrt(variance / n[i]);
            low[i] = m - half;
            high[i] = m + half;
        }
        return new TriggeredAverage(name,
            [.. Enumerable.Range(0, points).Select(i => -CohortCrampRow.WindowSeconds + i * CohortCrampRow.StepSeconds)],
            [.. n], [.. mean], [.. low], [.. high]);
    }
}
