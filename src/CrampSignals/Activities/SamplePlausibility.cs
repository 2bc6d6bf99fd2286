using System.Globalization;
using System.Numerics;

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
        var earliest = UnixTime.FromDateTime(PlausibleTime.Earliest);
        var latest = UnixTime.FromDateTime(PlausibleTime.Latest);
        var times = table.Times;
        var firstTime = FirstOutside(times, earliest, latest);
        if (firstTime >= 0)
        {
            var timesDropped = Blank(times, firstTime, earliest, latest);
            warn(new ParseWarning($"{Samples(timesDropped)} dated {PlausibleTime.RangeText} (the first is sample {firstTime + 1}) keep their values but lose their time"));
        }

        foreach (var channel in Enum.GetValues<SampleChannel>())
        {
            var (min, max) = RangeOf(channel);
            var column = table.Column(channel);
            var first = FirstOutside(column, min, max);
            if (first < 0) continue;
            var firstValue = column[first];
            var dropped = Blank(column, first, min, max);
            warn(new ParseWarning(string.Create(CultureInfo.InvariantCulture,
                $"{Samples(dropped)} with a {Name(channel)} outside {min:R} to {max:R} (the first is sample {first + 1}, {firstValue:G6}) have it left missing")));
        }
    }

    /// <summary>
    /// The index of the first value outside [<paramref name="min"/>, <paramref name="max"/>] (NaN counts as inside: it is
    /// missing, not wrong), or -1. Nearly every column is clean, so this scan is the whole pass: it goes a vector at a time.
    /// </summary>
    internal static int FirstOutside(ReadOnlySpan<double> values, double min, double max)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<double>.Count)
        {
            var low = new Vector<double>(min);
            var high = new Vector<double>(max);
            for (; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                // Comparisons with NaN are false, so a missing value never flags a block.
                var v = new Vector<double>(values[i..]);
                if (Vector.LessThanAny(v, low) || Vector.GreaterThanAny(v, high)) break;
            }
        }
        for (; i < values.Length; i++)
        {
            var v = values[i];
            if (v < min || v > max) return i;
        }
        return -1;
    }

    /// <summary>Leaves missing every value from <paramref name="first"/> on that lies outside [<paramref name="min"/>, <paramref name="max"/>]; how many they were.</summary>
    private static int Blank(Span<double> values, int first, double min, double max)
    {
        var blanked = 0;
        for (var row = first; row < values.Length; row++)
        {
            var v = values[row];
            if (double.IsNaN(v) || (v >= min && v <= max)) continue;
            values[row] = double.NaN;
            blanked++;
        }
        return blanked;
    }

    private static string Samples(int count) => count == 1 ? "1 sample" : $"{count} samples";

    private static string Name(SampleChannel channel) => channel switch
    {
        SampleChannel.HeartRate => "heart rate",
        _ => channel.ToString().ToLowerInvariant(),
    };
}
