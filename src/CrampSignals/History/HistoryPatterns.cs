using System.Collections.Immutable;
using CrampSignals.Cohorts.Statistics;

namespace CrampSignals.History;

/// <summary>
/// The circumstances runners ask about: season, temperature, run length, time of day, races. Each group of runs is set
/// against the runner's other runs whose value is known (a run with no temperature is in no temperature group).
/// </summary>
internal static class HistoryPatterns
{
    /// <summary>The dimensions, in the order reports show them.</summary>
    public static readonly ImmutableArray<string> Dimensions = ["season", "temperature", "length", "time-of-day", "race"];

    // Before the cuts below, which are made from it when the class starts.
    /// <summary>The bounds of the temperature bands: those of the WBGT flags (ACSM), read on air or wrist temperature, a runner's own scale of hot.</summary>
    public static readonly double[] TemperatureBoundsCelsius = [10, 18, 23, 28];

    private static readonly (string Dimension, string[] Groups, Func<HistoryRun, string?> GroupOf)[] Cuts =
    [
        ("season", ["winter", "spring", "summer", "autumn"], Season),
        ("temperature", [.. Enumerable.Range(0, TemperatureBoundsCelsius.Length + 1).Select(b => TemperatureGroup(b, Celsius))], Temperature),
        ("length", ["under 45 min", "45-90 min", "90-150 min", "150 min and longer"], Length),
        ("time-of-day", ["before 10:00", "10:00-16:00", "16:00 and later"], TimeOfDay),
        ("race", ["race", "training"], r => r.Race ? "race" : "training"),
    ];

    /// <summary>Every group holding at least one run, dimension by dimension.</summary>
    public static ImmutableArray<HistoryPattern> Of(IReadOnlyList<HistoryRun> runs)
    {
        var patterns = ImmutableArray.CreateBuilder<HistoryPattern>();
        foreach (var (dimension, groups, groupOf) in Cuts)
        {
            var known = runs.Select(r => (Group: groupOf(r), Cramp: r.HasCramps)).Where(x => x.Group is not null).ToList();
            foreach (var group in groups)
            {
                var inside = known.Where(x => x.Group == group).ToList();
                if (inside.Count == 0) continue;
                var a = inside.Count(x => x.Cramp);
                var casesElsewhere = known.Count(x => x.Cramp) - a;
                var table = new TwoByTwo(a, inside.Count - a, casesElsewhere, known.Count - inside.Count - casesElsewhere);
                patterns.Add(new HistoryPattern(dimension, group, inside.Count, a, table.OddsRatio()));
            }
        }
        return WithQValues(patterns.ToImmutable());
    }

    /// <summary>
    /// Benjamini-Hochberg q-values across every group of every dimension: two dozen groups looked at together would show a
    /// "significant" one by chance alone, so each p-value is read against the whole family.
    /// </summary>
    private static ImmutableArray<HistoryPattern> WithQValues(ImmutableArray<HistoryPattern> patterns)
    {
        var tested = patterns.Select((p, i) => (p, i)).Where(x => x.p.Estimate.PValue is double).ToList();
        if (tested.Count == 0) return patterns;
        var q = BenjaminiHochberg.QValues([.. tested.Select(x => x.p.Estimate.PValue!.Value)]);
        var builder = patterns.ToBuilder();
        for (var k = 0; k < tested.Count; k++)
            builder[tested[k].i] = tested[k].p with { Estimate = tested[k].p.Estimate with { QValue = q[k] } };
        return builder.ToImmutable();
    }

    /// <summary>The local start: UTC plus the run's offset; null without an offset, since a UTC hour would put runs in the wrong part of the day.</summary>
    private static DateTime? LocalStart(HistoryRun r) => r.StartUtc is DateTime t && r.LocalOffset is TimeSpan o ? t + o : null;

    private static string? Season(HistoryRun r)
    {
        if ((LocalStart(r) ?? r.StartUtc) is not DateTime t) return null;
        // Meteorological seasons; the southern hemisphere's run half a year apart.
        var month = r.StartLatitude < 0 ? (t.Month + 5) % 12 + 1 : t.Month;
        return month switch { 12 or 1 or 2 => "winter", 3 or 4 or 5 => "spring", 6 or 7 or 8 => "summer", _ => "autumn" };
    }

    /// <summary>The label of temperature band <paramref name="band"/> (0 below the first bound), its bounds written by <paramref name="degrees"/>.</summary>
    public static string TemperatureGroup(int band, Func<double, string> degrees)
    {
        var b = TemperatureBoundsCelsius;
        return band == 0 ? $"below {degrees(b[0])}" : band == b.Length ? $"{degrees(b[^1])} and above"
            : $"{degrees(b[band - 1]).Split(' ')[0]}-{degrees(b[band])}";
    }

    /// <summary>A band bound as the labels write it: "23 °C".</summary>
    public static string Celsius(double c) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c:0} °C");

    private static string? Temperature(HistoryRun r) =>
        r.TemperatureCelsius is double t ? TemperatureGroup(TemperatureBoundsCelsius.Count(b => t >= b), Celsius) : null;

    private static string? Length(HistoryRun r) => (r.MovingSeconds ?? r.DurationSeconds) switch
    {
        null => null,
        < 45 * 60 => "under 45 min",
        < 90 * 60 => "45-90 min",
        < 150 * 60 => "90-150 min",
        _ => "150 min and longer",
    };

    // The article's hot hours run from 10:00 to 16:00.
    private static string? TimeOfDay(HistoryRun r) => LocalStart(r)?.Hour switch
    {
        null => null,
        < 10 => "before 10:00",
        < 16 => "10:00-16:00",
        _ => "16:00 and later",
    };
}
