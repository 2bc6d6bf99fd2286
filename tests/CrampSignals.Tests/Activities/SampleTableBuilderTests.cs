using CrampSignals.Activities;

namespace CrampSignals.Tests.Activities;

public class SampleTableBuilderTests
{
    [Fact]
    public void Rows_start_missing_and_keep_what_was_set_across_growth()
    {
        var builder = new SampleTableBuilder(capacity: 16);
        for (var i = 0; i < 100; i++)
        {
            builder.AddRow(1000 + i);
            if (i % 2 == 0) builder.Set(SampleChannel.HeartRate, 120 + i);
        }
        var table = builder.Build();

        Assert.Equal(100, table.Count);
        Assert.Equal(1099, table.UnixSeconds[99]);
        Assert.Equal(218, table.HeartRateBpm[98]);
        Assert.True(double.IsNaN(table.HeartRateBpm[99]));
        Assert.True(double.IsNaN(table.SpeedMetersPerSecond[0]));
        Assert.Equal(new[] { SampleChannel.HeartRate }, table.PresentChannels.ToArray());
    }

    [Fact]
    public void Built_builder_refuses_more_rows()
    {
        var builder = new SampleTableBuilder();
        builder.AddRow(0);
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.AddRow(1));
    }

    [Fact]
    public void Time_at_converts_unix_seconds_to_utc()
    {
        var builder = new SampleTableBuilder();
        builder.AddRow(1497191649.5);
        builder.AddRow(double.NaN);
        var table = builder.Build();
        Assert.Equal(new DateTime(2017, 6, 11, 14, 34, 9, 500, DateTimeKind.Utc), table.TimeAt(0));
        Assert.Null(table.TimeAt(1));
    }
}
