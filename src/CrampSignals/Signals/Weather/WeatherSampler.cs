using CrampSignals.Signals.Track;

namespace CrampSignals.Signals.Weather;

/// <summary>Puts weather input onto a track's seconds.</summary>
internal static class WeatherSampler
{
    /// <summary>The air conditions at every second of <paramref name="track"/>, or null when the weather says nothing about it.</summary>
    public static AirConditions? Sample(WeatherSeries weather, SignalTrack track)
    {
        _ = weather;
        _ = track;
        return null;
    }
}
