using CrampSignals.Activities;
using CrampSignals.Signals.Track;
using CrampSignals.Signals.Weather;

namespace CrampSignals.Signals;

/// <summary>What every detector reads: the prepared track, the options, local time, and the air conditions when weather was given.</summary>
/// <param name="Activity">The activity the track came from.</param>
/// <param name="Track">The 1 Hz track.</param>
/// <param name="Options">The thresholds.</param>
/// <param name="LocalTime">How to turn UTC into local clock time.</param>
/// <param name="Air">Air temperature, humidity, heat index and WBGT per second of the track, when weather was given.</param>
internal sealed record SignalContext(Activity Activity, SignalTrack Track, SignalOptions Options, LocalTimeInfo LocalTime, AirConditions? Air)
{
    /// <summary>
    /// The logged cramps that belong to this run, as track rows (within the track): the minutes after a cramp are a
    /// recovery, neither a baseline for a surge nor a cool-down.
    /// </summary>
    internal IReadOnlyList<int> CrampRows { get; init; } = [];

    // Kept with the track it was taken from: a copy made with another track must not read this one's value.
    private (SignalTrack Track, double Value)? _typicalEffort;

    /// <summary>
    /// The median hill-neutral speed over the running seconds (NaN when none): the run's typical effort, which more than
    /// one detector compares against; a median of the whole run is taken once.
    /// </summary>
    internal double TypicalEffort
    {
        get
        {
            if (_typicalEffort is not { } known || !ReferenceEquals(known.Track, Track))
                _typicalEffort = known = (Track, Rolling.MedianWhere(Track.Effort, Track.RunningMask, 0, Track.Length, out _));
            return known.Value;
        }
    }
}
