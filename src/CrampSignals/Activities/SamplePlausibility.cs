using System.Globalization;

using CrampSignals.Text;
namespace CrampSignals.Activities;

/// <summary>
/// The physical range of each sample channel, and the pass every reader makes before building its table: a value
/// outside its channel's range (infinities and a cadence of 1e308 included) becomes missing, a time outside
/// <see cref="PlausibleTime"/> too, with one warning per channel that says how many and where the first was.
/// </summary>
internal static class SamplePlausibility
{
    /// <summary>The lowest and highest value a channel can physically hold.</summary>
    public static (double Min, double Max) RangeOf(SampleChannel channel) => channel switch
    {
        SampleChannel.Latitude => (-90, 90),
        SampleChannel.Longitude => (-180, 180),
        // Ten thousand kilometres: beyond any single recorded activity.
        SampleChannel.Distance => (0, 1e7),
        // 200 m/s: above anything a watch is worn on but an aeroplane.
        SampleChannel.Speed => (0, 200),
        // The Dead Sea shore to above Everest, with margin for barometric drift.
        SampleChannel.Altitude => (-1000, 12000),
        SampleChannel.HeartRate => (0, 300),
        // Steps or revolutions per minute; sprinters stay under 300 steps.
        SampleChannel.Cadence => (0, 400),
        SampleChannel.Temperature => (-60, 70),
        SampleChannel.Power => (0, 3000),
        _ => (double.NegativeInfinity, double.PositiveInfinity),
    };

    /// <summary>Makes implausible times and values of <paramref name="table"/> missing; adds a warning per channel affected.</summary>
    public static void Apply(SampleTableBuilder table, Action<ParseWarning> warn)
    {
        var n = table.Count;
        if (n == 0) return;
        var timesDropped = 0;
        var firstTime = -1;
        var earliest = UnixTime.FromDateTime(PlausibleTime.Earliest);
        var latest = UnixTime.FromDateTime(PlausibleTime.Latest);
        for (var row = 0; row < n; row++)
        {
            var t = table.TimeAt(row);
            if (double.IsNaN(t) || (t >= earliest && t <= latest)) continue;
            table.SetTime(row, double.NaN);
            if (timesDropped++ == 0) firstTime = row;
        }
        if (timesDropped > 0)
            warn(new ParseWarning($"{Samples(timesDropped)} dated {PlausibleTime.RangeText} (the first is sample {firstTime + 1}) keep their values but lose their time"));

        foreach (var channel in Enum.GetValues<SampleChannel>())
        {
            var (min, max) = RangeOf(channel);
            var dropped = 0;
            var first = -1;
            var firstValue = 0.0;
            for (var row = 0; row < n; row++)
            {
                var v = table.Get(row, channel);
                if (double.IsNaN(v) || (v >= min && v <= max)) continue;
                table.Set(row, channel, double.NaN);
                if (dropped++ == 0) { first = row; firstValue = v; }
            }
            if (dropped > 0)
                warn(new ParseWarning(string.Create(CultureInfo.InvariantCulture,
                    $"{Samples(dropped)} with a {Name(channel)} outside {min:R} to {max:R} (the first is sample {first + 1}, {firstValue:G6}) have it left missing")));
        }
    }

    private static string Samples(int count) => count == 1 ? "1 sample" : $"{count} samples";

    private static string Name(SampleChannel channel) => channel switch
    {
        SampleChannel.HeartRate => "heart rate",
        _ => channel.ToString().ToLowerInvariant(),
    };
}
