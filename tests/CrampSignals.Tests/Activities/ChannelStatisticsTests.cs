using CrampSignals.Activities;

namespace CrampSignals.Tests.Activities;

public class ChannelStatisticsTests
{
    [Fact]
    public void Missing_values_are_skipped()
    {
        double[] values = [double.NaN, 2, double.NaN, 6, 1, double.NaN];
        Assert.Equal(3, ChannelStatistics.Mean(values));
        Assert.Equal(6, ChannelStatistics.Max(values));
        Assert.Equal(1, ChannelStatistics.Last(values));
    }

    [Fact]
    public void A_channel_with_nothing_present_gives_nan()
    {
        double[] values = [double.NaN, double.NaN];
        Assert.True(double.IsNaN(ChannelStatistics.Mean(values)));
        Assert.True(double.IsNaN(ChannelStatistics.Max(values)));
        Assert.True(double.IsNaN(ChannelStatistics.Last([])));
    }
}
