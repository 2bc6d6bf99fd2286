using CrampSignals.Signals;
using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

/// <summary>The track's columns come from a shared pool and go back to it: a released track must never be read by mistake.</summary>
public class TrackReleaseTests
{
    [Fact]
    public void A_released_track_throws_on_every_number_column_instead_of_reading_pooled_memory()
    {
        var track = SignalTrackBuilder.Build(new TestRun { Seconds = 900, Speed = _ => 3.0 }.Build());
        Assert.Equal(900, track.SpeedMetersPerSecond.Length);
        track.Release();
        track.Release();
        Assert.ThrowsAny<ArgumentException>(() => track.SpeedMetersPerSecond.Length);
        Assert.ThrowsAny<ArgumentException>(() => track.DistanceMeters.Length);
        Assert.ThrowsAny<ArgumentException>(() => track.EffortSegment.Count);
        Assert.Equal(900, track.Running.Length);
    }

    [Fact]
    public void Tracks_built_after_a_release_do_not_see_the_released_values()
    {
        // Built, read, released, built again from another run: the second track holds its own values, NaN where it has none.
        var first = SignalTrackBuilder.Build(new TestRun { Seconds = 1200, Speed = _ => 4.0, HeartRate = _ => 170 }.Build());
        Assert.Contains(first.HeartRateBpm.ToArray(), v => !double.IsNaN(v));
        first.Release();
        var second = SignalTrackBuilder.Build(new TestRun { Seconds = 1200, Speed = _ => 2.5 }.Build());
        Assert.False(second.HasHeartRate);
        Assert.All(second.HeartRateBpm.ToArray(), v => Assert.True(double.IsNaN(v)));
        Assert.InRange(second.TypicalSpeedMetersPerSecond, 2.5 * 0.97, 2.5 * 1.03);
    }
}
