using CrampSignals.Signals;
using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

public class SignalContextTests
{
    [Fact]
    public void The_typical_effort_is_the_running_seconds_median_and_follows_the_track_of_a_copy()
    {
        var slow = new TestRun { Seconds = 1500, Speed = _ => 2.8 }.Build();
        var fast = new TestRun { Seconds = 1500, Speed = _ => 3.6 }.Build();
        var slowTrack = SignalTrackBuilder.Build(slow);
        var fastTrack = SignalTrackBuilder.Build(fast);
        var context = new SignalContext(slow, slowTrack, SignalOptions.Default, LocalTimeResolver.Resolve(slow, slowTrack), null);

        var expected = Rolling.MedianWhere(slowTrack.Effort, slowTrack.RunningMask, 0, slowTrack.Length, out _);
        Assert.Equal(expected, context.TypicalEffort);
        Assert.Equal(expected, context.TypicalEffort);

        // A copy over another track must not keep the first track's value.
        var copy = context with { Activity = fast, Track = fastTrack };
        var expectedFast = Rolling.MedianWhere(fastTrack.Effort, fastTrack.RunningMask, 0, fastTrack.Length, out _);
        Assert.NotEqual(expected, expectedFast);
        Assert.Equal(expectedFast, copy.TypicalEffort);
        Assert.Equal(expected, context.TypicalEffort);
    }
}
