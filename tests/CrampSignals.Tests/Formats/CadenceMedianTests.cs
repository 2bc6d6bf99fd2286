using CrampSignals.Activities;
using CrampSignals.Formats;

namespace CrampSignals.Tests.Formats;

/// <summary>The cadence median that decides steps or strides, on the edges where only the exact median decides.</summary>
public class CadenceMedianTests
{
    private static (double[] Cadence, List<ParseWarning> Warnings) Apply(IEnumerable<double> values, Func<int, Sport> sport)
    {
        var table = new SampleTableBuilder();
        foreach (var v in values)
        {
            table.AddRow(double.NaN);
            table.Set(SampleChannel.Cadence, v);
        }
        var warnings = new List<ParseWarning>();
        CadenceConvention.Apply(table, sport, warnings.Add);
        return (table.Build().Cadence.ToArray(), warnings);
    }

    [Theory]
    // An even count: the mean of the two middle values decides (119 and 121 give 120: steps; 119 and 120.9 do not).
    [InlineData(119, 121, true)]
    [InlineData(119, 120.9, false)]
    public void An_even_count_takes_the_mean_of_the_two_middle_values(double low, double high, bool steps)
    {
        var values = Enumerable.Repeat(low, 500).Concat(Enumerable.Repeat(high, 500)).ToArray();
        new Random(3).Shuffle(values);
        var (cadence, warnings) = Apply(values, _ => Sport.Running);
        Assert.Equal(steps, warnings.Count == 1);
        if (steps) Assert.Contains("median 120 as written", warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(values.Select(v => steps ? v : 2 * v), cadence);
    }

    [Fact]
    public void Counts_around_the_middle_decide_as_the_sorted_median_does()
    {
        // Values on both sides of the threshold, a few on it, and stopped ones that do not vote, in counts where the
        // middle rank sits just below, on and just above the split: the decision and the quoted median are a sort's.
        var random = new Random(17);
        for (var trial = 0; trial < 400; trial++)
        {
            var n = 1 + random.Next(60);
            var values = Enumerable.Range(0, n).Select(_ => random.Next(5) switch
            {
                0 => CadenceConvention.StepsAtOrAbove,
                1 => 0.0,
                2 => 110 + random.Next(10) + random.NextDouble(),
                _ => 120 + random.Next(10) + random.NextDouble(),
            }).ToArray();
            var moving = values.Where(v => v >= 30).Order().ToArray();
            var m = moving.Length;
            var median = m == 0 ? double.NaN : m % 2 == 1 ? moving[m / 2] : (moving[m / 2 - 1] + moving[m / 2]) / 2;
            var steps = median >= CadenceConvention.StepsAtOrAbove;
            var (cadence, warnings) = Apply(values, _ => Sport.Running);
            Assert.Equal(steps, warnings.Count == 1);
            if (steps) Assert.Contains($"median {Math.Round(median)} as written", warnings[0].Message, StringComparison.Ordinal);
            Assert.Equal(values.Select(v => steps ? v : 2 * v), cadence);
        }
    }

    [Fact]
    public void Sorted_reversed_and_repeated_values_give_the_median_a_sort_gives()
    {
        // Orders that make a naive quickselect slow; the answer must still be the sorted median.
        var n = 20001;
        foreach (var values in new[]
        {
            Enumerable.Range(0, n).Select(i => 100 + i * 40.0 / n).ToArray(),
            Enumerable.Range(0, n).Select(i => 140 - i * 40.0 / n).ToArray(),
            Enumerable.Range(0, n).Select(i => i % 2 == 0 ? 100.0 : 140.0).ToArray(),
        })
        {
            var sorted = values.Order().ToArray();
            var median = sorted[n / 2];
            var (_, warnings) = Apply(values, _ => Sport.Running);
            Assert.Equal(median >= CadenceConvention.StepsAtOrAbove, warnings.Count == 1);
        }
    }

    [Fact]
    public void Running_and_walking_rows_are_judged_apart_and_warned_in_the_order_they_appear()
    {
        // Walking first (in steps already), then running in strides: one warning, for walking; only the run is doubled.
        var values = Enumerable.Repeat(125.0, 100).Concat(Enumerable.Repeat(85.0, 100)).ToArray();
        var (cadence, warnings) = Apply(values, row => row < 100 ? Sport.Walking : Sport.Running);
        Assert.Single(warnings);
        Assert.Contains("walking", warnings[0].Message, StringComparison.Ordinal);
        Assert.All(cadence[..100], c => Assert.Equal(125, c));
        Assert.All(cadence[100..], c => Assert.Equal(170, c));
    }
}
