using System.Buffers;
using CrampSignals.Activities;

namespace CrampSignals.Tests.Activities;

/// <summary>Tables made inside a recycling scope take pooled columns: they must read exactly as fresh ones, and go back only when the scope ends.</summary>
public class SampleColumnsTests
{
    private static SampleTable Table(int rows)
    {
        var builder = new SampleTableBuilder(rows);
        for (var i = 0; i < rows; i++)
        {
            builder.AddRow(1_700_000_000 + i);
            if (i % 3 == 0) builder.Set(SampleChannel.HeartRate, 140 + i % 7);
        }
        return builder.Build();
    }

    [Fact]
    public void A_pooled_column_reads_as_a_fresh_one_whatever_the_pool_held()
    {
        // Leave dirty arrays in the pool first: a pooled column must still start all missing.
        for (var k = 0; k < 12; k++)
        {
            var dirty = ArrayPool<double>.Shared.Rent(3000);
            dirty.AsSpan().Fill(7);
            ArrayPool<double>.Shared.Return(dirty);
        }
        var fresh = Table(2500);
        using (SampleColumns.Recycle())
        {
            var pooled = Table(2500);
            Assert.Equal(fresh.Count, pooled.Count);
            foreach (var channel in Enum.GetValues<SampleChannel>())
                Assert.Equal(fresh[channel].ToArray(), pooled[channel].ToArray());
            Assert.Equal(fresh.UnixSeconds.ToArray(), pooled.UnixSeconds.ToArray());
            Assert.Equal(Enumerable.Range(0, 2500).Count(i => i % 3 == 0), pooled.HeartRateBpm.ToArray().Count(v => !double.IsNaN(v)));
        }
    }

    [Fact]
    public void A_table_that_grows_in_a_scope_keeps_every_row()
    {
        using var scope = SampleColumns.Recycle();
        var builder = new SampleTableBuilder(4);
        for (var i = 0; i < 1000; i++)
        {
            builder.AddRow(i);
            builder.Set(SampleChannel.Cadence, i);
        }
        var table = builder.Build();
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (double)i), table.Cadence.ToArray());
        Assert.All(table.PowerWatts.ToArray(), v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void An_inner_scope_gives_nothing_back_before_the_outer_one_ends()
    {
        using (SampleColumns.Recycle())
        {
            var table = Table(2000);
            var before = table.HeartRateBpm.ToArray();
            using (SampleColumns.Recycle())
            {
            }
            // Were the columns back in the pool, the next rentals on this thread would hand them out and overwrite them.
            for (var k = 0; k < 12; k++) ArrayPool<double>.Shared.Rent(2000).AsSpan().Fill(-1);
            Assert.Equal(before, table.HeartRateBpm.ToArray());
        }
    }
}
