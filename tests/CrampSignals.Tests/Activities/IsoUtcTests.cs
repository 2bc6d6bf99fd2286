using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Tests.Activities;

public class IsoUtcTests
{
    [Fact]
    public void Fractions_are_written_only_when_present()
    {
        Assert.Equal("2017-06-11T14:34:09Z", IsoUtc.Format(1497191649.0));
        Assert.Equal("2017-06-11T14:34:09.25Z", IsoUtc.Format(1497191649.25));
        Assert.Equal("2017-06-11T14:34:09Z", IsoUtc.FormatWholeSeconds(UnixTime.ToDateTime(1497191649.25)));
    }

    [Fact]
    public void Unspecified_kind_is_taken_as_utc_not_as_the_machine_clock()
    {
        var unspecified = new DateTime(2024, 6, 1, 7, 30, 0, DateTimeKind.Unspecified);
        Assert.Equal("2024-06-01T07:30:00Z", IsoUtc.Format(unspecified));
        Assert.Equal("2024-06-01T07:30:00Z", IsoUtc.FormatWholeSeconds(unspecified));
    }
}
